render @BAD@/render-head-glyph.xml -o @OUT@/out.pdf
