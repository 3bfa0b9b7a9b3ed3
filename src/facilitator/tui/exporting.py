"""The screen's side of the minutes: finish, export and preview call the pure exporters
and say, in one calm line, where the files went."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from facilitator.domain.errors import FacilitatorError

if TYPE_CHECKING:
    from facilitator.tui.app import FacilitatorApp


def export_all(app: FacilitatorApp) -> list[Path]:
    from facilitator.export import write_exports
    from facilitator.export.undated import left_out_line

    try:
        paths = write_exports(
            app.session, app.workspace.ensure(app.workspace.exports), language=app.tr.language
        )
    except (OSError, FacilitatorError) as error:
        app.notify(
            app.tr("export.failed", error=str(error)), severity="error", timeout=15, markup=False
        )
        return []
    names = ", ".join(p.name for p in paths)
    done = app.tr("export.done", folder=str(app.workspace.exports), files=names)
    left_out = left_out_line(app.session, app.tr.language)
    app.notify(
        f"{done}\n{left_out}" if left_out else done,
        timeout=15,
        markup=False,
    )
    return paths


def preview(app: FacilitatorApp) -> None:
    from facilitator.export import minutes_markdown
    from facilitator.tui.screens.dialogs import PreviewScreen

    app.push_screen(PreviewScreen(minutes_markdown(app.session, app.tr.language)))


def finish(app: FacilitatorApp) -> None:
    """Ask, then mark the session finished and write the minutes. A finished session can be
    reopened from the wrap-up screen."""
    from facilitator.tui.screens.dialogs import ConfirmDialog

    tr = app.tr
    if app.session.finished:
        app.apply(lambda s: s.reopen())
        app.call_later(app.screen.session_changed)  # type: ignore[attr-defined]
        return

    def answered(yes: bool | None) -> None:
        if not yes:
            return
        app.apply(lambda s: s.finish())
        export_all(app)
        for screen in app.screen_stack:
            if screen.id == "session-screen":
                app.call_later(screen.session_changed)  # type: ignore[attr-defined]

    app.push_screen(
        ConfirmDialog(tr("finish.title"), tr("finish.text"), tr("finish.yes"), tr("dialog.cancel")),
        answered,
    )
