diff tests/golden/diff-old.xml @BAD@/diff-duplicate-id.xml -o @OUT@/changes.pdf
