validate @BAD@/attack-external-dtd.xml
