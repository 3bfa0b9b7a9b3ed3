"""`facilitator export` of a follow-up's file, as a person runs it: the calendar updates
the earlier meeting's entries (same UID, higher SEQUENCE, the new date), and the minutes
hold the follow-up §."""

from __future__ import annotations

from pathlib import Path

from icalendar import Calendar

from facilitator.domain.session import Outcome
from facilitator.paths import Workspace
from facilitator.storage.follow_ups import follow_up_of
from facilitator.storage.sessions import save_session

from .test_export_cli import facilitator
from .test_export_sessions import full_session


def events(path: Path) -> dict[str, tuple[int, str]]:
    calendar = Calendar.from_ical(path.read_bytes())
    return {
        str(event["UID"]): (int(event["SEQUENCE"]), event["DTSTART"].dt.isoformat())
        for event in calendar.walk("VEVENT")
    }


def test_the_calendar_of_a_follow_up_file_updates_the_earlier_entries(tmp_path: Path) -> None:
    workspace = Workspace.choose(str(tmp_path))
    earlier = full_session("sv")
    first = workspace.ensure(workspace.sessions) / "2026-11-30-steg-2.toml"
    save_session(first, earlier)
    made = follow_up_of(first, workspace)
    made.set_outcome("c1", Outcome.DONE)
    made.set_outcome("c2", Outcome.ONGOING)
    made.set_carried("c2", "new_due", "2027-04-30")
    made.add_commitment("Boka en workshop om digitala möten", "Eva Järvinen", "2027-05-15")
    second = workspace.sessions / "2027-03-01-steg-2-uppfoljning.toml"
    save_session(second, made)
    before = first.read_bytes()

    results = [
        facilitator(
            "export", str(path), "--format", "ics,md", "--out", str(tmp_path / out), cwd=tmp_path
        )
        for path, out in ((first, "earlier"), (second, "later"))
    ]
    assert [r.returncode for r in results] == [0, 0], [r.stderr for r in results]
    old = events(tmp_path / "earlier" / "2026-11-30-steg-2.ics")
    new = events(tmp_path / "later" / "2027-03-01-steg-2-uppfoljning.ics")
    for number in ("c1", "c2"):  # carried: the earlier meeting's UID, a higher SEQUENCE
        uid = f"{number}.{earlier.id}@facilitator"
        assert uid in old and uid in new, uid
        assert new[uid][0] > old[uid][0], uid
    assert new[f"c2.{earlier.id}@facilitator"][1] == "2027-04-30"  # moved to the new date
    assert f"c6.{made.id}@facilitator" in new  # made at the follow-up: its own UID
    assert f"c4.{earlier.id}@facilitator" not in new  # done before: not carried
    minutes = (tmp_path / "later" / "2027-03-01-steg-2-uppfoljning.md").read_text("utf-8")
    assert "## § 1 Uppföljning av åtaganden" in minutes
    assert "| 2 | Avsätt 20 % av en tjänst" in minutes and "| Pågår | 2027-04-30 |" in minutes
    assert first.read_bytes() == before  # the earlier file is only read
