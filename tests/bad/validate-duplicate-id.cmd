validate @BAD@/validate-duplicate-id.xml
