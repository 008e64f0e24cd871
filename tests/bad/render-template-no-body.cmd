render @BAD@/render-template-no-body.xml -o @OUT@/out.pdf
