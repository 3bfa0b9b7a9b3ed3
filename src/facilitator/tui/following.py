"""Starting a follow-up from inside the app: "Följ upp" on the start screen (a finished
session in the list) and on the wrap-up of a finished session.

The earlier file is only read (`storage.follow_ups.follow_up_of`); the follow-up is opened
like a new session, its meeting details first, and written once they are on the screen, as
`facilitator follow-up` does. Plain Python: screens call it with their controller.
"""

from __future__ import annotations

from pathlib import Path

from facilitator.domain.errors import FacilitatorError
from facilitator.storage.sessions import unwritten_session
from facilitator.tui.controller import SessionController
from facilitator.tui.saving import state_reason


def open_session_file(controller: SessionController) -> Path | None:
    """Where the open session is on disk now (saved elsewhere after a failed save, it is
    there, not where it was opened)."""
    if controller.store is None:
        return None
    saver = controller.saver
    return saver.moved_to if saver is not None and saver.moved_to else controller.store.path


def open_follow_up(controller: SessionController, earlier: Path) -> str:
    """Open a follow-up of the session in `earlier`, in place of any session open now
    (saved first). The line to show at the place when it cannot be done, else ""."""
    tr = controller.tr
    if controller.is_open and not controller.save_now():
        return tr("follow_up.cannot", error=state_reason(tr, controller.save_state()))
    from facilitator.storage.follow_ups import follow_up_of  # PyYAML only when asked

    try:
        session = follow_up_of(earlier, controller.workspace, clock=controller.clock)
        store = unwritten_session(controller.workspace, session)
    except (FacilitatorError, OSError) as error:
        return tr("follow_up.cannot", error=str(error))
    controller.open(store, new=True)
    return ""
