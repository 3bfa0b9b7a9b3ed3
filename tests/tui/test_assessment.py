"""Success factors: every item, the nested ones too, gets an assessment and a note."""

from __future__ import annotations

from typing import Any

from facilitator.tui.widgets.choice import ChoiceRow

from .conftest import MakeApp
from .helpers import SIZE, paste, saved, saved_section, text_of

# In the order the section shows them: the second factor's four sub-items follow it.
ITEMS = [
    ("ledningen-ser-vikten", "1", "pa-plats", "Beslut i ledningsgruppen"),
    ("arbetet", "2", "delvis", ""),
    ("anpassat", "1", "pa-plats", "Står i uppdraget"),
    ("resurser-tilldelas", "3", "saknas", "Ingen tjänst"),
    ("verksamhetsplanering", "2", "delvis", "VP 2026"),
    ("foljs-upp", "4", "ej-bedomt", "Tas nästa gång"),
]


async def test_every_item_and_sub_item_is_assessed_with_a_note(make_app: MakeApp) -> None:
    app = make_app("sv")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+n", "ctrl+n")
        view = app.screen.query_one("#view-framgangsfaktorer")
        # The sub-items are numbered and indented under their factor.
        assert text_of(view.query_one("#item-arbetet .item-text")).startswith("2  Arbetet med")
        assert text_of(view.query_one("#item-anpassat .item-text")).startswith("2.1  Är anpassat")
        assert text_of(view.query_one("#item-foljs-upp .item-text")) == "2.4  Följs upp."
        assert view.query_one("#item-anpassat").has_class("depth-1")
        for item_id, key, _, note in ITEMS:
            row = app.focused
            assert isinstance(row, ChoiceRow) and row.id == f"assessment-{item_id}"
            await pilot.press(key, "tab")
            if note:
                await paste(pilot, note)
            await pilot.press("tab")
        held = {i: (a.assessment, a.note) for i, a in app.controller.session.assessments.items()}
        assert held == {item_id: (value, note) for item_id, _, value, note in ITEMS}
        assert "(●) Ej bedömt" in text_of(view.query_one("#assessment-foljs-upp"))
        await pilot.press("ctrl+q")  # saves and closes
    factors = saved_section(saved(app), "framgangsfaktorer")["items"]
    found: dict[str, Any] = {f["id"]: (f["assessment"], f["note"]) for f in factors}
    found.update({i["id"]: (i["assessment"], i["note"]) for i in factors[1]["items"]})
    assert found == {item_id: (value, note) for item_id, _, value, note in ITEMS}
