"""What the self-tests share: runners, recorded-observation edits, controls, stand-in engines."""
