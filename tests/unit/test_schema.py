"""The one schema reader (storage/schema.py) and the records read and written from their
dataclasses (storage/records.py): both modes, and a new field added in one place only."""

from __future__ import annotations

import copy
import re
import tomllib
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

import pytest

from facilitator.domain.errors import SessionFileError
from facilitator.domain.record import kept, text_fields
from facilitator.domain.session import Commitment, Meeting, Status
from facilitator.storage import session_toml
from facilitator.storage.records import keys_of, read_record, record_to_data
from facilitator.storage.schema import (
    SESSION,
    WORKSHOP,
    FirstProblem,
    Problem,
    Problems,
    Reader,
)
from facilitator.storage.session_toml import dumps_session, loads_session
from facilitator.storage.toml_writer import dumps
from facilitator.storage.workshop_data import workshop_from_data

from .helpers import example_session

# -- both modes ---------------------------------------------------------------------------

BAD_MEETING = {
    "title": 5,
    "participants": [{"name": "Anna", "role": "boss"}],
    "start_time": True,
    "budget": 100,
}
MEETING_PROBLEMS = [
    Problem(("meeting", "budget"), "unknown key", True),
    Problem(("meeting", "title"), "expected text, got a number"),
    Problem(
        ("meeting", "participants", 0, "role"),
        "'boss' is not one of: chair, secretary, adjuster, participant",
    ),
    Problem(
        ("meeting", "start_time"),
        "expected text, got true/false (YAML reads yes, no, on, off, true and false that way)",
    ),
]


def read_meeting(reader: Reader) -> Meeting:
    data = reader.table(BAD_MEETING, ("meeting",), keys_of(Meeting))
    assert data is not None
    return read_record(reader, Meeting, data, ("meeting",))


def test_collect_mode_finds_every_problem_with_its_path() -> None:
    reader = Reader(SESSION)
    meeting = read_meeting(reader)
    assert reader.found == MEETING_PROBLEMS
    # The walk went on with stand-ins, keeping what was good.
    assert meeting.participants[0].name == "Anna" and meeting.title == ""
    with pytest.raises(Problems) as raised:
        reader.done()
    assert [line.message for line in raised.value.lines()] == [
        "meeting.budget: unknown key",
        "meeting.title: expected text, got a number",
        "meeting.participants[0].role: 'boss' is not one of: chair, secretary, adjuster, "
        "participant",
        "meeting.start_time: expected text, got true/false (YAML reads yes, no, on, off, true "
        "and false that way)",
    ]


def test_first_mode_raises_the_first_problem_with_its_path() -> None:
    with pytest.raises(FirstProblem) as raised:
        read_meeting(Reader(SESSION, first=True))
    assert raised.value.problem == MEETING_PROBLEMS[0]
    assert str(raised.value) == "meeting.budget: unknown key"


def test_lenient_passes_over_unknown_keys_only() -> None:
    reader = Reader(SESSION, lenient=True)
    read_meeting(reader)
    assert reader.found == MEETING_PROBLEMS[1:]


BAD_WORKSHOP: dict[str, Any] = {
    "format_version": 1,
    "id": "Bad Id",
    "version": 1.1,
    "language": "en",
    "title": "",
    "scales": {},
    "sections": [{"id": "a", "kind": "text", "title": "A", "timebox_minutes": 5, "x": 1}],
}


def test_the_workshop_checker_collects_all_or_stops_at_the_first() -> None:
    with pytest.raises(Problems) as collected:
        workshop_from_data(copy.deepcopy(BAD_WORKSHOP))
    assert [(p.path, p.message) for p in collected.value.found] == [
        (
            ("id",),
            "'Bad Id' is not a valid id (use a-z, 0-9, - and _, starting with a letter or "
            "digit, at most 64 characters)",
        ),
        (
            ("version",),
            "expected text, got a number (YAML reads 1.10 as the number 1.1); put it in quotes",
        ),
        (("title",), "must not be empty"),
        (
            ("sections", 0, "x"),
            "unknown key (expected one of: id, kind, title, timebox_minutes, text, figures)",
        ),
    ]
    with pytest.raises(FirstProblem) as first:
        workshop_from_data(copy.deepcopy(BAD_WORKSHOP), first=True)
    assert first.value.problem == collected.value.found[0]


def test_a_session_file_with_two_problems_is_refused_naming_the_first_in_the_file() -> None:
    text = dumps_session(example_session())
    text = text.replace('status = "done"', 'status = "later"')  # commitments[1]
    text = text.replace('place = "Room Ekorren and video link"', "place = 3")  # meeting
    with pytest.raises(SessionFileError) as raised:
        loads_session(text)
    assert str(raised.value) == "damaged: meeting.place: expected text, got a number"


# -- one place for a new field ------------------------------------------------------------------


@dataclass
class NotedCommitment(Commitment):
    """A commitment with one field more, as a future version might add it: the field and its
    metadata are all there is of it."""

    note: str = field(default="", metadata=kept(optional=True))


def test_a_new_commitment_field_is_read_and_written_with_nothing_else_changed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = example_session()
    plain = dumps_session(before)
    monkeypatch.setattr(session_toml, "Commitment", NotedCommitment)
    session = example_session()
    session.commitments = [NotedCommitment(**vars(c)) for c in session.commitments]
    # Optional and unset: the file is the same bytes as before the field existed.
    assert dumps_session(session) == plain
    assert loads_session(plain).commitments[0] == NotedCommitment(**vars(before.commitments[0]))

    session.commitments[1].note = "Ask IT first"
    text = dumps_session(session)
    assert re.search(r'^status = "done"\nlink = "helpdesk"\nnote = "Ask IT first"$', text, re.M)
    again = loads_session(text)
    assert isinstance(again.commitments[1], NotedCommitment)
    assert again.commitments[1].note == "Ask IT first"
    assert dumps_session(again) == text
    # Checked like every other key; unknown keys are still refused.
    with pytest.raises(SessionFileError, match=r"commitments\[1\]\.note: expected text, got a"):
        loads_session(text.replace('note = "Ask IT first"', "note = 3"))
    with pytest.raises(SessionFileError, match=r"commitments\[1\]\.colour: unknown key"):
        loads_session(text.replace('note = "Ask IT first"', 'colour = "red"'))
    # And the session's setter takes it as one of the commitment's text fields.
    assert "note" in text_fields(NotedCommitment)


class Size(StrEnum):
    SMALL = "small"
    LARGE = "large"


@dataclass
class Part:
    label: str = ""


@dataclass
class Everything:
    """A record with a field of every kind the machinery keeps."""

    name: str
    size: Size = Size.SMALL
    level: str = field(default="", metadata=kept(choices=Status))
    option: str = field(default="", metadata=kept(choices="scale"))
    seconds: int = field(default=0, metadata=kept(unit="seconds"))
    count: int = 0
    later: int = field(default=0, metadata=kept(unit="seconds", missing_from="seconds"))
    done: bool = False
    parts: list[Part] = field(default_factory=list)
    comment: str = field(default="", metadata=kept(optional=True, key="remark"))


SCALE = {"scale": ["yes", "no"]}


def test_every_kind_of_field_round_trips_in_field_order() -> None:
    record = Everything("x", Size.LARGE, "done", "no", 5, 2, 7, True, [Part("a"), Part("b")], "why")
    data = record_to_data(record)
    assert data == {
        "name": "x",
        "size": "large",
        "level": "done",
        "option": "no",
        "seconds": 5,
        "count": 2,
        "later": 7,
        "done": True,
        "parts": [{"label": "a"}, {"label": "b"}],
        "remark": "why",
    }
    assert list(data) == list(keys_of(Everything))
    assert type(data["size"]) is str  # written as plain text, as TOML writes it
    reader = Reader(SESSION)
    assert read_record(reader, Everything, tomllib.loads(dumps(data)), (), SCALE) == record
    assert reader.found == []


def test_missing_keys_take_their_defaults_and_an_optional_default_is_left_out() -> None:
    reader = Reader(SESSION)
    record = read_record(reader, Everything, {"seconds": 9}, ("e",), SCALE)
    assert record == Everything("", seconds=9, later=9)  # `later` from before it existed
    assert reader.found == []
    assert "remark" not in record_to_data(record)


def test_every_kind_of_field_is_checked_with_its_path() -> None:
    reader = Reader(SESSION)
    bad = {
        "name": 1,
        "size": "huge",
        "level": "sideways",
        "option": "maybe",
        "seconds": -1,
        "count": -1,
        "done": "yes",
        "parts": [{"label": 2}, {"colour": "red"}, 3],
        "remark": [],
    }
    read_record(reader, Everything, bad, ("e",), SCALE)
    assert [(p.path, p.message) for p in reader.found] == [
        (("e", "name"), "expected text, got a number"),
        (("e", "size"), "'huge' is not one of: small, large"),
        (("e", "level"), "'sideways' is not one of: open, done, dropped"),
        (("e", "option"), "'maybe' is not one of: yes, no"),
        (("e", "seconds"), "expected a whole number of seconds, got a number"),
        (("e", "count"), "expected a whole number, 0 or more, got -1"),
        (("e", "done"), "expected true or false, got text"),
        (("e", "parts", 0, "label"), "expected text, got a number"),
        (("e", "parts", 1, "colour"), "unknown key"),
        (("e", "parts", 2), "expected a table, got a number"),
        (("e", "remark"), "expected text, got a list"),
    ]


def test_the_two_wordings_differ_only_in_their_words() -> None:
    for wording, table in ((SESSION, "a table"), (WORKSHOP, "a mapping (key: value lines)")):
        reader = Reader(wording)
        reader.table([], ("x",))
        assert reader.found == [Problem(("x",), f"expected {table}, got a list")]


def test_a_field_of_a_type_no_file_can_keep_is_refused_when_first_used() -> None:
    @dataclass
    class Odd:
        when: complex = 0j

    with pytest.raises(TypeError, match=r"Odd\.when"):
        keys_of(Odd)
