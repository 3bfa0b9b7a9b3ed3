"""Item 4: an exception inside a handler, right after typing. Everything typed is back when
the session is resumed, and the traceback is in facilitator.log.

The real command runs in a pty with two planted changes (a `sitecustomize`, as in
tests/e2e/test_unexpected_error.py, which shows the one calm line on screen): no autosave,
so only the error path can save, and F5 raises as a bug in a handler would. The meeting title
is typed in its dialog; the notes are typed in one burst that ends with F5, as keys arrive
over a slow SSH link, so the failing key is handled before the keys ahead of it have reached
the field. Then `facilitator resume` shows both again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from e2e.driver import PREVIEW_FAULT, read_toml
from facilitator.storage.sessions import read_session

from .pty_run import KEYS, PtyRun

TITLE = "Ledningsgruppen i november"
NOTES = "Beslut: vi börjar med möteslokalerna, åäö, och följer upp i mars"


@pytest.mark.slow
def test_an_error_in_a_handler_keeps_everything_typed_and_logs_the_traceback(
    tmp_path: Path, figure: Callable[[str], None]
) -> None:
    plant = tmp_path / "plant"
    plant.mkdir()
    (plant / "sitecustomize.py").write_text(PREVIEW_FAULT)
    workspace = tmp_path / "workspace"
    workspace.mkdir()

    run = PtyRun.command("new", workspace=workspace, env={"PYTHONPATH": str(plant)})
    try:
        run.wait_for("Mötets titel")
        run.type(TITLE)
        run.wait_for(TITLE)
        run.press("escape")
        run.wait_for("Avsnitt 1 av 6")
        run.focus_notes()
        run.write(NOTES.encode() + KEYS["f5"])  # one burst: the notes, then the failing key
        status = run.wait()
    finally:
        run.close()
    assert status == 1
    log = workspace / "facilitator.log"
    assert "Allt var sparat" in run.text() and str(log) in run.text()
    logged = log.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in logged
    assert "RuntimeError: planted fault in the minutes preview" in logged

    (path,) = workspace.glob("sessions/*.toml")
    session = read_session(path)
    assert (session.meeting.title, session.sections["underlag"].notes) == (TITLE, NOTES)
    assert read_toml(path)["meeting"]["title"] == TITLE

    resumed = PtyRun.command("resume", str(path), workspace=workspace)
    try:
        resumed.wait_for("Avsnitt 1 av 6")
        resumed.focus_notes(NOTES)
        resumed.wait_for(NOTES[1:30])  # the cursor covers the first character; lines wrap
        resumed.press("f2")
        resumed.wait_for(TITLE[:-1])
    finally:
        resumed.close()
    typed = len(TITLE) + len(NOTES)
    figure(
        f"{typed} of {typed} characters typed before the error are back on resume "
        f"({len(NOTES)} of them in one burst ending with the failing key); "
        "the traceback is in facilitator.log; exit status 1"
    )
