"""Packaging and layout: the wheel, the import graph, the registry's documents, a contributor's path."""
