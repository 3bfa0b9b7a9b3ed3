"""A session saved and read back is the same session, whatever people typed into it."""

from __future__ import annotations

import dataclasses
import re
import tomllib
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings, strategies as st

from facilitator.domain.session import Agreement, Role, Session, Status
from facilitator.domain.text import clean_file_text
from facilitator.domain.workshop import Example, Item, Question, Scale, ScaleOption, Workshop
from facilitator.storage.session_toml import dumps_session
from facilitator.storage.sessions import read_session, save_session
from facilitator.storage.workshop_yaml import load_workshop

from .helpers import (
    CONTROLS,
    EXAMPLE_WORKSHOP,
    REPOSITORY,
    SWEDISH_WORKSHOP,
    example_session,
    strings,
)

SWEDISH = load_workshop(SWEDISH_WORKSHOP)
EXAMPLE = load_workshop(EXAMPLE_WORKSHOP)

AWKWARD = [
    "å",
    "Ä",
    "ö",
    "😀",
    "👩‍👩‍👧",
    '"',
    "'",
    "\\",
    '"""',
    "'''",
    '\\"""',
    "\r\n",
    "\r",
    "\n",
    "\t",
    " ",
    "\x1b[2J",
    "\x9b",
    "\x00",
    "\x7f",
    "\udcff",
    "\u2028",
    "\ufeff",
    "# not a comment",
    "[table]",
    'key = "value"',
    "\\u0041",
    "x" * 5000,
    "ord " * 2000,
]

texts = st.lists(st.one_of(st.text(max_size=20), st.sampled_from(AWKWARD)), max_size=5).map("".join)
prose = texts.map(clean_file_text).filter(lambda t: t.strip() != "")
offsets = st.integers(-14 * 60, 14 * 60).map(lambda m: timezone(timedelta(minutes=m)))
moments = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=offsets
)


@st.composite
def workshops(draw: st.DrawFn) -> Workshop:
    """A built-in or example workshop, sometimes with its texts replaced by awkward ones (a
    session file holds the workshop's text and must give it back exactly)."""
    workshop: Workshop = draw(st.sampled_from([SWEDISH, EXAMPLE]))
    if not draw(st.booleans()):
        return workshop

    def item(it: Item) -> Item:
        return dataclasses.replace(it, text=draw(prose), items=tuple(item(c) for c in it.items))

    sections = tuple(
        dataclasses.replace(
            s,
            title=draw(prose),
            text=s.text if s.figures else draw(st.one_of(st.just(""), prose)),
            questions=tuple(Question(q.id, draw(prose)) for q in s.questions),
            items=tuple(item(it) for it in s.items),
            examples=tuple(Example(e.id, draw(prose), draw(prose)) for e in s.examples),
        )
        for s in workshop.sections
    )
    scales = tuple(
        Scale(sc.id, tuple(ScaleOption(o.id, draw(prose), o.open) for o in sc.options))
        for sc in workshop.scales
    )
    return dataclasses.replace(
        workshop,
        title=draw(prose),
        description=draw(st.one_of(st.just(""), prose)),
        next_step=draw(st.one_of(st.just(""), prose)),
        sections=sections,
        scales=scales,
    )


class Clock:
    def __init__(self, start: datetime, step: Callable[[], int]) -> None:
        self.now, self.step = start, step

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=self.step())
        return self.now


@st.composite
def sessions(draw: st.DrawFn) -> Session:
    workshop = draw(workshops())
    clock = Clock(draw(moments), lambda: draw(st.integers(0, 3600)))
    session = Session(workshop, clock=clock)
    for name in ("title", "organisation", "date", "place", "follow_up"):
        session.set_meeting(name, draw(texts))
    for _ in range(draw(st.integers(0, 4))):
        session.add_participant(draw(texts), draw(st.sampled_from(list(Role))))
    for section in workshop.sections:
        session.set_notes(section.id, draw(texts))
        session.add_time(section.id, draw(st.integers(0, 10_000)), timebox=draw(st.booleans()))
        if draw(st.booleans()):
            session.reset_timer(section.id)
        if draw(st.booleans()):
            session.go_to(section.id)
        options = [""] + (
            [o.id for o in workshop.scale(section.scale).options] if section.scale else []
        )
        for figure in section.figures:
            session.set_figure(figure.id, "value", draw(texts))
            session.set_figure(figure.id, "source", draw(texts))
        for question in section.questions:
            session.set_question(question.id, "answer", draw(st.sampled_from(options)))
            agreement = draw(st.sampled_from(["", *Agreement]))
            session.set_question(question.id, "agreement", agreement)
            session.set_question(question.id, "motivation", draw(texts))
            for _ in range(draw(st.integers(0, 2))):
                session.add_reservation(question.id, draw(texts), draw(texts))
        for item, _ in section.all_items():
            session.set_assessment(item.id, "assessment", draw(st.sampled_from(options)))
            session.set_assessment(item.id, "note", draw(texts))
        for example in section.examples:
            session.set_reflection(example.id, draw(texts))
    links = [""] + [link for link, _ in workshop.linkable()]
    for _ in range(draw(st.integers(0, 4))):
        commitment = session.add_commitment(
            draw(texts), draw(texts), draw(texts), draw(st.sampled_from(links))
        )
        session.set_commitment(commitment.id, "status", draw(st.sampled_from(list(Status))))
    if draw(st.booleans()):
        session.finish()
        if draw(st.booleans()):
            session.reopen()
            if draw(st.booleans()):
                session.finish()
    return session


SETTINGS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@SETTINGS
@given(session=sessions())
def test_a_saved_session_reads_back_equal(session: Session, tmp_path: Path) -> None:
    path = tmp_path / "session.toml"
    save_session(path, session)
    loaded = read_session(path)
    assert loaded.state() == session.state()
    assert loaded == session
    assert [s for s in strings(session.state()) if CONTROLS.search(s)] == []


@SETTINGS
@given(session=sessions())
def test_saving_is_stable(session: Session, tmp_path: Path) -> None:
    """The same session gives the same bytes, and saving what was read changes nothing, so a
    file under version control shows only real changes."""
    path = tmp_path / "session.toml"
    save_session(path, session)
    first = path.read_bytes()
    assert dumps_session(session).encode("utf-8") == first
    save_session(path, read_session(path))
    assert path.read_bytes() == first
    assert b"\x1b" not in first
    assert not re.search("[\x80-\x9f]", first.decode("utf-8"))


TOP_ORDER = [
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
    "meeting",
    "workshop",
    "sections",
    "commitments",
]
SECTION_ORDER = [
    "id",
    "kind",
    "title",
    "timebox_minutes",
    "text",
    "scale",
    "notes",
    "seconds_spent",
    "timer_seconds",
    "visited",
    "seconds_on_screen",
    "figures",
    "questions",
    "items",
    "examples",
]
ORDERS = {
    "meeting": ["title", "organisation", "date", "place", "follow_up", "participants"],
    "participants": ["name", "role"],
    "workshop": [
        "format_version",
        "id",
        "version",
        "language",
        "title",
        "description",
        "next_step",
        "scales",
    ],
    "figures": [
        "id",
        "label",
        "placeholder",
        "type",
        "min",
        "max",
        "unit",
        "ordinal",
        "help",
        "value",
        "source",
        "filled",  # a table: TOML writes it after the plain values
    ],
    "filled": ["replace", "with"],
    "questions": ["id", "text", "answer", "agreement", "motivation", "reservations"],
    "reservations": ["who", "why"],
    "items": ["id", "text", "assessment", "note", "items"],
    "examples": ["id", "title", "text", "reflection"],
    "commitments": ["id", "what", "who", "due", "status", "link"],
}


def in_order(keys: list[str], order: list[str]) -> bool:
    return [k for k in order if k in keys] == keys


def check_order(name: str, value: Any) -> None:
    if isinstance(value, list):
        for entry in value:
            check_order(name, entry)
    elif isinstance(value, dict) and name in ORDERS:
        assert in_order(list(value), ORDERS[name]), (name, list(value))
        for key, child in value.items():
            check_order(key, child)


@SETTINGS
@given(session=sessions())
def test_keys_come_in_a_fixed_order(session: Session) -> None:
    text = dumps_session(session)
    doc = tomllib.loads(text)
    # TOML puts plain values before tables; a short list of commitments is written inline
    # among the plain values, a longer one as [[commitments]] at the end.
    top = [k for k in doc if k != "commitments"]
    assert in_order(top, TOP_ORDER)
    first, rest = text.split("\n", 1)
    assert first.startswith("# session list: ")  # the line the session list reads
    assert rest.startswith("format_version = 2\nkind = ")
    for section in doc["sections"]:
        assert in_order(list(section), SECTION_ORDER), list(section)
        for key in ("figures", "questions", "items", "examples"):
            check_order(key, section.get(key, []))
    for key in ("meeting", "workshop", "commitments"):
        check_order(key, doc[key])


def test_the_documented_example_is_what_facilitator_writes(tmp_path: Path) -> None:
    documented = (REPOSITORY / "docs" / "session-format.md").read_text(encoding="utf-8")
    written = dumps_session(example_session())
    assert f"```toml\n{written}```" in documented
    path = tmp_path / "example.toml"
    path.write_text(written, encoding="utf-8")
    assert read_session(path) == example_session()
