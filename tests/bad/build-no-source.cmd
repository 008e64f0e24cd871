build --source @OUT@/nowhere -o @OUT@
