"""Keys typed fast arrive in one burst: a Tab among them moves the cursor before the keys
after it are handed out, so each word lands in the field it was typed for."""

from __future__ import annotations

from tests.tui.conftest import MakeApp
from tests.tui.helpers import session_screen
from textual import events

from facilitator.tui.screens.meeting import MeetingDialog
from facilitator.tui.screens.reservations import ReservationsDialog


def burst(app: object, *keys: str) -> None:
    """Post every key at once, as a terminal's driver does with a burst of input."""
    for key in keys:
        if key in ("tab", "shift+tab"):
            app.post_message(events.Key(key, "\t" if key == "tab" else None))  # type: ignore[attr-defined]
        else:
            for char in key:
                name = "space" if char == " " else char
                app.post_message(events.Key(name, char))  # type: ignore[attr-defined]


async def test_a_reservation_typed_fast_keeps_who_and_why_apart(make_app: MakeApp) -> None:
    app = make_app("sv")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = session_screen(app)
        await screen.show_section("checklista")
        await pilot.pause()
        screen.current_view.query(".edit-reservations").first().press()  # type: ignore[union-attr]
        await pilot.pause()
        assert isinstance(app.screen, ReservationsDialog)
        burst(app, "Eva Nilsson", "tab", "Vill vänta")
        await pilot.pause()
        reservation = app.controller.session.questions["underlag-finns"].reservations[0]
        assert (reservation.who, reservation.why) == ("Eva Nilsson", "Vill vänta")


async def test_participants_typed_fast_keep_their_own_order(make_app: MakeApp) -> None:
    """The participants' own Tab order (name, role, ✕) is kept in a burst too."""
    app = make_app("sv", prepare=lambda s: s.add_participant())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("f2")
        await pilot.pause()
        assert isinstance(app.screen, MeetingDialog)
        app.screen.query_one("#participant-0-name").focus()
        await pilot.pause()
        burst(app, "Anna", "tab")
        await pilot.pause()
        assert app.focused is not None and app.focused.id == "participant-0-role"
        assert app.controller.session.meeting.participants[0].name == "Anna"
