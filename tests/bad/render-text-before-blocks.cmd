render @BAD@/render-text-before-blocks.xml -o @OUT@/out.pdf
