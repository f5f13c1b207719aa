"""The observation format: plain, serialisable data that the judges read and the fixtures fill.

Nothing here talks to an engine or to netlink (no `docker`, no `pyroute2`): an observation can
be gathered on this host, in a probe or on a fleet node, saved as JSON, and judged anywhere.
"""
