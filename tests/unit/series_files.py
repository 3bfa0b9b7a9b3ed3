"""A series of three meetings written to a sessions folder: the full session, a follow-up
that marks c1 done, c2 in progress with a new date and c3 dropped and answers differently,
and a second follow-up that finishes c2 and moves the figures again. Built through the
Session API with fixed clocks, so its trend is the same every run (the golden files)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from facilitator.domain.follow_up import start_follow_up
from facilitator.domain.session import Outcome, Session
from facilitator.storage.sessions import save_session

from .test_export_sessions import STOCKHOLM, full_session

NAMES = ("2026-11-30-steg-2.toml", "2027-03-01-steg-2.toml", "2027-06-01-steg-2.toml")


def at(day: str) -> datetime:
    return datetime.fromisoformat(f"{day}T13:00:00").replace(tzinfo=STOCKHOLM)


def follow(earlier: Session, day: str, follows: str, session_id: str) -> Session:
    made = start_follow_up(earlier, follows=follows, clock=lambda: at(day))
    made.id = session_id
    return made


def option(session: Session, question_id: str, index: int) -> str:
    """The id of the scale's option number `index` for a question or item."""
    workshop = session.workshop
    for section in workshop.sections:
        ids = [q.id for q in section.questions] + [i.id for i, _ in section.all_items()]
        if question_id in ids and section.scale:
            return workshop.scale(section.scale).options[index].id
    raise KeyError(question_id)


def series_sessions(language: str) -> list[Session]:
    first = full_session(language)
    questions = [q.id for q in first.workshop.questions()]
    items = [i.id for i, _ in first.workshop.items()]
    figures = [f.id for f in first.workshop.figures()]
    second = follow(first, "2027-03-01", NAMES[0], f"series-{language}-2")
    second.set_outcome("c1", Outcome.DONE)
    second.set_outcome("c2", Outcome.ONGOING)
    second.set_carried("c2", "new_due", "2027-04-30")
    second.set_outcome("c3", Outcome.DROPPED)
    second.set_question(questions[0], "answer", option(second, questions[0], 0))
    second.set_question(questions[0], "agreement", "consensus")
    second.set_question(questions[2], "answer", option(second, questions[2], 1))
    second.set_question(questions[2], "agreement", "majority")
    second.set_assessment(items[2], "assessment", option(second, items[2], 1))
    second.set_figure(figures[0], "value", "31")
    second.add_commitment("Följ upp mötestiden" if language == "sv" else "Follow up meeting time")
    second.finish()
    third = follow(second, "2027-06-01", NAMES[1], f"series-{language}-3")
    third.set_outcome("c2", Outcome.DONE)
    third.set_question(questions[0], "answer", option(third, questions[0], 0))
    third.set_question(questions[0], "agreement", "consensus")
    third.set_question(questions[2], "answer", option(third, questions[2], 0))
    third.set_assessment(items[2], "assessment", option(third, items[2], 0))
    third.set_figure(figures[0], "value", "27,5" if language == "sv" else "27.5")
    return [first, second, third]


def write_series(folder: Path, language: str) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / name for name in NAMES]
    for path, session in zip(paths, series_sessions(language), strict=True):
        save_session(path, session)
    return paths
