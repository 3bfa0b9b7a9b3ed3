"""The devices' anonymous answers to a question, kept with it when it is closed: in the file
only when there is one, and in the minutes beside the group's own answer."""

from __future__ import annotations

from collections import Counter

from facilitator.domain.session import Agreement, Session
from facilitator.export.minutes import minutes_markdown
from facilitator.storage.session_toml import dumps_session, loads_session
from facilitator.storage.sharing import Answer, tally

from .test_export_sessions import full_session


def polled(session: Session) -> Session:
    session.set_question("underlag-finns", "answer", "delvis")
    session.set_question("underlag-finns", "agreement", Agreement.MAJORITY.value)
    session.set_poll("underlag-finns", {"nej": 1, "ja": 2, "delvis": 5, "vet-inte": 0})
    return session


def test_the_minutes_show_the_poll_beside_the_groups_answer() -> None:
    session = loads_session(dumps_session(polled(full_session("sv", finished=False))))
    minutes = minutes_markdown(session)
    assert (
        "**Svar:** Delvis\\\n**Samsyn:** Majoritet\\\n**Enkät:** Ja 2, Delvis 5, Nej 1 (8 svar)"
        in (minutes)
    )
    # English minutes of a Swedish workshop: the scale's own labels, English words around them
    assert "**Poll:** Ja 2, Delvis 5, Nej 1 (8 answers)" in minutes_markdown(session, "en")


def test_a_session_never_polled_is_written_as_before() -> None:
    session = full_session("sv")
    text = dumps_session(session)
    assert "poll" not in text
    assert "Enkät" not in minutes_markdown(session)


def test_each_device_counts_once_with_its_last_choice() -> None:
    answers = [
        Answer("p", "q", "a", "ja", ""),
        Answer("p", "q", "b", "nej", ""),
        Answer("p", "q", "a", "delvis", ""),
        Answer("old", "q", "c", "ja", ""),
    ]
    assert tally(answers, "p") == Counter({"delvis": 1, "nej": 1})
