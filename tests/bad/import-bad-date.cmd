import @BAD@/import-bad-date.tsv -o @OUT@/matrix.xml
