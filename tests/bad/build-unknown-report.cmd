build --only nosuch -o @OUT@
