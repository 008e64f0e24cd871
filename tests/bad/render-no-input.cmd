render @BAD@/no-such-layout.xml -o @OUT@/out.pdf
