validate @BAD@/malformed-unquoted-attribute.xml
