import @BAD@/import-no-title.tsv -o @OUT@/matrix.xml
