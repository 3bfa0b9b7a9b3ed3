"""The screen's side of the minutes: finish, reopen, export and preview call the pure
exporters and say, in one calm line, where the files went.

Finishing freezes the session (see `Session.finish`), and only if its minutes were written:
a session marked finished without minutes could no longer be resumed, nor its minutes
written from the screen. Reopening is asked for, and recorded in the session.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.app import App

from facilitator.domain.errors import FacilitatorError
from facilitator.domain.trend import Trend
from facilitator.tui.controller import SessionController
from facilitator.tui.widgets.notice import show_notice


def export_all(app: App[Any], controller: SessionController) -> list[Path]:
    """Write every format into exports/, named after the session's file so that exporting
    again replaces this session's own earlier files. An empty list when they could not be
    written, said in one line; an error nobody could cause (a bug) is also logged."""
    from facilitator.export import write_exports
    from facilitator.export.undated import left_out_line
    from facilitator.tui.lifecycle import log_exception

    store, workspace, tr = controller.store, controller.workspace, controller.tr
    try:
        trend, problems = _series_trend(controller)
        paths = write_exports(
            controller.session,
            workspace.ensure(workspace.exports),
            language=tr.language,
            session_file=store.path if store is not None else None,
            trend=trend,
        )
    except (OSError, FacilitatorError) as error:
        return _failed(app, controller, str(error))
    except Exception as error:  # a bug in an exporter must not take the session with it
        log_exception(workspace.log_file, error, "writing the minutes")
        return _failed(app, controller, f"{type(error).__name__}: {error}")
    names = " · ".join(p.name for p in paths)
    done = tr("export.done", folder=str(workspace.exports), files=names)
    said = [done, *problems]
    if left_out := left_out_line(controller.session, tr.language):
        said.append(left_out)
    show_notice(app, "\n".join(said))
    return paths


def _series_trend(controller: SessionController) -> tuple[Trend | None, list[str]]:
    """A follow-up's series, read from its files for the key figures' trend in the page;
    what could not be read is said in the notice, and the page is written all the same."""
    if controller.session.series is None or controller.store is None:
        return None, []
    from facilitator.storage.series import minutes_trend

    return minutes_trend(
        controller.session, controller.store.path, controller.workspace, controller.tr.language
    )


def _failed(app: App[Any], controller: SessionController, error: str) -> list[Path]:
    app.notify(
        controller.tr("export.failed", error=error), severity="error", timeout=15, markup=False
    )
    return []


def preview(app: App[Any], controller: SessionController) -> None:
    from facilitator.export import minutes_markdown
    from facilitator.tui.screens.dialogs import PreviewScreen

    tr = controller.tr
    app.push_screen(PreviewScreen(tr, minutes_markdown(controller.session, tr.language)))


def finish(app: App[Any], controller: SessionController) -> None:
    """Ask, then finish the session and write the minutes; if they cannot be written, the
    session stays unfinished (and says so) and nothing of the attempt is saved."""
    from facilitator.tui.screens.dialogs import ConfirmDialog

    tr = controller.tr
    if controller.session.finished:
        app.notify(tr("finish.already"), markup=False)
        return

    def answered(yes: bool | None) -> None:
        if not yes or controller.session.finished:
            return
        controller.count_time()  # the minutes give the time up to this moment
        before = controller.session.updated
        controller.apply(lambda s: s.finish())
        # No await from here on: the saver cannot write the finished session before the
        # minutes are known to be written.
        if not export_all(app, controller):
            controller.session.unfinish(before)
            app.notify(tr("finish.undone"), severity="error", timeout=15, markup=False)
            return
        controller.replaced()  # shown anew, its fields closed

    app.push_screen(
        ConfirmDialog(tr("finish.title"), tr("finish.text"), tr("finish.yes"), tr("dialog.cancel")),
        answered,
    )


def reopen(app: App[Any], controller: SessionController) -> None:
    """Ask, then open a finished session for changes again, on the record."""
    from facilitator.tui.screens.dialogs import ConfirmDialog

    tr = controller.tr
    if not controller.session.finished or controller.read_only:
        return

    def answered(yes: bool | None) -> None:
        if not yes or not controller.session.finished:
            return
        controller.apply(lambda s: s.reopen())
        controller.replaced()  # shown anew, its fields open

    app.push_screen(
        ConfirmDialog(tr("reopen.title"), tr("reopen.text"), tr("reopen.yes"), tr("dialog.cancel")),
        answered,
    )
