"""Session files: the session as TOML, readable by a person and complete on its own.

The file mirrors the workshop: each section, question and item is written with its own text
and, beside it, what the group recorded. So the file can be read, and the minutes written,
even when the workshop file has changed or is gone. Reading it splits the two again: the
workshop part goes through the same checks as a workshop file.
"""

from __future__ import annotations

import re
import tomllib
from typing import Any, TypeVar

from facilitator.domain.errors import SessionFileError, SessionTooNew
from facilitator.domain.progress import done_sections
from facilitator.domain.session import (
    FORMAT_VERSION,
    AssessmentEntry,
    CarriedCommitment,
    Commitment,
    Earlier,
    FigureEntry,
    Meeting,
    QuestionEntry,
    SectionEntry,
    SeriesLink,
    Session,
    ViewPosition,
    commitment_counter,
    legacy_session_id,
)
from facilitator.domain.workshop import Item, Section, Workshop
from facilitator.storage import session_head, toml_writer
from facilitator.storage.records import (
    NO_CHOICES,
    keys_of,
    read_record,
    reader,
    record_to_data,
    writer,
)
from facilitator.storage.schema import SESSION, FirstProblem, Path, Reader, type_name
from facilitator.storage.workshop_data import (
    figure_to_data,
    section_to_data,
    workshop_from_data,
    workshop_header,
)

R = TypeVar("R")

KIND = "facilitator-session"
# Written after everything else: a file without it was cut short (a copy that ran out of space,
# a sync that stopped), and TOML alone cannot tell, as a file cut between two tables is valid.
END_LINE = "# end of session file"
TOP_KEYS = (
    "format_version",
    "kind",
    "id",
    "created",
    "updated",
    "finished_at",
    "reopened_at",
    "reopen_count",
    "current_section",
    "next_commitment",
    "view",
    "series",
    "meeting",
    "workshop",
    "sections",
    "carried",
    "commitments",
    "earlier",
)
# A session id goes into calendar UIDs: one word of safe characters.
_SESSION_ID = re.compile(r"[A-Za-z0-9._-]{1,64}")
# The keys of the records (the meeting, a commitment, a section's answers …) are their
# dataclasses' fields (storage.records): a field added there is read and written with no list
# here to change. These name only the answers, to tell them from a section's workshop keys.
SECTION_ANSWERS = keys_of(SectionEntry)
FIGURE_ANSWERS = keys_of(FigureEntry)
QUESTION_ANSWERS = keys_of(QuestionEntry)
ITEM_ANSWERS = keys_of(AssessmentEntry)
EXAMPLE_ANSWERS = ("reflection",)


# -- writing ---------------------------------------------------------------------------------


class SessionDocument(dict[str, Any]):
    """A session's TOML-ready data, with what the session list shows of its progress
    (`progress`: sections done, sections in all), which the data alone does not say and which
    `dumps_document` writes in the file's first line (see `storage.session_head`). Taken with
    the data, on the thread that owns the session: the saver writes on another."""

    progress: tuple[int, int] | None = None


def session_to_document(session: Session) -> SessionDocument:
    """The session as TOML-ready data, keys in a fixed order."""
    doc = SessionDocument()
    doc.progress = (done_sections(session), len(session.workshop.sections))
    doc.update(
        {
            "format_version": FORMAT_VERSION,
            "kind": KIND,
            "id": session.id,
            "created": session.created,
            "updated": session.updated,
        }
    )
    if session.finished_at is not None:
        doc["finished_at"] = session.finished_at
    if session.reopened_at is not None:
        doc["reopened_at"] = session.reopened_at
    if session.reopen_count:
        doc["reopen_count"] = session.reopen_count
    doc["current_section"] = session.current_section
    doc["next_commitment"] = session.next_commitment
    if session.view is not None:
        doc["view"] = record_to_data(session.view)
    if session.series is not None:
        doc["series"] = record_to_data(session.series)
    doc["meeting"] = record_to_data(session.meeting)
    doc["workshop"] = workshop_header(session.workshop)
    doc["sections"] = [_section(session, s) for s in session.workshop.sections]
    if session.carried:
        doc["carried"] = list(map(writer(CarriedCommitment), session.carried))
    doc["commitments"] = list(map(writer(Commitment), session.commitments))
    if session.earlier is not None:
        doc["earlier"] = record_to_data(session.earlier)
    return doc


def _section(session: Session, section: Section) -> dict[str, Any]:
    """A section's workshop keys, then what the group recorded, then its entries."""
    data = section_to_data(section)
    data.update(record_to_data(session.sections[section.id]))
    if section.figures:
        data["figures"] = [
            {**figure_to_data(f), **record_to_data(session.figures[f.id])} for f in section.figures
        ]
    if section.questions:
        data["questions"] = [
            {"id": q.id, "text": q.text, **record_to_data(session.questions[q.id])}
            for q in section.questions
        ]
    if section.items:
        data["items"] = [_item(session, item) for item in section.items]
    if section.examples:
        data["examples"] = [
            {"id": e.id, "title": e.title, "text": e.text, "reflection": session.reflections[e.id]}
            for e in section.examples
        ]
    return data


def _item(session: Session, item: Item) -> dict[str, Any]:
    data = {"id": item.id, "text": item.text, **record_to_data(session.assessments[item.id])}
    if item.items:
        data["items"] = [_item(session, child) for child in item.items]
    return data


def dumps_document(doc: dict[str, Any]) -> str:
    """A document from `session_to_document` as text. Multi-line text is written as multi-line
    strings, easier for a person to read, unless some text holds a carriage return: those
    would turn CRLF into LF there, and a session must come back exactly as it was. The text is
    what tomli-w writes, made by `toml_writer` several times faster (see there), after the
    line the session list reads (`session_head`) when the document knows its progress."""
    body = f"{toml_writer.dumps_readable(doc)}\n{END_LINE}\n"
    progress = getattr(doc, "progress", None)
    return body if progress is None else session_head.with_head(body, *progress)


def dumps_session(session: Session) -> str:
    """The whole session file as text."""
    return dumps_document(session_to_document(session))


# -- reading ---------------------------------------------------------------------------------


def loads_session(text: str, *, allow_newer: bool = False) -> Session:
    """Read a session file's text; raise SessionFileError with one line saying what is wrong.

    With `allow_newer`, a file from a newer format is read as far as this version understands
    it (unknown keys are passed over); the caller must then never write it back.
    """
    return session_from_document(parse_document(text), text, allow_newer=allow_newer)


def parse_document(text: str) -> dict[str, Any]:
    """A session file's text as TOML data (the session list reads keys the Session does not
    hold from it); SessionFileError if it is not TOML."""
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise SessionFileError(f"damaged: not valid TOML ({error})") from None
    except (RecursionError, ValueError) as error:  # deep nesting, 5,000-digit integers
        kind = "nested too deeply" if isinstance(error, RecursionError) else str(error)
        raise SessionFileError(f"damaged: not valid TOML ({kind})") from None
    return doc


def session_from_document(doc: dict[str, Any], text: str, *, allow_newer: bool = False) -> Session:
    """The Session a file's data holds (`text`: the file it was parsed from), checked as
    `loads_session` says."""
    if doc.get("kind") != KIND:
        raise SessionFileError('not a facilitator session file (no kind = "facilitator-session")')
    version = doc.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise SessionFileError(f"format_version: expected a whole number, got {type_name(version)}")
    newer = version > FORMAT_VERSION
    if newer and not allow_newer:
        raise SessionTooNew(
            f"written by a newer facilitator (format {version}; this one reads "
            f"up to {FORMAT_VERSION}); update facilitator to change it"
        )
    lines = text.rstrip().splitlines()
    if not newer and (not lines or lines[-1].strip() != END_LINE):
        raise SessionFileError(
            f"damaged: the file ends early (its last line should be '{END_LINE}'); "
            "it may have been cut short"
        )
    try:
        return _Reader(newer=newer).session(doc)
    except FirstProblem as bad:
        raise SessionFileError(f"damaged: {bad}") from None


class _Reader(Reader):
    """The session file, read with the shared reader's checks (storage.schema), the first
    problem raised: a session is either read whole or refused. A file from a newer format
    (`newer`) is read as far as this version understands it."""

    def __init__(self, *, newer: bool) -> None:
        super().__init__(SESSION, first=True, lenient=newer)

    def session(self, doc: dict[str, Any]) -> Session:
        self.table(doc, (), TOP_KEYS)
        workshop = self.workshop(doc)
        created = self.moment(doc, "created", ())
        session = Session(
            workshop,
            created=created,
            session_id=self.session_id(doc) or legacy_session_id(workshop.id, created),
        )
        session.updated = self.moment(doc, "updated", ())
        if "finished_at" in doc:
            session.finished_at = self.moment(doc, "finished_at", ())
        if "reopened_at" in doc:
            session.reopened_at = self.moment(doc, "reopened_at", ())
        session.reopen_count = self.whole(doc, "reopen_count", ())
        current = self.text(doc, "current_section", ())
        if current not in session.sections:
            self.fail(("current_section",), f"no section '{current}' in this session")
        session.current_section = current
        if "view" in doc:
            session.view = self.record(ViewPosition, doc["view"], ("view",))
        if "series" in doc:
            session.series = self.series(doc["series"])
        session.meeting = self.record(Meeting, doc.get("meeting", {}), ("meeting",))
        for index, (section, raw) in enumerate(
            zip(workshop.sections, doc["sections"], strict=True)
        ):
            self.answers(session, section, raw, ("sections", index))
        session.carried = self.carried(doc)
        session.commitments = self.commitments(doc)
        if "earlier" in doc:
            session.earlier = self.record(Earlier, doc["earlier"], ("earlier",))
        used = max((commitment_counter(c.id) for c in session.commitments), default=0)
        counter = self.whole(
            doc, "next_commitment", (), expected="a whole number from 1", least=1, default=1
        )
        session.next_commitment = max(counter, used + 1)
        return session

    def session_id(self, doc: dict[str, Any]) -> str:
        """The session's own id; "" in a file from before ids (it gets one when read)."""
        value = self.text(doc, "id", ())
        if value and not _SESSION_ID.fullmatch(value):
            self.problem(("id",), "expected letters, digits, '-', '.' or '_' (at most 64)")
            return ""
        return value

    def series(self, raw: Any) -> SeriesLink:
        """A follow-up's place in its series; its ids are ids, its number counts from 1."""
        series = self.record(SeriesLink, raw, ("series",))
        for key in ("id", "follows_id"):
            value = getattr(series, key)
            if value and not _SESSION_ID.fullmatch(value):
                self.problem(("series", key), "expected letters, digits, '-', '.' or '_'")
        if series.number < 1:
            self.problem(("series", "number"), "expected a whole number from 1")
        return series

    def carried(self, doc: dict[str, Any]) -> list[CarriedCommitment]:
        """The earlier meeting's commitments as a follow-up found them."""
        found: list[CarriedCommitment] = []
        keys, read = keys_of(CarriedCommitment), reader(CarriedCommitment)
        for index, raw in enumerate(self.sequence(doc, "carried", ())):
            path: Path = ("carried", index)
            data = self.table(raw, path, keys)
            carried = read(self, data if data is not None else {}, path, NO_CHOICES)
            if not carried.id or any(c.id == carried.id for c in found):
                self.problem((*path, "id"), "missing or duplicate commitment id")
            found.append(carried)
        return found

    def record(self, cls: type[R], raw: Any, path: Path) -> R:
        """A record's table (the meeting, the view), its keys those of `cls`."""
        data = self.table(raw, path, keys_of(cls))
        return read_record(self, cls, data if data is not None else {}, path)

    def workshop(self, doc: dict[str, Any]) -> Workshop:
        """The workshop the file holds, checked as a workshop file is; a problem in it is
        named by its place in this file."""
        header = self.table(doc.get("workshop"), ("workshop",))
        if header is None:
            self.stop()
        sections = self.sequence(doc, "sections", ())
        plain = []
        for index, raw in enumerate(sections):
            if self.table(raw, ("sections", index)) is not None:
                plain.append(_strip_answers(raw))
        try:
            return workshop_from_data(
                {**header, "sections": plain}, newer=self.lenient, first=True, session=True
            )
        except FirstProblem as bad:
            path, message = bad.problem.path, bad.problem.message
            self.fail(path if path[:1] == ("sections",) else ("workshop", *path), message)

    def answers(self, session: Session, section: Section, raw: dict[str, Any], path: Path) -> None:
        """What the group recorded in one section; the workshop check has made sure that
        each of the section's entries is there and is a table."""
        session.sections[section.id] = read_record(self, SectionEntry, raw, path)
        for index, figure in enumerate(section.figures):
            session.figures[figure.id] = read_record(
                self, FigureEntry, raw["figures"][index], (*path, "figures", index)
            )
        scale = {
            "scale": [o.id for o in session.workshop.scale(section.scale).options]
            if section.scale
            else []
        }
        for index, question in enumerate(section.questions):
            session.questions[question.id] = read_record(
                self, QuestionEntry, raw["questions"][index], (*path, "questions", index), scale
            )
        for index, item in enumerate(section.items):
            self.item(session, item, raw["items"][index], (*path, "items", index), scale)
        for index, example in enumerate(section.examples):
            data = raw["examples"][index]
            session.reflections[example.id] = self.text(
                data, "reflection", (*path, "examples", index)
            )

    def item(
        self,
        session: Session,
        item: Item,
        data: dict[str, Any],
        path: Path,
        scale: dict[str, list[str]],
    ) -> None:
        session.assessments[item.id] = read_record(self, AssessmentEntry, data, path, scale)
        for index, child in enumerate(item.items):
            self.item(session, child, data["items"][index], (*path, "items", index), scale)

    def commitments(self, doc: dict[str, Any]) -> list[Commitment]:
        found: list[Commitment] = []
        seen: set[str] = set()
        keys, read = keys_of(Commitment), reader(Commitment)  # thousands in a long series
        for index, raw in enumerate(self.sequence(doc, "commitments", ())):
            path: Path = ("commitments", index)
            data = self.table(raw, path, keys)
            commitment = read(self, data if data is not None else {}, path, NO_CHOICES)
            if not commitment.id or commitment.id in seen:
                self.problem((*path, "id"), "missing or duplicate commitment id")
            if commitment.origin and not _SESSION_ID.fullmatch(commitment.origin):
                self.problem((*path, "origin"), "expected a session id")
            seen.add(commitment.id)
            found.append(commitment)
        return found


def _strip_answers(raw: dict[str, Any]) -> dict[str, Any]:
    """A section's workshop keys alone: what the group recorded is read separately."""
    data = {k: v for k, v in raw.items() if k not in SECTION_ANSWERS}
    for key, answers in (
        ("figures", FIGURE_ANSWERS),
        ("questions", QUESTION_ANSWERS),
        ("examples", EXAMPLE_ANSWERS),
    ):
        if isinstance(data.get(key), list):
            data[key] = [_without(entry, answers) for entry in data[key]]
    if isinstance(data.get("items"), list):
        data["items"] = [_strip_item(entry) for entry in data["items"]]
    return data


def _without(entry: Any, keys: tuple[str, ...]) -> Any:
    return {k: v for k, v in entry.items() if k not in keys} if isinstance(entry, dict) else entry


def _strip_item(entry: Any) -> Any:
    data = _without(entry, ITEM_ANSWERS)
    if isinstance(data, dict) and isinstance(data.get("items"), list):
        data["items"] = [_strip_item(child) for child in data["items"]]
    return data
