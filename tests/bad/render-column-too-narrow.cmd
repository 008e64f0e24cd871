render @BAD@/render-column-too-narrow.xml -o @OUT@/out.pdf
