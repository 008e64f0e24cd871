validate @BAD@/encoding-latin1-declared.xml
