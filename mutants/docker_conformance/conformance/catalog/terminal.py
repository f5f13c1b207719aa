"""Showing words in a terminal, in either of the suite's languages (`--lang ko`): a family's feature
in the reader's language, and the columns a text takes (a Hangul syllable takes two). The words
themselves are the catalogs' (`catalog`), and each claim's own are in its declaration
(`Ko:`, `Ko title:`). Values observed on the host are shown as they are, in neither language.
"""

from __future__ import annotations

import unicodedata

from docker_conformance.conformance.catalog import LANGS
from docker_conformance.conformance.core import registry

__all__ = ["LANGS", "feature", "pad", "width"]


def feature(lang: str, name: str) -> str:
    return registry.feature_ko(name) if lang == "ko" else name


def width(text: str) -> int:
    """The terminal columns `text` takes (a Hangul syllable takes two)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def pad(text: str, columns: int) -> str:
    """`text` padded to `columns` terminal columns."""
    return text + " " * max(0, columns - width(text))
