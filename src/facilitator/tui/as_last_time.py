""" "As last time" (Ctrl+S in a follow-up): the item with the cursor takes the earlier
meeting's answer. Shared by the session screen and present mode; what is copied, and when it
is refused, is decided in `domain.last_time`."""

from __future__ import annotations

from facilitator.domain.last_time import REFUSALS, Refusal, copy_last_time
from facilitator.domain.session import AnswerKind, Session
from facilitator.tui.controller import Part, SessionController

# The id of each kind of item's block on a page, before the item's own id.
PREFIXES = {
    "question-": AnswerKind.QUESTION,
    "item-": AnswerKind.ITEM,
    "figure-": AnswerKind.FIGURE,
}
PARTS = {
    AnswerKind.QUESTION: Part.QUESTION,
    AnswerKind.ITEM: Part.ASSESSMENT,
    AnswerKind.FIGURE: Part.FIGURE,
}


def answered_item(block_id: str) -> tuple[AnswerKind, str] | None:
    """The kind and id of the item whose block on the page has `block_id`, if it is one
    that has an answer (an example or a commitment has none)."""
    for prefix, kind in PREFIXES.items():
        if block_id.startswith(prefix):
            return kind, block_id.removeprefix(prefix)
    return None


def take_last_time(controller: SessionController, item: tuple[AnswerKind, str] | None) -> str:
    """Copy last time's answer into `item`, as an edit that is saved and shown like any
    other; the line that says why nothing was copied, or "" when it was."""
    if controller.session.earlier is None:
        return controller.tr("last_time.refused.not_follow_up")
    if item is None:
        return controller.tr(REFUSALS[Refusal.NO_ITEM])
    kind, item_id = item
    refused: list[Refusal] = []

    def change(session: Session) -> None:
        refusal = copy_last_time(session, kind, item_id)
        if refusal is not None:
            refused.append(refusal)

    controller.edit(change, PARTS[kind])
    return controller.tr(REFUSALS[refused[0]]) if refused else ""
