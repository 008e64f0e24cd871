validate @BAD@/malformed-duplicate-attribute.xml
