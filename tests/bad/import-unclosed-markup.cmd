import @BAD@/import-unclosed-markup.tsv -o @OUT@/matrix.xml
