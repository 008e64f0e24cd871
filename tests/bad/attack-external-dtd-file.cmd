validate @BAD@/attack-external-dtd-file.xml
