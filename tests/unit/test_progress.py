"""Where a session stands: the agenda's marks and the wrap-up's list of what is still open."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest

from facilitator.domain.progress import (
    OpenMatter,
    Reason,
    SectionState,
    done_sections,
    open_commitments,
    open_matters,
    section_state,
)
from facilitator.domain.session import Session, Status
from facilitator.storage.workshop_yaml import load_workshop

from .helpers import SWEDISH_WORKSHOP

WORKSHOP = load_workshop(SWEDISH_WORKSHOP)
QUESTIONS = [q.id for q in WORKSHOP.section("checklista").questions]
ITEMS = [item.id for item, _ in WORKSHOP.section("framgangsfaktorer").all_items()]


@pytest.fixture
def session(clock: Callable[[], datetime]) -> Session:
    return Session(WORKSHOP, clock=clock)


def states(session: Session) -> dict[str, SectionState]:
    return {s.id: section_state(session, s) for s in WORKSHOP.sections}


def test_a_new_session_has_started_nothing_and_everything_is_open(session: Session) -> None:
    assert set(states(session).values()) == {SectionState.NOT_STARTED}
    assert done_sections(session) == 0
    reasons = [(m.item_id, m.reason) for m in open_matters(session)]
    assert reasons == (
        [(f, Reason.NO_FIGURE) for f in ("motestid", "digitala-moten", "tjansteresor")]
        + [(q, Reason.UNANSWERED) for q in QUESTIONS]
        + [(i, Reason.NOT_ASSESSED) for i in ITEMS]
    )


def test_visiting_or_writing_notes_starts_a_section(session: Session) -> None:
    session.go_to("checklista")
    session.set_notes("exempel", "Vi pratade om Södertörn.")
    session.add_time("framgangsfaktorer", 30)
    assert states(session) == {
        "underlag": SectionState.NOT_STARTED,
        "checklista": SectionState.IN_PROGRESS,
        "framgangsfaktorer": SectionState.IN_PROGRESS,
        "exempel": SectionState.IN_PROGRESS,
        "ataganden": SectionState.NOT_STARTED,
        "avslut": SectionState.NOT_STARTED,
    }


def test_figures_count_only_when_valid(session: Session) -> None:
    session.set_figure("motestid", "value", "42,5")
    session.set_figure("digitala-moten", "value", "sextio")  # not a number
    session.set_figure("tjansteresor", "value", "3")
    assert states(session)["underlag"] is SectionState.IN_PROGRESS
    assert [(m.item_id, m.reason, m.detail) for m in open_matters(session)][:1] == [
        ("digitala-moten", Reason.INVALID_FIGURE, "sextio")
    ]
    session.set_figure("digitala-moten", "value", "")
    assert [(m.item_id, m.reason) for m in open_matters(session)][:1] == [
        ("digitala-moten", Reason.NO_FIGURE)
    ]
    session.set_figure("digitala-moten", "value", "60")
    assert states(session)["underlag"] is SectionState.DONE
    assert not [m for m in open_matters(session) if m.item_id == "digitala-moten"]


def test_a_question_is_settled_by_an_answer_and_an_agreement(session: Session) -> None:
    first, second, third, fourth = QUESTIONS
    session.set_question(first, "answer", "ja")
    session.set_question(first, "agreement", "consensus")
    session.set_question(second, "answer", "vet-inte")
    session.set_question(second, "agreement", "majority")
    session.set_question(third, "answer", "nej")
    session.set_question(third, "agreement", "none")
    session.set_question(fourth, "answer", "delvis")
    assert states(session)["checklista"] is SectionState.IN_PROGRESS  # the fourth: no agreement
    texts = {q.id: q.text for q in WORKSHOP.section("checklista").questions}
    assert [m for m in open_matters(session) if m.section_id == "checklista"] == [
        OpenMatter("checklista", second, texts[second], Reason.OPEN_ANSWER, "Vet inte"),
        OpenMatter("checklista", third, texts[third], Reason.NO_AGREEMENT),
        # Nobody recorded how far the group agrees: that is not the same as no agreement.
        OpenMatter("checklista", fourth, texts[fourth], Reason.AGREEMENT_NOT_RECORDED),
    ]
    session.set_question(fourth, "agreement", "consensus")
    assert states(session)["checklista"] is SectionState.DONE


def test_factors_missing_or_not_assessed_stay_open(session: Session) -> None:
    for item in ITEMS:
        session.set_assessment(item, "assessment", "pa-plats")
    session.set_assessment("foljs-upp", "assessment", "saknas")
    session.set_assessment("anpassat", "assessment", "ej-bedomt")
    assert states(session)["framgangsfaktorer"] is SectionState.DONE
    assert [(m.item_id, m.reason, m.detail) for m in open_matters(session)][-2:] == [
        ("anpassat", Reason.OPEN_ASSESSMENT, "Ej bedömt"),
        ("foljs-upp", Reason.OPEN_ASSESSMENT, "Saknas"),
    ]
    session.set_assessment("arbetet", "assessment", "")
    assert states(session)["framgangsfaktorer"] is SectionState.IN_PROGRESS


def test_examples_are_done_when_each_has_a_reflection(session: Session) -> None:
    session.set_reflection("sodertorn", "Spela in personalmötena.")
    session.set_reflection("gu", "   ")
    assert states(session)["exempel"] is SectionState.IN_PROGRESS
    session.set_reflection("gu", "Koppla till vår vision.")
    session.set_reflection("trafikverket", "Be GD spela in en hälsning.")
    assert states(session)["exempel"] is SectionState.DONE


def test_commitments_need_a_what(session: Session) -> None:
    session.go_to("ataganden")
    assert states(session)["ataganden"] is SectionState.IN_PROGRESS
    commitment = session.add_commitment("", "Anna")
    assert states(session)["ataganden"] is SectionState.IN_PROGRESS
    session.set_commitment(commitment.id, "what", "Boka utbildning")
    assert states(session)["ataganden"] is SectionState.DONE
    other = session.add_commitment("Inventera rummen")
    session.set_commitment(other.id, "status", Status.DROPPED)
    third = session.add_commitment("Följa upp")
    assert open_commitments(session) == [commitment.id, third.id]


def test_the_wrap_up_is_done_when_the_session_is_finished(session: Session) -> None:
    session.go_to("avslut")
    assert states(session)["avslut"] is SectionState.IN_PROGRESS
    session.finish()
    assert states(session)["avslut"] is SectionState.DONE
    session.reopen()
    assert states(session)["avslut"] is SectionState.IN_PROGRESS


def test_a_follow_ups_carried_commitments_do_not_mark_its_commitments_section_begun() -> None:
    """The agenda of a new follow-up: the commitments carried from the last meeting are the
    last meeting's work, so this meeting's commitments section is not begun, let alone done,
    until the group goes there or makes a commitment of its own."""
    from facilitator.domain.follow_up import start_follow_up

    from .test_export_sessions import full_session

    made = start_follow_up(full_session("sv"), follows="2026-11-30-steg-2.toml")
    section = next(s for s in made.workshop.sections if s.id == "ataganden")
    assert made.commitments  # three carried
    assert section_state(made, section) is SectionState.NOT_STARTED
    made.add_commitment("Boka en workshop om digitala möten")
    assert section_state(made, section) is SectionState.DONE
