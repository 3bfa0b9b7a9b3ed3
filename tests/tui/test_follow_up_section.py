"""The follow-up of the earlier meeting's commitments on the screen: an outcome chosen on a
row of choices, a new date checked as it is typed, a comment, the commitment that replaces
one (typed, or added with one key), each commitment's state in words, the file on disk
afterwards, and the page at 80×24, read-only, finished and in present mode."""

from __future__ import annotations

from textual.widget import Widget
from textual.widgets import Button

from facilitator.domain.session import CarriedCommitment, Commitment, Session
from facilitator.tui.screens.commitment import CommitmentDialog
from facilitator.tui.screens.present import PresentScreen
from facilitator.tui.sections import SectionView
from facilitator.tui.widgets.choice import ChoiceRow
from facilitator.tui.widgets.notice import Notice

from .follow_ups import FollowUps, follow_ups_fixture  # noqa: F401 (the fixture)
from .helpers import layouts_seen, paste, saved, session_screen, status, text_of

SMALL = (80, 24)


def shown(app: object, selector: str) -> str:
    widget = session_screen(app).query_one(selector)  # type: ignore[arg-type]
    return text_of(widget)


def displayed(app: object, selector: str) -> bool:
    widget: Widget = session_screen(app).query_one(selector)  # type: ignore[arg-type]
    return widget.display


async def test_outcomes_are_chosen_with_keys_and_carried_into_the_commitments(
    follow_ups: FollowUps,
) -> None:
    app = follow_ups.app("sv")
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        row = app.focused
        assert isinstance(row, ChoiceRow) and row.id == "outcome-0"
        assert text_of(row) == "( ) Klar  ( ) Pågår  ( ) Ej påbörjad  ( ) Struken  ( ) Ersatt"
        assert shown(app, "#state-0") == "Inget utfall än"
        await pilot.press("1")
        assert shown(app, "#state-0") == "Utfall: Klar"
        assert not displayed(app, "#new-due-row-0")  # no new date for one done
        await pilot.press("right", "enter")
        assert shown(app, "#state-0") == "Utfall: Pågår"
        assert displayed(app, "#new-due-row-0")
        session_screen(app).query_one("#outcome-1").focus()
        await pilot.press("4")
        session_screen(app).query_one("#outcome-2").focus()
        await pilot.press("3")
        await pilot.pause()
        assert shown(app, "#state-1") == "Utfall: Struken"
        assert shown(app, "#state-2") == "Utfall: Ej påbörjad"
        assert status(app).startswith("Avsnitt 1 av 7: Uppföljning av åtaganden · Klart")
        await pilot.press("ctrl+q")
    document = saved(app)
    assert [(c["id"], c["outcome"]) for c in document["carried"]] == [
        ("c1", "ongoing"),
        ("c2", "dropped"),
        ("c3", "not-started"),
    ]
    assert [(c["id"], c["status"]) for c in document["commitments"]] == [
        ("c1", "open"),
        ("c2", "dropped"),
        ("c3", "open"),
    ]


async def test_a_new_date_is_checked_as_typed_and_kept_as_typed(follow_ups: FollowUps) -> None:
    app = follow_ups.app("en")
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        await pilot.press("2", "tab")
        assert app.focused is not None and app.focused.id == "new-due-0"
        await paste(pilot, "end of April")
        assert shown(app, "#new-due-problem-0") == "⚠ Write the date as YYYY-MM-DD"
        assert app.controller.session.carried[0].new_due == "end of April"  # kept
        assert shown(app, "#state-0") == "Outcome: In progress · New date ⚠ end of April"
        await paste(pilot, "2027-02-01")  # the follow-up meets on 2027-03-01
        assert shown(app, "#new-due-problem-0") == "⚠ The date has passed"
        await paste(pilot, "2027-04-30")
        assert not displayed(app, "#new-due-problem-0")
        assert shown(app, "#state-0") == "Outcome: In progress · New date 2027-04-30"
        await pilot.press("ctrl+q")
    document = saved(app)
    assert document["carried"][0]["new_due"] == "2027-04-30"
    assert document["carried"][0]["due"] == "2027-01-31"  # as it was
    assert document["commitments"][0]["due"] == "2027-04-30"  # the date it has now


async def test_a_comment_is_recorded(follow_ups: FollowUps) -> None:
    app = follow_ups.app("sv")
    comment = "Underlaget finns för två av tre enheter.\nEkonomi levererar i april."
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        await pilot.press("2", "tab", "tab")
        assert app.focused is not None and app.focused.id == "comment-0"
        await paste(pilot, comment)
        await pilot.press("ctrl+q")
    assert saved(app)["carried"][0]["comment"] == comment


async def test_a_replaced_commitment_names_the_new_one_or_adds_it(follow_ups: FollowUps) -> None:
    app = follow_ups.app("sv")
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        screen = session_screen(app)
        assert not displayed(app, "#replaced-row-1")
        screen.query_one("#outcome-1").focus()
        await pilot.press("5")
        assert displayed(app, "#replaced-row-1")
        assert not displayed(app, "#new-due-row-1")
        await pilot.press("tab")
        assert app.focused is not None and app.focused.id == "replaced-by-1"
        await paste(pilot, "9")
        problem = "⚠ Det finns inget åtagande nr 9 i detta möte"
        assert shown(app, "#replaced-problem-1") == problem
        await paste(pilot, "2")
        assert shown(app, "#replaced-problem-1") == "⚠ Ett åtagande kan inte ersätta sig självt"
        await paste(pilot, "")
        assert not displayed(app, "#replaced-problem-1")
        # The key beside it: a new commitment in its place, opened to be changed.
        await pilot.press("tab")
        assert isinstance(app.focused, Button) and app.focused.id == "replace-1"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, CommitmentDialog)
        what = app.screen.query_one("#commitment-what")
        assert text_of(what).startswith("Avsätt 20 % av en tjänst")  # to be changed
        await paste(pilot, "Ta upp mötesutveckling i verksamhetsplanen för 2028")
        await pilot.press("escape")
        await pilot.pause()
        assert shown(app, "#replaced-by-1") == "6"
        # Added on this page, it is said where it went, by the number it has (the carried
        # commitments keep theirs: it is the fourth in the list, number 6).
        notice = session_screen(app).query_one(Notice)
        assert text_of(notice).startswith("✓ Åtagande 6 tillagt: ”Ta upp mötesutveckling")
        assert shown(app, "#state-1") == "Utfall: Ersatt · Ersatt av nr 6"
        assert not displayed(app, "#replaced-problem-1")
        await pilot.press("ctrl+q")
    document = saved(app)
    carried = document["carried"][1]
    assert (carried["outcome"], carried["replaced_by"]) == ("replaced", "6")
    commitments = {c["id"]: c for c in document["commitments"]}
    assert commitments["c2"]["status"] == "dropped"
    assert commitments["c6"]["what"] == "Ta upp mötesutveckling i verksamhetsplanen för 2028"
    assert commitments["c6"]["who"] == carried["who"]
    assert commitments["c6"]["status"] == "open"


def followed_up(session: Session) -> None:
    session.set_outcome("c1", "ongoing")
    session.set_carried("c1", "new_due", "2027-04-30")
    session.set_carried("c1", "comment", "Ekonomi levererar i april.")
    session.set_outcome("c2", "replaced")
    session.set_carried("c2", "replaced_by", "3")
    session.set_outcome("c3", "done")


async def test_a_follow_up_opened_read_only_shows_it_and_changes_nothing(
    follow_ups: FollowUps,
) -> None:
    app = follow_ups.app("sv", prepare=followed_up, read_only=True)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        screen = session_screen(app)
        assert shown(app, "#state-0") == "Utfall: Pågår · Nytt datum 2027-04-30"
        assert shown(app, "#state-1") == "Utfall: Ersatt · Ersatt av nr 3"
        assert shown(app, "#new-due-0") == "2027-04-30"
        assert all(row.disabled for row in screen.query(ChoiceRow))
        assert screen.query_one("#replace-1", Button).disabled
        screen.query_one("#outcome-0").focus()
        await pilot.press("1")
        assert app.controller.session.carried[0].outcome == "ongoing"


async def test_a_finished_follow_up_cannot_be_changed(follow_ups: FollowUps) -> None:
    def finished(session: Session) -> None:
        followed_up(session)
        session.finish()

    app = follow_ups.app("en", prepare=finished)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        await session_screen(app).show_section(app.controller.session.workshop.sections[0].id)
        await pilot.pause()
        assert shown(app, "#state-2") == "Outcome: Done"
        assert all(row.disabled for row in session_screen(app).query(ChoiceRow))
        session_screen(app).query_one("#outcome-2").focus()
        await pilot.press("2")
        assert app.controller.session.carried[2].outcome == "done"


async def test_each_commitment_is_whole_on_a_small_screen(follow_ups: FollowUps) -> None:
    def long(session: Session) -> None:
        followed_up(session)
        session.set_carried("c1", "comment", "En rad.\nEn till.\nOch en tredje rad.")

    app = follow_ups.app("sv", prepare=long)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        view = session_screen(app).current_view
        assert isinstance(view, SectionView)
        checked = 0
        for field in [w for w in view.query("*") if w.focusable]:
            field.focus()
            await pilot.pause()
            item = view.item_of(field)
            if item is None:
                continue
            checked += 1
            assert view.scrollable_content_region.contains_region(item.region), (
                f"{item.id} cut off with the cursor in {field.id}"
            )
        assert checked >= 9  # outcome, date or replacement, comment: three each


async def test_present_mode_shows_a_commitment_and_takes_its_outcome(
    follow_ups: FollowUps,
) -> None:
    app = follow_ups.app("sv")
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        session_screen(app).query_one("#outcome-1").focus()
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert isinstance(app.screen, PresentScreen)
        heading = app.screen.query_one("#present-heading")
        assert text_of(heading).startswith("Nr 2 · Avsätt 20 % av en tjänst")
        assert text_of(app.screen.query_one("#present-decision")) == "Inget utfall än"
        await pilot.press("1")
        await pilot.pause()
        assert text_of(app.screen.query_one("#present-decision")) == "Utfall: Klar"
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert text_of(app.screen.query_one("#present-heading")).startswith("Nr 3 ·")
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert app.focused is not None and app.focused.id == "outcome-2"
        assert shown(app, "#state-1") == "Utfall: Klar"
        assert app.controller.session.carried[1].outcome == "done"


async def test_a_follow_up_with_nothing_left_open_says_so(follow_ups: FollowUps) -> None:
    app = follow_ups.app("en", prepare=lambda session: session.carried.clear())
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        view = session_screen(app).current_view
        assert view is not None
        hint = view.query_one(".hint")
        assert text_of(hint) == "The last meeting left no open commitments to follow up."
        assert app.focused is not None and app.focused.id == "notes"


async def test_a_long_list_opens_with_its_first_commitments_and_gets_the_rest(
    follow_ups: FollowUps,
) -> None:
    def many(session: Session) -> None:
        for number in range(10, 40):
            session.carried.append(CarriedCommitment(f"c{number}", f"Åtagande {number}"))
            session.commitments.append(Commitment(f"c{number}", f"Åtagande {number}"))

    app = follow_ups.app("sv", prepare=many)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        view = session_screen(app).current_view
        assert view is not None
        for _ in range(50):
            if len(view.query(".outcome")) == 33:
                break
            await pilot.pause(0.1)
        assert len(view.query(".outcome")) == 33
        view.query_one("#outcome-32").focus()
        await pilot.press("1")
        assert shown(app, "#state-32") == "Utfall: Klar"
        await pilot.press("ctrl+q")
    carried = saved(app)["carried"][32]
    assert (carried["id"], carried["what"], carried["outcome"]) == ("c39", "Åtagande 39", "done")


async def test_an_outcome_that_asks_for_the_same_fields_lays_nothing_out(
    follow_ups: FollowUps,
) -> None:
    """A page of many commitments is thousands of widgets, all laid out again for one that
    asks: choosing an outcome redraws its words and its choices, and lays the screen out only
    when a field comes or goes (the new date, for one done)."""
    app = follow_ups.app("sv")
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        with layouts_seen(session_screen(app)) as seen:
            await pilot.press("2")  # Pågår: the new date stays, as with no outcome
            await pilot.pause()
            assert shown(app, "#state-0") == "Utfall: Pågår"
            assert displayed(app, "#new-due-row-0")
            assert seen == []
            await pilot.press("1")  # Klar: no new date
            await pilot.pause()
            assert shown(app, "#state-0") == "Utfall: Klar"
            assert not displayed(app, "#new-due-row-0")
            assert seen
