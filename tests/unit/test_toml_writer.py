"""The session writer's TOML is tomli-w's, byte for byte, and reads back as what was written.

`storage.toml_writer` exists only to be faster than tomli-w; every file must stay exactly what
tomli-w would have written (so files written before and after are the same, and a diff of a
session under version control shows only real changes). tomli-w is the oracle here.
"""

from __future__ import annotations

import tomllib
from datetime import date, datetime, timedelta, timezone
from typing import Any

import tomli_w
from hypothesis import HealthCheck, given, settings, strategies as st

from facilitator.domain.session import Status
from facilitator.storage import toml_writer
from facilitator.storage.session_toml import dumps_session, loads_session, session_to_document

from .helpers import example_session

AWKWARD = [
    '"',
    '""',
    '"""',
    '""""',
    "\\",
    '\\"""',
    "\r\n",
    "\r",
    "\n",
    "\t",
    "\x00",
    "\x08",
    "\x0b",
    "\x0c",
    "\x1b[2J",
    "\x7f",
    "\x85",
    "\u2028",
    "\ufeff",
    "å",
    "😀",
    "# not a comment",
    "[table]",
    "key = 1",
    "x" * 120,
]

texts = st.lists(st.one_of(st.text(max_size=12), st.sampled_from(AWKWARD)), max_size=4).map("".join)
keys = st.one_of(st.sampled_from(["id", "text", "a-b", "a_b", "9", ""]), st.text(max_size=6))
offsets = st.integers(-14 * 60, 14 * 60).map(lambda m: timezone(timedelta(minutes=m)))
scalars = st.one_of(
    texts,
    st.integers(-(2**63), 2**63 - 1),
    st.booleans(),
    st.floats(allow_nan=False),
    st.datetimes(timezones=st.one_of(st.none(), offsets)),
    st.dates(),
)
documents = st.recursive(
    st.dictionaries(keys, scalars, max_size=4),
    lambda tables: st.dictionaries(
        keys,
        st.one_of(
            scalars,
            tables,
            st.lists(tables, max_size=3),
            st.lists(scalars, max_size=3),
            st.lists(st.lists(scalars, max_size=2), max_size=2),
        ),
        max_size=5,
    ),
    max_leaves=25,
)

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def has_carriage_return(value: Any) -> bool:
    if isinstance(value, str):
        return "\r" in value
    if isinstance(value, dict):
        return any(has_carriage_return(v) for v in value.values())
    if isinstance(value, list):
        return any(has_carriage_return(v) for v in value)
    return False


@SETTINGS
@given(document=documents)
def test_the_same_text_as_tomli_w(document: dict[str, Any]) -> None:
    for multiline in (False, True):
        expected = tomli_w.dumps(document, multiline_strings=multiline)
        assert toml_writer.dumps(document, multiline_strings=multiline) == expected
    readable = tomli_w.dumps(document, multiline_strings=not has_carriage_return(document))
    assert toml_writer.dumps_readable(document) == readable
    assert toml_writer.has_carriage_return(document) == has_carriage_return(document)


@SETTINGS
@given(document=documents)
def test_what_is_written_reads_back_the_same(document: dict[str, Any]) -> None:
    assert tomllib.loads(toml_writer.dumps_readable(document)) == document


def big_session() -> Any:
    """The documented example with many commitments, long notes and awkward text in them."""
    session = example_session()
    notes = "\n".join(f'Rad {n}: åtgärd "{n}" \\ {"x" * (n % 90)}' for n in range(300))
    session.set_notes("questions", notes)
    session.set_notes("where-we-stand", 'Slutar med citattecken"')
    for number in range(400):
        commitment = session.add_commitment(
            f"Åtgärd {number}: {AWKWARD[number % len(AWKWARD)]}",
            "Anna Åberg",
            (date(2027, 1, 1) + timedelta(days=number)).isoformat(),
            "rooms" if number % 2 else "",
        )
        session.set_commitment(commitment.id, "status", list(Status)[number % 3])
    return session


def test_a_big_session_is_written_as_tomli_w_writes_it() -> None:
    session = big_session()
    document = session_to_document(session)
    expected = tomli_w.dumps(document, multiline_strings=not has_carriage_return(document))
    # After the session list's line (storage.session_head).
    assert dumps_session(session).split("\n", 1)[1].startswith(expected)
    assert loads_session(dumps_session(session)) == session


def test_a_carriage_return_anywhere_keeps_every_string_on_one_line() -> None:
    session = big_session()
    session.set_notes("factors", "one\r\ntwo")
    text = dumps_session(session)
    assert '"""' not in text
    assert loads_session(text) == session


def test_multi_line_strings_where_they_are_exact() -> None:
    session = example_session()
    session.set_notes("questions", 'Första raden\nandra "raden"\n"""\nslut"')
    text = dumps_session(session)
    assert 'notes = """\nFörsta raden\nandra \\"raden\\"\n' in text
    assert loads_session(text) == session


def test_dates_and_times_as_tomli_w_writes_them() -> None:
    moment = datetime(2026, 11, 30, 9, 0, 5, tzinfo=timezone(timedelta(hours=1)))
    document = {"when": moment, "day": date(2026, 11, 30), "naive": moment.replace(tzinfo=None)}
    assert toml_writer.dumps(document) == tomli_w.dumps(document)
    assert tomllib.loads(toml_writer.dumps(document)) == document
