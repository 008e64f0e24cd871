validate @BAD@/validate-wrong-date.xml
