render @BAD@/render-unknown-element.xml
