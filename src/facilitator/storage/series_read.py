"""One meeting of a series as the trend needs it, read from its file without building the
whole Session.

`facilitator trend` reads every file of a series; building each as a Session (the workshop
checked item by item, every record read through the schema) cost some 40 % on top of parsing
the TOML, which is most of what a trend of fifty meetings takes. This reads the parsed
document directly for the few things the trend shows, and checks each of them: a file it
cannot make sense of is refused in one line, as a damaged file, and never read in part.
A file the app has open is not read here: its Session in memory is used (`meeting_of`).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from facilitator.domain.errors import SessionFileError
from facilitator.domain.text import clean_text
from facilitator.domain.trend import (
    MeetingRecord,
    Recorded,
    RowKind,
    earlier_record,
    meeting_record,
)
from facilitator.domain.vocabulary import (
    FORMAT_VERSION,
    OUTCOME_STATUS,
    SeriesLink,
    legacy_session_id,
)
from facilitator.storage.regular_file import NotReadable, Refusal, read_regular

if TYPE_CHECKING:
    from facilitator.domain.session import Session

# As storage/sessions.py: the largest file read as a session.
MAX_SESSION_BYTES = 64 * 1_048_576
KIND = "facilitator-session"
END_LINE = "# end of session file"
# As storage/sessions.py says them (not imported: it brings the lock and the saver with it).
_REFUSED = {
    Refusal.MISSING: "no such session file",
    Refusal.FOLDER: "is a folder, not a session file",
    Refusal.NOT_A_FILE: "not a session file but {detail}; it was not read",
    Refusal.TOO_LARGE: "too large for a session file ({detail}; at most 64 MiB)",
    Refusal.UNREADABLE: "cannot be read: {detail}",
}


@dataclass(frozen=True)
class MeetingFile:
    """A meeting of a series: its ids and link, its workshop, its record for the trend, and
    the record of the meeting it follows from the copy it keeps (None for a first meeting)."""

    id: str
    series: SeriesLink | None
    workshop: str
    language: str
    record: MeetingRecord
    copy: MeetingRecord | None


def meeting_of(session: Session, name: str) -> MeetingFile:
    """A Session in memory (the app's open one) as a meeting of its series."""
    return MeetingFile(
        session.id,
        session.series,
        session.workshop.id,
        session.workshop.language,
        meeting_record(session, name),
        earlier_record(session),
    )


class _Damaged(Exception):
    """What is wrong, in words, said as "damaged: …"."""


def read_meeting(path: Path, name: str) -> MeetingFile:
    """The meeting in the session file `path` (`name`: how the reader knows it). Any
    problem is a SessionFileError, its message the file's name and one line."""
    try:
        raw = read_regular(path, MAX_SESSION_BYTES)
    except NotReadable as refused:
        words = _REFUSED[refused.why].format(detail=refused.detail)
        raise SessionFileError(f"{path}: {words}") from None
    try:
        text = raw.decode("utf-8")
        doc = tomllib.loads(text)
    except UnicodeDecodeError as error:
        raise SessionFileError(f"{path}: damaged: not UTF-8 (byte {error.start})") from None
    except (tomllib.TOMLDecodeError, RecursionError, ValueError) as error:
        kind = "nested too deeply" if isinstance(error, RecursionError) else str(error)
        raise SessionFileError(f"{path}: damaged: not valid TOML ({kind})") from None
    if doc.get("kind") != KIND:
        raise SessionFileError(f"{path}: not a facilitator session file")
    if not text.rstrip().endswith(END_LINE) and _version(doc) <= FORMAT_VERSION:
        raise SessionFileError(f"{path}: damaged: the file ends early; it may have been cut short")
    try:
        return _meeting(doc, name)
    except _Damaged as error:
        raise SessionFileError(f"{path}: damaged: {error}") from None


def _version(doc: dict[str, Any]) -> int:
    version = doc.get("format_version")
    return version if isinstance(version, int) and not isinstance(version, bool) else 0


def _table(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _Damaged(f"{where}: expected a table")
    return value


def _tables(value: Any, where: str) -> list[dict[str, Any]]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise _Damaged(f"{where}: expected a list of tables")
    return value


def _text(table: dict[str, Any], key: str, where: str) -> str:
    value = table.get(key, "")
    if not isinstance(value, str):
        raise _Damaged(f"{where}.{key}: expected text")
    return clean_text(value)


def _meeting(doc: dict[str, Any], name: str) -> MeetingFile:
    workshop = _table(doc.get("workshop"), "workshop")
    workshop_id = _text(workshop, "id", "workshop")
    language = _text(workshop, "language", "workshop")
    own = _text(doc, "id", "")
    if not own:  # a file from before session ids: the id it is given when read
        created = doc.get("created")
        if not isinstance(created, datetime):
            raise _Damaged("created: expected a date and time")
        own = legacy_session_id(workshop_id, created)
    series = _series(doc.get("series"))
    scales = _scales(workshop.get("scales", {}))
    recorded: list[Recorded] = []
    for index, section in enumerate(_tables(doc.get("sections"), "sections")):
        where = f"sections[{index}]"
        options = scales.get(_text(section, "scale", where))
        for question in _tables(section.get("questions"), f"{where}.questions"):
            answer = _text(question, "answer", where)
            recorded.append(
                Recorded(
                    RowKind.QUESTION,
                    _text(question, "id", where),
                    _text(question, "text", where),
                    answer,
                    _label(options, answer),
                    _text(question, "agreement", where),
                )
            )
        _items(section.get("items"), options, recorded, f"{where}.items")
        for figure in _tables(section.get("figures"), f"{where}.figures"):
            recorded.append(
                Recorded(
                    RowKind.FIGURE,
                    _text(figure, "id", where),
                    _text(figure, "label", where),
                    _text(figure, "value", where),
                )
            )
    recorded += _commitments(doc)
    meeting = _table(doc.get("meeting", {}), "meeting")
    record = MeetingRecord(
        session=own,
        series=series.id if series else own,
        number=series.number if series else 1,
        follows_id=series.follows_id if series else "",
        title=_text(meeting, "title", "meeting"),
        date=_text(meeting, "date", "meeting"),
        file=name,
        language=language,
        recorded=tuple(recorded),
    )
    return MeetingFile(own, series, workshop_id, language, record, _copy(doc, record, series))


def _series(raw: Any) -> SeriesLink | None:
    if raw is None:
        return None
    table = _table(raw, "series")
    number = table.get("number", 1)
    if not isinstance(number, int) or isinstance(number, bool) or number < 1:
        raise _Damaged("series.number: expected a whole number from 1")
    return SeriesLink(
        _text(table, "id", "series"),
        number,
        _text(table, "follows", "series"),
        _text(table, "follows_id", "series"),
    )


def _scales(raw: Any) -> dict[str, dict[str, str]]:
    scales: dict[str, dict[str, str]] = {}
    for scale_id, options in _table(raw, "workshop.scales").items():
        where = f"workshop.scales.{scale_id}"
        scales[scale_id] = {
            _text(o, "id", where): _text(o, "label", where) for o in _tables(options, where)
        }
    return scales


def _label(options: dict[str, str] | None, value: str) -> str:
    """The option's label, as `Scale.label` gives it; none without a scale or a value."""
    return options.get(value, value) if options is not None and value else ""


def _items(raw: Any, options: dict[str, str] | None, into: list[Recorded], where: str) -> None:
    """Items and their sub-items, each before its own (as the workshop lists them)."""
    for item in _tables(raw, where):
        value = _text(item, "assessment", where)
        into.append(
            Recorded(
                RowKind.ITEM,
                _text(item, "id", where),
                _text(item, "text", where),
                value,
                _label(options, value),
            )
        )
        _items(item.get("items"), options, into, f"{where}.items")


def _commitments(doc: dict[str, Any]) -> list[Recorded]:
    carried = {_text(c, "id", "carried"): c for c in _tables(doc.get("carried"), "carried")}
    found: list[Recorded] = []
    for commitment in _tables(doc.get("commitments"), "commitments"):
        key = _text(commitment, "id", "commitments")
        outcome = _text(carried.pop(key), "outcome", "carried") if key in carried else ""
        found.append(
            Recorded(
                RowKind.COMMITMENT,
                key,
                _text(commitment, "what", "commitments"),
                _text(commitment, "status", "commitments") or "open",
                outcome=outcome,
            )
        )
    for key, gone in carried.items():  # followed up, then taken out of the commitments
        outcome = _text(gone, "outcome", "carried")
        status = OUTCOME_STATUS.get(outcome, "open")
        found.append(
            Recorded(
                RowKind.COMMITMENT,
                key,
                _text(gone, "what", "carried"),
                status,
                outcome=outcome,
            )
        )
    return found


def _copy(
    doc: dict[str, Any], record: MeetingRecord, series: SeriesLink | None
) -> MeetingRecord | None:
    """The earlier meeting from the copy a follow-up keeps (see `earlier_record`)."""
    raw = doc.get("earlier")
    if raw is None or series is None:
        return None
    earlier = _table(raw, "earlier")
    answers = tuple(
        Recorded(
            _text(a, "kind", "earlier"),
            _text(a, "id", "earlier"),
            _text(a, "text", "earlier"),
            _text(a, "value", "earlier"),
            _text(a, "label", "earlier"),
            _text(a, "agreement", "earlier"),
        )
        for a in _tables(earlier.get("answers"), "earlier.answers")
    )
    return MeetingRecord(
        session=_text(earlier, "session", "earlier") or series.follows_id,
        series=series.id,
        number=max(1, series.number - 1),
        follows_id="",
        title=_text(earlier, "title", "earlier"),
        date=_text(earlier, "date", "earlier"),
        file=series.follows,
        language=record.language,
        recorded=answers,
        copied=True,
    )
