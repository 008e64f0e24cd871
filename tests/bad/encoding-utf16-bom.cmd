validate @BAD@/encoding-utf16-bom.xml
