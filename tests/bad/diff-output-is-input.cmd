diff source/matrix.xml @OUT@/sentinel -o @OUT@/sentinel
