validate @BAD@/encoding-latin1.xml
