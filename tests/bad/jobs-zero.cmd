build -j 0 -o @OUT@
