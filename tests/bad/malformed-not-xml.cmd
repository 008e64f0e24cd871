validate @BAD@/malformed-not-xml.xml
