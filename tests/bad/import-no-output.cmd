import @BAD@/import-empty.tsv
