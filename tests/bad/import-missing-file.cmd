import @BAD@/import-missing.tsv -o @OUT@/matrix.xml
