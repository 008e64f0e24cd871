validate @BAD@/malformed-schema-bad-number.xml
