render @BAD@/render-unknown-element.xml -o @OUT@/out.pdf --dump=boxes
