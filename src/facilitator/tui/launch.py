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
from facilitator.tui.controller import SessionController
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
    elif args.command == "follow-up":
        from facilitator.storage.follow_ups import follow_up_of

        # Like a new session: written once its meeting details, carried over, are confirmed.
        store = unwritten_session(workspace, follow_up_of(Path(args.session), workspace))
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
        new=args.command in ("new", "follow-up"),
        notice=notice,
    )
    tolerate_invalid_input()
    remember_terminal()
    keep_exit_lines_whole(app.error_console)
    controller = app.controller
    try:
        app.run()
    finally:
        controller.close()
    if controller.start_error is not None:
        raise controller.start_error
    if controller.exit_note:  # the last save failed: what was lost, and where its copy is
        say(controller.exit_note, error=True)
    if app.exit_signal:
        return 128 + app.exit_signal
    if app.return_code:
        return app.return_code
    store, saver = controller.store, controller.saver
    if store is not None and not store.read_only:
        saved_in = saver.moved_to if saver and saver.moved_to else store.path
        if saver is not None and saver.state.error:
            if not controller.exit_note:
                problem = saver.state.error
                say(
                    controller.tr("launch.not_saved", path=str(saved_in), error=problem), error=True
                )
            return 1
        say(saved_hint(controller, saved_in), error=True)
    return 0


def said(args: argparse.Namespace, store: OpenSession, key: str, **values: str) -> str:
    """A notice in the language the app will speak."""
    tr = Translator(ui_language(args.lang, store.session.workshop.language))
    return tr(key, **values)


def saved_hint(controller: SessionController, saved_in: Path) -> str:
    """The line left in the terminal: where the work is, and what to run next. `facilitator
    resume` alone only finds unfinished sessions, so a finished one is pointed to its minutes
    and to the commands that take its file."""
    tr = controller.tr
    if controller.session.finished:
        folder = str(controller.workspace.exports)
        return tr("launch.saved_finished", path=str(saved_in), folder=folder)
    key = (
        "launch.saved_elsewhere" if controller.saver and controller.saver.chosen else "launch.saved"
    )
    return tr(key, path=str(saved_in))
