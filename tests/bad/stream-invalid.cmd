build --source @BAD@/stream-invalid --only matrix -o @OUT@
