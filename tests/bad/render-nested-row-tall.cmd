render @BAD@/render-nested-row-tall.xml -o @OUT@/out.pdf
