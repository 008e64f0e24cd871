import @BAD@/import-orphan-continuation.tsv -o @OUT@/matrix.xml
