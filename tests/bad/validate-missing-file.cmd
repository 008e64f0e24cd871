validate @BAD@/validate-no-such-file.xml
