"""Upgrades in place: `docker-conformance upgrade before`, the upgrade, `upgrade after` (`__main__`):
the scene the suite makes and keeps (`scene`), what is read of the host (`snapshot`) and tried
(`probes`), the record between the two steps (`record`) and the watcher that times each outage (`watch`)."""
