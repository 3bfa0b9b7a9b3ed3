"""Finding workshops: the built-in ones and the workspace's own, by id or by path."""

from __future__ import annotations

from pathlib import Path

from facilitator.domain.errors import FacilitatorError
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
    """
    if ref is None:
        ref = DEFAULT_WORKSHOPS.get(language or "sv", DEFAULT_WORKSHOPS["sv"])
    path = Path(ref)
    if path.suffix in WORKSHOP_SUFFIXES or path.exists():
        return load_workshop(path)
    for info in list_workshops(workspace):
        if info.id == ref and not info.problems:
            return load_workshop(Path(info.source))
    broken = [i for i in list_workshops(workspace) if i.id == ref and i.problems]
    if broken:
        raise FacilitatorError(broken[0].problems[0])
    raise FacilitatorError(f"no workshop '{ref}'; 'facilitator workshops' lists the ones there are")
