"""The wrap-up of a follow-up shows the series' trend: each key figure and answer meeting by
meeting, the open session's own column following its edits. The earlier files are read on
a worker, and nothing is written to them."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Sparkline

from facilitator.paths import Workspace
from facilitator.storage.sessions import read_session, save_session
from facilitator.tui.app import FacilitatorApp
from facilitator.tui.controller import Part
from facilitator.tui.widgets.trend import SeriesTrend
from unit.series_files import write_series

from .conftest import MakeApp
from .helpers import SIZE, session_screen, text_of


def at_wrapup(workspace: Workspace) -> tuple[list[Path], dict[Path, bytes]]:
    paths = write_series(workspace.sessions, "sv")
    last = read_session(paths[2])
    last.current_section = "avslut"
    save_session(paths[2], last)
    return paths, {p: p.read_bytes() for p in paths[:2]}


def trend_text(app: FacilitatorApp) -> str:
    widget = session_screen(app).query_one("#view-avslut #series-trend", SeriesTrend)
    return "\n".join(text_of(w) for w in widget.query("Literal, Static"))


async def test_the_wrap_up_of_a_follow_up_shows_the_trend_and_follows_edits(
    workspace: Workspace, reopen_app: MakeApp
) -> None:
    paths, before = at_wrapup(workspace)
    app = reopen_app(paths[2])
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        shown = trend_text(app)
        assert "Utveckling sedan tidigare möten" in shown
        assert "Möte: 1 (2026-11-30) → 2 (2027-03-01) → 3 (2027-06-01)" in shown
        assert "• Andel av arbetstiden som går till möten: 38,5 → 31 → 27,5" in shown
        assert "• Finns det ett bra besluts- och uppföljningsunderlag?: Delvis → Ja → Ja" in shown
        assert len(session_screen(app).query(Sparkline)) == 1  # the one figure that moved
        # An edit in this meeting shows in its column at once; the files are not read again.
        app.controller.edit(lambda s: s.set_figure("motestid", "value", "20"), Part.FIGURE)
        await pilot.pause()
        assert "• Andel av arbetstiden som går till möten: 38,5 → 31 → 20" in trend_text(app)
    assert {p: p.read_bytes() for p in paths[:2]} == before
    assert sorted(p.name for p in workspace.sessions.glob("*.toml")) == [p.name for p in paths]


async def test_a_first_meeting_has_no_trend_on_its_wrap_up(make_app: MakeApp) -> None:
    app = make_app("sv")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+g", "end", "enter")
        await pilot.pause()
        assert not session_screen(app).query(SeriesTrend)
