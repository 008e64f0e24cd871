validate @BAD@/encoding-utf16-declared-utf8.xml
