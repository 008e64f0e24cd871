import @BAD@/import-truncated.tsv -o @OUT@/matrix.xml
