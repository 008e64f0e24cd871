build --source @BAD@/stream-malformed --only matrix -o @OUT@
