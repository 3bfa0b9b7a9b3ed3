"""Small things several unit tests share."""

from __future__ import annotations

import dataclasses
import os
import re
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from facilitator.domain.session import Role, Session, Status

REPOSITORY = Path(__file__).resolve().parents[2]
DATA = REPOSITORY / "tests" / "data"
SWEDISH_WORKSHOP = REPOSITORY / "workshops" / "steg2-ledningens-stod.sv.yaml"
ENGLISH_WORKSHOP = REPOSITORY / "workshops" / "step2-leadership-support.en.yaml"
EXAMPLE_WORKSHOP = DATA / "example-workshop.yaml"

# What must never reach a terminal: C0 but tab, newline and carriage return; DEL; C1. And
# lone surrogates, which no file can hold.
CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def strings(value: Any) -> list[str]:
    """Every string held anywhere in `value` (dataclasses, dicts, lists and tuples)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in strings(v)]
    if isinstance(value, list | tuple):
        return [s for v in value for s in strings(v)]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [s for f in dataclasses.fields(value) for s in strings(getattr(value, f.name))]
    return []


def facilitator(
    *args: str, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the real command as a user would, with the workspace in `cwd` (and `env` added to
    the environment)."""
    environment = {**os.environ, "FACILITATOR_WORKSPACE": str(cwd), "LANG": "C.UTF-8"}
    return subprocess.run(
        [sys.executable, "-m", "facilitator", *args],
        cwd=cwd,
        env={**environment, **(env or {})},
        capture_output=True,
        text=True,
        timeout=60,
    )


MOMENT = datetime(2026, 11, 30, 9, 0, tzinfo=timezone(timedelta(hours=1)))


def example_session() -> Session:
    """A session of the example workshop with something in every kind of field. It is also the
    example in docs/session-format.md (a test keeps the two the same)."""
    from facilitator.storage.workshop_yaml import load_workshop

    session = Session(
        load_workshop(EXAMPLE_WORKSHOP),
        clock=lambda: MOMENT,
        session_id="0b7e3f52-9c4d-4e8a-a1f6-5d2c8b9e7a14",
    )
    session.go_to("where-we-stand")
    session.set_meeting("title", "Management group, November")
    session.set_meeting("organisation", "Exempelverket")
    session.set_meeting("place", "Room Ekorren and video link")
    session.set_meeting("follow_up", "2027-03-01")
    session.add_participant("Anna Åberg", Role.CHAIR)
    session.add_participant("Bo Berg", Role.SECRETARY)
    session.add_participant("Cecilia Dahl", Role.ADJUSTER)
    session.add_participant("David Ek")
    session.set_figure("meeting-share", "value", "42,5")
    session.set_figure("meeting-share", "source", "Time survey, October 2026")
    session.set_figure("travel-rank", "value", "3")
    session.add_time("where-we-stand", 300)
    session.go_to("questions")
    session.set_question("rooms", "answer", "partly")
    session.set_question("rooms", "agreement", "majority")
    session.set_question("rooms", "motivation", "Two of our five rooms work well.")
    session.add_reservation("rooms", "Bo Berg", "The rooms on floor 3 do not work at all.")
    session.set_question("chair", "answer", "yes")
    session.set_question("chair", "agreement", "consensus")
    session.set_question("no-travel", "answer", "dont-know")
    session.set_notes("questions", "A long discussion about the rooms.\nTo be continued.")
    session.add_time("questions", 840)
    session.set_assessment("helpdesk", "assessment", "missing")
    session.set_assessment("helpdesk", "note", "Only by e-mail, answered the next day.")
    session.set_assessment("training", "assessment", "in-place")
    session.set_reflection("agency", "We could do the same in our two largest rooms.")
    session.add_commitment(
        "Survey the meeting rooms on every floor", "Anna Åberg", "2026-12-15", "rooms"
    )
    done = session.add_commitment(
        "Name a person responsible for meeting technology", "Bo Berg", "2027-01-31", "helpdesk"
    )
    session.set_commitment(done.id, "status", Status.DONE)
    session.go_to("factors")
    session.updated = MOMENT + timedelta(minutes=47)
    return session
