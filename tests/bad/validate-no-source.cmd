validate --source @OUT@/no-such-dir
