validate --source @BAD@/stream-invalid/reference
