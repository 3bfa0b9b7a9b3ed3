"""Workshop files: YAML in, a checked `Workshop` out, or every problem as FILE:LINE:COLUMN."""

from __future__ import annotations

from pathlib import Path

from facilitator.domain.errors import Located, WorkshopError
from facilitator.domain.workshop import Workshop, WorkshopInfo
from facilitator.storage.pre_read import pre_read_data
from facilitator.storage.workshop_data import Problems, workshop_from_data


def parse_workshop(raw: bytes, name: str) -> Workshop:
    """Read workshop YAML given as bytes; `name` is how problems name the file."""
    from facilitator.storage.yaml_source import YamlProblem, read_yaml  # PyYAML: 11 ms

    try:
        source = read_yaml(raw)
    except YamlProblem as problem:
        raise WorkshopError(
            [Located(name, problem.message, problem.line, problem.column)]
        ) from None
    try:
        return workshop_from_data(source.data)
    except Problems as problems:
        located = []
        for path, message, at_key in problems.lines():
            line, column = source.position(path, key=at_key)
            located.append(Located(name, message, line, column))
        located.sort(key=lambda p: (p.line or 0, p.column or 0))
        raise WorkshopError(located) from None


def load_workshop(path: Path, *, name: str | None = None, builtin: bool = False) -> Workshop:
    """Read and check a workshop file; an unreadable file is one problem like any other. A
    built-in one is taken from its pre-read data when that was made from these bytes."""
    shown = name or str(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise WorkshopError([Located(shown, "no such file")]) from None
    except IsADirectoryError:
        raise WorkshopError([Located(shown, "is a folder, not a workshop file")]) from None
    except OSError as error:
        raise WorkshopError([Located(shown, f"cannot be read: {error.strerror}")]) from None
    if builtin:
        data = pre_read_data(path, raw)
        if data is not None:
            try:
                return workshop_from_data(data)
            except Problems:
                pass  # the YAML says where each problem is
    return parse_workshop(raw, shown)


def describe_workshop(path: Path, *, builtin: bool) -> WorkshopInfo:
    """A listing line for a workshop file, valid or not (problems are listed, not raised)."""
    try:
        workshop = load_workshop(path, builtin=builtin)
    except WorkshopError as error:
        return WorkshopInfo(
            id=path.stem,
            title="",
            language="",
            version="",
            source=str(path),
            builtin=builtin,
            problems=tuple(str(p) for p in error.problems),
        )
    return WorkshopInfo(
        id=workshop.id,
        title=workshop.title,
        language=workshop.language,
        version=workshop.version,
        source=str(path),
        sections=len(workshop.sections),
        builtin=builtin,
    )
