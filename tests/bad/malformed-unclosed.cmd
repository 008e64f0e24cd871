validate @BAD@/malformed-unclosed.xml
