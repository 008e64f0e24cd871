validate @BAD@/truncated-mid-attribute.xml
