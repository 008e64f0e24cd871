validate @BAD@/validate-unknown-ref.xml
