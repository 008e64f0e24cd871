validate @BAD@/malformed-schema-unknown-element.xml
