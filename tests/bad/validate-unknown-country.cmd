validate @BAD@/validate-unknown-country.xml
