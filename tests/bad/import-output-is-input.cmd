import @OUT@/sentinel -o @OUT@/sentinel
