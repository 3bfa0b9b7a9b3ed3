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
