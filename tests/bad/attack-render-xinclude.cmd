render @BAD@/attack-render-xinclude.xml -o @OUT@/out.pdf
