"""The trend reads a series' files without building each Session (storage/series_read.py):
what it reads must be exactly what the Session gives, and a file it cannot make sense of is
refused whole, in one line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from facilitator.domain.errors import SessionFileError
from facilitator.domain.trend import earlier_record, meeting_record
from facilitator.storage.series_read import read_meeting
from facilitator.storage.sessions import read_session

from .series_files import write_series


@pytest.mark.parametrize("language", ["sv", "en"])
def test_a_file_reads_as_its_session_does(tmp_path: Path, language: str) -> None:
    for path in write_series(tmp_path, language):
        session = read_session(path)
        meeting = read_meeting(path, path.name)
        assert meeting.record == meeting_record(session, path.name)
        assert meeting.copy == earlier_record(session)
        assert (meeting.id, meeting.series, meeting.workshop) == (
            session.id,
            session.series,
            session.workshop.id,
        )


@pytest.mark.parametrize(
    ("change", "said"),
    [
        (lambda t: t.replace("# end of session file", ""), "ends early"),
        (lambda t: t.replace('kind = "facilitator-session"', 'kind = "x"'), "not a facilitator"),
        (lambda t: t.replace('\ntitle = "', "\ntitle = 5 #", 1), "title: expected"),
        (lambda t: t.replace('answer = "', "answer = 3 #", 1), "expected text"),
        (lambda t: t + "\x00", "not valid TOML"),
    ],
)
def test_a_file_it_cannot_make_sense_of_is_refused_in_one_line(
    tmp_path: Path, change: Callable[[str], str], said: str
) -> None:
    path = write_series(tmp_path, "sv")[1]
    path.write_text(change(path.read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(SessionFileError) as refused:
        read_meeting(path, path.name)
    assert said in str(refused.value) and "\n" not in str(refused.value)
