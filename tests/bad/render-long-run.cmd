render @BAD@/render-long-run.xml -o @OUT@/out.pdf
