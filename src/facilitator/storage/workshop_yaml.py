"""Workshop files: YAML in, a checked `Workshop` out, or every problem as FILE:LINE:COLUMN."""

from __future__ import annotations

from pathlib import Path

from facilitator.domain.errors import Located, WorkshopError
from facilitator.domain.workshop import Workshop, WorkshopInfo
from facilitator.storage.pre_read import pre_read_data
from facilitator.storage.regular_file import NotReadable, Refusal, read_regular
from facilitator.storage.schema import Problems
from facilitator.storage.workshop_data import workshop_from_data


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


# A named pipe or device is not read at all (see storage.regular_file), nor more than this of
# a file: yaml_source refuses anything over 1 MB with its size, this is only where reading stops.
MAX_READ_BYTES = 64 * 1_048_576
_REFUSED = {
    Refusal.MISSING: "no such file",
    Refusal.FOLDER: "is a folder, not a workshop file",
    Refusal.NOT_A_FILE: "not a workshop file but {detail}; it was not read",
    Refusal.TOO_LARGE: "too large for a workshop file ({detail}; at most 1 MB)",
    Refusal.UNREADABLE: "cannot be read: {detail}",
}


def load_workshop(path: Path, *, name: str | None = None, builtin: bool = False) -> Workshop:
    """Read and check a workshop file; an unreadable file is one problem like any other. A
    built-in one is taken from its pre-read data when that was made from these bytes."""
    shown = name or str(path)
    try:
        raw = read_regular(path, MAX_READ_BYTES)
    except NotReadable as refused:
        message = _REFUSED[refused.why].format(detail=refused.detail)
        raise WorkshopError([Located(shown, message)]) from None
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
