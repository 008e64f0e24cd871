diff tests/golden/diff-old.xml @BAD@/diff-no-such-file.xml
