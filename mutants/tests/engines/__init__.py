"""The suite against real engines: this host's, second engines of its own, mutants, remote ones."""
