import @BAD@/import-many-columns.tsv -o @OUT@/matrix.xml
