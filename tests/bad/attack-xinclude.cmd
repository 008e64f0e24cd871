validate @BAD@/attack-xinclude.xml
