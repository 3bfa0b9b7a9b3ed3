"""Writing a follow-up's minutes from the screen (F6): the page draws the key figures over
the whole series read from its files, and a meeting of the series that cannot be read is
said in the notice while the files are written all the same."""

from __future__ import annotations

from tests.tui.conftest import MakeApp
from tests.unit.series_files import write_series
from tests.unit.test_follow_up_export_cli import meeting_time_chart

from facilitator.paths import Workspace
from facilitator.tui.widgets.notice import Notice


async def test_f6_on_a_follow_up_draws_the_whole_series(
    workspace: Workspace, reopen_app: MakeApp
) -> None:
    paths = write_series(workspace.sessions, "sv")
    app = reopen_app(paths[2])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("f6")
        await pilot.pause()
        said = meeting_time_chart((workspace.exports / f"{paths[2].stem}.html").read_text("utf-8"))
    assert all(value in said for value in ("38,5", "31", "27,5")), said


async def test_a_meeting_that_cannot_be_read_is_said_in_the_notice(
    workspace: Workspace, reopen_app: MakeApp
) -> None:
    paths = write_series(workspace.sessions, "sv")
    paths[0].write_text("inte en session\n", encoding="utf-8")
    app = reopen_app(paths[2])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("f6")
        await pilot.pause()
        notice = app.screen.query_one(Notice).text
        assert (workspace.exports / f"{paths[2].stem}.html").exists()
    lines = notice.splitlines()
    assert paths[0].name in lines[1] and "kunde inte läsas" in lines[1], notice
    assert "Traceback" not in notice
