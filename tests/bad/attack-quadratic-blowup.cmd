validate @BAD@/attack-quadratic-blowup.xml
