"""Saving somewhere else (F7, or "Spara på annan plats" in the palette): never over an
existing file, a place that refuses says why in the dialog, and once saved there the session
is saved there from then on."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from facilitator.storage.sessions import read_session
from facilitator.tui.screens.save_elsewhere import SaveElsewhereDialog

from .conftest import MakeApp
from .helpers import SIZE, status


async def type_path(pilot, app, path: Path) -> str:  # type: ignore[no-untyped-def]
    field = app.screen.query_one(Input)
    field.value = str(path)
    await pilot.press("enter")
    await pilot.pause()
    if not isinstance(app.screen, SaveElsewhereDialog):
        return ""  # saved, and closed
    return str(app.screen.query_one("#save-elsewhere-problem").render())


async def test_save_elsewhere_refuses_a_taken_name_and_a_missing_folder_then_saves_there(
    make_app: MakeApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    taken = tmp_path / "taken.toml"
    taken.write_text("someone's file")
    app = make_app("sv")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("f3", *"Anteckning")
        await pilot.press("ctrl+p", *"spara på annan")
        await pilot.pause(0.3)  # the palette searches in a worker
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, SaveElsewhereDialog)
        said = await type_path(pilot, app, taken)
        assert "finns redan" in said, said
        assert taken.read_text() == "someone's file"
        said = await type_path(pilot, app, tmp_path / "no-such-folder" / "x.toml")
        assert f"Kunde inte spara i {tmp_path / 'no-such-folder' / 'x.toml'}" in said, said
        assert "mappen är borta" in said, said
        assert isinstance(app.screen, SaveElsewhereDialog)
        folder = tmp_path / "kopior"
        folder.mkdir()
        await type_path(pilot, app, folder)  # a folder: the session's own name inside it
        assert not isinstance(app.screen, SaveElsewhereDialog)
        (copy,) = folder.glob("*.toml")
        assert app.controller.store is not None and copy.name == app.controller.store.path.name
        assert read_session(copy).sections["underlag"].notes == "Anteckning"
        assert "Sparat" in status(app) and f"~/kopior/{copy.name}" in status(app)
        await pilot.press(*" till")
        for _ in range(50):
            await pilot.pause(0.1)
            if read_session(copy).sections["underlag"].notes == "Anteckning till":
                break
        assert read_session(copy).sections["underlag"].notes == "Anteckning till"
