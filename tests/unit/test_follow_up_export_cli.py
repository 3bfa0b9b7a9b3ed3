"""`facilitator export` of a follow-up's file, as a person runs it: the calendar updates
the earlier meeting's entries (same UID, higher SEQUENCE, the new date), and the minutes
hold the follow-up §."""

from __future__ import annotations

import re
from pathlib import Path

from icalendar import Calendar

from facilitator.domain.session import Outcome
from facilitator.paths import Workspace
from facilitator.storage.follow_ups import follow_up_of
from facilitator.storage.sessions import save_session

from .series_files import write_series
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


def chart_labels(page: str) -> list[str]:
    """What each key figure's chart says in words (its aria-label), in page order."""
    return re.findall(r'<svg [^>]*role="img" aria-label="([^"]*)"', page)


def meeting_time_chart(page: str) -> str:
    (said,) = [label for label in chart_labels(page) if label.startswith("Andel av arbetstiden")]
    return said


def test_the_html_of_a_follow_up_draws_the_whole_series_up_to_that_meeting(
    tmp_path: Path,
) -> None:
    """The third meeting's page draws all three meetings' figures (the follow-up's own copy
    holds only the meeting before), and the second's stops at the second: a later meeting
    is not part of its minutes."""
    workspace = Workspace.choose(str(tmp_path))
    paths = write_series(workspace.sessions, "sv")
    for path in paths[1:]:
        done = facilitator("export", str(path), "--format", "html", cwd=tmp_path)
        assert (done.returncode, done.stderr) == (0, ""), done.stderr
    third = (workspace.exports / f"{paths[2].stem}.html").read_text("utf-8")
    second = (workspace.exports / f"{paths[1].stem}.html").read_text("utf-8")
    said = meeting_time_chart(third)
    assert all(value in said for value in ("38,5", "31", "27,5")), said
    said = meeting_time_chart(second)
    assert "38,5" in said and "31" in said and "27,5" not in said, said


def test_a_missing_meeting_of_the_series_is_named_and_the_page_written(tmp_path: Path) -> None:
    workspace = Workspace.choose(str(tmp_path))
    paths = write_series(workspace.sessions, "sv")
    paths[0].unlink()
    done = facilitator("export", str(paths[2]), "--format", "html", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert len(done.stderr.splitlines()) == 1 and paths[0].name in done.stderr, done.stderr
    assert "Traceback" not in done.stderr
    said = meeting_time_chart((workspace.exports / f"{paths[2].stem}.html").read_text("utf-8"))
    # the first meeting drawn from the copy of its answers the second one keeps
    assert all(value in said for value in ("38,5", "31", "27,5")), said
