validate @BAD@/attack-xxe-http.xml
