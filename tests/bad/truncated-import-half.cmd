import @BAD@/truncated-import-half.tsv -o @OUT@/matrix.xml
