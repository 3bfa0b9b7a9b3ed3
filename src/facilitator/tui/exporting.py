"""The screen's side of the minutes: finish, reopen, export and preview call the pure
exporters and say, in one calm line, where the files went.

Finishing freezes the session (see `Session.finish`), and only if its minutes were written:
a session marked finished without minutes could no longer be resumed, nor its minutes
written from the screen. Reopening is asked for, and recorded in the session.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from facilitator.domain.errors import FacilitatorError
from facilitator.tui.widgets.notice import Notice, show_notice

if TYPE_CHECKING:
    from facilitator.tui.app import FacilitatorApp


def export_all(app: FacilitatorApp) -> list[Path]:
    """Write every format into exports/, named after the session's file so that exporting
    again replaces this session's own earlier files. An empty list when they could not be
    written, said in one line; an error nobody could cause (a bug) is also logged."""
    from facilitator.export import write_exports
    from facilitator.export.undated import left_out_line
    from facilitator.tui.lifecycle import log_exception

    store = app.store
    try:
        paths = write_exports(
            app.session,
            app.workspace.ensure(app.workspace.exports),
            language=app.tr.language,
            session_file=store.path if store is not None else None,
        )
    except (OSError, FacilitatorError) as error:
        return _failed(app, str(error))
    except Exception as error:  # a bug in an exporter must not take the session with it
        log_exception(app.workspace.log_file, error, "writing the minutes")
        return _failed(app, f"{type(error).__name__}: {error}")
    names = " · ".join(p.name for p in paths)
    done = app.tr("export.done", folder=str(app.workspace.exports), files=names)
    left_out = left_out_line(app.session, app.tr.language)
    show_notice(app, f"{done}\n{left_out}" if left_out else done)
    return paths


def _failed(app: FacilitatorApp, error: str) -> list[Path]:
    app.notify(app.tr("export.failed", error=error), severity="error", timeout=15, markup=False)
    return []


def preview(app: FacilitatorApp) -> None:
    from facilitator.export import minutes_markdown
    from facilitator.tui.screens.dialogs import PreviewScreen

    app.push_screen(PreviewScreen(minutes_markdown(app.session, app.tr.language)))


def finish(app: FacilitatorApp) -> None:
    """Ask, then finish the session and write the minutes; if they cannot be written, the
    session stays unfinished (and says so) and nothing of the attempt is saved."""
    from facilitator.tui.screens.dialogs import ConfirmDialog

    tr = app.tr
    if app.session.finished:
        app.notify(tr("finish.already"), markup=False)
        return

    def answered(yes: bool | None) -> None:
        if not yes or app.session.finished:
            return
        app.count_time()  # the minutes give the time up to this moment
        before = app.session.updated
        app.apply(lambda s: s.finish())
        # No await from here on: the saver cannot write the finished session before the
        # minutes are known to be written.
        if not export_all(app):
            app.session.unfinish(before)
            app.notify(tr("finish.undone"), severity="error", timeout=15, markup=False)
            return
        app.call_later(show_anew, app)

    app.push_screen(
        ConfirmDialog(tr("finish.title"), tr("finish.text"), tr("finish.yes"), tr("dialog.cancel")),
        answered,
    )


def reopen(app: FacilitatorApp) -> None:
    """Ask, then open a finished session for changes again, on the record."""
    from facilitator.tui.screens.dialogs import ConfirmDialog

    tr = app.tr
    if not app.session.finished or app.read_only:
        return

    def answered(yes: bool | None) -> None:
        if not yes or not app.session.finished:
            return
        app.apply(lambda s: s.reopen())
        app.call_later(show_anew, app)

    app.push_screen(
        ConfirmDialog(tr("reopen.title"), tr("reopen.text"), tr("reopen.yes"), tr("dialog.cancel")),
        answered,
    )


async def show_anew(app: FacilitatorApp) -> None:
    """Show the session on a new screen, its fields open or closed to changes as the session
    now is (finished or not), at the section it was on."""
    from facilitator.tui.app import session_screen

    if app.screen.id != "session-screen":
        return
    said = [n.text for n in app.screen.query(Notice) if n.display]  # where the minutes went
    await app.pop_screen()
    await app.push_screen(app.sized(session_screen()))
    for text in said:
        show_notice(app, text)
