diff @BAD@/diff-truncated.xml tests/golden/diff-new.xml
