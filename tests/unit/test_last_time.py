"""In a follow-up each question, assessed item and key figure says what the group answered
last time, in the workshop's words and numbers; one key takes last time's answer over, and
never over a value someone typed."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from facilitator.domain.follow_up import start_follow_up
from facilitator.domain.last_time import (
    Refusal,
    copy_last_time,
    figure_line,
    item_line,
    question_line,
)
from facilitator.domain.session import AnswerKind, Session
from facilitator.i18n import Translator

from .test_export_sessions import full_session

LATER = datetime(2027, 3, 1, 13, 0).astimezone()
SV, EN = Translator("sv"), Translator("en")


def follow_up(language: str = "sv") -> Session:
    return start_follow_up(full_session(language), follows="earlier.toml", clock=lambda: LATER)


def unanswered(session: Session, item_id: str) -> None:
    """As if the group had left the item unanswered last time."""
    assert session.earlier is not None
    session.earlier.answers = [
        replace(a, value="", label="", agreement="") if a.id == item_id else a
        for a in session.earlier.answers
    ]


def test_a_question_says_last_times_answer_and_agreement() -> None:
    session = follow_up("sv")
    assert question_line(session, "underlag-finns", SV) == (
        "Förra gången, 2026-11-30: Delvis · Majoritet"
    )
    english = follow_up("en")
    question = next(english.workshop.questions())
    assert question_line(english, question.id, EN) == "Last time, 2026-11-30: Partly · Majority"


def test_an_unanswered_question_says_so_and_a_new_one_says_nothing() -> None:
    session = follow_up("sv")
    unanswered(session, "forankring")
    assert question_line(session, "forankring", SV) == "Förra gången, 2026-11-30: inget svar"
    assert session.earlier is not None
    session.earlier.answers = [a for a in session.earlier.answers if a.id != "resurser"]
    assert question_line(session, "resurser", SV) == ""
    assert question_line(full_session("sv"), "resurser", SV) == ""  # no follow-up at all


def test_an_item_says_its_last_assessment() -> None:
    session = follow_up("sv")
    assert item_line(session, "ledningen-ser-vikten", SV) == "Förra gången, 2026-11-30: På plats"
    unanswered(session, "arbetet")
    assert item_line(session, "arbetet", SV) == "Förra gången, 2026-11-30: ingen bedömning"


def test_a_figure_says_its_last_value_and_the_change_in_the_languages_numbers() -> None:
    session = follow_up("sv")
    share = next(session.workshop.figures())  # 38,5 % last time
    assert figure_line(session, share, SV) == "Förra gången: 38,5\u00a0%"
    session.set_figure(share.id, "value", "46")
    assert figure_line(session, share, SV) == "Förra gången: 38,5\u00a0% · +7,5"
    session.set_figure(share.id, "value", "38,4")
    assert figure_line(session, share, SV) == "Förra gången: 38,5\u00a0% · \u22120,1"
    session.set_figure(share.id, "value", "38,50")
    assert figure_line(session, share, SV) == "Förra gången: 38,5\u00a0% · oförändrat"
    english = follow_up("en")
    share = next(english.workshop.figures())
    english.set_figure(share.id, "value", "46")
    assert figure_line(english, share, EN) == "Last time: 38.5% · +7.5"


def test_a_rank_reads_as_a_rank() -> None:
    session = follow_up("sv")
    rank = list(session.workshop.figures())[2]  # the 3:e largest source last time
    session.set_figure(rank.id, "value", "2")
    assert figure_line(session, rank, SV) == "Förra gången: 3:e · \u22121"


def test_as_last_time_copies_a_questions_answer_and_agreement() -> None:
    session = follow_up("sv")
    assert session.questions["underlag-finns"].answer == ""
    assert copy_last_time(session, AnswerKind.QUESTION, "underlag-finns") is None
    entry = session.questions["underlag-finns"]
    assert (entry.answer, entry.agreement) == ("delvis", "majority")
    assert entry.motivation == ""  # only the answer: the group says why anew
    assert copy_last_time(session, AnswerKind.QUESTION, "underlag-finns") is Refusal.ALREADY


def test_as_last_time_never_replaces_what_was_answered_or_typed_this_time() -> None:
    session = follow_up("sv")
    session.set_assessment("ledningen-ser-vikten", "assessment", "saknas")
    assert copy_last_time(session, AnswerKind.ITEM, "ledningen-ser-vikten") is Refusal.HAS_ANSWER
    assert session.assessments["ledningen-ser-vikten"].assessment == "saknas"
    session.set_question("forankring", "agreement", "none")  # last time: ja, by consensus
    assert copy_last_time(session, AnswerKind.QUESTION, "forankring") is Refusal.HAS_ANSWER
    assert session.questions["forankring"].answer == ""
    share = next(session.workshop.figures())
    session.set_figure(share.id, "value", "41")
    assert copy_last_time(session, AnswerKind.FIGURE, share.id) is Refusal.HAS_VALUE
    assert session.figures[share.id].value == "41"
    session.set_figure(share.id, "value", "")
    assert copy_last_time(session, AnswerKind.FIGURE, share.id) is None
    assert session.figures[share.id].value == "38,5"


def test_what_agrees_with_last_time_is_completed_from_it() -> None:
    session = follow_up("sv")
    session.set_question("underlag-finns", "answer", "delvis")  # as last time, agreement not yet
    assert copy_last_time(session, AnswerKind.QUESTION, "underlag-finns") is None
    assert session.questions["underlag-finns"].agreement == "majority"


def test_as_last_time_refuses_politely_when_there_is_nothing_to_copy() -> None:
    session = follow_up("sv")
    unanswered(session, "forankring")
    revision = session.revision
    assert copy_last_time(session, AnswerKind.QUESTION, "forankring") is Refusal.NOT_ANSWERED
    assert session.earlier is not None
    session.earlier.answers = [a for a in session.earlier.answers if a.id != "resurser"]
    assert copy_last_time(session, AnswerKind.QUESTION, "resurser") is Refusal.NEW_ITEM
    # Last time's choice is gone from the workshop's scale since.
    session.earlier.answers = [
        replace(a, value="kanske") if a.id == "underlag-finns" else a
        for a in session.earlier.answers
    ]
    assert copy_last_time(session, AnswerKind.QUESTION, "underlag-finns") is Refusal.OPTION_GONE
    assert session.revision == revision  # nothing changed
