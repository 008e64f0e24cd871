import @BAD@/import-binary.tsv -o @OUT@/matrix.xml
