validate @BAD@/validate-doctype.xml
