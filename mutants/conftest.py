"""Loads the suite's pytest plugin for the conformance checks and the self-tests alike."""

pytest_plugins = ["docker_conformance.fixtures.plugin"]
