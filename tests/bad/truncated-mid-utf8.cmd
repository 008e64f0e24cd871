validate @BAD@/truncated-mid-utf8.xml
