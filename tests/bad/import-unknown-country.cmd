import @BAD@/import-unknown-country.tsv -o @OUT@/matrix.xml
