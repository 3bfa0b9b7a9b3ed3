"""Sessions of a given size, built in code, the same every time.

A session of N items is the built-in Swedish workshop (steg 2) with every answer filled in,
and on top of that, growing with N:

- N commitments (what ≈ 60 characters, who, a due date, a status and, for most, a link to a
  question or item), the thing a long-running series of meetings accumulates;
- N × 100 characters of discussion notes, as lines of about 70 characters in paragraphs,
  spread evenly over the six sections' notes (so 1,000 items hold 100,000 characters);
- N ÷ 10 reservations, spread over the four questions.

Everything goes through the domain's own types; commitments are assigned as a list because
`Session.add_commitment` looks for a free id among all the others (fine for a person adding
one, quadratic for building 10,000).
"""

from __future__ import annotations

import itertools
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from facilitator.domain.session import Agreement, Commitment, Reservation, Role, Session, Status
from facilitator.domain.workshop import Workshop
from facilitator.storage.workshop_yaml import load_workshop

ROOT = Path(__file__).resolve().parents[1]
WORKSHOP_FILE = ROOT / "workshops" / "steg2-ledningens-stod.sv.yaml"
CREATED = datetime(2026, 11, 30, 9, 0, tzinfo=timezone(timedelta(hours=1)))
NOTES_PER_ITEM = 100
PEOPLE = ("Anna Åberg", "Bo Berg", "Cecilia Dahl", "David Ek", "Eva Fors", "Öjvind Ström")
_TEXT = (
    "mötet ledningen resurser teknik stöd förankring digitala hybridmöten arbetstid "
    "utsläpp underlag beslut ansvar uppföljning rummen ljudet kameran lokalerna rutiner "
    "utbildning samordnare budget tjänst möteskultur exempel värdskap deltagare åtgärd"
)
WORDS = _TEXT.split()

_workshop: Workshop | None = None


def workshop() -> Workshop:
    global _workshop
    if _workshop is None:
        _workshop = load_workshop(WORKSHOP_FILE)
    return _workshop


def prose(seed: int, length: int) -> str:
    """About `length` characters of Swedish-looking words, different for each seed."""
    words = itertools.cycle(WORDS[seed % len(WORDS) :] + WORDS[: seed % len(WORDS)])
    out: list[str] = []
    size = 0
    step = 1 + seed % 5
    for index, word in enumerate(words):
        if size >= length:
            break
        if index % step == 0:
            word = word.capitalize()
        out.append(word)
        size += len(word) + 1
    return " ".join(out)[:length].rstrip() or "x"


def notes(seed: int, length: int) -> str:
    """`length` characters of notes: lines of about 70 characters, a blank line every fifth."""
    lines: list[str] = []
    size = 0
    for index in itertools.count():
        if size >= length:
            break
        line = "" if index % 6 == 5 else prose(seed + index, min(70, length - size))
        lines.append(line)
        size += len(line) + 1
    return "\n".join(lines)[:length]


def build_session(items: int, *, current: str | None = None) -> Session:
    """A session of `items` items (see the module's docstring), current at `current`."""
    session = Session(workshop(), clock=lambda: CREATED)
    meeting = session.meeting
    meeting.title = f"Ledningsgruppen, {items} punkter"
    meeting.organisation = "Exempelverket"
    meeting.place = "Rum Ekorren och videolänk"
    meeting.follow_up = "2027-03-01"
    session.meeting.participants = []
    for index, name in enumerate(PEOPLE):
        session.add_participant(name, list(Role)[min(index, 3)])
    ws = session.workshop
    for figure in ws.figures():
        session.set_figure(figure.id, "value", "3" if figure.ordinal else "42,5")
        session.set_figure(figure.id, "source", "Lägesbeskrivningen i steg 1")
    answers = ws.scale("svar").options
    questions = list(ws.questions())
    for index, question in enumerate(questions):
        session.set_question(question.id, "answer", answers[index % len(answers)].id)
        session.set_question(question.id, "agreement", list(Agreement)[index % 3].value)
        session.set_question(question.id, "motivation", prose(index, 80))
    for index in range(items // 10):
        question = questions[index % len(questions)]
        session.questions[question.id].reservations.append(
            Reservation(PEOPLE[index % len(PEOPLE)], prose(index, 50))
        )
    grades = ws.scale("bedomning").options
    for index, (item, _) in enumerate(ws.items()):
        session.set_assessment(item.id, "assessment", grades[index % len(grades)].id)
        session.set_assessment(item.id, "note", prose(index, 40))
    for index, example in enumerate(ws.examples()):
        session.set_reflection(example.id, prose(index, 120))
    sections = ws.sections
    share = items * NOTES_PER_ITEM // len(sections)
    for index, section in enumerate(sections):
        entry = session.sections[section.id]
        entry.notes = notes(index * 7, share)
        entry.visited = True
        entry.seconds_spent = entry.timer_seconds = 300 + 60 * index
    links = ["", *(link for link, _ in ws.linkable())]
    start = date(2027, 1, 1)
    statuses = list(Status)
    session.commitments = [
        Commitment(
            id=f"c{n}",
            what=prose(n, 60),
            who=PEOPLE[n % len(PEOPLE)],
            due=(start + timedelta(days=n % 700)).isoformat(),
            status=statuses[n % 3],
            link=links[n % len(links)],
        )
        for n in range(1, items + 1)
    ]
    session.current_section = current or sections[0].id
    session.updated = CREATED + timedelta(hours=2)
    session.revision += 1
    return session


def notes_text(length: int) -> str:
    """The text of one notes field of `length` characters (the key benchmark's 100,000)."""
    return notes(3, length)


def commitments_section() -> str:
    return next(s.id for s in workshop().sections if s.kind == "commitments")


def session_file(folder: Path, items: int, *, current: str | None = None) -> Path:
    """The session of `items` items saved as the facilitator saves it, in `folder` (made once
    and kept for the rest of the suite)."""
    from facilitator.storage.sessions import save_session

    name = f"session-{items}" + (f"-{current}" if current else "")
    path = folder / f"{name}.toml"
    if not path.exists():
        folder.mkdir(parents=True, exist_ok=True)
        save_session(path, build_session(items, current=current))
    return path
