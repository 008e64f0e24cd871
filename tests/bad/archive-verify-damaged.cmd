verify @BAD@/archive-verify-damaged
