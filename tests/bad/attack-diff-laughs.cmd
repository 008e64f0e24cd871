diff tests/golden/diff-old.xml @BAD@/attack-diff-laughs.xml -o @OUT@/changes.pdf
