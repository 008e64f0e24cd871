render @BAD@/render-not-xml.xml -o @OUT@/out.pdf
