"""The small words of a session file: its format version, the statuses, outcomes, roles and
agreements it records, and how a session's and a commitment's ids are made and shown.

They live apart from `session.py` so that code which reads session files without building a
Session (`facilitator trend`, the session list) does not pay for the Session's and the
Workshop's classes at every start; `session.py` gives every name here too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

# 2: a follow-up's series, the earlier meeting's answers and its commitments' follow-up.
FORMAT_VERSION = 2


class Role(StrEnum):
    """A participant's role, as Swedish minutes name them."""

    CHAIR = "chair"  # ordförande / facilitator
    SECRETARY = "secretary"  # sekreterare
    ADJUSTER = "adjuster"  # justerare
    PARTICIPANT = "participant"  # deltagare


class Attendance(StrEnum):
    """Whether a participant took part, as Swedish minutes record it: present, absent, or
    absent having sent word beforehand (anmält förhinder)."""

    PRESENT = "present"
    EXCUSED = "excused"
    ABSENT = "absent"


class Agreement(StrEnum):
    """How far the group agrees on an answer."""

    CONSENSUS = "consensus"
    MAJORITY = "majority"
    NONE = "none"


class Status(StrEnum):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


class Outcome(StrEnum):
    """What became of an earlier meeting's commitment, as a follow-up records it."""

    DONE = "done"  # klar
    ONGOING = "ongoing"  # pågår
    NOT_STARTED = "not-started"  # ej påbörjad
    DROPPED = "dropped"  # struken
    REPLACED = "replaced"  # ersatt av ett nytt åtagande


# The commitment's status in the follow-up that follows from each outcome: one not done stays
# open (it is carried on), one dropped or replaced is dropped, on the record.
OUTCOME_STATUS = {
    "": "open",
    Outcome.DONE: "done",
    Outcome.ONGOING: "open",
    Outcome.NOT_STARTED: "open",
    Outcome.DROPPED: "dropped",
    Outcome.REPLACED: "dropped",
}


def new_session_id() -> str:
    """A random id of a session's own (a UUID): two sessions never share one, even when they
    are made from the same workshop in the same second, so their calendar entries never
    overwrite each other's. (uuid and hashlib are imported here: uuid brings `platform`
    with it, and a command that only reads files, such as `facilitator trend`, never needs
    either.)"""
    import uuid

    return str(uuid.uuid4())


def legacy_session_id(workshop_id: str, created: datetime) -> str:
    """The id a session file from before session ids is given: the key its calendar entries
    were already exported under (made from the workshop and the creation time), so that
    importing the calendar again still updates those entries instead of adding copies."""
    moment = created.replace(tzinfo=UTC) if created.tzinfo is None else created.astimezone(UTC)
    seed = f"{workshop_id}\n{moment.isoformat()}"
    import hashlib

    return hashlib.sha256(seed.encode("utf-8")).hexdigest()[:20]


_COMMITMENT_ID = re.compile(r"c([0-9]+)")


def commitment_number(commitment_id: str) -> str:
    """The number people see for a commitment ("3" for `c3`). It comes from the id, which is
    never given again, so deleting a commitment does not renumber the others in the minutes,
    the CSV or the calendar. An id written by hand in another form is shown as it is."""
    found = _COMMITMENT_ID.fullmatch(commitment_id)
    return found[1] if found else commitment_id


def commitment_counter(commitment_id: str) -> int:
    """The counter value an id uses up: 3 for `c3`, 0 for an id in another form."""
    found = _COMMITMENT_ID.fullmatch(commitment_id)
    return int(found[1]) if found else 0


@dataclass
class SeriesLink:
    """A follow-up's place in its series: the series' id (the first session's own id), its
    number in it (the first session is 1), and the session it follows: that file's name,
    relative to this file's folder, and its id (which the file must still have)."""

    id: str = ""
    number: int = 1
    follows: str = ""
    follows_id: str = ""
