"""The apps the snapshot tests photograph: a step 2 session as a group has it near the end of
the meeting, built in code (no typing, so every run draws the same screen), in Swedish or in
English, and what the snapshot waits for before the picture is taken.

The session is filled by position in the workshop (first figure, second question …), so one
story serves both built-in workshops, whose ids differ.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from textual.pilot import Pilot
from textual.widgets import Input, TextArea

from facilitator.domain.session import Agreement, Role, Session, Status
from facilitator.domain.workshop import Workshop
from facilitator.tui.app import FacilitatorApp
from facilitator.tui.screens.session import SessionScreen

from .helpers import sessions_listed

RunBefore = Callable[[Pilot[None]], Awaitable[None]]


class Clock(Protocol):
    """The frozen clock of tests/conftest.py: it moves only when told."""

    def __call__(self) -> datetime: ...

    def advance(self, seconds: float) -> datetime: ...


# The time box of each section as the group left it: seconds on the clock.
SECONDS = (9 * 60 + 20, 22 * 60 + 45, 14 * 60 + 5, 11 * 60 + 30, 6 * 60 + 40, 0)
OVER_TIME_SECONDS = 27 * 60 + 10  # checklist: 25 minutes planned, +02:10 over


@dataclass(frozen=True)
class Story:
    """What the group said, in one language. Answers and assessments are the index of the
    option on the workshop's scale (-1: not chosen)."""

    title: str
    organisation: str
    place: str
    follow_up: str
    participants: tuple[tuple[str, Role], ...]
    figures: tuple[tuple[str, str], ...]  # (value, source)
    # (answer, agreement, motivation, reservations as (who, why))
    questions: tuple[tuple[int, Agreement | None, str, tuple[tuple[str, str], ...]], ...]
    assessments: tuple[tuple[int, str], ...]  # (option, note), parents before children
    reflections: tuple[str, ...]
    # (what, who, due, status, index into workshop.linkable() or -1)
    commitments: tuple[tuple[str, str, str, Status, int], ...]
    notes: tuple[str, ...]  # per section


SWEDISH = Story(
    title="Ledningsgruppen – steg 2",
    organisation="Myndigheten för möten",
    place="Rum Vänern och Teams",
    follow_up="2027-02-10",
    participants=(
        ("Anna Andersson", Role.CHAIR),
        ("Bo Berg", Role.SECRETARY),
        ("Cecilia Ek", Role.ADJUSTER),
        ("David Dahl", Role.PARTICIPANT),
    ),
    figures=(
        ("42,5", "Tidrapporter 2025"),
        ("30", "Bokningssystemet"),
        ("3", "Klimatbokslut 2025"),
    ),
    questions=(
        (0, Agreement.CONSENSUS, "Lägesbeskrivningen från steg 1 är klar", ()),
        (
            1,
            Agreement.MAJORITY,
            "Två av fem i ledningsgruppen har varit med",
            (("Bo Berg", "Inte förankrat alls, bara informerat"),),
        ),
        (2, Agreement.CONSENSUS, "Ingen budget avsatt i år", ()),
        (3, Agreement.NONE, "Vi har inte pratat om det", ()),
    ),
    assessments=(
        (0, "Sagt i ledningsgruppen i oktober"),
        (1, "Bara delvis"),
        (0, "Står i uppdraget"),
        (2, "Ingen tjänst avsatt"),
        (1, "Nämns i VP 2026"),
        (3, "Ingen har tittat på det"),
    ),
    reflections=(
        "Spela in personalmötena.\nLägg upp dem på intranätet.",
        "Koppla digitala möten till klimatmålen.",
        "GD kan spela in en hälsning.",
    ),
    commitments=(
        ("Ta fram en mötespolicy", "Anna Andersson", "2027-01-15", Status.OPEN, 3),
        ("Avsätt en halv tjänst för mötesutveckling", "Bo Berg", "2027-03-01", Status.OPEN, 7),
        ("Boka uppföljning med ledningsgruppen", "Cecilia Ek", "2026-12-15", Status.DONE, 9),
    ),
    notes=(
        "Siffrorna kommer från lägesbeskrivningen i steg 1.",
        "Lång diskussion om resurser.\nÅterkommer i maj.",
        "Uppföljning saknas helt.",
        "Alla gillade Södertörn.",
        "Tre åtaganden, en redan klar.",
        "",
    ),
)

ENGLISH = Story(
    title="Management team – step 2",
    organisation="The Agency for Meetings",
    place="Room Vänern and Teams",
    follow_up="2027-02-10",
    participants=(
        ("Anna Andersson", Role.CHAIR),
        ("Bo Berg", Role.SECRETARY),
        ("Cecilia Ek", Role.ADJUSTER),
        ("David Dahl", Role.PARTICIPANT),
    ),
    figures=(
        ("42.5", "Time reports 2025"),
        ("30", "Booking system"),
        ("3", "Climate report 2025"),
    ),
    questions=(
        (0, Agreement.CONSENSUS, "The status report from step 1 is done", ()),
        (
            1,
            Agreement.MAJORITY,
            "Two of five in the management group took part",
            (("Bo Berg", "Not anchored at all, only informed"),),
        ),
        (2, Agreement.CONSENSUS, "No budget set aside this year", ()),
        (3, Agreement.NONE, "We have not talked about it", ()),
    ),
    assessments=(
        (0, "Said in the management group in October"),
        (1, "Only partly"),
        (0, "It is in the remit"),
        (2, "No post set aside"),
        (1, "Mentioned in the 2026 plan"),
        (3, "Nobody has looked at it"),
    ),
    reflections=(
        "Record the staff meetings.\nPut them on the intranet.",
        "Tie digital meetings to the climate goals.",
        "The director general could record a greeting.",
    ),
    commitments=(
        ("Draw up a meeting policy", "Anna Andersson", "2027-01-15", Status.OPEN, 3),
        ("Set aside half a post for meeting development", "Bo Berg", "2027-03-01", Status.OPEN, 7),
        ("Book a follow-up with the management team", "Cecilia Ek", "2026-12-15", Status.DONE, 9),
    ),
    notes=(
        "The figures come from the status report in step 1.",
        "Long discussion about resources.\nBack to it in May.",
        "No follow-up at all.",
        "Everyone liked Södertörn.",
        "Three commitments, one already done.",
        "",
    ),
)

STORIES = {"sv": SWEDISH, "en": ENGLISH}


def tell(session: Session, story: Story) -> None:
    """Fill `session` as the group in `story` did, visiting every section in order."""
    workshop: Workshop = session.workshop
    for name in ("title", "organisation", "place", "follow_up"):
        session.set_meeting(name, getattr(story, name))
    for name, role in story.participants:
        session.add_participant(name, role)
    for figure, (value, source) in zip(workshop.figures(), story.figures, strict=True):
        session.set_figure(figure.id, "value", value)
        session.set_figure(figure.id, "source", source)
    for question, (answer, agreement, why, reservations) in zip(
        workshop.questions(), story.questions, strict=True
    ):
        section = next(s for s in workshop.sections if question in s.questions)
        options = workshop.scale(section.scale).options
        if answer >= 0:
            session.set_question(question.id, "answer", options[answer].id)
        if agreement is not None:
            session.set_question(question.id, "agreement", agreement.value)
        session.set_question(question.id, "motivation", why)
        for who, reason in reservations:
            session.add_reservation(question.id, who, reason)
    for (item, _), (option, note) in zip(workshop.items(), story.assessments, strict=True):
        section = next(s for s in workshop.sections if item in (i for i, _ in s.all_items()))
        options = workshop.scale(section.scale).options
        if option >= 0:
            session.set_assessment(item.id, "assessment", options[option].id)
        session.set_assessment(item.id, "note", note)
    for example, text in zip(workshop.examples(), story.reflections, strict=True):
        session.set_reflection(example.id, text)
    linkable = workshop.linkable()
    for what, who, due, status, link in story.commitments:
        commitment = session.add_commitment(what, who, due, linkable[link][0] if link >= 0 else "")
        session.set_commitment(commitment.id, "status", status.value)
    for section, notes, seconds in zip(workshop.sections, story.notes, SECONDS, strict=True):
        session.go_to(section.id)
        session.set_notes(section.id, notes)
        session.add_time(section.id, seconds)


# -- before the picture ----------------------------------------------------------------------


def session_screen(app: FacilitatorApp) -> SessionScreen:
    return next(s for s in app.screen_stack if isinstance(s, SessionScreen))


async def saved_or_failed(pilot: Pilot[None]) -> None:
    """Wait until the last edit is on disk (the status line then says "Sparat 10:24:00") or
    its save has failed: a save is due 0.3 s after an edit; give up after 10 s, and the
    snapshot will show it."""
    saver = pilot.app.controller.saver  # type: ignore[attr-defined]
    for _ in range(500):
        if saver is None or not saver.dirty or saver.state.error:
            break
        await pilot.pause(0.02)
    await pilot.pause()


def still(app: FacilitatorApp) -> None:
    """No blinking cursor on any screen, no toast: the picture must not depend on when it
    is taken."""
    for screen in app.screen_stack:
        for field in screen.query("Input, TextArea"):
            if isinstance(field, Input | TextArea):
                field.cursor_blink = False
    app.clear_notifications()


def then(*steps: RunBefore) -> RunBefore:
    """`run_before` for snap_compare: the steps in order, then wait for saving and stillness."""

    async def run_before(pilot: Pilot[None]) -> None:
        await pilot.pause()
        await sessions_listed(pilot)
        for step in steps:
            await step(pilot)
            await pilot.pause()
        await saved_or_failed(pilot)
        still(pilot.app)  # type: ignore[arg-type]
        await pilot.pause()

    return run_before


def go_to(section: int) -> RunBefore:
    """Show the workshop's section number `section` (1-based), as Ctrl+G and Enter would."""

    async def step(pilot: Pilot[None]) -> None:
        app: FacilitatorApp = pilot.app  # type: ignore[assignment]
        section_id = app.controller.session.workshop.sections[section - 1].id
        await session_screen(app).show_section(section_id)
        await at_the_top(pilot)

    return step


async def at_the_top(pilot: Pilot[None]) -> None:
    """Scroll the section shown to its top, where `show_section` means it to open.

    Showing a section focuses its first field and scrolls home, and which of the two lands
    last varies from run to run: the page opens at its top or scrolled down to the field
    (seen on the wrap-up, the commitments and read-only sessions at 80×24). The snapshot
    pins the intended one."""
    await pilot.pause()
    await pilot.wait_for_scheduled_animations()
    view = session_screen(pilot.app).current_view  # type: ignore[arg-type]
    if view is not None:
        view.scroll_home(animate=False, immediate=True)


def press(*keys: str) -> RunBefore:
    async def step(pilot: Pilot[None]) -> None:
        await pilot.press(*keys)

    return step


def paste(text: str, into: str = "") -> RunBefore:
    """Put `text` into a field, as a paste would: the field `into` names on the screen on
    top (focused first), else the focused one."""

    async def step(pilot: Pilot[None]) -> None:
        field = pilot.app.screen.query_one(into) if into else pilot.app.focused
        if field is None:
            raise AssertionError("no field has focus")
        field.focus()
        if isinstance(field, Input):
            field.value = text
            field.cursor_position = len(text)
        elif isinstance(field, TextArea):
            field.load_text(text)
            field.move_cursor(field.document.end)
        else:
            raise AssertionError(f"{field!r} is not a text field")

    return step
