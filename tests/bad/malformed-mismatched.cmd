validate @BAD@/malformed-mismatched.xml
