render @BAD@/encoding-render-latin1.xml -o @OUT@/out.pdf
