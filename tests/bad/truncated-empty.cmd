validate @BAD@/truncated-empty.xml
