render @BAD@/render-duplicate-id.xml -o @OUT@/out.pdf
