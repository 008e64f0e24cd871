archive --source @BAD@/archive-bad-version --dir @OUT@
