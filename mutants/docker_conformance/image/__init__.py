"""The suite's own container image: its builder (`python -m docker_conformance.image.build`), its
entrypoint and a fleet task's script."""
