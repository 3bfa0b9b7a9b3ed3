"""A meeting and its follow-up, through the screen as a facilitator would run them: the
first meeting answers a question, makes three commitments and is finished; `facilitator
follow-up` starts the next one from its file; the group confirms the meeting details, says
one commitment is done, one in progress with a new date and one dropped, answers the
question differently and finishes. The follow-up's file holds all of it, and the earlier
file is exactly as it was."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from tests.conftest import FrozenClock

from facilitator.export import minutes_markdown
from facilitator.paths import Workspace
from facilitator.storage.follow_ups import follow_up_of
from facilitator.storage.sessions import OpenSession, read_session, unwritten_session
from facilitator.tui.app import FacilitatorApp
from facilitator.tui.screens.commitment import CommitmentDialog
from facilitator.tui.screens.dialogs import ConfirmDialog
from facilitator.tui.screens.meeting import MeetingDialog

from .conftest import MakeApp
from .follow_ups import FOLLOW_UP_DAY
from .helpers import paste, saved, saved_section, session_path, status, text_of

SMALL = (80, 24)
COMMITMENTS = [
    ("Ta fram en mötespolicy", "Anna Andersson", "2027-01-15"),
    ("Avsätt en halv tjänst", "Bo Berg", "2027-02-01"),
    ("Bjud in ekonomichefen", "Cecilia Ek", "2027-02-15"),
]


async def run_the_first_meeting(app: FacilitatorApp) -> None:
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, MeetingDialog)
        await paste(pilot, "Ledningsgruppen")
        await pilot.press("tab")
        await paste(pilot, "Myndigheten för möten")
        await pilot.press("escape")
        await pilot.press("ctrl+n")  # the checklist
        assert status(app).startswith("Avsnitt 2 av 6: Checklista steg 2")
        await pilot.press("2")  # first question: Delvis
        for what, who, due in COMMITMENTS:
            await pilot.press("f4")
            assert isinstance(app.screen, CommitmentDialog)
            await paste(pilot, what)
            await pilot.press("tab")
            await paste(pilot, who)
            await pilot.press("tab")
            await paste(pilot, due)
            await pilot.press("escape")
        await pilot.press("f9")
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("enter")
        await pilot.pause(1.2)  # the autosave, within a second of the last change
        assert app.controller.session.finished
        await pilot.press("ctrl+q")


async def run_the_follow_up(app: FacilitatorApp) -> None:
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        # As after `facilitator new`: the meeting details first, carried over.
        assert isinstance(app.screen, MeetingDialog)
        title = app.screen.query_one("#meeting-title")
        assert text_of(title) == "Ledningsgruppen – uppföljning 1"
        assert text_of(app.screen.query_one("#meeting-organisation")) == "Myndigheten för möten"
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, MeetingDialog)
        assert status(app).startswith("Avsnitt 1 av 7: Uppföljning av åtaganden")
        assert app.focused is not None and app.focused.id == "outcome-0"
        await pilot.press("1")  # klar
        app.screen.query_one("#outcome-1").focus()
        await pilot.press("2", "tab")  # pågår, and a new date
        await paste(pilot, "2027-04-30")
        app.screen.query_one("#outcome-2").focus()
        await pilot.press("4")  # struken
        # The question answered Delvis last time is now Ja.
        await pilot.press("ctrl+n", "ctrl+n")
        assert status(app).startswith("Avsnitt 3 av 7: Checklista steg 2")
        await pilot.press("1")
        await pilot.press("f9")
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("enter")
        await pilot.pause(1.2)
        assert app.controller.session.finished
        await pilot.press("ctrl+q")


def commitments_of(document: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    return [(c["id"], c["what"], c["status"], c["due"]) for c in document["commitments"]]


async def test_a_follow_up_is_run_through_the_screen_and_the_earlier_file_is_left_as_it_was(
    make_app: MakeApp, workspace: Workspace
) -> None:
    first = make_app("sv", new=True)
    await run_the_first_meeting(first)
    earlier_path = session_path(first)
    earlier_bytes = earlier_path.read_bytes()
    earlier = tomllib.loads(earlier_bytes.decode("utf-8"))

    # `facilitator follow-up SESSION`: an unwritten follow-up, on the meeting details first.
    store: OpenSession = unwritten_session(workspace, follow_up_of(earlier_path, workspace))
    clock = FrozenClock(FOLLOW_UP_DAY)
    app = FacilitatorApp(workspace, store=store, clock=clock, new=True)
    try:
        await run_the_follow_up(app)
    finally:
        store.close()

    assert earlier_path.read_bytes() == earlier_bytes  # never touched
    document = saved(app)
    assert session_path(app) != earlier_path
    assert document["series"] == {
        "id": earlier["id"],
        "number": 2,
        "follows": Path(earlier_path).name,
        "follows_id": earlier["id"],
    }
    assert [(c["id"], c["what"], c["due"], c["outcome"]) for c in document["carried"]] == [
        ("c1", "Ta fram en mötespolicy", "2027-01-15", "done"),
        ("c2", "Avsätt en halv tjänst", "2027-02-01", "ongoing"),
        ("c3", "Bjud in ekonomichefen", "2027-02-15", "dropped"),
    ]
    assert document["carried"][1]["new_due"] == "2027-04-30"
    assert commitments_of(document) == [
        ("c1", "Ta fram en mötespolicy", "done", "2027-01-15"),
        ("c2", "Avsätt en halv tjänst", "open", "2027-04-30"),
        ("c3", "Bjud in ekonomichefen", "dropped", "2027-02-15"),
    ]
    assert {c["origin"] for c in document["commitments"]} == {earlier["id"]}
    first_question = saved_section(document, "checklista")["questions"][0]
    assert first_question["answer"] == "ja"
    assert saved_section(earlier, "checklista")["questions"][0]["answer"] == "delvis"
    assert document["finished_at"]
    # The minutes have a § for the follow-up of commitments, with each outcome in words.
    minutes = minutes_markdown(read_session(Path(session_path(app))))
    follow_up_part = minutes[minutes.index("Uppföljning av åtaganden") :]
    for words in ("Ta fram en mötespolicy", "Klar", "Pågår", "2027-04-30", "Struken"):
        assert words in follow_up_part
