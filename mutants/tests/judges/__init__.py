"""Judges, controls and expectations, on recorded and deviating observations: no engine."""
