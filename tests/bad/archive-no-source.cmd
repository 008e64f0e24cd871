archive --source @BAD@/archive-no-such-source --dir @OUT@
