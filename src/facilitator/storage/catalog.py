"""Finding workshops: the built-in ones and the workspace's own, by id or by path."""

from __future__ import annotations

from pathlib import Path

from facilitator.domain.errors import FacilitatorError, WorkshopError
from facilitator.domain.workshop import Workshop, WorkshopInfo
from facilitator.paths import WORKSHOP_SUFFIXES, Workspace, builtin_workshop_files
from facilitator.storage.workshop_yaml import describe_workshop, load_workshop

DEFAULT_WORKSHOPS = {"sv": "steg2-ledningens-stod", "en": "step2-leadership-support"}


def workshop_files(workspace: Workspace) -> list[tuple[Path, bool]]:
    """Every workshop file with whether it is built-in: the built-in ones first, then the
    workspace's own. A file found twice is one workshop: in a clone of the repository with
    an editable install, the built-in folder *is* the workspace's `workshops/`."""
    found: list[tuple[Path, bool]] = []
    seen: set[Path] = set()
    for path, builtin in [(p, True) for p in builtin_workshop_files()] + [
        (p, False) for p in workspace.workshop_files()
    ]:
        real = path.resolve()
        if real not in seen:
            seen.add(real)
            found.append((path, builtin))
    return found


def list_workshops(workspace: Workspace) -> list[WorkshopInfo]:
    """Built-in workshops first, then the workspace's own (invalid ones listed with problems).
    Two files with one id are both listed; `WorkshopInfo.builtin` tells them apart."""
    return [describe_workshop(path, builtin=builtin) for path, builtin in workshop_files(workspace)]


def resolve_workshop(
    ref: str | None, workspace: Workspace, language: str | None = None
) -> Workshop:
    """A workshop by built-in or workspace id, or by the path of a YAML file.

    Without `ref`, the built-in step 2 in the asked language (Swedish unless English is asked).
    Named by id, the workspace's own workshop comes before a built-in one with the same id:
    copying a built-in workshop into `workshops/` is how one customises it. Files are read
    one at a time until one has the id, those named after it first (`ID.sv.yaml`), so the
    usual case reads one file (reading all of them cost 50 ms of every `facilitator new`).
    """
    default = ref is None
    if ref is None:
        ref = DEFAULT_WORKSHOPS.get(language or "sv", DEFAULT_WORKSHOPS["sv"])
    path = Path(ref)
    if path.suffix in WORKSHOP_SUFFIXES or path.exists():
        return load_workshop(path)
    candidates = workshop_files(workspace)
    if default:
        candidates = [c for c in candidates if c[1]]
    candidates.sort(key=lambda c: by_id_order(ref, c[0], builtin=c[1]))
    broken = ""
    for candidate, builtin in candidates:
        try:
            workshop = load_workshop(candidate, builtin=builtin)
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


def by_id_order(ref: str, path: Path, *, builtin: bool) -> tuple[bool, bool]:
    """Which file named by id is looked at first: the workspace's own before the built-in
    ones, and within each, files named after the id (`ID.sv.yaml`)."""
    return (builtin, not path.name.startswith(f"{ref}."))


def sharing_id(workshop_id: str, workspace: Workspace) -> list[WorkshopInfo]:
    """The valid workshops that have `workshop_id`, the one `facilitator new ID` opens first;
    `validate` names them when a file's id is taken."""
    found = [w for w in list_workshops(workspace) if w.id == workshop_id and not w.problems]
    found.sort(key=lambda w: by_id_order(workshop_id, Path(w.source), builtin=w.builtin))
    return found
