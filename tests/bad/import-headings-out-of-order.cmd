import @BAD@/import-headings-out-of-order.tsv -o @OUT@/matrix.xml
