"""F7: save the session somewhere else, when the place it belongs will not take it.

The folder may be gone (moved, deleted, a network share lost), full or read-only. The dialog
offers a free name in the person's home folder, or any path typed in its place; once saved
there, saving goes on there. A path that is taken is refused (nothing is overwritten), and a
place that will not take the file says why, in the dialog, which stays open.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual import on
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input

from facilitator.i18n import STRINGS, Translator
from facilitator.tui.controller import SessionController
from facilitator.tui.saver import error_code
from facilitator.tui.saving import state_reason
from facilitator.tui.screens.dialog_style import dialog_css
from facilitator.tui.screens.first_shown import StyledOnce
from facilitator.tui.sizing import sized
from facilitator.tui.widgets.buttons import button
from facilitator.tui.widgets.fields import Literal


def suggested_path(session_path: Path) -> Path:
    """A name no file has, in the home folder (else the current one): `NAME.toml`, -2, -3 …"""
    folder = Path.cwd()
    with contextlib.suppress(RuntimeError, KeyError):
        folder = Path.home()
    candidate, number = folder / session_path.name, 2
    while candidate.exists() or candidate.is_symlink():
        candidate = folder / f"{session_path.stem}-{number}{session_path.suffix}"
        number += 1
    return candidate


def chosen_path(typed: str, session_path: Path) -> Path:
    """The file a typed path means: `~` expanded, a folder gets the session's file name."""
    path = Path(typed.strip()).expanduser()
    if path.is_dir():
        path = path / session_path.name
    if path.suffix != ".toml":
        path = path.with_name(f"{path.name}.toml")
    return path.absolute()


class SaveElsewhereDialog(StyledOnce, ModalScreen[Path | None]):
    """Where to save from now on. `save(path)` writes there and raises OSError if it cannot."""

    DEFAULT_CSS = (
        dialog_css("SaveElsewhereDialog")
        + """
    SaveElsewhereDialog #save-elsewhere-problem {
        color: $text-error;
        text-style: bold;
    }
    """
    )
    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel")]

    def __init__(
        self,
        tr: Translator,
        session_path: Path,
        where: Path,
        reason: str,
        save: Callable[[Path], None],
    ) -> None:
        """`session_path` names the file offered; `where` is where saving goes now."""
        super().__init__()
        self.tr = tr
        self.session_path, self.where, self.reason, self.save = session_path, where, reason, save

    def compose(self) -> ComposeResult:
        tr = self.tr
        with Vertical():
            yield Literal(tr("elsewhere.title"), classes="dialog-title")
            where = str(self.where)
            if self.reason:
                yield Literal(tr("elsewhere.text", path=where, reason=self.reason))
            else:
                yield Literal(tr("elsewhere.text_any", path=where))
            yield Input(str(suggested_path(self.session_path)), id="save-elsewhere-path")
            yield Literal("", id="save-elsewhere-problem")
            with Horizontal(classes="dialog-buttons"):
                yield button(tr("elsewhere.save"), id="save", variant="primary")
                yield button(tr("elsewhere.cancel"), id="cancel")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self._save()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "save":
            self._save()
        else:
            self.dismiss(None)

    def _save(self) -> None:
        tr = self.tr
        typed = self.query_one(Input).value
        problem = self.query_one("#save-elsewhere-problem", Literal)
        if not typed.strip():
            problem.update(tr("elsewhere.empty"))
            return
        path = chosen_path(typed, self.session_path)
        try:
            self.save(path)
        except FileExistsError:
            problem.update(tr("elsewhere.exists", path=str(path)))
            return
        except OSError as error:
            known = f"errno.{error_code(error)}"
            reason = tr(known) if known in STRINGS else (error.strerror or str(error))
            problem.update(tr("elsewhere.failed", path=str(path), reason=reason))
            return
        self.dismiss(path)


def save_elsewhere(app: App[Any], controller: SessionController) -> None:
    """F7: save the session to another file and keep saving there (see the dialog)."""
    saver, tr = controller.saver, controller.tr
    if saver is None or controller.read_only:
        return
    why = state_reason(tr, saver.state) if saver.state.error else ""

    def saved(path: Path | None) -> None:
        if path is not None:
            app.notify(tr("elsewhere.done", path=str(path)), markup=False)

    dialog = SaveElsewhereDialog(tr, saver.path, saver.saving_to, why, saver.save_to)
    app.push_screen(sized(app, dialog), saved)
