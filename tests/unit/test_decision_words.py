"""The group's decision on a question in words, as the room reads it under the choices and in
present mode: the scale's own labels, the agreement's words, reservations counted right."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest

from facilitator.domain.decision import decision_words
from facilitator.domain.session import Session
from facilitator.i18n import Translator
from facilitator.storage.workshop_yaml import load_workshop

from .helpers import ENGLISH_WORKSHOP, SWEDISH_WORKSHOP


def first_question(path: Path, clock: Callable[[], datetime]) -> tuple[Session, str]:
    session = Session(load_workshop(path), clock=clock)
    return session, next(session.workshop.questions()).id


@pytest.mark.parametrize(
    ("reservations", "said"),
    [
        (0, "Svar: Delvis · Samsyn: Majoritet"),
        (1, "Svar: Delvis · Samsyn: Majoritet · 1 reservation"),
        (2, "Svar: Delvis · Samsyn: Majoritet · 2 reservationer"),
    ],
)
def test_swedish_words(clock: Callable[[], datetime], reservations: int, said: str) -> None:
    session, qid = first_question(SWEDISH_WORKSHOP, clock)
    session.set_question(qid, "answer", "delvis")
    session.set_question(qid, "agreement", "majority")
    for n in range(reservations):
        session.add_reservation(qid, f"Person {n}", "skäl")
    assert decision_words(session, qid, Translator("sv")) == said


@pytest.mark.parametrize(
    ("reservations", "said"),
    [
        (0, "Answer: Partly · Agreement: Majority"),
        (1, "Answer: Partly · Agreement: Majority · 1 reservation"),
        (2, "Answer: Partly · Agreement: Majority · 2 reservations"),
    ],
)
def test_english_words(clock: Callable[[], datetime], reservations: int, said: str) -> None:
    session, qid = first_question(ENGLISH_WORKSHOP, clock)
    session.set_question(qid, "answer", "partly")
    session.set_question(qid, "agreement", "majority")
    for n in range(reservations):
        session.add_reservation(qid, f"Person {n}", "reason")
    assert decision_words(session, qid, Translator("en")) == said


def test_nothing_decided_is_said_calmly(clock: Callable[[], datetime]) -> None:
    session, qid = first_question(SWEDISH_WORKSHOP, clock)
    assert decision_words(session, qid, Translator("sv")) == "Inget svar än"
    assert decision_words(session, qid, Translator("en")) == "No answer yet"


def test_what_is_missing_is_named(clock: Callable[[], datetime]) -> None:
    session, qid = first_question(SWEDISH_WORKSHOP, clock)
    session.set_question(qid, "answer", "vet-inte")
    assert (
        decision_words(session, qid, Translator("sv")) == "Svar: Vet inte · Samsyn inte angiven än"
    )
    session.set_question(qid, "answer", "")
    session.set_question(qid, "agreement", "none")
    session.add_reservation(qid, "Eva", "")
    assert decision_words(session, qid, Translator("en")) == (
        "No answer yet · Agreement: No agreement · 1 reservation"
    )


def test_the_ui_language_words_with_the_workshops_labels(clock: Callable[[], datetime]) -> None:
    """A Swedish workshop run with an English UI: the answer is the scale's own label."""
    session, qid = first_question(SWEDISH_WORKSHOP, clock)
    session.set_question(qid, "answer", "ja")
    session.set_question(qid, "agreement", "consensus")
    assert decision_words(session, qid, Translator("en")) == "Answer: Ja · Agreement: Consensus"
