validate @BAD@/validate-truncated.xml
