import @BAD@/import-number-zero.tsv -o @OUT@/matrix.xml
