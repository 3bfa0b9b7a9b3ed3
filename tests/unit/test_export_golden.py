"""Golden files: a full Swedish and a full English session give exactly these exports.

Regenerate after a deliberate change with `UPDATE_GOLDEN=1 python -m pytest tests/unit -k
export_golden`, then read the diff (and the HTML in a browser) before committing it.
"""

from __future__ import annotations

import os

import pytest

from facilitator.export import render_exports
from facilitator.storage.session_toml import dumps_session, loads_session

from .test_export_sessions import GOLDEN, full_session

UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"
NAMES = {
    "md": "minutes-{}.md",
    "html": "minutes-{}.html",
    "csv": "commitments-{}.csv",
    "ics": "commitments-{}.ics",
}


@pytest.mark.parametrize("fmt", list(NAMES))
@pytest.mark.parametrize("language", ["sv", "en"])
def test_a_full_session_gives_exactly_the_golden_export(language: str, fmt: str) -> None:
    data = render_exports(full_session(language), [fmt])[fmt]
    golden = GOLDEN / NAMES[fmt].format(language)
    if UPDATE:
        golden.write_bytes(data)
    assert data == golden.read_bytes(), f"{golden.name} differs; see the module docstring"


@pytest.mark.parametrize("language", ["sv", "en"])
def test_the_exports_are_the_same_after_the_session_file_round_trip(language: str) -> None:
    """The command line exports from the TOML file: it must give the same bytes."""
    session = full_session(language)
    again = loads_session(dumps_session(session))
    assert render_exports(again) == render_exports(session)


def test_the_minutes_language_can_be_chosen() -> None:
    session = full_session("sv")
    english = render_exports(session, ["md"], language="en")["md"].decode()
    assert english.startswith("# Minutes – Ledningens stöd\n")
    assert "**Answer:** Delvis" in english  # the workshop's own words stay as written
