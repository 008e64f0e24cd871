render @BAD@/render-list-start-overflow.xml -o @OUT@/out.pdf
