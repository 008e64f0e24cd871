render @BAD@/truncated-render-layout.xml -o @OUT@/out.pdf
