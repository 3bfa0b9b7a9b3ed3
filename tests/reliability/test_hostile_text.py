"""Item 12: text that looks like markup, terminal escapes, bidi controls, zero-width
characters and 100,000-character lines, in every text field and in a workshop file.

- In the app (pilot): each kind is pasted into every text field there is (the meeting
  details with a participant, every section's fields, a reservation, the commitment dialog),
  on a workshop whose titles, questions, items, examples, scale and help carry the same text.
  The session must hold exactly what was pasted, control characters removed; markup shows as
  written, and clicking `[@click=app.quit]` where it shows runs nothing. The file gives back
  the same session, and every export (Markdown, HTML, CSV, calendar) holds each text
  literally.
- In a terminal (pty): the real command shows such a session, section by section, the
  meeting details and the minutes' preview, with the same text pasted raw (ESC, C1, bidi) into
  a one-line and a multi-line field. No byte of it may drive the terminal: apart from the
  app's own CSI sequences the output holds no escape sequence (no OSC 52 clipboard write, no
  OSC 8 link, no clear screen), no control character and no bidi control.

Bidi controls and zero-width characters are kept exactly in the session, the file and the
minutes. On screen, bidi embeddings, overrides and isolates are not drawn (tui/filters.py),
so they cannot reorder the screen; zero-width characters are drawn as they are (they take no
room and reorder nothing, and a zero-width joiner holds an emoji together).
"""

from __future__ import annotations

import contextlib
import csv
import io
from collections.abc import Callable
from pathlib import Path

import pytest
from icalendar import Calendar
from markdown_it import MarkdownIt
from textual import events
from textual.widgets import Input, TextArea

from facilitator.domain.session import Role, Session
from facilitator.export import write_exports
from facilitator.export.escape import inline_text
from facilitator.paths import Workspace
from facilitator.storage.sessions import create_session, read_session
from facilitator.storage.workshop_yaml import load_workshop
from facilitator.tui.app import FacilitatorApp
from facilitator.tui.screens.commitment import CommitmentDialog
from facilitator.tui.sections.commitments import CommitmentsSectionView
from tui.helpers import screen_lines, session_path, session_screen
from unit.helpers import strings
from unit.test_export_text import read_page

from .hostile_text import ALL_BUT_LONG, HOSTILE, hostile_workshop, stored, terminal_findings
from .pty_run import PtyRun

SIZE = (140, 45)
# Each text field gets, in two rounds, all the short kinds in one text, then the long line.
ROUNDS = {"short": ALL_BUT_LONG, "long line": HOSTILE["long line"]}
CLICK = "[@click=app.quit]klick[/]"


def prepare(session: Session) -> None:
    """Something in every kind of record, so that every kind of field is on screen."""
    session.add_participant("Anna", Role.CHAIR)
    for question in session.workshop.sections[1].questions:
        session.add_reservation(question.id, "Anna", "skäl")
    session.add_commitment("gör det", "Anna", "2027-01-15")


async def paste_into(root: object, pilot: object, texts: list[str], text: str) -> None:
    """Paste `text`, numbered, into every text field under `root` (emptied first), the way
    a paste arrives: to the app, which hands it to the focused field."""
    for field in root.query("EditInput, EditArea"):  # type: ignore[attr-defined]
        if field.id == "commitment-due":  # kept valid, so the calendar has an entry
            continue
        if isinstance(field, Input):
            field.value = ""
        elif isinstance(field, TextArea):
            field.load_text("")
        numbered = f"<{len(texts)}>{text}"
        texts.append(numbered)
        field.focus()  # takes effect before the paste: both go through the app's queue
        field.app.post_message(events.Paste(numbered))  # as the terminal's driver does
        await pilot.pause()  # type: ignore[attr-defined]


async def fill_every_field(app: FacilitatorApp, pilot: object, text: str) -> list[str]:
    texts: list[str] = []
    await pilot.press("f2")  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]
    await paste_into(app.screen, pilot, texts, text)
    await pilot.press("escape")  # type: ignore[attr-defined]
    screen = session_screen(app)
    for section in app.controller.session.workshop.sections:
        await screen.show_section(section.id)
        await pilot.pause()  # type: ignore[attr-defined]
        await paste_into(screen.current_view, pilot, texts, text)
        for button in screen.current_view.query(".edit-reservations"):  # type: ignore[union-attr]
            button.press()  # the reservations of a question are edited in a dialog
            await pilot.pause()  # type: ignore[attr-defined]
            await paste_into(app.screen, pilot, texts, text)
            await pilot.press("escape")  # type: ignore[attr-defined]
            await pilot.pause()  # type: ignore[attr-defined]
    await screen.show_section("ataganden")
    commitments = screen.current_view
    assert isinstance(commitments, CommitmentsSectionView)
    commitments.edit_selected()
    await pilot.pause()  # type: ignore[attr-defined]
    assert isinstance(app.screen, CommitmentDialog)
    await paste_into(app.screen, pilot, texts, text)
    await pilot.press("escape")  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]
    return texts


async def click_every_action_link(app: FacilitatorApp, pilot: object) -> int:
    """Click wherever `[@click=app.quit]` shows, in every section; return how many."""
    clicks = 0
    screen = session_screen(app)
    for section in app.controller.session.workshop.sections:
        await screen.show_section(section.id, focus=False)
        await pilot.pause()  # type: ignore[attr-defined]
        for row, line in enumerate(screen_lines(app)):
            column = line.find("klick")
            if column >= 0:
                await pilot.click(offset=(column, row))  # type: ignore[attr-defined]
                clicks += 1
    await pilot.pause(0.5)  # type: ignore[attr-defined]
    return clicks


def export_texts(session: Session, folder: Path) -> dict[str, str]:
    """What each export shows: rendered text of the minutes, cells of the sheet, entries of
    the calendar."""
    files = {p.suffix: p for p in write_exports(session, folder)}
    markdown = files[".md"].read_text(encoding="utf-8")
    rendered = MarkdownIt("commonmark", {"html": False}).enable("table").render(markdown)
    page = read_page(files[".html"].read_text(encoding="utf-8"))
    sheet = csv.reader(io.StringIO(files[".csv"].read_text(encoding="utf-8-sig")), delimiter=";")
    calendar = Calendar.from_ical(files[".ics"].read_bytes())
    return {
        "md": "\n".join(text for _, _, text in read_page(rendered).blocks),
        "html": "\n".join(text for _, _, text in page.blocks),
        "csv": "\n".join(cell for row in sheet for cell in row),
        "ics": "\n".join(str(e.get("summary")) for e in calendar.walk("VEVENT")),
    }


async def pilot_part(workspace: Workspace, tmp_path: Path) -> dict[str, int]:
    workshop = load_workshop(hostile_workshop(tmp_path))
    session = Session(workshop)
    prepare(session)
    store = create_session(workspace, session)
    app = FacilitatorApp(workspace, store=store)
    counts = {"fields": 0, "clicks": 0, "checked in exports": 0}
    try:
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            for kind, text in ROUNDS.items():
                texts = await fill_every_field(app, pilot, text)
                counts["fields"] = len(texts)
                held = set(strings(app.controller.session.state()))
                missing = [t[:40] for t in texts if stored(t) not in held]
                assert missing == [], f"{kind}: not held as pasted: {missing}"
                if kind == "short":
                    counts["clicks"] = await click_every_action_link(app, pilot)
                    assert counts["clicks"] > 0
                    await pilot.press("f3", *"ännu här")  # the app still runs and takes keys
                    current = app.controller.session.current_section
                    assert "ännu här" in app.controller.session.sections[current].notes
                    assert any(CLICK in line for line in screen_lines(app))
                assert app.controller.saver is not None and app.controller.saver.save_now()
                assert read_session(session_path(app)) == app.controller.session, kind
                shown = export_texts(
                    app.controller.session, tmp_path / "exports" / kind.replace(" ", "-")
                )
                held = set(
                    strings(app.controller.session.state())
                )  # "ännu här" went into one of them
                for number, text in enumerate(texts):
                    marker = text[: text.index(">") + 1]
                    (now,) = [value for value in held if value.startswith(marker)]
                    value = inline_text(now)
                    formats = ["md", "html"]
                    if app.screen.query("#commitment-what") or number >= len(texts) - 2:
                        formats += ["csv"]
                    for fmt in formats:
                        assert value in shown[fmt], f"{kind}: field {number} not in the {fmt}"
                        counts["checked in exports"] += 1
                what = inline_text(app.controller.session.commitments[0].what)
                assert what in shown["ics"], f"{kind}: the commitment is not in the calendar"
                for text in workshop.sections[1].questions[0].text, workshop.next_step:
                    assert inline_text(text) in shown["html"], f"{kind}: workshop text"
    finally:
        store.close()
    return counts


def pty_part(workspace: Path, tmp_path: Path) -> tuple[int, int]:
    """The real command on a hostile session; returns (bytes of output, findings)."""
    space = Workspace(workspace)
    session = Session(load_workshop(hostile_workshop(tmp_path)))
    prepare(session)
    session.set_meeting("title", ALL_BUT_LONG)
    session.set_notes("underlag", HOSTILE["long line"])
    for section in session.workshop.sections[1:]:
        session.set_notes(section.id, ALL_BUT_LONG)
    session.set_commitment(session.commitments[0].id, "what", ALL_BUT_LONG)
    store = create_session(space, session)
    store.close()

    run = PtyRun.command("resume", str(store.path), workspace=workspace)
    try:
        run.wait_for("Avsnitt 1 av 6")
        run.focus_notes(HOSTILE["long line"])
        run.paste(ALL_BUT_LONG)  # raw: ESC, C1, bidi, and ESC before Ctrl+Q
        for number in range(2, 7):
            mark = len(run.output)
            run.press("ctrl+n")
            run.wait_for(f"Avsnitt {number} av 6", start=mark)
        mark = len(run.output)
        run.press("f5")  # the minutes' preview (a Markdown widget)
        run.wait_for("Protokollet just nu", start=mark)
        run.press("escape", pause=1.0)
        for _ in range(3):  # F2 waits for the preview to have closed
            mark = len(run.output)
            run.press("f2")
            with contextlib.suppress(AssertionError):
                run.wait_for("Mötets titel", start=mark, timeout=5)
                break
        run.paste(ALL_BUT_LONG)  # into a one-line field
        run.pump(0.5)
        run.press("ctrl+q")
        status = run.wait()
    finally:
        run.close()
    assert status == 0
    text = run.text()
    assert CLICK in text  # drawn as written
    findings = terminal_findings(text)
    assert findings == [], findings[:10]
    after = read_session(store.path)
    assert after.sections["underlag"].notes.startswith(stored(ALL_BUT_LONG))
    return len(run.output), len(findings)


@pytest.mark.slow
async def test_hostile_text_is_shown_literally_runs_nothing_and_never_drives_the_terminal(
    workspace: Workspace, tmp_path: Path, figure: Callable[[str], None]
) -> None:
    counts = await pilot_part(workspace, tmp_path)
    output, findings = pty_part(tmp_path / "pty-workspace", tmp_path)
    figure(
        f"{len(HOSTILE)} kinds of hostile text ({', '.join(HOSTILE)}) in each of "
        f"{counts['fields']} text fields, and in 8 places of a workshop file: held exactly "
        f"as pasted (control "
        f"characters removed), the same from the file, {counts['checked in exports']} "
        f"checks of the text in the exports all literal; {counts['clicks']} clicks on "
        f"'[@click=app.quit]' ran nothing; pty: {output:,} bytes of output, {findings} "
        "escape sequences, control or bidi characters from the text"
    )
