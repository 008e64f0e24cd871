render @BAD@/attack-render-xxe.xml -o @OUT@/out.pdf
