"""The command palette: the session screen's commands under their full names, every section
as "Go to section: …", the themes, and quitting, all in the UI language."""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial
from typing import Any

from textual.app import App, SystemCommand
from textual.command import CommandPalette
from textual.screen import Screen

from facilitator.i18n import Translator
from facilitator.tui.commands import SESSION_COMMANDS
from facilitator.tui.controller import SessionController
from facilitator.tui.messages import SectionChosen
from facilitator.tui.screens.present import PresentScreen
from facilitator.tui.screens.session import SessionScreen
from facilitator.tui.theme import THEMES


def as_markup(text: str) -> str:
    """Text the palette will read as markup, made literal. Textual's `markup.escape` misses
    nested brackets (`[[x]]`); escaping every opening bracket is exact."""
    return text.replace("[", "\\[")


def system_commands(
    app: App[Any], controller: SessionController, screen: Screen[Any]
) -> Iterable[SystemCommand]:
    tr = controller.tr
    if isinstance(screen, SessionScreen):
        for command in SESSION_COMMANDS:
            if screen.check_action(command.action, ()) is False:
                continue
            yield SystemCommand(
                command.title(tr), command.help(tr), partial(screen.run_action, command.action)
            )
        for section in controller.session.workshop.sections:
            yield SystemCommand(
                tr("cmd.go_to", title=as_markup(section.title)),
                tr("cmd.go_to.help"),
                partial(screen.post_message, SectionChosen(section.id)),
            )
    if isinstance(screen, PresentScreen):
        yield SystemCommand(tr("present.back"), tr("cmd.present.help"), screen.action_close)
    for theme in THEMES:
        yield SystemCommand(
            tr(f"cmd.theme.{theme.name}"),
            tr("cmd.theme.help"),
            partial(setattr, app, "theme", theme.name),
        )
    yield SystemCommand(tr("cmd.keys"), tr("cmd.keys.help"), app.action_show_help_panel)
    yield SystemCommand(tr("cmd.quit"), tr("cmd.quit.help"), app.action_quit)


def open_palette(app: App[Any], tr: Translator) -> None:
    """Textual's palette, with its search field's placeholder in the UI language."""
    if app.use_command_palette and not CommandPalette.is_open(app):
        placeholder = tr("palette.placeholder")
        app.push_screen(CommandPalette(id="--command-palette", placeholder=placeholder))
