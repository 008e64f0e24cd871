validate @BAD@/attack-xxe-file.xml
