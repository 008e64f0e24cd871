import @BAD@/import-few-columns.tsv -o @OUT@/matrix.xml
