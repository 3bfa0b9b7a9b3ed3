"""A full follow-up for the export tests: the full session of test_export_sessions followed
up three months later, built through the Session API with a frozen clock.

Of the three commitments carried, one is done, one goes on with a new date and one is
replaced by a new commitment; the key figures moved (one not filled in this time), some
answers and assessments changed, one did not.
"""

from __future__ import annotations

from datetime import datetime

from facilitator.domain.follow_up import start_follow_up
from facilitator.domain.session import Outcome, Session

from .test_export_sessions import STOCKHOLM, Clock, full_session

START = datetime(2027, 3, 1, 13, 0, tzinfo=STOCKHOLM)
END = datetime(2027, 3, 1, 14, 30, tzinfo=STOCKHOLM)
FOLLOWS = "2026-11-30-steg-2-ledningens-stod.toml"
SESSION_IDS = {
    "sv": "5d0e8b7c-1a2f-4c3d-9e8f-6a5b4c3d2e1f",
    "en": "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e",
}
MINUTES_SPENT = [12, 8, 22, 15, 5, 10, 4]

SV = {
    "figures": ["35,2", "", "2"],
    "answers": [("ja", "consensus"), ("ja", "consensus"), ("delvis", "majority"), ("nej", "")],
    "assessments": ["pa-plats", "delvis", "pa-plats", "delvis", "pa-plats", "ej-bedomt"],
    "outcomes": {
        "c1": (Outcome.DONE, "", "Nyckeltalet finns i månadsrapporten."),
        "c2": (Outcome.ONGOING, "2027-04-30", "Budgeten beslutas i april."),
        "c3": (Outcome.REPLACED, "", "Utbildningen ersätts av en kortare workshop."),
    },
    "new": ("Ledningsgruppen går en halvdags workshop om digitala möten", 4, "2027-05-15"),
    "notes": "Genomgången tog kortare tid än väntat.",
}
EN = {
    "figures": ["35.2", "", "2"],
    "answers": [("yes", "consensus"), ("yes", "consensus"), ("partly", "majority"), ("no", "")],
    "assessments": ["in-place", "partly", "in-place", "partly", "in-place", "not-assessed"],
    "outcomes": {
        "c1": (Outcome.DONE, "", "The key figure is in the monthly report."),
        "c2": (Outcome.ONGOING, "2027-04-30", "The budget is decided in April."),
        "c3": (Outcome.REPLACED, "", "The course is replaced by a shorter workshop."),
    },
    "new": ("The management group holds a half-day workshop on digital meetings", 4, "2027-05-15"),
    "notes": "The review took less time than expected.",
}


def follow_up_session(language: str = "sv", *, finished: bool = True) -> Session:
    """The follow-up of `full_session(language)`, finished at END unless `finished` is false."""
    content = SV if language == "sv" else EN
    earlier = full_session(language)
    clock = Clock(START)
    session = start_follow_up(earlier, follows=FOLLOWS, clock=clock)
    session.id = SESSION_IDS[language]
    workshop = session.workshop
    for section, minutes in zip(workshop.sections, MINUTES_SPENT, strict=True):
        session.go_to(section.id)
        session.add_time(section.id, minutes * 60 + 12, timebox=True)
    session.set_notes(workshop.sections[0].id, content["notes"])
    for commitment_id, (outcome, new_due, comment) in content["outcomes"].items():
        session.set_outcome(commitment_id, outcome)
        if new_due:
            session.set_carried(commitment_id, "new_due", new_due)
        session.set_carried(commitment_id, "comment", comment)
    what, person, due = content["new"]
    who = earlier.meeting.participants[person].name
    link = "moteskultur" if language == "sv" else "meeting-culture"
    new = session.add_commitment(what, who, due, link)
    session.set_carried("c3", "replaced_by", new.id.removeprefix("c"))
    for figure, value in zip(workshop.figures(), content["figures"], strict=True):
        session.set_figure(figure.id, "value", value)
    for question, (answer, agreement) in zip(workshop.questions(), content["answers"], strict=True):
        session.set_question(question.id, "answer", answer)
        session.set_question(question.id, "agreement", agreement)
    items = [item for item, _ in workshop.items()]
    for item, assessment in zip(items, content["assessments"], strict=True):
        session.set_assessment(item.id, "assessment", assessment)
    session.set_meeting("follow_up", "2027-06-14")
    clock.now = END
    if finished:
        session.finish()
    return session
