"""The suite's own container image: its builder (`python -m image.build`) and entrypoint."""
