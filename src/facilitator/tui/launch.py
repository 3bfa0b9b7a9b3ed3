"""From the command line to the screen: open or create the session, run, exit with a status.

Only this module and below import Textual, so `facilitator export` and friends stay quick.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from facilitator.cli import say
from facilitator.domain.errors import FacilitatorError, SessionTooNew, SessionWriteProtected
from facilitator.domain.session import Session
from facilitator.i18n import Translator, ui_language
from facilitator.paths import Workspace
from facilitator.storage.sessions import (
    OpenSession,
    latest_unfinished,
    open_session,
    unwritten_session,
)
from facilitator.tui.app import FacilitatorApp
from facilitator.tui.lifecycle import (
    keep_exit_lines_whole,
    remember_terminal,
    tolerate_invalid_input,
)


def launch(args: argparse.Namespace, workspace: Workspace) -> int:
    store: OpenSession | None = None
    notice = ""
    if args.command == "new":
        from facilitator.storage.catalog import resolve_workshop  # PyYAML only for `new`

        workshop = resolve_workshop(args.workshop, workspace, args.lang)
        # Its file is written once the meeting details are on the screen (see the App).
        store = unwritten_session(workspace, Session(workshop))
    elif args.command == "resume":
        path = Path(args.session) if args.session else latest_unfinished(workspace)
        if path is None:
            raise FacilitatorError(f"no unfinished session in {workspace.sessions}")
        if args.read_only:
            store = open_session(path, read_only=True)
        else:
            try:
                # Its lock is taken once the session is on the screen (see the App).
                store = open_session(path, lock_later=True)
            except SessionTooNew as error:
                store = open_session(path, read_only=True)
                notice = str(error)
            except SessionWriteProtected:
                store = open_session(path, read_only=True)
                notice = said(args, store, "open.write_protected", path=str(store.path))
            else:
                if path.is_symlink():
                    notice = said(
                        args, store, "open.through_link", link=str(path), path=str(store.path)
                    )
    app = FacilitatorApp(
        workspace,
        store=store,
        language=args.lang,
        theme=args.theme,
        new=args.command == "new",
        notice=notice,
    )
    tolerate_invalid_input()
    remember_terminal()
    keep_exit_lines_whole(app.error_console)
    try:
        app.run()
    finally:
        app.close_store()
    if app.start_error is not None:
        raise app.start_error
    if app.exit_note:  # the last save failed: what was lost, and where its copy is
        say(app.exit_note, error=True)
    if app.exit_signal:
        return 128 + app.exit_signal
    if app.return_code:
        return app.return_code
    if app.store is not None and not app.store.read_only:
        saved_in = app.saver.moved_to if app.saver and app.saver.moved_to else app.store.path
        if app.saver is not None and app.saver.state.error:
            if not app.exit_note:
                problem = app.saver.state.error
                say(app.tr("launch.not_saved", path=str(saved_in), error=problem), error=True)
            return 1
        say(saved_hint(app, saved_in), error=True)
    return 0


def said(args: argparse.Namespace, store: OpenSession, key: str, **values: str) -> str:
    """A notice in the language the app will speak."""
    tr = Translator(ui_language(args.lang, store.session.workshop.language))
    return tr(key, **values)


def saved_hint(app: FacilitatorApp, saved_in: Path) -> str:
    """The line left in the terminal: where the work is, and what to run next. `facilitator
    resume` alone only finds unfinished sessions, so a finished one is pointed to its minutes
    and to the commands that take its file."""
    if app.session.finished:
        return app.tr(
            "launch.saved_finished", path=str(saved_in), folder=str(app.workspace.exports)
        )
    key = "launch.saved_elsewhere" if app.saver and app.saver.chosen else "launch.saved"
    return app.tr(key, path=str(saved_in))
