import @BAD@/import-cr-line-ends.tsv -o @OUT@/matrix.xml
