"""The suite's two languages: English, and Korean, the seed's own (`--lang ko`).

Each claim carries its words in both (`Ko:` and `Ko title:` in its declaration), and each family
its feature's (`conformance.registry.family`); this module holds the rest a reader sees: the
verdicts' names and the labels of the table and of `--explain`. Values observed on the host
(addresses, flags, command outputs) are shown as they are, in neither language.
"""

from __future__ import annotations

import unicodedata

from conformance import catalog, registry
from conformance.catalog import LANGS

__all__ = ["LANGS", "feature", "pad", "width", "word"]


def word(lang: str, key: str, **values: object) -> str:
    return catalog.word(lang, key, **values)


def feature(lang: str, name: str) -> str:
    return registry.feature_ko(name) if lang == "ko" else name


def width(text: str) -> int:
    """The terminal columns `text` takes (a Hangul syllable takes two)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def pad(text: str, columns: int) -> str:
    """`text` padded to `columns` terminal columns."""
    return text + " " * max(0, columns - width(text))
