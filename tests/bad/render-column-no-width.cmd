render @BAD@/render-column-no-width.xml -o @OUT@/out.pdf
