validate @BAD@/malformed-schema-missing-id.xml
