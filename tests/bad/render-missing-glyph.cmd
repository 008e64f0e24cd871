render @BAD@/render-missing-glyph.xml -o @OUT@/out.pdf
