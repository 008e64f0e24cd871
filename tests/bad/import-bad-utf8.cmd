import @BAD@/import-bad-utf8.tsv -o @OUT@/matrix.xml
