build --jobs=many -o @OUT@
