validate @BAD@/truncated-mid-tag.xml
