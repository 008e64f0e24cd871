diff @BAD@/diff-schema.xml tests/golden/diff-new.xml
