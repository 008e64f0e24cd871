render @BAD@/render-flow-only.xml -o @OUT@/out.pdf
