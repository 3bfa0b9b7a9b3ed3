"""The one place that knows where files live.

The workspace is the current folder unless `--workspace` or FACILITATOR_WORKSPACE says
otherwise; its folders are made on first use, so an empty folder is a valid workspace and
tests never touch a real home directory.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ENV_WORKSPACE = "FACILITATOR_WORKSPACE"
WORKSHOP_SUFFIXES = (".yaml", ".yml")


def builtin_workshops_dir() -> Path:
    """The workshops shipped with the program: inside the installed package, or, when running
    from a source checkout, the repository's `workshops/` folder. (The package is a plain
    folder, so its own path is enough: importlib.resources cost 8 ms of every start.)"""
    here = Path(__file__).resolve().parent
    packaged = here / "workshops"
    if packaged.is_dir():
        return packaged
    return here.parents[1] / "workshops"


@dataclass(frozen=True)
class Workspace:
    """The folder that holds the sessions, the exports and the workshops of one user or team."""

    root: Path

    @classmethod
    def choose(cls, option: str | None = None) -> Workspace:
        chosen = option or os.environ.get(ENV_WORKSPACE) or os.getcwd()
        return cls(Path(chosen).expanduser().absolute())

    @property
    def sessions(self) -> Path:
        return self.root / "sessions"

    @property
    def exports(self) -> Path:
        return self.root / "exports"

    @property
    def workshops(self) -> Path:
        return self.root / "workshops"

    @property
    def log_file(self) -> Path:
        return self.root / "facilitator.log"

    def ensure(self, folder: Path) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def session_files(self) -> list[Path]:
        if not self.sessions.is_dir():
            return []
        return sorted(p for p in self.sessions.glob("*.toml") if not p.name.startswith("."))

    def workshop_files(self) -> list[Path]:
        if not self.workshops.is_dir():
            return []
        return sorted(
            p
            for p in self.workshops.iterdir()
            if p.suffix in WORKSHOP_SUFFIXES and not p.name.startswith(".")
        )


def builtin_workshop_files() -> list[Path]:
    folder = builtin_workshops_dir()
    return sorted(p for p in folder.iterdir() if p.suffix in WORKSHOP_SUFFIXES)
