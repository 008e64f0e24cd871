archive --dir @OUT@ extra
