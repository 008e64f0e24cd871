import @BAD@/import-no-header.tsv -o @OUT@/matrix.xml
