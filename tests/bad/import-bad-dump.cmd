import --dump=layout tests/golden/import-small.tsv
