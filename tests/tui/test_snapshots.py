"""Snapshots of every screen and dialog, at 80×24 (the smallest screen the app is made for)
and 160×50 (a projector), in Swedish, and of the main screens in English.

Each picture is of a step 2 session as a group has it near the end of the meeting (see
snapshot_apps.py), in an isolated workspace with a frozen clock, taken once the last edit is
saved, with no blinking cursor and no toasts. `pytest --snapshot-update` redraws them; look
at the changed ones before committing.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from textual.pilot import Pilot

from facilitator.domain.errors import SessionInUse
from facilitator.domain.session import Session
from facilitator.paths import Workspace
from facilitator.storage.catalog import resolve_workshop
from facilitator.storage.lock import SessionLock
from facilitator.storage.sessions import OpenSession, create_session, open_session
from facilitator.tui import saver
from facilitator.tui.app import FacilitatorApp
from facilitator.tui.sections.commitments import CommitmentsSectionView

from .follow_ups import FollowUps, follow_ups_fixture  # noqa: F401 (the fixture)
from .snapshot_apps import (
    OVER_TIME_SECONDS,
    STORIES,
    Clock,
    RunBefore,
    at_the_top,
    go_to,
    paste,
    press,
    session_screen,
    tell,
    then,
)

SIZES = {"80x24": (80, 24), "160x50": (160, 50)}
SECTIONS = {
    "1-text": 1,
    "2-questions": 2,
    "3-assessment": 3,
    "4-examples": 4,
    "5-commitments": 5,
    "6-wrapup": 6,
}
# Someone else's lock, as `facilitator resume` reports it (the real path is absolute).
IN_USE = SessionInUse(
    "/home/anna/möten/sessions/2026-11-30-steg-2-ledningens-stod.toml",
    48213,
    "motesrummet-pc",
    "2026-11-30 08:57",
)

SnapCompare = Callable[..., bool]
each_size = pytest.mark.parametrize("size", list(SIZES.values()), ids=list(SIZES))
each_language = pytest.mark.parametrize("language", ["sv", "en"])


class Apps:
    """Apps on sessions written to the test's workspace; the clock reads 10:24 when the
    screen opens, after a meeting that began at 09:00."""

    def __init__(self, workspace: Workspace, clock: Clock) -> None:
        self.workspace = workspace
        self.clock = clock
        self.stores: list[OpenSession] = []
        self.apps: list[FacilitatorApp] = []
        self.holders: list[SessionLock] = []  # locks "another facilitator" holds

    def _session(self, language: str, current: int) -> Session:
        workshop = resolve_workshop(None, self.workspace, language)
        session = Session(workshop, clock=self.clock)
        self.clock.advance(83 * 60)  # the group's last edit at 10:23 …
        tell(session, STORIES[language])
        session.go_to(workshop.sections[current - 1].id)
        self.clock.advance(60)  # … and the screen opens at 10:24
        return session

    def _written(self, session: Session) -> Path:
        store = create_session(self.workspace, session)
        store.close()
        return store.path

    def _app(self, store: OpenSession | None = None, **options: object) -> FacilitatorApp:
        if store is not None:
            self.stores.append(store)
        app = FacilitatorApp(self.workspace, store=store, clock=self.clock, **options)  # type: ignore[arg-type]
        self.apps.append(app)
        return app

    def on_section(
        self, language: str, section: int, *, timer: int | None = None
    ) -> FacilitatorApp:
        """The session, open for writing, resting on another section than `section`, so that
        going there (in `run_before`) is an edit the status line reports as saved."""
        parked = 6 if section != 6 else 5
        session = self._session(language, parked)
        if timer is not None:
            section_id = session.workshop.sections[section - 1].id
            session.reset_timer(section_id)
            session.add_time(section_id, timer)
        return self._app(create_session(self.workspace, session), language=language)

    def read_only(self, language: str, section: int, **options: object) -> FacilitatorApp:
        path = self._written(self._session(language, section))
        return self._app(open_session(path, read_only=True), language=language, **options)

    def in_use(self, language: str, section: int) -> FacilitatorApp:
        """The session as `facilitator resume` opens it while another facilitator holds it:
        shown, then the question once its lock turns out to be taken."""
        path = self._written(self._session(language, section))
        holder = SessionLock(path)
        holder.acquire()
        self.holders.append(holder)
        return self._app(open_session(path, lock_later=True), language=language)

    def start(self, language: str) -> FacilitatorApp:
        """The start screen, with one unfinished session in the workspace."""
        self._written(self._session(language, 5))
        return self._app(language=language)

    def close(self) -> None:
        for app in self.apps:
            if app.controller.saver is not None:
                app.controller.saver.close()
        for store in self.stores:
            store.close()
        for holder in self.holders:
            holder.release()


@pytest.fixture
def apps(workspace: Workspace, clock: Clock) -> Iterator[Apps]:
    made = Apps(workspace, clock)
    yield made
    made.close()


# -- the main screens, in both languages -------------------------------------------------------


@each_size
@each_language
def test_start_screen(
    snap_compare: SnapCompare, apps: Apps, language: str, size: tuple[int, int]
) -> None:
    """Two built-in workshops to start from, and one unfinished session to resume."""
    assert snap_compare(apps.start(language), terminal_size=size, run_before=then())


@each_size
@pytest.mark.parametrize("section", list(SECTIONS.values()), ids=list(SECTIONS))
@each_language
def test_section(
    snap_compare: SnapCompare, apps: Apps, language: str, section: int, size: tuple[int, int]
) -> None:
    """Each section of step 2, filled in as a group would have it, just gone to."""
    app = apps.on_section(language, section)
    assert snap_compare(app, terminal_size=size, run_before=then(go_to(section)))


# -- dialogs and states, in Swedish --------------------------------------------------------------


@each_size
def test_meeting_details(snap_compare: SnapCompare, apps: Apps, size: tuple[int, int]) -> None:
    """F2: the meeting details with four participants in their roles."""
    app = apps.on_section("sv", 1)
    assert snap_compare(app, terminal_size=size, run_before=then(go_to(1), press("f2")))


@each_size
def test_commitment_with_a_date_in_the_past(
    snap_compare: SnapCompare, apps: Apps, size: tuple[int, int]
) -> None:
    """Enter on the second commitment (open), then a due date before today: the problem
    shows under the field."""
    app = apps.on_section("sv", 5)
    steps = then(go_to(5), press("down", "enter"), paste("2026-11-15", into="#commitment-due"))
    assert snap_compare(app, terminal_size=size, run_before=steps)


async def open_reservations(pilot: Pilot[None]) -> None:
    """Open the reservations of the first question that has any, as Enter on its button."""
    for question_id, entry in pilot.app.controller.session.questions.items():  # type: ignore[attr-defined]
        if entry.reservations:
            pilot.app.screen.query_one(f"#edit-res-{question_id}").focus()
            await pilot.press("enter")
            return
    raise AssertionError("the story has no reservation")


@each_size
def test_reservations(snap_compare: SnapCompare, apps: Apps, size: tuple[int, int]) -> None:
    """The reservations against one answer, opened from the checklist."""
    app = apps.on_section("sv", 2)
    assert snap_compare(app, terminal_size=size, run_before=then(go_to(2), open_reservations))


@each_size
def test_section_picker(snap_compare: SnapCompare, apps: Apps, size: tuple[int, int]) -> None:
    """Ctrl+G: every section with its state, the current one marked."""
    app = apps.on_section("sv", 2)
    assert snap_compare(app, terminal_size=size, run_before=then(go_to(2), press("ctrl+g")))


@each_size
def test_finish_confirmation(snap_compare: SnapCompare, apps: Apps, size: tuple[int, int]) -> None:
    """F9 on the wrap-up: finish and export, or cancel."""
    app = apps.on_section("sv", 6)
    assert snap_compare(app, terminal_size=size, run_before=then(go_to(6), press("f9")))


@each_size
def test_in_use(
    snap_compare: SnapCompare, apps: Apps, size: tuple[int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another facilitator holds the session: who, since when, and the offer to look only,
    over the session it holds."""
    monkeypatch.setattr(SessionLock, "in_use", lambda self: IN_USE)  # a path that stays put
    app = apps.in_use("sv", 2)
    assert snap_compare(app, terminal_size=size, run_before=then())


@each_size
def test_minutes_preview(snap_compare: SnapCompare, apps: Apps, size: tuple[int, int]) -> None:
    """F5: the minutes as they stand."""
    app = apps.on_section("sv", 6)
    assert snap_compare(app, terminal_size=size, run_before=then(go_to(6), press("f5")))


@each_size
def test_read_only(snap_compare: SnapCompare, apps: Apps, size: tuple[int, int]) -> None:
    """A session opened read-only: said in the status line, every field disabled."""
    app = apps.read_only("sv", 2)
    assert snap_compare(app, terminal_size=size, run_before=then(at_the_top))


@each_size
def test_save_failure(
    snap_compare: SnapCompare,
    apps: Apps,
    size: tuple[int, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The disk is full while the notes are typed: the status line says so, loudly."""

    def disk_full(path: Path, data: bytes) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    app = apps.on_section("sv", 1)
    monkeypatch.setattr(saver, "write_atomic", disk_full)
    notes = STORIES["sv"].notes[0] + "\nSiffran för möten är från i våras."
    steps = then(go_to(1), press("f3"), paste(notes))
    assert snap_compare(app, terminal_size=size, run_before=steps)


@each_size
def test_over_time(snap_compare: SnapCompare, apps: Apps, size: tuple[int, int]) -> None:
    """The checklist's 25 minutes ran out 2 min 10 s ago."""
    app = apps.on_section("sv", 2, timer=OVER_TIME_SECONDS)
    assert snap_compare(app, terminal_size=size, run_before=then(go_to(2)))


# -- present mode: the item the room decides, alone --------------------------------------------

PRESENT_SIZES = {"80x24": (80, 24), "120x40": (120, 40)}
MOTIVATIONS = {
    "sv": (
        "Två av fem i ledningsgruppen har varit med.\n"
        "De övriga har bara fått information via mejl.\n"
        "Vi behöver en gemensam genomgång i januari."
    ),
    "en": (
        "Two of five in the management group took part.\n"
        "The others were only told by email.\n"
        "We need a walk-through together in January."
    ),
}


def present_question(number: int, motivation: str) -> RunBefore:
    """Question `number` of the checklist given a motivation of three lines, its answer row
    given the cursor, and Ctrl+O."""

    async def step(pilot: Pilot[None]) -> None:
        app: FacilitatorApp = pilot.app  # type: ignore[assignment]
        view = session_screen(app).current_view
        assert view is not None
        question_id = view.section.questions[number - 1].id
        await paste(motivation, into=f"#motivation-{question_id}")(pilot)
        app.screen.query_one(f"#answer-{question_id}").focus()
        await pilot.press("ctrl+o")

    return step


@pytest.mark.parametrize(
    ("language", "size", "theme"),
    [
        ("sv", "80x24", "projector-light"),
        ("en", "80x24", "projector-dark"),
        ("en", "120x40", "projector-light"),
        ("sv", "120x40", "projector-dark"),
    ],
)
def test_present_question(
    snap_compare: SnapCompare, apps: Apps, language: str, size: str, theme: str
) -> None:
    """Ctrl+O on the checklist's second question: the question alone, the choices, the
    decision in words, the whole motivation and the reservation, with the position and the
    time box."""
    app = apps.on_section(language, 2)
    app.theme = theme
    steps = then(go_to(2), present_question(2, MOTIVATIONS[language]))
    assert snap_compare(app, terminal_size=PRESENT_SIZES[size], run_before=steps)


@pytest.mark.parametrize("section", [1, 3, 4, 5], ids=["text", "factor", "example", "commitment"])
def test_present_other_items(snap_compare: SnapCompare, apps: Apps, section: int) -> None:
    """Ctrl+O on the other kinds of section at 80×24: the text, a success factor with its
    assessment, an example with its reflection, the selected commitment."""
    app = apps.on_section("sv", section)
    steps = then(go_to(section), press("ctrl+o"))
    assert snap_compare(app, terminal_size=PRESENT_SIZES["80x24"], run_before=steps)


def cursor_in_item(number: int) -> RunBefore:
    """The cursor in the first field of the section's item `number` (1-based; the last if
    there are fewer), as Tab would bring it there: the page follows to show that item whole.
    On the commitments page, the cursor moves down the table to that commitment."""

    async def step(pilot: Pilot[None]) -> None:
        app: FacilitatorApp = pilot.app  # type: ignore[assignment]
        view = session_screen(app).current_view
        assert view is not None
        if isinstance(view, CommitmentsSectionView):
            view.first_field().focus()
            await pilot.press(*["down"] * (number - 1))
            return
        items = [w for w in view.query("*") if isinstance(w, view.ITEM_TYPES)]
        assert items, f"{view.id} has no items"
        item = items[min(number, len(items)) - 1]
        field = next(w for w in item.query("*") if w.focusable)
        field.focus()

    return step


ITEM_KINDS = {"figure": (1, 3), "question": (2, 3), "factor": (3, 4), "example": (4, 3)}
ITEM_KINDS["commitment"] = (5, 3)
CURRENT_ITEM_SIZES = {"80x24": (80, 24), "120x40": (120, 40)}


@pytest.mark.parametrize("size", list(CURRENT_ITEM_SIZES.values()), ids=list(CURRENT_ITEM_SIZES))
@pytest.mark.parametrize("kind", list(ITEM_KINDS), ids=list(ITEM_KINDS))
@each_language
def test_current_item(
    snap_compare: SnapCompare, apps: Apps, language: str, kind: str, size: tuple[int, int]
) -> None:
    """The cursor in an item further down each kind of section: the page has followed, and
    the item is whole on the screen (a question with its decision in words, a factor with
    its assessment and note, an example with its reflection, a key figure, the selected
    commitment under the table)."""
    section, number = ITEM_KINDS[kind]
    app = apps.on_section(language, section)
    steps = then(go_to(section), cursor_in_item(number))
    assert snap_compare(app, terminal_size=size, run_before=steps)


# -- a follow-up: what became of the earlier meeting's commitments ------------------------------


def followed_up(session: Session) -> None:
    """The group has said what became of the three commitments still open after the meeting
    of 2026-11-30: one done, one in progress with a new date and a comment, one replaced by
    a new commitment."""
    english = session.workshop.language == "en"
    session.set_outcome("c1", "done")
    session.set_outcome("c2", "ongoing")
    session.set_carried("c2", "new_due", "2027-04-30")
    comment = (
        "The budget is decided in April; the post is in the draft."
        if english
        else "Budgeten beslutas i april; tjänsten finns med i förslaget."
    )
    session.set_carried("c2", "comment", comment)
    what = (
        "Put meeting development into the 2028 operational plan"
        if english
        else "Ta upp mötesutveckling i verksamhetsplanen för 2028"
    )
    new = session.add_commitment(what, session.carried[2].who, "2027-06-30")
    session.set_outcome("c3", "replaced")
    session.set_carried("c3", "replaced_by", new.id.removeprefix("c"))


def cursor_in(selector: str) -> RunBefore:
    async def step(pilot: Pilot[None]) -> None:
        pilot.app.screen.query_one(selector).focus()

    return step


@pytest.mark.parametrize("size", list(CURRENT_ITEM_SIZES.values()), ids=list(CURRENT_ITEM_SIZES))
@each_language
def test_follow_up(
    snap_compare: SnapCompare, follow_ups: FollowUps, language: str, size: tuple[int, int]
) -> None:
    """A follow-up's first section with the cursor in the second commitment's new date: the
    commitment whole, with who, the date due then and what it answered, its outcome, its
    state in words, the new date and the comment; the third replaced by a new one."""
    app = follow_ups.app(language, prepare=followed_up)
    steps = then(at_the_top, cursor_in("#new-due-1"))
    assert snap_compare(app, terminal_size=size, run_before=steps)


def test_present_follow_up(snap_compare: SnapCompare, follow_ups: FollowUps) -> None:
    """Ctrl+O on the second earlier commitment at 80×24: what it was, its outcome to choose,
    its state in words and the comment."""
    app = follow_ups.app("sv", prepare=followed_up)
    steps = then(at_the_top, cursor_in("#outcome-1"), press("ctrl+o"))
    assert snap_compare(app, terminal_size=PRESENT_SIZES["80x24"], run_before=steps)
