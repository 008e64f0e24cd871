validate @BAD@/encoding-latin1-undeclared.xml
