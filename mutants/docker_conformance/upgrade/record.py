"""The upgrade's record: what `upgrade before` made and read, kept on the host until `upgrade after`
(STATE/<id>/record.json), one open at a time for each engine (its socket). An observation like any
other: plain data, serialisable, read back by `after` and by the watcher. Whatever of the suite's
carries an id whose record is gone is a crashed upgrade's leftover, swept by the next run."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pydantic import TypeAdapter

from docker_conformance.conformance.model.upgrade import Snapshot
from docker_conformance.observe.kept import STATE
from docker_conformance.upgrade.scene import Scene


@dataclass(frozen=True)
class Record:
    scene: Scene
    before: Snapshot
    docker_host: str  # the engine's socket: `after` judges the record of the engine it talks to
    engine_netns: str = ""  # the engine's network namespace ("": this process's)

    def save(self, state: Path = STATE) -> Path:
        folder = state / self.scene.id
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "record.json").write_bytes(_ADAPTER.dump_json(self, indent=1))
        return folder

    @classmethod
    def load(cls, folder: Path) -> Record:
        return _ADAPTER.validate_json((folder / "record.json").read_bytes())


_ADAPTER: TypeAdapter[Record] = TypeAdapter(Record)


def current(docker_host: str, state: Path = STATE) -> Path | None:
    """The folder of the upgrade recorded last for the engine at `docker_host` (None: none is open)."""
    found = []
    for path in state.glob("*/record.json") if state.is_dir() else ():
        try:
            record = Record.load(path.parent)
        except (OSError, ValueError):
            continue
        if record.docker_host == docker_host:
            found.append((path.stat().st_mtime, path.parent))
    return max(found)[1] if found else None
