validate @BAD@/malformed-control-char.xml
