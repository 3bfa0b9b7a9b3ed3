"""When saving goes wrong: the reason in words, and the emergency copy.

Plain Python, as the controller that calls them is. The dialogs that offer saving elsewhere
or looking at a session read-only are in `screens/`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from facilitator.i18n import STRINGS, Translator
from facilitator.tui.lifecycle import note_in_log

if TYPE_CHECKING:
    from facilitator.tui.saver import Saver, SaveState


def reason(tr: Translator, code: str, error: str) -> str:
    """Why a save failed: in the UI's language for the errors a person can do something about
    (`code` is the errno's name, as `saver.error_code` gives it), else the system's words."""
    known = f"errno.{code}"
    return tr(known) if known in STRINGS else error


def state_reason(tr: Translator, state: SaveState) -> str:
    return reason(tr, state.error_code, state.error)


def tilde(path: Path) -> str:
    """`path` with the home folder as ~, for a status line that has little room."""
    try:
        return f"~/{path.relative_to(Path.home())}"
    except (ValueError, RuntimeError, KeyError):
        return str(path)


def save_state_line(tr: Translator, state: SaveState, *, read_only: bool) -> tuple[str, bool]:
    """What the top line says of saving, and whether it failed: the session screen and
    present mode say the same."""
    if read_only:
        return tr("status.read_only_detail"), False
    if state.error:  # a failure outranks every other state: nothing may hide it
        return tr("status.save_failed", error=state_reason(tr, state)), True
    if state.moved_to is not None and state.chosen and state.saved_at is not None:
        time = state.saved_at.strftime("%H:%M:%S")
        return tr("status.saved_elsewhere", time=time, path=tilde(state.moved_to)), False
    if state.moved_to is not None:
        return tr("status.moved", name=state.moved_to.name), True
    if state.saved_at is None:
        return tr("status.not_saved_yet"), False
    return tr("status.saved", time=state.saved_at.strftime("%H:%M:%S")), False


def error_reason(tr: Translator, error: OSError) -> str:
    from facilitator.tui.saver import describe, error_code

    return reason(tr, error_code(error), describe(error))


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
