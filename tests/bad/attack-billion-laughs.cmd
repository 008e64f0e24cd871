validate @BAD@/attack-billion-laughs.xml
