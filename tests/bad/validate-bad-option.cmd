validate --bogus
