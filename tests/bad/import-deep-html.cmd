import @BAD@/import-deep-html.tsv -o @OUT@/matrix.xml
