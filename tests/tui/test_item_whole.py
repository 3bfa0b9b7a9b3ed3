"""On a projector at 80×24 the room sees the whole item it is deciding: as the cursor goes
through every field of every section, the item it is in (a question with its answers,
decision, motivation and reservations; a success factor with its assessment and note; an
example with its reflection; a key figure) is entirely on the screen, and so is the selected
commitment under the table."""

from __future__ import annotations

from tests.conftest import FrozenClock
from tests.tui.conftest import MakeApp
from tests.tui.follow_up_apps import WEEKS_LATER
from tests.tui.helpers import session_screen
from textual.widget import Widget
from textual.widgets import DataTable

from facilitator.domain.follow_up import start_follow_up
from facilitator.domain.session import Session
from facilitator.paths import Workspace
from facilitator.storage.catalog import resolve_workshop
from facilitator.storage.sessions import create_session
from facilitator.tui.app import FacilitatorApp
from facilitator.tui.sections import VIEWS, SectionView
from facilitator.tui.sections.commitments import CommitmentsSectionView
from facilitator.tui.widgets.last_time import LastTime

SMALL = (80, 24)
MOTIVATION = (
    "Underlaget finns men är spritt över flera system\n"
    "och ingen har ansvar för att hålla det aktuellt,\n"
    "så vi svarar delvis tills ett ansvar är utsett."
)


def a_full_meeting(session: Session) -> None:
    """Every item answered at length, as a real meeting leaves it."""
    workshop = session.workshop
    for question in workshop.questions():
        session.set_question(question.id, "answer", "delvis")
        session.set_question(question.id, "agreement", "majority")
        session.set_question(question.id, "motivation", MOTIVATION)
        session.add_reservation(question.id, "Eva Nilsson", "Vill vänta på revisionen")
        session.add_reservation(question.id, "Anna-Karin Lindqvist", "Saknar en budget")
    for section in workshop.sections:
        for item in section.items:
            session.set_assessment(item.id, "note", "Vi har börjat.\nMen inte överallt.")
        for example in section.examples:
            session.set_reflection(example.id, "Det här känner vi igen.\nHos oss saknas det.")
    for number in range(1, 13):
        session.add_commitment(
            f"Ta fram ett gemensamt underlag för beslut, nummer {number}, och sprida det",
            "Eva Nilsson",
            "2027-01-15",
        )


def inside(item: Widget, view: SectionView) -> bool:
    return view.scrollable_content_region.contains_region(item.region)


async def test_the_item_with_the_cursor_is_always_whole_on_a_small_screen(
    make_app: MakeApp,
) -> None:
    app = make_app("sv", prepare=a_full_meeting)
    # Every question, factor, example and figure of the workshop is met.
    checked, _ = await every_item_whole(app)
    assert checked >= 30


async def test_in_a_follow_up_too_with_last_times_line(
    workspace: Workspace, clock: FrozenClock
) -> None:
    """A follow-up's items have one more line, last time's answer: still whole."""
    earlier = Session(resolve_workshop(None, workspace, "sv"), clock=clock)
    a_full_meeting(earlier)
    clock.advance(WEEKS_LATER)
    session = start_follow_up(earlier, follows="earlier.toml", clock=clock)
    a_full_meeting(session)
    session.go_to(next(s.id for s in session.workshop.sections if s.kind in VIEWS))
    store = create_session(workspace, session)
    try:
        app = FacilitatorApp(workspace, store=store, clock=clock)
        checked, with_last_time = await every_item_whole(app)
        assert checked >= 30
        # Each question, factor and figure was met with its line about last time.
        assert with_last_time >= 4 + 6 + 3
    finally:
        store.close()


async def every_item_whole(app: FacilitatorApp) -> tuple[int, int]:
    """Walk the cursor through every field of every section at 80×24, asserting the item it
    is in is whole on the screen; how many times an item was met, and how many of the
    different items had a line about last time."""
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        screen = session_screen(app)
        checked, with_last_time = 0, set()
        shown = [s for s in app.controller.session.workshop.sections if s.kind in VIEWS]
        for section in shown:
            await screen.show_section(section.id)
            await pilot.pause()
            view = screen.current_view
            assert isinstance(view, SectionView)
            fields = [w for w in view.query("*") if w.focusable]
            for field in fields:
                field.focus()
                await pilot.pause()
                item = view.item_of(field)
                if item is None:
                    continue
                checked += 1
                if item.query(LastTime):
                    with_last_time.add(item.id)
                assert inside(item, view), (
                    f"{section.id}: {item.id} cut off with the cursor in {field.id}: "
                    f"{item.region} outside {view.scrollable_content_region}"
                )
    return checked, len(with_last_time)


async def test_the_selected_commitment_is_whole_under_the_table(make_app: MakeApp) -> None:
    app = make_app("sv", prepare=a_full_meeting)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        screen = session_screen(app)
        await screen.show_section("ataganden")
        await pilot.pause()
        view = screen.current_view
        assert isinstance(view, CommitmentsSectionView)
        table = view.query_one(DataTable)
        table.focus()
        detail = view.query_one("#commitment-detail")
        for _ in range(len(app.controller.session.commitments)):
            await pilot.press("down")
            await pilot.pause()
            assert inside(detail, view), f"row {table.cursor_row}: {detail.region}"
