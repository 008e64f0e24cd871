import @BAD@/import-truncated-utf8.tsv -o @OUT@/matrix.xml
