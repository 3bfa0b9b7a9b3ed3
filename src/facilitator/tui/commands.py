"""The one list of the session screen's commands: it feeds the key bindings, the footer and
the command palette, so the three can never disagree."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from textual.app import App
from textual.dom import DOMNode

from facilitator.i18n import Translator
from facilitator.tui.textual_compat import bindings_of


@dataclass(frozen=True)
class Command:
    action: str
    keys: str
    footer: bool = True  # shown in the footer (all are in the palette)
    narrow: bool = True  # in the footer of a narrow screen (80 columns) too

    def title(self, tr: Translator) -> str:
        return tr(f"cmd.{self.action}")

    def short(self, tr: Translator) -> str:
        return tr(f"cmd.{self.action}.short")

    def help(self, tr: Translator) -> str:
        return tr(f"cmd.{self.action}.help")


# Keys are ctrl letters no text field uses, and function keys; all are priority bindings,
# so they work while the cursor is in a field (printable keys always go to the field).
# At 80 columns the footer has room for what a session needs most (next, previous, notes,
# present mode, a commitment, finishing) and the palette key; the agenda (also beside the
# page on a wide screen), the meeting details and the timer are then found in the palette.
SESSION_COMMANDS = (
    Command("next_section", "ctrl+n"),
    Command("previous_section", "ctrl+b"),
    Command("go_to_section", "ctrl+g", narrow=False),
    Command("meeting_details", "f2", narrow=False),
    Command("focus_notes", "f3"),
    # Only in a follow-up: last time's answer into the item with the cursor (S as in "Som
    # förra gången" and "Same as last time").
    Command("as_last_time", "ctrl+s"),
    Command("present", "ctrl+o"),
    Command("add_commitment", "f4"),
    Command("toggle_timer", "ctrl+t", narrow=False),
    Command("reset_timer", "ctrl+r", footer=False),
    Command("preview_minutes", "f5", footer=False),
    Command("export_minutes", "f6", footer=False),
    Command("finish_session", "f9"),
    Command("reopen_session", "f8"),
    # Named on the status line when a save fails; in the palette always.
    Command("save_elsewhere", "f7", footer=False),
    # The live page for the participants' devices (screens/share.py).
    Command("share", "ctrl+l", narrow=False),
)


# In a follow-up, "as last time" takes their place in the footer of a narrow screen (both
# keys still work, and the palette has them).
GIVE_WAY_IN_A_FOLLOW_UP = frozenset({"focus_notes", "add_commitment"})


def wide_only(commands: tuple[Command, ...], *, follow_up: bool = False) -> frozenset[str]:
    """The actions the footer shows only on a wide screen."""
    found = frozenset(c.action for c in commands if c.footer and not c.narrow)
    return found | GIVE_WAY_IN_A_FOLLOW_UP if follow_up else found


def bind_commands(node: DOMNode, commands: tuple[Command, ...], tr: Translator) -> None:
    """Give `node` its bindings with descriptions in the UI language.

    BINDINGS is a class attribute and the language is chosen at run time, so the bindings
    are added to the instance's map instead."""
    bindings = bindings_of(node)
    for command in commands:
        bindings.bind(
            command.keys, command.action, command.short(tr), show=command.footer, priority=True
        )


def name_palette_key(app: App[Any], tr: Translator) -> None:
    """Textual's own Ctrl+P binding is described in English ("palette"), and the footer
    shows it on every screen: give it the UI language's word."""
    bindings = bindings_of(app)
    key = app.COMMAND_PALETTE_BINDING
    bindings.key_to_bindings[key] = [  # a new list: the class's map shares the old one
        replace(b, description=tr("cmd.palette.short"), tooltip=tr("cmd.palette"))
        if b.action in ("command_palette", "app.command_palette")
        else b
        for b in bindings.key_to_bindings.get(key, [])
    ]
