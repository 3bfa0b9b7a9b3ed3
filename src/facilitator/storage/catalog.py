"""Finding workshops: the built-in ones and the workspace's own, by id or by path."""

from __future__ import annotations

from pathlib import Path

from facilitator.domain.errors import FacilitatorError, WorkshopError
from facilitator.domain.workshop import Workshop, WorkshopInfo
from facilitator.paths import WORKSHOP_SUFFIXES, Workspace, builtin_workshop_files
from facilitator.storage.workshop_yaml import describe_workshop, load_workshop

DEFAULT_WORKSHOPS = {"sv": "steg2-ledningens-stod", "en": "step2-leadership-support"}


def list_workshops(workspace: Workspace) -> list[WorkshopInfo]:
    """Built-in workshops first, then the workspace's own (invalid ones listed with problems)."""
    found = [describe_workshop(p, builtin=True) for p in builtin_workshop_files()]
    found += [describe_workshop(p, builtin=False) for p in workspace.workshop_files()]
    return found


def resolve_workshop(
    ref: str | None, workspace: Workspace, language: str | None = None
) -> Workshop:
    """A workshop by built-in or workspace id, or by the path of a YAML file.

    Without `ref`, the built-in step 2 in the asked language (Swedish unless English is asked).
    A built-in workshop comes before the workspace's own with the same id. Files are read
    one at a time until one has the id, those named after it first (`ID.sv.yaml`), so the
    usual case reads one file (reading all of them cost 50 ms of every `facilitator new`).
    """
    if ref is None:
        ref = DEFAULT_WORKSHOPS.get(language or "sv", DEFAULT_WORKSHOPS["sv"])
    path = Path(ref)
    if path.suffix in WORKSHOP_SUFFIXES or path.exists():
        return load_workshop(path)
    candidates = [(0, p) for p in builtin_workshop_files()]
    candidates += [(1, p) for p in workspace.workshop_files()]
    candidates.sort(key=lambda c: (c[0], not c[1].name.startswith(f"{ref}.")))
    broken = ""
    for kind, candidate in candidates:
        try:
            workshop = load_workshop(candidate, builtin=kind == 0)
        except WorkshopError as error:
            # A file that cannot be read has no id but its name: it is the one asked for
            # (and its first problem the answer) only if nothing valid has the id.
            if not broken and candidate.stem == ref:
                broken = str(error.problems[0])
            continue
        if workshop.id == ref:
            return workshop
    if broken:
        raise FacilitatorError(broken)
    raise FacilitatorError(f"no workshop '{ref}'; 'facilitator workshops' lists the ones there are")
