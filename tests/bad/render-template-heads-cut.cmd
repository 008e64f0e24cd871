render @BAD@/render-template-heads-cut.xml -o @OUT@/out.pdf
