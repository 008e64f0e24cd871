render @BAD@/malformed-render-unclosed.xml -o @OUT@/out.pdf
