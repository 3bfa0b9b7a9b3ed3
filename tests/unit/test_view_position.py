"""Where the person was on the screen, kept in the session file so that resuming puts the
cursor back: optional, written as a `[view]` table, and not a change to the record."""

from __future__ import annotations

import pytest

from facilitator.domain.errors import SessionFileError
from facilitator.domain.session import Session, ViewPosition
from facilitator.storage.session_toml import dumps_session, loads_session
from facilitator.storage.workshop_yaml import load_workshop

from .helpers import SWEDISH_WORKSHOP

WORKSHOP = load_workshop(SWEDISH_WORKSHOP)
WHERE = ViewPosition("checklista", "motivation-forankring", line=2, column=7, scroll=31)


def test_the_view_is_written_and_read_back() -> None:
    session = Session(WORKSHOP)
    session.set_view(WHERE)
    text = dumps_session(session)
    assert (
        '[view]\nsection = "checklista"\nfield = "motivation-forankring"\n'
        "line = 2\ncolumn = 7\nscroll = 31\n"
    ) in text
    assert loads_session(text).view == WHERE


def test_a_file_without_a_view_opens_with_none() -> None:
    text = dumps_session(Session(WORKSHOP))
    assert "[view]" not in text
    assert loads_session(text).view is None


def test_a_new_view_is_a_revision_to_save_but_not_a_change_to_the_record() -> None:
    session = Session(WORKSHOP)
    updated, revision = session.updated, session.revision
    session.set_view(WHERE)
    assert session.revision == revision + 1 and session.updated == updated
    session.set_view(WHERE)  # the same place: nothing to save
    assert session.revision == revision + 1


@pytest.mark.parametrize(
    ("view", "message"),
    [
        ('line = "3"', "damaged: view.line: expected a whole number, 0 or more, got text"),
        ("scroll = -1", "damaged: view.scroll: expected a whole number, 0 or more, got -1"),
        ("where = 1", "damaged: view.where: unknown key"),
    ],
)
def test_a_bad_view_is_one_line_saying_where(view: str, message: str) -> None:
    text = dumps_session(Session(WORKSHOP)).replace(
        "\n[meeting]\n", f'\n[view]\nsection = "underlag"\n{view}\n\n[meeting]\n'
    )
    with pytest.raises(SessionFileError) as raised:
        loads_session(text)
    assert str(raised.value).startswith(message)
