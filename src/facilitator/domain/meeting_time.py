"""The meeting's hours: read as typed ("13.00", "13:00", "9.05"), else the session's own.

Swedish minutes give a meeting's time as "kl. 13.00–14.45". By default that is when the
session was started and when it was finished; a secretary who opened the session before the
meeting, or finished it after, types the real hours in the meeting details, and those win.
"""

from __future__ import annotations

import re
from datetime import datetime, time

from facilitator.domain.session import Session

_CLOCK = re.compile(r"^([0-9]{1,2})(?:[.:]([0-9]{2}))?$")


def read_clock(text: str) -> time | None:
    """A time of day from "13.00", "13:00", "9.05" or "13"; None when empty or not a time."""
    found = _CLOCK.match(text.strip())
    if found is None:
        return None
    hour, minute = int(found[1]), int(found[2] or 0)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def clock_problem(text: str) -> bool:
    """True when something is typed that is not a time of day."""
    return bool(text.strip()) and read_clock(text) is None


def _minute(moment: datetime) -> time:
    return moment.time().replace(second=0, microsecond=0, tzinfo=None)


def session_hours(session: Session) -> tuple[time, time | None]:
    """When the session was started and, once it is, finished (to the minute)."""
    finished = session.finished_at
    return _minute(session.created), _minute(finished) if finished else None


def meeting_hours(session: Session) -> tuple[time | None, time | None]:
    """(start, end) of the meeting: the typed hours where something is typed (None when it
    is no time), else the session's own start and finish."""
    meeting = session.meeting
    own_start, own_end = session_hours(session)
    start = read_clock(meeting.start_time) if meeting.start_time.strip() else own_start
    end = read_clock(meeting.end_time) if meeting.end_time.strip() else own_end
    return start, end


def format_clock(moment: time, language: str) -> str:
    """ "13.00" in Swedish, "13:00" in English."""
    mark = "." if language == "sv" else ":"
    return f"{moment.hour:02d}{mark}{moment.minute:02d}"
