render @BAD@/render-paragraph-indent.xml -o @OUT@/out.pdf
