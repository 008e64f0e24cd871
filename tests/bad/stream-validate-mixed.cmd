validate --source @BAD@/stream-validate-mixed
