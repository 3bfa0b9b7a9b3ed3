"""Full sessions for the export tests, built through the Session API with a frozen clock.

The Swedish and the English session record the same meeting: every role, every figure,
every question answered (with agreement, motivation and reservations), every factor
assessed, every example reflected on, notes in every section, commitments with and without
a due date and a link, a follow-up date, and a finished session.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from facilitator.domain.progress import open_matters
from facilitator.domain.session import Attendance, Role, Session, Status
from facilitator.domain.workshop import Workshop
from facilitator.paths import builtin_workshops_dir
from facilitator.storage.workshop_yaml import load_workshop

STOCKHOLM = timezone(timedelta(hours=1))
START = datetime(2026, 11, 30, 13, 0, tzinfo=STOCKHOLM)
END = datetime(2026, 11, 30, 14, 45, tzinfo=STOCKHOLM)

SV_FILE = "steg2-ledningens-stod.sv.yaml"
EN_FILE = "step2-leadership-support.en.yaml"


def builtin(name: str) -> Workshop:
    return load_workshop(builtin_workshops_dir() / name)


@dataclass
class Clock:
    """A clock that stands still until a test moves it."""

    now: datetime = START

    def __call__(self) -> datetime:
        return self.now


PEOPLE = [
    ("Anna Lindqvist", Role.CHAIR),
    ("Björn Åkesson", Role.SECRETARY),
    ("Cecilia Öberg", Role.ADJUSTER),
    ("David Nilsson", Role.PARTICIPANT),
    ("Eva Järvinen", Role.PARTICIPANT),
    ("Fredrik Håkansson", Role.PARTICIPANT),
]

MINUTES_SPENT = [11, 27, 19, 14, 16, 6]

SV = {
    "title": "Ledningens stöd",
    "organisation": "Exempelverket, ledningsgruppen",
    "place": "Rum Dalälven, Borlänge, och Teams",
    "figures": [
        ("38,5", "Lägesbeskrivning steg 1: tidsenkät oktober 2026"),
        ("62", "Kalenderanalys januari–oktober 2026"),
        ("3", "Klimatbokslut 2025"),
    ],
    "questions": [
        (
            "delvis",
            "majority",
            "Tidsenkäten ger en bra bild av mötestiden, men resorna följs inte upp.\n"
            "Vi behöver ett gemensamt nyckeltal för tjänsteresor.",
            [("Eva Järvinen", "Anser att underlaget räcker för ett första beslut.")],
        ),
        ("ja", "consensus", "Ledningsgruppen har diskuterat frågan vid två möten i höst.", []),
        ("nej", "consensus", "Inga resurser är avsatta i budgeten för 2026.", []),
        (
            "vet-inte",
            "none",
            "Olika uppfattningar om hur väl ledningen själv föregår med gott exempel.",
            [("David Nilsson", "Menar att ledningen redan håller korta, digitala möten.")],
        ),
    ],
    "assessments": [
        ("pa-plats", "Finns med i ledningens mål för 2027."),
        ("delvis", "Se underpunkterna."),
        ("pa-plats", "Kopplas till uppdraget om hållbar verksamhet."),
        ("saknas", "Ingen budget för 2026."),
        ("delvis", "Nämns i verksamhetsplanen för 2027, men utan mål."),
        ("ej-bedomt", ""),
    ],
    "reflections": [
        "Vi kan spela in våra personalmöten och göra dem digitala som standard.",
        "Koppla mötesfrågan till vår egen klimatplan, som styrelsen redan följer.",
        "Generaldirektören kan berätta om vårt arbete på samma sätt på intranätet.",
    ],
    "notes": [
        "Siffrorna kommer från steg 1. Mötestiden är högre än väntat.",
        "Frågan om ledningens eget exempel tog mest tid.\n"
        "- Många möten bokas som 60 minuter av vana.\n"
        "1. Börja med ledningsgruppens egna möten.",
        "Resurserna är den svagaste punkten. *Inte* en IT-fråga: en ledningsfråga.",
        "Södertörns exempel väckte mest intresse.",
        "Åtagandena stämdes av med budgetprocessen.",
        "Nästa steg tas upp på ledningsgruppens möte i februari.",
    ],
    "commitments": [
        (
            "Ta fram ett nyckeltal för tjänsteresor per medarbetare",
            1,
            "2027-01-31",
            "underlag-finns",
            Status.OPEN,
        ),
        (
            "Avsätt 20 % av en tjänst för mötesutveckling i budgeten för 2027",
            0,
            "2026-12-15",
            "resurser-tilldelas",
            Status.OPEN,
        ),
        ("Ledningsgruppen går utbildningen i digitala möten", -1, "", "moteskultur", Status.OPEN),
        ("Skicka protokollet till alla chefer", 2, "2026-12-04", "", Status.DONE),
        ("Boka en extern föreläsare", 4, "2027-02-01", "trafikverket", Status.DROPPED),
    ],
    "everyone": "Hela ledningsgruppen",
    "others": "Karin Berg, ekonomichef (§ 5)",
}

EN = {
    "title": "Leadership support",
    "organisation": "The Example Agency, management group",
    "place": "Room Dalälven, Borlänge, and Teams",
    "figures": [
        ("38.5", "Situation description step 1: time survey October 2026"),
        ("62", "Calendar analysis January–October 2026"),
        ("3", "Climate report 2025"),
    ],
    "questions": [
        (
            "partly",
            "majority",
            "The time survey gives a good picture of meeting time, but travel is not followed up.\n"
            "We need a shared key figure for business travel.",
            [("Eva Järvinen", "Finds the basis good enough for a first decision.")],
        ),
        ("yes", "consensus", "The management group has discussed this at two meetings.", []),
        ("no", "consensus", "No resources are set aside in the budget for 2026.", []),
        (
            "dont-know",
            "none",
            "Views differ on how well the management itself leads by example.",
            [
                (
                    "David Nilsson",
                    "Holds that the management already keeps meetings short and digital.",
                )
            ],
        ),
    ],
    "assessments": [
        ("in-place", "Part of the management's goals for 2027."),
        ("partly", "See the sub-items."),
        ("in-place", "Linked to the remit on sustainable operations."),
        ("missing", "No budget for 2026."),
        ("partly", "Mentioned in the 2027 operational plan, but without goals."),
        ("not-assessed", ""),
    ],
    "reflections": [
        "We can record our staff meetings and make them digital by default.",
        "Link the meeting question to our own climate plan, which the board already follows.",
        "Our director-general could tell about our work the same way on the intranet.",
    ],
    "notes": [
        "The figures come from step 1. Meeting time is higher than expected.",
        "The management's own example took the most time.\n"
        "- Many meetings are booked as 60 minutes out of habit.\n"
        "1. Start with the management group's own meetings.",
        "Resources are the weakest point. *Not* an IT matter: a leadership matter.",
        "The Södertörn example raised the most interest.",
        "The commitments were checked against the budget process.",
        "The next step is on the agenda of the management group's meeting in February.",
    ],
    "commitments": [
        (
            "Produce a key figure for business travel per employee",
            1,
            "2027-01-31",
            "basis-exists",
            Status.OPEN,
        ),
        (
            "Set aside 20 % of a position for meeting development in the 2027 budget",
            0,
            "2026-12-15",
            "resources-allocated",
            Status.OPEN,
        ),
        (
            "The management group takes the course on digital meetings",
            -1,
            "",
            "meeting-culture",
            Status.OPEN,
        ),
        ("Send the minutes to all managers", 2, "2026-12-04", "", Status.DONE),
        ("Book an external speaker", 4, "2027-02-01", "trafikverket", Status.DROPPED),
    ],
    "everyone": "The whole management group",
    "others": "Karin Berg, head of finance (item 5)",
}


# Each session has a random id of its own; these two stand for them in the golden files.
SESSION_IDS = {
    "sv": "3f6c2a8e-5b1d-4f7a-9e0c-7d4b2a1f8c63",
    "en": "a94e7d10-2c3b-4e5f-8a6d-1b0c9f8e7d25",
}


def full_session(language: str = "sv", *, finished: bool = True) -> Session:
    """The full session in `language`, finished at END (unless `finished` is false: a
    finished session can no longer be changed)."""
    content = SV if language == "sv" else EN
    workshop = builtin(SV_FILE if language == "sv" else EN_FILE)
    clock = Clock()
    session = Session(workshop, clock=clock, session_id=SESSION_IDS[language])
    for name, value in (
        ("title", content["title"]),
        ("organisation", content["organisation"]),
        ("place", content["place"]),
        ("follow_up", "2027-02-15"),
    ):
        session.set_meeting(name, value)
    for name, role in PEOPLE:
        session.add_participant(name, role)
    # One participant sent word beforehand, and a guest sat in for the commitments.
    session.update_participant(len(PEOPLE) - 1, attendance=Attendance.EXCUSED)
    session.set_meeting("others", content["others"])
    for number, (section, minutes) in enumerate(zip(workshop.sections, MINUTES_SPENT, strict=True)):
        session.go_to(section.id)
        # Every other section without its time box running: on screen is on screen.
        session.add_time(section.id, minutes * 60 + 12, timebox=number % 2 == 0)
    for section, notes in zip(workshop.sections, content["notes"], strict=True):
        session.set_notes(section.id, notes)
    for figure, (value, source) in zip(workshop.figures(), content["figures"], strict=True):
        session.set_figure(figure.id, "value", value)
        session.set_figure(figure.id, "source", source)
    for question, answer in zip(workshop.questions(), content["questions"], strict=True):
        choice, agreement, motivation, reservations = answer
        session.set_question(question.id, "answer", choice)
        session.set_question(question.id, "agreement", agreement)
        session.set_question(question.id, "motivation", motivation)
        for who, why in reservations:
            session.add_reservation(question.id, who, why)
    items = [item for item, _ in workshop.items()]
    for item, (assessment, note) in zip(items, content["assessments"], strict=True):
        session.set_assessment(item.id, "assessment", assessment)
        session.set_assessment(item.id, "note", note)
    for example, text in zip(workshop.examples(), content["reflections"], strict=True):
        session.set_reflection(example.id, text)
    for what, person, due, link, status in content["commitments"]:
        who = PEOPLE[person][0] if person >= 0 else content["everyone"]
        commitment = session.add_commitment(what, who, due, link)
        session.set_commitment(commitment.id, "status", status.value)
    clock.now = END
    if finished:
        session.finish()
    return session


GOLDEN = Path(__file__).parent / "golden"


def test_full_sessions_answer_everything_the_workshop_asks() -> None:
    for language in ("sv", "en"):
        session = full_session(language)
        reasons = {m.reason.value for m in open_matters(session)}
        # What is left open is there on purpose: "Vet inte", no agreement, missing factors.
        assert reasons == {"open_answer", "no_agreement", "open_assessment"}
        assert session.finished
        assert {c.link for c in session.commitments} <= {
            i for i, _ in session.workshop.linkable()
        } | {""}
