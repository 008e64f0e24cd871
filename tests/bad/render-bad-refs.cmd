render @BAD@/render-bad-refs.xml -o @OUT@/out.pdf
