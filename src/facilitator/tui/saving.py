"""When saving goes wrong: the reason in words, saving somewhere else, the emergency copy,
and a folder that takes no file at all.

The App calls these; they live here so that `app.py` stays about the session's life.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING

from facilitator.i18n import STRINGS, Translator
from facilitator.storage.sessions import OpenSession
from facilitator.tui.lifecycle import note_in_log

if TYPE_CHECKING:
    from facilitator.tui.app import FacilitatorApp
    from facilitator.tui.saver import Saver, SaveState


def reason(tr: Translator, code: str, error: str) -> str:
    """Why a save failed: in the UI's language for the errors a person can do something about
    (`code` is the errno's name, as `saver.error_code` gives it), else the system's words."""
    known = f"errno.{code}"
    return tr(known) if known in STRINGS else error


def state_reason(tr: Translator, state: SaveState) -> str:
    return reason(tr, state.error_code, state.error)


def error_reason(tr: Translator, error: OSError) -> str:
    from facilitator.tui.saver import describe, error_code

    return reason(tr, error_code(error), describe(error))


def offer_read_only(
    app: FacilitatorApp,
    store: OpenSession,
    error: OSError,
    show: Callable[[OpenSession], Awaitable[None] | None],
) -> None:
    """The session's folder takes no file (a read-only disk, no permission): say so, in
    words, and offer to look at the session read-only (`show` shows `store`), or quit."""
    from facilitator.tui.screens.dialogs import ConfirmDialog

    tr = app.tr
    why = error_reason(tr, error)
    text = tr("cannot_write.text", folder=str(store.path.parent), reason=why)
    dialog = ConfirmDialog(
        tr("cannot_write.title"), text, tr("in_use.read_only"), tr("in_use.quit")
    )

    def answered(read: bool | None) -> None:
        if read:
            app.call_later(show, store)
        else:
            app.exit()

    app.push_screen(app.sized(dialog), answered)


def save_elsewhere(app: FacilitatorApp, saver: Saver) -> None:
    """F7: save the session to another file and keep saving there (see the dialog)."""
    from facilitator.tui.screens.save_elsewhere import SaveElsewhereDialog

    why = state_reason(app.tr, saver.state) if saver.state.error else ""

    def saved(path: Path | None) -> None:
        if path is not None:
            app.notify(app.tr("elsewhere.done", path=str(path)), markup=False)

    dialog = SaveElsewhereDialog(saver.path, saver.saving_to, why, saver.save_to)
    app.push_screen(app.sized(dialog), saved)


def leave_emergency_copy(saver: Saver, tr: Translator, log_file: Path) -> tuple[Path | None, str]:
    """The last save failed as the app ends: write the whole session where it can go (see
    `storage.emergency`); the copy's path and the one line that says what happened, which
    also goes to the log (a closed terminal cannot show it)."""
    copy = saver.emergency_copy()
    where = str(saver.saving_to)
    why = state_reason(tr, saver.state)
    if copy is not None:
        line = tr("launch.emergency", path=where, error=why, copy=str(copy))
    else:
        line = tr("launch.no_emergency", path=where, error=why)
    note_in_log(log_file, line)
    return copy, line
