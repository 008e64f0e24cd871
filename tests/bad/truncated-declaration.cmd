validate @BAD@/truncated-declaration.xml
