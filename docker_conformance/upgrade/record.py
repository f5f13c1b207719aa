"""The upgrade's record: what `upgrade before` made and read, kept on the host until `upgrade after`
(STATE/<id>/record.json, and STATE/current naming it). An observation like any other: plain data,
serialisable, read back by `after` and by the watcher. Whatever of the suite's carries an id whose
record is gone is a crashed upgrade's leftover, swept by the next run."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pydantic import TypeAdapter

from conformance.model.upgrade import Snapshot
from docker_conformance.observe.kept import STATE
from docker_conformance.upgrade.scene import Scene


@dataclass(frozen=True)
class Record:
    scene: Scene
    before: Snapshot
    engine_netns: str = ""  # the engine's network namespace ("": this process's)
    watcher: int = 0  # the watcher's pid (0: none was started)

    def save(self, state: Path = STATE) -> Path:
        folder = state / self.scene.id
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "record.json").write_bytes(_ADAPTER.dump_json(self, indent=1))
        (state / "current").write_text(self.scene.id)
        return folder

    @classmethod
    def load(cls, folder: Path) -> Record:
        return _ADAPTER.validate_json((folder / "record.json").read_bytes())


_ADAPTER: TypeAdapter[Record] = TypeAdapter(Record)


def current(state: Path = STATE) -> Path | None:
    """The folder of the upgrade `before` recorded last on this host (None: none is open)."""
    try:
        folder = state / (state / "current").read_text().strip()
    except OSError:
        return None
    return folder if (folder / "record.json").exists() else None
