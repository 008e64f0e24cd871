import @BAD@/import-no-number.tsv -o @OUT@/matrix.xml
