render @BAD@/render-list-marker-too-wide.xml -o @OUT@/out.pdf
