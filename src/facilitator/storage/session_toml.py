"""Session files: the session as TOML, readable by a person and complete on its own.

The file mirrors the workshop: each section, question and item is written with its own text
and, beside it, what the group recorded. So the file can be read, and the minutes written,
even when the workshop file has changed or is gone. Reading it splits the two again: the
workshop part goes through the same checks as a workshop file.
"""

from __future__ import annotations

import re
import tomllib
from datetime import datetime
from typing import Any

from facilitator.domain.errors import SessionFileError, SessionTooNew
from facilitator.domain.session import (
    FORMAT_VERSION,
    Agreement,
    AssessmentEntry,
    Attendance,
    Commitment,
    FigureEntry,
    Meeting,
    Participant,
    QuestionEntry,
    Reservation,
    Role,
    SectionEntry,
    Session,
    Status,
    ViewPosition,
    commitment_counter,
    legacy_session_id,
)
from facilitator.domain.text import clean_text
from facilitator.domain.workshop import Item, Section, Workshop
from facilitator.storage import toml_writer
from facilitator.storage.data_path import Path, type_name
from facilitator.storage.workshop_data import (
    Problems,
    describe,
    figure_to_data,
    section_to_data,
    workshop_from_data,
    workshop_header,
)

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
    "meeting",
    "workshop",
    "sections",
    "commitments",
)
# A session id goes into calendar UIDs: one word of safe characters.
_SESSION_ID = re.compile(r"[A-Za-z0-9._-]{1,64}")
MEETING_KEYS = (
    "title",
    "organisation",
    "date",
    "place",
    "follow_up",
    "participants",
    "start_time",
    "end_time",
    "others",
)
# Written only when they hold something, so a file that never used them stays as it was.
MEETING_OPTIONAL = ("start_time", "end_time", "others")
SECTION_ANSWERS = ("notes", "seconds_spent", "timer_seconds", "visited", "seconds_on_screen")
FIGURE_ANSWERS = ("value", "source")
QUESTION_ANSWERS = ("answer", "agreement", "motivation", "reservations")
ITEM_ANSWERS = ("assessment", "note")
EXAMPLE_ANSWERS = ("reflection",)
COMMITMENT_KEYS = ("id", "what", "who", "due", "status", "link")
VIEW_KEYS = ("section", "field", "line", "column", "scroll")


# -- writing ---------------------------------------------------------------------------------


def session_to_document(session: Session) -> dict[str, Any]:
    """The session as TOML-ready data, keys in a fixed order."""
    doc: dict[str, Any] = {
        "format_version": FORMAT_VERSION,
        "kind": KIND,
        "id": session.id,
        "created": session.created,
        "updated": session.updated,
    }
    if session.finished_at is not None:
        doc["finished_at"] = session.finished_at
    if session.reopened_at is not None:
        doc["reopened_at"] = session.reopened_at
    if session.reopen_count:
        doc["reopen_count"] = session.reopen_count
    doc["current_section"] = session.current_section
    doc["next_commitment"] = session.next_commitment
    if session.view is not None:
        view = session.view
        doc["view"] = {
            "section": view.section,
            "field": view.field,
            "line": view.line,
            "column": view.column,
            "scroll": view.scroll,
        }
    meeting = session.meeting
    doc["meeting"] = {
        "title": meeting.title,
        "organisation": meeting.organisation,
        "date": meeting.date,
        "place": meeting.place,
        "follow_up": meeting.follow_up,
        "participants": [_participant(p) for p in meeting.participants],
    }
    for key in MEETING_OPTIONAL:
        if getattr(meeting, key):
            doc["meeting"][key] = getattr(meeting, key)
    doc["workshop"] = workshop_header(session.workshop)
    doc["sections"] = [_section(session, s) for s in session.workshop.sections]
    doc["commitments"] = [
        {
            "id": c.id,
            "what": c.what,
            "who": c.who,
            "due": c.due,
            "status": c.status.value,
            "link": c.link,
        }
        for c in session.commitments
    ]
    return doc


def _participant(participant: Participant) -> dict[str, Any]:
    """Name and role; attendance only when the person was not present (the usual case)."""
    data: dict[str, Any] = {"name": participant.name, "role": participant.role.value}
    if participant.attendance is not Attendance.PRESENT:
        data["attendance"] = participant.attendance.value
    return data


def _section(session: Session, section: Section) -> dict[str, Any]:
    data = section_to_data(section)
    entry = session.sections[section.id]
    data.update(
        notes=entry.notes,
        seconds_spent=entry.seconds_spent,
        timer_seconds=entry.timer_seconds,
        visited=entry.visited,
        seconds_on_screen=entry.seconds_on_screen,
    )
    if section.figures:
        data["figures"] = [
            {
                **figure_to_data(f),
                "value": session.figures[f.id].value,
                "source": session.figures[f.id].source,
            }
            for f in section.figures
        ]
    if section.questions:
        data["questions"] = [_question(session, q.id, q.text) for q in section.questions]
    if section.items:
        data["items"] = [_item(session, item) for item in section.items]
    if section.examples:
        data["examples"] = [
            {"id": e.id, "title": e.title, "text": e.text, "reflection": session.reflections[e.id]}
            for e in section.examples
        ]
    return data


def _question(session: Session, question_id: str, text: str) -> dict[str, Any]:
    entry = session.questions[question_id]
    return {
        "id": question_id,
        "text": text,
        "answer": entry.answer,
        "agreement": entry.agreement,
        "motivation": entry.motivation,
        "reservations": [{"who": r.who, "why": r.why} for r in entry.reservations],
    }


def _item(session: Session, item: Item) -> dict[str, Any]:
    entry = session.assessments[item.id]
    data: dict[str, Any] = {
        "id": item.id,
        "text": item.text,
        "assessment": entry.assessment,
        "note": entry.note,
    }
    if item.items:
        data["items"] = [_item(session, child) for child in item.items]
    return data


def dumps_document(doc: dict[str, Any]) -> str:
    """A document from `session_to_document` as text. Multi-line text is written as multi-line
    strings, easier for a person to read, unless some text holds a carriage return: those
    would turn CRLF into LF there, and a session must come back exactly as it was. The text is
    what tomli-w writes, made by `toml_writer` several times faster (see there)."""
    return f"{toml_writer.dumps_readable(doc)}\n{END_LINE}\n"


def dumps_session(session: Session) -> str:
    """The whole session file as text."""
    return dumps_document(session_to_document(session))


# -- reading ---------------------------------------------------------------------------------


class _Bad(Exception):
    def __init__(self, path: Path, message: str) -> None:
        super().__init__(f"{describe(path)}: {message}" if path else message)


def loads_session(text: str, *, allow_newer: bool = False) -> Session:
    """Read a session file's text; raise SessionFileError with one line saying what is wrong.

    With `allow_newer`, a file from a newer format is read as far as this version understands
    it (unknown keys are passed over); the caller must then never write it back.
    """
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise SessionFileError(f"damaged: not valid TOML ({error})") from None
    except (RecursionError, ValueError) as error:  # deep nesting, 5,000-digit integers
        kind = "nested too deeply" if isinstance(error, RecursionError) else str(error)
        raise SessionFileError(f"damaged: not valid TOML ({kind})") from None
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
        return _Reader(strict=not newer).session(doc)
    except _Bad as bad:
        raise SessionFileError(f"damaged: {bad}") from None


class _Reader:
    def __init__(self, *, strict: bool) -> None:
        self.strict = strict

    def table(self, value: Any, path: Path, allowed: tuple[str, ...]) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise _Bad(path, f"expected a table, got {type_name(value)}")
        if self.strict:
            for key in value:
                if key not in allowed:
                    raise _Bad((*path, key), "unknown key")
        return value

    def array(self, data: dict[str, Any], key: str, path: Path) -> list[Any]:
        value = data.get(key, [])
        if not isinstance(value, list):
            raise _Bad((*path, key), f"expected a list, got {type_name(value)}")
        return value

    def text(self, data: dict[str, Any], key: str, path: Path) -> str:
        value = data.get(key, "")
        if not isinstance(value, str):
            raise _Bad((*path, key), f"expected text, got {type_name(value)}")
        return clean_text(value)

    def whole(self, data: dict[str, Any], key: str, path: Path) -> int:
        value = data.get(key, 0)
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < 10**9:
            raise _Bad((*path, key), f"expected a whole number of seconds, got {type_name(value)}")
        return value

    def flag(self, data: dict[str, Any], key: str, path: Path) -> bool:
        value = data.get(key, False)
        if not isinstance(value, bool):
            raise _Bad((*path, key), f"expected true or false, got {type_name(value)}")
        return value

    def moment(self, data: dict[str, Any], key: str, path: Path) -> datetime:
        value = data.get(key)
        if not isinstance(value, datetime) or value.tzinfo is None:
            raise _Bad((*path, key), "expected a date and time with a UTC offset")
        return value

    def choice(self, data: dict[str, Any], key: str, path: Path, allowed: list[str]) -> str:
        value = self.text(data, key, path)
        if value and value not in allowed:
            raise _Bad((*path, key), f"'{value}' is not one of: {', '.join(allowed)}")
        return value

    # -- the parts ------------------------------------------------------------------------

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
            raise _Bad(("current_section",), f"no section '{current}' in this session")
        session.current_section = current
        if "view" in doc:
            session.view = self.view(doc["view"])
        session.meeting = self.meeting(doc.get("meeting", {}))
        for index, (section, raw) in enumerate(
            zip(workshop.sections, doc["sections"], strict=True)
        ):
            self.answers(session, section, raw, ("sections", index))
        session.commitments = self.commitments(doc, workshop)
        used = max((commitment_counter(c.id) for c in session.commitments), default=0)
        session.next_commitment = max(self.counter(doc, "next_commitment", ()), used + 1)
        return session

    def session_id(self, doc: dict[str, Any]) -> str:
        """The session's own id; "" in a file from before ids (it gets one when read)."""
        value = self.text(doc, "id", ())
        if value and not _SESSION_ID.fullmatch(value):
            raise _Bad(("id",), "expected letters, digits, '-', '.' or '_' (at most 64)")
        return value

    def counter(self, data: dict[str, Any], key: str, path: Path) -> int:
        value = data.get(key, 1)
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value < 10**9:
            raise _Bad((*path, key), f"expected a whole number from 1, got {type_name(value)}")
        return value

    def view(self, raw: Any) -> ViewPosition:
        """Where the person was (optional; see `ViewPosition`). A section or field that no
        longer exists is only passed over when the session is shown."""
        path: Path = ("view",)
        data = self.table(raw, path, VIEW_KEYS)
        numbers = {}
        for key in ("line", "column", "scroll"):
            value = data.get(key, 0)
            if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < 10**9:
                got = value if isinstance(value, int) and not isinstance(value, bool) else None
                shown = type_name(value) if got is None else str(got)
                raise _Bad((*path, key), f"expected a whole number, 0 or more, got {shown}")
            numbers[key] = value
        return ViewPosition(
            section=self.text(data, "section", path),
            field=self.text(data, "field", path),
            **numbers,
        )

    def workshop(self, doc: dict[str, Any]) -> Workshop:
        header = doc.get("workshop")
        if not isinstance(header, dict):
            raise _Bad(("workshop",), f"expected a table, got {type_name(header)}")
        sections = self.array(doc, "sections", ())
        plain = []
        for index, raw in enumerate(sections):
            if not isinstance(raw, dict):
                raise _Bad(("sections", index), f"expected a table, got {type_name(raw)}")
            plain.append(_strip_answers(raw))
        try:
            return workshop_from_data({**header, "sections": plain}, newer=not self.strict)
        except Problems as problems:
            path, message, _ = problems.found[0]
            raise _Bad(
                path if path[:1] == ("sections",) else ("workshop", *path), message
            ) from None

    def meeting(self, raw: Any) -> Meeting:
        data = self.table(raw, ("meeting",), MEETING_KEYS)
        path: Path = ("meeting",)
        participants = []
        for index, item in enumerate(self.array(data, "participants", path)):
            where = (*path, "participants", index)
            entry = self.table(item, where, ("name", "role", "attendance"))
            role = self.choice(entry, "role", where, [r.value for r in Role]) or "participant"
            attendance = self.choice(entry, "attendance", where, [a.value for a in Attendance])
            participants.append(
                Participant(
                    self.text(entry, "name", where),
                    Role(role),
                    Attendance(attendance or Attendance.PRESENT),
                )
            )
        return Meeting(
            title=self.text(data, "title", path),
            organisation=self.text(data, "organisation", path),
            date=self.text(data, "date", path),
            place=self.text(data, "place", path),
            follow_up=self.text(data, "follow_up", path),
            participants=participants,
            start_time=self.text(data, "start_time", path),
            end_time=self.text(data, "end_time", path),
            others=self.text(data, "others", path),
        )

    def answers(self, session: Session, section: Section, raw: dict[str, Any], path: Path) -> None:
        spent = self.whole(raw, "seconds_spent", path)
        session.sections[section.id] = SectionEntry(
            notes=self.text(raw, "notes", path),
            seconds_spent=spent,
            timer_seconds=self.whole(raw, "timer_seconds", path),
            visited=self.flag(raw, "visited", path),
            # A file from before time on screen was kept knows only the time box's time.
            seconds_on_screen=self.whole(raw, "seconds_on_screen", path)
            if "seconds_on_screen" in raw
            else spent,
        )
        for index, figure in enumerate(section.figures):
            data = raw["figures"][index]
            where = (*path, "figures", index)
            session.figures[figure.id] = FigureEntry(
                self.text(data, "value", where), self.text(data, "source", where)
            )
        scale_ids = (
            [o.id for o in session.workshop.scale(section.scale).options] if section.scale else []
        )
        for index, question in enumerate(section.questions):
            data = raw["questions"][index]
            where = (*path, "questions", index)
            reservations = []
            for r_index, item in enumerate(self.array(data, "reservations", where)):
                r_where = (*where, "reservations", r_index)
                entry = self.table(item, r_where, ("who", "why"))
                reservations.append(
                    Reservation(self.text(entry, "who", r_where), self.text(entry, "why", r_where))
                )
            session.questions[question.id] = QuestionEntry(
                answer=self.choice(data, "answer", where, scale_ids),
                agreement=self.choice(data, "agreement", where, [a.value for a in Agreement]),
                motivation=self.text(data, "motivation", where),
                reservations=reservations,
            )
        for index, item in enumerate(section.items):
            self.item(session, item, raw["items"][index], (*path, "items", index), scale_ids)
        for index, example in enumerate(section.examples):
            data = raw["examples"][index]
            session.reflections[example.id] = self.text(
                data, "reflection", (*path, "examples", index)
            )

    def item(
        self, session: Session, item: Item, data: dict[str, Any], path: Path, scale_ids: list[str]
    ) -> None:
        session.assessments[item.id] = AssessmentEntry(
            assessment=self.choice(data, "assessment", path, scale_ids),
            note=self.text(data, "note", path),
        )
        for index, child in enumerate(item.items):
            self.item(session, child, data["items"][index], (*path, "items", index), scale_ids)

    def commitments(self, doc: dict[str, Any], workshop: Workshop) -> list[Commitment]:
        found: list[Commitment] = []
        seen: set[str] = set()
        statuses = [s.value for s in Status]
        for index, raw in enumerate(self.array(doc, "commitments", ())):
            path: Path = ("commitments", index)
            data = self.table(raw, path, COMMITMENT_KEYS)
            commitment_id = self.text(data, "id", path)
            if not commitment_id or commitment_id in seen:
                raise _Bad((*path, "id"), "missing or duplicate commitment id")
            seen.add(commitment_id)
            found.append(
                Commitment(
                    id=commitment_id,
                    what=self.text(data, "what", path),
                    who=self.text(data, "who", path),
                    due=self.text(data, "due", path),
                    status=Status(self.choice(data, "status", path, statuses) or "open"),
                    link=self.text(data, "link", path),
                )
            )
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
