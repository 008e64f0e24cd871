import @BAD@/import-empty.tsv -o @OUT@/matrix.xml
