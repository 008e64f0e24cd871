import @BAD@/encoding-import-utf16.tsv -o @OUT@/matrix.xml
