validate @BAD@/attack-parameter-entity.xml
