validate @BAD@/validate-reversed-dates.xml
