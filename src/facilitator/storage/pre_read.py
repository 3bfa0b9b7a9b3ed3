"""The built-in workshops, pre-read: their YAML's plain data kept as JSON beside them.

The built-in workshops are part of the program, yet every `facilitator new` read one of them
as YAML: importing PyYAML and parsing the file with positions for error messages took about
20 ms of a start-up of 300. So the program ships, for each built-in workshop, the data its
YAML reads to (`workshops/pre-read/NAME.yaml.json`), made when the workshop was last changed.

The YAML stays the only source: a pre-read file is used only while it was made from the very
bytes of the YAML beside it (it names their SHA-256), and its data is checked into a
`Workshop` exactly as the YAML's is. A stale or missing one costs the 20 ms, nothing else;
tests/unit/test_builtin_workshops.py fails until it is made again with
`python -m facilitator.storage.pre_read`. Workshops in the workspace are never pre-read:
they are people's own files, and nothing is written beside them.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import Any

FOLDER = "pre-read"


def pre_read_path(workshop: Path) -> Path:
    return workshop.parent / FOLDER / f"{workshop.name}.json"


def digest(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def pre_read_data(workshop: Path, raw: bytes) -> Any | None:
    """The data `raw` (the bytes of `workshop`) reads to, if a pre-read file made from these
    bytes is there; otherwise None, and the YAML is read."""
    try:
        stored = json.loads(pre_read_path(workshop).read_bytes())
    except (OSError, ValueError):
        return None
    if not isinstance(stored, dict) or stored.get("sha256") != digest(raw):
        return None
    return stored.get("data")


def write_pre_read(workshop: Path) -> Path:
    """Read `workshop`'s YAML (it must be valid) and keep its data beside it."""
    from facilitator.storage.workshop_yaml import parse_workshop
    from facilitator.storage.yaml_source import read_yaml

    raw = workshop.read_bytes()
    parse_workshop(raw, str(workshop))  # a WorkshopError names what is wrong
    target = pre_read_path(workshop)
    target.parent.mkdir(exist_ok=True)
    stored = {"sha256": digest(raw), "data": read_yaml(raw).data}
    target.write_text(json.dumps(stored, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return target


def main() -> None:
    """`python -m facilitator.storage.pre_read`: pre-read every built-in workshop again."""
    from facilitator.paths import builtin_workshop_files

    for workshop in builtin_workshop_files():
        print(write_pre_read(workshop), file=sys.stderr)


if __name__ == "__main__":
    main()
