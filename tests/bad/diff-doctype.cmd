diff @BAD@/diff-doctype.xml tests/golden/diff-new.xml
