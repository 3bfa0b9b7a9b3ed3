"""A finished session is frozen: nothing in it changes, its exports are the same bytes every
time and replace the session's own earlier files; changing it again is a reopening, on the
record, after which the minutes say they are revised. And the minutes give the time each
section was on screen, whether or not its time box ran, with a total that adds up."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import pytest

from facilitator.domain.session import EDITS, Session, SessionFinished
from facilitator.export import minutes_markdown, write_exports
from facilitator.storage.session_toml import dumps_session, loads_session

from .test_export_sessions import SV_FILE, Clock, builtin, full_session


def sessions_file(folder: Path, name: str) -> Path:
    return folder / "sessions" / f"{name}.toml"


def test_a_finished_session_cannot_be_changed() -> None:
    session = full_session("sv")
    assert session.updated == session.finished_at  # finishing was its last change
    before = dumps_session(session)
    with pytest.raises(SessionFinished):
        session.set_notes("underlag", "later")
    with pytest.raises(SessionFinished):
        session.add_time("underlag", 5)
    with pytest.raises(SessionFinished):
        session.add_commitment("x")
    revision, where = session.revision, session.current_section
    session.go_to("underlag")  # looking at it is allowed, and records nothing
    assert session.current_section == "underlag"
    assert session.revision == revision
    session.current_section = where
    assert dumps_session(session) == before


CHANGES = {
    "set_meeting": lambda s: s.set_meeting("title", "x"),
    "add_participant": lambda s: s.add_participant("x"),
    "update_participant": lambda s: s.update_participant(0, name="x"),
    "remove_participant": lambda s: s.remove_participant(0),
    "set_notes": lambda s: s.set_notes("underlag", "x"),
    "add_time": lambda s: s.add_time("underlag", 5, timebox=False),
    "reset_timer": lambda s: s.reset_timer("underlag"),
    "set_figure": lambda s: s.set_figure("motestid", "value", "1"),
    "set_question": lambda s: s.set_question("underlag-finns", "motivation", "x"),
    "add_reservation": lambda s: s.add_reservation("underlag-finns", "x"),
    "set_reservation": lambda s: s.set_reservation("kommunicerat", 0, who="x"),
    "remove_reservation": lambda s: s.remove_reservation("kommunicerat", 0),
    "set_poll": lambda s: s.set_poll("underlag-finns", {"ja": 3}),
    "set_assessment": lambda s: s.set_assessment("foljs-upp", "note", "x"),
    "set_reflection": lambda s: s.set_reflection(next(iter(s.reflections)), "x"),
    "add_commitment": lambda s: s.add_commitment("x"),
    "set_commitment": lambda s: s.set_commitment("c1", "what", "x"),
    "remove_commitment": lambda s: s.remove_commitment("c1"),
    "restore_commitment": lambda s: s.restore_commitment(0, s.commitments[0]),
    "set_outcome": lambda s: s.set_outcome("c1", "done"),
    "set_carried": lambda s: s.set_carried("c1", "comment", "x"),
}


@pytest.mark.parametrize("name", sorted(EDITS))
def test_no_change_reaches_a_finished_session(name: str) -> None:
    session = full_session("sv")
    before = dumps_session(session)
    with pytest.raises(SessionFinished):
        CHANGES[name](session)
    assert dumps_session(session) == before


def test_exporting_a_finished_session_twice_gives_the_same_files(tmp_path: Path) -> None:
    session = full_session("sv")
    own = sessions_file(tmp_path, "2026-11-30-steg-2-ledningens-stod")
    folder = tmp_path / "exports"
    first = write_exports(session, folder, session_file=own)
    bytes_first = [p.read_bytes() for p in first]
    again = loads_session(dumps_session(session))  # as a later `facilitator export` reads it
    second = write_exports(again, folder, session_file=own)
    assert second == first
    assert [p.read_bytes() for p in second] == bytes_first
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in first)


def test_two_sessions_with_one_title_never_overwrite_each_other(tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    one, other = full_session("sv"), full_session("en")
    other.meeting.title = one.meeting.title  # the same title, the same date
    mine = write_exports(one, folder, session_file=sessions_file(tmp_path, "2026-11-30-steg-2"))
    theirs = write_exports(
        other, folder, session_file=sessions_file(tmp_path, "2026-11-30-steg-2-2")
    )
    assert not set(mine) & set(theirs)
    assert mine[0].read_text().startswith("# Protokoll")
    assert theirs[0].read_text().startswith("# Minutes")
    # Names a person gave their files that slug alike still give names of their own.
    odd = write_exports(one, folder, ["md"], session_file=tmp_path / "Möte 1.toml")
    odder = write_exports(one, folder, ["md"], session_file=tmp_path / "mote-1 .toml")
    assert odd != odder
    assert all(re.fullmatch(r"mote-1-[0-9a-f]{8}\.md", p.name) for p in odd + odder)


def test_a_calendar_left_out_on_export_again_is_removed(tmp_path: Path) -> None:
    """Its own earlier .ics would otherwise still put commitments in calendars that the
    session no longer dates."""
    session = full_session("sv", finished=False)
    own = sessions_file(tmp_path, "s")
    folder = tmp_path / "exports"
    assert (folder / "s.ics") in write_exports(session, folder, session_file=own)
    for commitment in session.commitments:
        session.set_commitment(commitment.id, "due", "")
    session.set_meeting("follow_up", "")  # the follow-up is a calendar entry too
    write_exports(session, folder, session_file=own)
    assert sorted(p.name for p in folder.iterdir()) == [
        "s-commitments.csv",
        "s-commitments.xlsx",
        "s.html",
        "s.md",
    ]


def test_reopening_is_recorded_and_the_minutes_are_marked_revised() -> None:
    session = full_session("sv")
    clock = session.clock
    assert isinstance(clock, Clock)
    assert "Reviderat" not in minutes_markdown(session)
    clock.now += timedelta(days=2, hours=1)
    session.reopen()
    session.set_notes("avslut", "Rättat efteråt.")
    clock.now += timedelta(minutes=5)
    session.finish()
    again = loads_session(dumps_session(session))
    assert (again.reopen_count, again.reopened_at) == (1, session.reopened_at)
    text = minutes_markdown(again)
    assert "*Reviderat protokoll (version 2): sessionen öppnades igen 2026-12-02 15:45.*" in text
    assert "**Avslutad:** 2026-12-02 15:50" in text
    english = minutes_markdown(again, "en")
    assert "*Revised minutes (version 2): the session was reopened 2026-12-02 15:45.*" in english


def section_minutes(text: str) -> list[int]:
    return [int(m) for m in re.findall(r"^\*Tidsåtgång: (\d+) min", text, re.MULTILINE)]


def test_time_on_screen_counts_without_the_time_box() -> None:
    """Nobody pressed Ctrl+T: the minutes still say how long each section was discussed."""
    session = Session(builtin(SV_FILE), clock=Clock())
    for section, seconds in zip(session.workshop.sections, [300, 600, 0, 0, 0, 90], strict=True):
        session.go_to(section.id)
        session.add_time(section.id, seconds, timebox=False)
    entry = session.sections["underlag"]
    assert (entry.seconds_on_screen, entry.seconds_spent, entry.timer_seconds) == (300, 0, 0)
    text = minutes_markdown(session)
    assert section_minutes(text) == [5, 10, 0, 0, 0, 2]
    assert "**Tidsåtgång:** 17 min" in text


def test_the_total_is_the_sum_of_the_sections_shown() -> None:
    """Six sections of x min 12 s each: each rounds down, and the total must too (it said
    94 where the sections added up to 93)."""
    text = minutes_markdown(full_session("sv"))
    total = int(re.search(r"^\*\*Tidsåtgång:\*\* (\d+) min", text, re.MULTILINE)[1])  # type: ignore[index]
    assert total == sum(section_minutes(text)) == 93


def test_a_file_from_before_keeps_its_time_in_the_minutes() -> None:
    """Files written before time on screen was kept know only the time box's seconds."""
    session = Session(builtin(SV_FILE), clock=Clock())
    for section in session.workshop.sections:
        session.add_time(section.id, 250)
    old = re.sub(r"\nseconds_on_screen = \d+", "", dumps_session(session))
    assert "seconds_on_screen" not in old
    text = minutes_markdown(loads_session(old))
    assert section_minutes(text) == [4] * 6
    assert text == minutes_markdown(loads_session(dumps_session(session)))
