"""Ids that never collide: each session has a random id of its own, a commitment's id is never
given again, and the calendar's UIDs and the minutes' numbers are made from them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from icalendar import Calendar

from facilitator.domain.errors import SessionFileError
from facilitator.domain.session import Session
from facilitator.export import commitments_csv, commitments_ics, minutes_markdown
from facilitator.storage.session_toml import dumps_session, loads_session
from facilitator.storage.sessions import read_session, save_session

from .test_export_sessions import EN_FILE, SV_FILE, Clock, builtin, full_session


def uids(session: Session) -> list[str]:
    return [str(e["uid"]) for e in Calendar.from_ical(commitments_ics(session)).walk("VEVENT")]


def test_two_sessions_made_in_the_same_second_share_no_calendar_entry() -> None:
    """The same workshop, the same clock: before, both calendars had the same UIDs, and
    importing one meeting's file overwrote the other meeting's entries."""
    first, second = (Session(builtin(SV_FILE), clock=Clock()) for _ in range(2))
    for session in (first, second):
        session.add_commitment("Boka rum", "Anna", "2027-01-15")
    assert first.id != second.id
    assert not set(uids(first)) & set(uids(second))


def test_the_session_id_is_written_on_creation_and_read_back(tmp_path: Path) -> None:
    session = Session(builtin(SV_FILE), clock=Clock())
    assert re.fullmatch(
        r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", session.id
    )
    path = tmp_path / "s.toml"
    save_session(path, session)
    assert f'\nid = "{session.id}"\n' in path.read_text(encoding="utf-8")
    assert read_session(path).id == session.id


def older_file(session: Session) -> str:
    """The session's file as a version before session ids and the commitment counter wrote it."""
    text = dumps_session(session)
    text = re.sub(r'(?m)^id = "[^"]*"\n', "", text, count=1)
    return re.sub(r"(?m)^next_commitment = \d+\n", "", text, count=1)


def test_an_older_file_keeps_the_calendar_entries_it_already_exported(tmp_path: Path) -> None:
    """A file from before session ids gets the key its calendar entries were exported under
    (from the workshop and the creation time), so importing its calendar again updates them
    instead of adding copies, before and after it is first saved."""
    older = loads_session(older_file(full_session("sv")))
    # What facilitator wrote for this session before session ids existed.
    assert older.id == "1dab164256a720d6b2c1"
    assert uids(older)[0] == "c1.1dab164256a720d6b2c1@facilitator"
    path = tmp_path / "old.toml"
    save_session(path, older)
    assert 'id = "1dab164256a720d6b2c1"' in path.read_text(encoding="utf-8")
    assert uids(read_session(path)) == uids(older)


def test_a_deleted_commitments_id_is_never_given_again(tmp_path: Path) -> None:
    session = Session(builtin(EN_FILE), clock=Clock())
    for what in ("one", "two", "three"):
        session.add_commitment(what, due="2027-01-15")
    session.remove_commitment("c3")
    assert session.add_commitment("four").id == "c4"  # before: c3 again, and its UID
    session.remove_commitment("c4")
    path = tmp_path / "s.toml"
    save_session(path, session)
    again = read_session(path)
    assert again.next_commitment == 5
    assert again.add_commitment("five").id == "c5"


def test_an_older_file_counts_on_from_its_highest_commitment() -> None:
    session = Session(builtin(EN_FILE), clock=Clock())
    for what in ("one", "two", "three"):
        session.add_commitment(what)
    session.remove_commitment("c2")
    older = loads_session(older_file(session))
    assert older.add_commitment("four").id == "c4"


def test_undo_puts_a_commitment_back_with_its_own_number() -> None:
    session = Session(builtin(EN_FILE), clock=Clock())
    for what in ("one", "two", "three"):
        session.add_commitment(what)
    index, removed = session.remove_commitment("c2")
    session.add_commitment("four")
    session.restore_commitment(index, removed)
    assert [c.id for c in session.commitments] == ["c1", "c2", "c3", "c4"]


def test_deleting_a_commitment_does_not_renumber_the_others() -> None:
    session = full_session("sv", finished=False)  # a finished session is frozen
    session.remove_commitment("c2")
    text = minutes_markdown(session)
    numbers = re.findall(r"(?m)^\| (\d+) \| ", text)
    assert numbers == ["1", "3", "4", "5"]  # before: 1, 2, 3, 4
    assert (
        "- Nr 3: Ledningsgruppen går utbildningen i digitala möten – Hela ledningsgruppen" in text
    )
    assert "nr 3." in text  # the one left out of the calendar keeps its number there too
    rows = commitments_csv(session).decode("utf-8-sig").splitlines()[1:]
    assert [row.split(";")[3] for row in rows] == ["1", "3", "4", "5"]  # the "Nr" column
    titles = Calendar.from_ical(commitments_ics(session)).walk("VEVENT")
    uids = [str(e["uid"]).split(".")[0] for e in titles]
    assert uids == ["c1", "c4", "c5", "follow-up"]


@pytest.mark.parametrize(
    ("line", "replacement", "message"),
    [
        ("id", 'id = "two words"', "damaged: id: expected letters, digits"),
        ("next_commitment", "next_commitment = 0", "damaged: next_commitment: expected a whole"),
        ("next_commitment", 'next_commitment = "3"', "damaged: next_commitment: expected a whole"),
    ],
)
def test_a_bad_id_or_counter_is_named_in_one_line(
    line: str, replacement: str, message: str
) -> None:
    text = dumps_session(Session(builtin(EN_FILE), clock=Clock()))
    text = re.sub(rf"(?m)^{line} = .*$", replacement, text, count=1)
    with pytest.raises(SessionFileError, match=message):
        loads_session(text)
