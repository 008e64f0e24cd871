validate @BAD@/malformed-undefined-entity.xml
