validate @BAD@/validate-unknown-root.xml
