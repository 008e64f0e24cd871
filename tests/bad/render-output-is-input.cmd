render @OUT@/sentinel -o @OUT@/sentinel
