"""`Named`: a string that names what the kernel, the engine or the suite gave a name (a link, an
address, a container's role, a try's kind, a rule). It is never empty: a recording with an empty
one is refused when it is read, and never reaches a judge as a name that matches nothing. Likewise
`NOT_EMPTY`, for a list that is never empty where it was read (a namespace has lo at least)."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, StringConstraints

Named = Annotated[str, StringConstraints(min_length=1)]
NOT_EMPTY = Field(min_length=1)  # a list that always holds something (a namespace's links: lo at least)
