import @BAD@/encoding-import-latin1.tsv -o @OUT@/matrix.xml
