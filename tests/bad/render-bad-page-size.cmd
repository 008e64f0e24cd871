render @BAD@/render-bad-page-size.xml -o @OUT@/out.pdf
