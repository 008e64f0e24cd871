diff tests/golden/diff-old.xml
