"""A follow-up starts from the earlier meeting: its details, its open commitments under the
same ids, its answers to show beside the new ones. The earlier session is never changed, the
follow-up reads back as written, and its calendar updates the earlier entries."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from facilitator.domain.errors import WorkshopError
from facilitator.domain.follow_up import follow_up_title, start_follow_up
from facilitator.domain.session import Outcome, Session, Status
from facilitator.domain.workshop import SectionKind
from facilitator.export.commitments import commitments_ics
from facilitator.paths import Workspace
from facilitator.storage.follow_ups import follow_up_of
from facilitator.storage.session_toml import dumps_session, loads_session
from facilitator.storage.sessions import save_session
from facilitator.storage.workshop_yaml import load_workshop

from .helpers import SWEDISH_WORKSHOP, example_session
from .test_export_sessions import full_session

LATER = datetime(2027, 3, 1, 13, 0).astimezone()


def follow_up(earlier: Session) -> Session:
    return start_follow_up(earlier, follows="earlier.toml", clock=lambda: LATER)


def test_a_follow_up_carries_the_meeting_and_the_open_commitments() -> None:
    earlier = full_session("sv")
    before = dumps_session(earlier)
    made = follow_up(earlier)
    assert dumps_session(earlier) == before  # the earlier session is only read
    assert made.workshop.sections[0].kind is SectionKind.FOLLOW_UP
    assert made.workshop.sections[0].title == "Uppföljning av åtaganden"
    assert made.current_section == made.workshop.sections[0].id
    assert made.meeting.title == "Ledningens stöd – uppföljning 1"
    assert made.meeting.date == "2027-03-01"
    assert made.meeting.organisation == earlier.meeting.organisation
    assert made.meeting.place == earlier.meeting.place
    assert [(p.name, p.role) for p in made.meeting.participants] == [
        (p.name, p.role) for p in earlier.meeting.participants
    ]
    assert made.meeting.follow_up == ""
    # c4 was done and c5 dropped: only the open ones are followed up, and carried on.
    assert [c.id for c in made.carried] == ["c1", "c2", "c3"]
    assert [(c.id, c.what, c.who, c.due, c.status) for c in made.commitments] == [
        (c.id, c.what, c.who, c.due, Status.OPEN) for c in earlier.commitments[:3]
    ]
    assert {c.origin for c in made.commitments} == {earlier.id}
    assert made.carried[0].link_text.startswith("Finns det ett bra besluts")
    assert made.next_commitment == earlier.next_commitment  # c6 next: no id given twice
    assert made.series is not None
    assert (made.series.id, made.series.number, made.series.follows_id) == (
        earlier.id,
        2,
        earlier.id,
    )
    assert made.earlier is not None
    answer = made.earlier.answer("question", "underlag-finns")
    assert answer is not None
    assert (answer.value, answer.label, answer.agreement) == ("delvis", "Delvis", "majority")
    assert made.id != earlier.id


def test_a_follow_up_reads_back_as_written() -> None:
    made = follow_up(full_session("sv"))
    made.set_outcome("c1", Outcome.DONE)
    made.set_outcome("c2", Outcome.ONGOING)
    made.set_carried("c2", "new_due", "2027-04-30")
    made.set_outcome("c3", Outcome.DROPPED)
    made.set_carried("c3", "comment", "Ingår i steg 4")
    assert loads_session(dumps_session(made)) == made


def test_outcomes_decide_what_carries_on() -> None:
    made = follow_up(full_session("sv"))
    made.set_outcome("c1", Outcome.DONE)
    made.set_outcome("c2", Outcome.ONGOING)
    made.set_carried("c2", "new_due", "2027-04-30")
    made.set_outcome("c3", Outcome.REPLACED)
    made.set_carried("c3", "replaced_by", "6")
    status = {c.id: c.status for c in made.commitments}
    assert status == {"c1": Status.DONE, "c2": Status.OPEN, "c3": Status.DROPPED}
    assert made.commitment("c2").due == "2027-04-30"
    assert made.carried_commitment("c2").due == "2026-12-15"  # as it was
    made.set_carried("c2", "new_due", "")
    assert made.commitment("c2").due == "2026-12-15"
    made.set_outcome("c3", "")
    assert made.commitment("c3").status is Status.OPEN
    with pytest.raises(ValueError):
        made.set_outcome("c1", "maybe")


def test_a_follow_up_of_a_follow_up_stays_in_the_series() -> None:
    first = full_session("sv")
    second = follow_up(first)
    second.set_outcome("c1", Outcome.ONGOING)
    second.add_commitment("Nytt åtagande", "Eva", "2027-05-01")
    second.finish()
    third = start_follow_up(second, follows="second.toml", clock=lambda: LATER + timedelta(days=60))
    assert third.series is not None
    assert (third.series.id, third.series.number, third.series.follows_id) == (
        first.id,
        3,
        second.id,
    )
    assert third.meeting.title == "Ledningens stöd – uppföljning 2"
    assert [s.kind for s in third.workshop.sections].count(SectionKind.FOLLOW_UP) == 1
    assert [c.id for c in third.carried] == ["c1", "c2", "c3", "c6"]
    origins = {c.id: c.origin for c in third.commitments}
    assert origins == {"c1": first.id, "c2": first.id, "c3": first.id, "c6": second.id}


def test_titles_count_the_follow_ups() -> None:
    assert follow_up_title("Ledningsgruppen", 2, "sv") == "Ledningsgruppen – uppföljning 1"
    assert follow_up_title("Ledningsgruppen – uppföljning 1", 3, "sv") == (
        "Ledningsgruppen – uppföljning 2"
    )
    assert follow_up_title("Board – follow-up 4", 6, "en") == "Board – follow-up 5"


def test_the_calendar_of_a_follow_up_updates_the_earlier_entries() -> None:
    earlier = full_session("sv")
    made = follow_up(earlier)
    made.set_outcome("c2", Outcome.ONGOING)
    made.set_carried("c2", "new_due", "2027-04-30")
    old, new = commitments_ics(earlier).decode(), commitments_ics(made).decode()

    def events(text: str) -> dict[str, tuple[int, str]]:
        found = {}
        for block in text.split("BEGIN:VEVENT")[1:]:
            fields = dict(line.split(":", 1) for line in block.splitlines() if ":" in line)
            found[fields["UID"]] = (int(fields["SEQUENCE"]), fields["DTSTART;VALUE=DATE"])
        return found

    before, after = events(old), events(new)
    uid = f"c2.{earlier.id}@facilitator"
    assert uid in before and uid in after
    assert after[uid][0] > before[uid][0]
    assert after[uid][1] == "20270430"


def test_files_of_format_1_still_open() -> None:
    text = dumps_session(example_session()).replace(
        "format_version = 2\n", "format_version = 1\n", 1
    )
    session = loads_session(text)
    assert session.series is None and session.earlier is None and session.carried == []
    assert session.series_number == 1 and session.series_id == session.id


def test_a_workshop_file_cannot_have_a_follow_up_section(tmp_path: Path) -> None:
    text = SWEDISH_WORKSHOP.read_text(encoding="utf-8").replace("kind: text", "kind: follow-up", 1)
    path = tmp_path / "w.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(WorkshopError, match="unknown section kind 'follow-up'"):
        load_workshop(path)


def test_the_earlier_file_is_untouched_and_named_relative(tmp_path: Path) -> None:
    workspace = Workspace.choose(str(tmp_path))
    earlier = full_session("sv")
    path = workspace.ensure(workspace.sessions) / "2026-11-30-steg-2.toml"
    save_session(path, earlier)
    data, mtime = path.read_bytes(), path.stat().st_mtime_ns
    made = follow_up_of(path, workspace)
    assert made.series is not None and made.series.follows == "2026-11-30-steg-2.toml"
    assert (path.read_bytes(), path.stat().st_mtime_ns) == (data, mtime)
    assert not (path.parent / (path.name + ".lock")).exists()


def test_a_follow_up_of_a_workshop_with_an_item_named_follow_up_reads_back() -> None:
    """The example workshop has an item with the id "follow-up": the section added to its
    follow-up must take another id, or the follow-up's file could not be read again."""
    earlier = example_session()
    made = start_follow_up(earlier, follows="earlier.toml", clock=lambda: LATER)
    assert made.workshop.sections[0].id == "follow-up-2"
    assert loads_session(dumps_session(made)) == made
