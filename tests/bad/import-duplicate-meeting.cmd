import @BAD@/import-duplicate-meeting.tsv -o @OUT@/matrix.xml
