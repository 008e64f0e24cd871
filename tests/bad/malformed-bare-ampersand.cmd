validate @BAD@/malformed-bare-ampersand.xml
