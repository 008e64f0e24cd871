verify @OUT@
