validate @BAD@/malformed-two-roots.xml
