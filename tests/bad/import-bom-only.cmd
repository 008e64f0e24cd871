import @BAD@/import-bom-only.tsv -o @OUT@/matrix.xml
