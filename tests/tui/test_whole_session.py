"""A whole step 2 session, start to wrap-up, driven through the keyboard as a facilitator
would: every answer the group gives ends up in the session the app holds and in the file."""

from __future__ import annotations

from typing import Any

from textual.pilot import Pilot
from textual.widgets import Button, TextArea

from facilitator.domain.session import Session
from facilitator.tui.app import FacilitatorApp
from facilitator.tui.screens.commitment import CommitmentDialog
from facilitator.tui.screens.dialogs import ConfirmDialog
from facilitator.tui.screens.meeting import MeetingDialog

from .conftest import MakeApp
from .helpers import (
    agenda_lines,
    file_matches_session,
    paste,
    saved,
    saved_section,
    status,
    text_of,
)

FIGURES = {
    "motestid": ("42,5", "Tidrapporter 2025"),
    "digitala-moten": ("30", "Bokningssystemet"),
    "tjansteresor": ("3", "Klimatbokslut 2025"),
}
# question: (digit for the answer, digit for the agreement, motivation, reservations)
QUESTIONS: dict[str, tuple[str, str, str, list[tuple[str, str]]]] = {
    "underlag-finns": ("1", "1", "Lägesbeskrivningen är klar", []),
    "forankring": ("2", "2", "Två av fem har varit med", [("Bo Berg", "Inte förankrat alls")]),
    "resurser": ("3", "3", "Ingen budget i år", []),
    "moteskultur": (
        "4",
        "1",
        "Vi vet inte än",
        [("Cecilia Ek", "Vi föregår inte"), ("Anna Andersson", "För tidigt att säga")],
    ),
}
ANSWERS = {"1": "ja", "2": "delvis", "3": "nej", "4": "vet-inte"}
AGREEMENTS = {"1": "consensus", "2": "majority", "3": "none"}
ASSESSMENTS = {
    "ledningen-ser-vikten": ("1", "Sagt i ledningsgruppen"),
    "arbetet": ("2", "Bara delvis"),
    "anpassat": ("1", "Ja, i uppdraget"),
    "resurser-tilldelas": ("3", "Ingen tjänst"),
    "verksamhetsplanering": ("2", "Nämns i VP 2026"),
    "foljs-upp": ("4", "Ingen har tittat"),
}
ASSESSMENT_IDS = {"1": "pa-plats", "2": "delvis", "3": "saknas", "4": "ej-bedomt"}
REFLECTIONS = {
    "sodertorn": "Spela in personalmötena.\nLägg upp dem på intranätet.",
    "gu": "Koppla digitala möten till klimatmålen.",
    "trafikverket": "GD kan spela in en hälsning.",
}
NOTES = {
    "underlag": "Siffrorna kommer från steg 1.",
    "checklista": "Lång diskussion om resurser.\nÅterkommer i maj.",
    "framgangsfaktorer": "Uppföljning saknas helt.",
    "exempel": "Alla gillade Södertörn.",
    "ataganden": "Två åtaganden.",
    "avslut": "Tack för i dag!",
}
COMMITMENTS = [
    ("Ta fram en mötespolicy", "Anna Andersson", "2027-01-15"),
    ("Avsätt en halv tjänst", "Bo Berg", "2027-03-01"),
]
PARTICIPANTS = [("Anna Andersson", "1"), ("Bo Berg", "2"), ("Cecilia Ek", "4")]


async def fill_notes(pilot: Pilot[None], section_id: str) -> None:
    """F3 jumps to the section's notes."""
    await pilot.press("f3")
    notes = pilot.app.focused
    assert isinstance(notes, TextArea) and notes.id == "notes"
    await paste(pilot, NOTES[section_id])


def focused_id(app: FacilitatorApp) -> str | None:
    return app.focused.id if app.focused is not None else None


async def test_a_whole_step_2_session_is_recorded_and_saved(make_app: MakeApp) -> None:
    app = make_app("sv", new=True)
    async with app.run_test(size=(80, 24)) as pilot:  # the smallest screen it is made for
        await pilot.pause()
        # Before: `facilitator new` opens the meeting details first.
        assert isinstance(app.screen, MeetingDialog)
        assert focused_id(app) == "meeting-title"
        await paste(pilot, "Ledningsgruppen")
        await pilot.press("tab")
        await paste(pilot, "Myndigheten för möten")
        await pilot.press("tab")
        await paste(pilot, "2026-12-01")
        await pilot.press("tab")
        await paste(pilot, "Rum Vänern och Teams")
        for index, (name, role) in enumerate(PARTICIPANTS):
            app.screen.query_one("#add-participant", Button).focus()
            await pilot.press("enter")
            assert focused_id(app) == f"participant-{index}-name"
            await paste(pilot, name)
            await pilot.press("tab", role)  # the role row comes next, before the ✕
        await pilot.press("escape")
        assert not isinstance(app.screen, MeetingDialog)

        # 1 Underlag: the three key figures, typed, and their sources.
        assert status(app).startswith("Avsnitt 1 av 6: Underlag")
        for value, source in FIGURES.values():
            await pilot.press(*value, "tab")
            await paste(pilot, source)
            await pilot.press("tab")
        await fill_notes(pilot, "underlag")

        # 2 Checklista: per question the answer, the agreement, why, and reservations.
        await pilot.press("ctrl+n")
        assert status(app).startswith("Avsnitt 2 av 6: Checklista steg 2")
        for qid, (answer, agreement, motivation, reservations) in QUESTIONS.items():
            assert focused_id(app) == f"answer-{qid}"
            await pilot.press(answer, "tab", agreement, "tab")
            await paste(pilot, motivation)
            await pilot.press("tab")
            assert focused_id(app) == f"edit-res-{qid}"
            if reservations:
                await pilot.press("enter")  # the dialog opens with a first, empty row
                await pilot.pause()
                for index, (who, why) in enumerate(reservations):
                    if index:
                        await pilot.press("tab", "tab", "enter")  # past ✕ to "+ Reservation"
                        await pilot.pause()
                    assert focused_id(app) == f"res-{index}-who"
                    await paste(pilot, who)
                    await pilot.press("tab")
                    await paste(pilot, why)
                await pilot.press("escape")
                await pilot.pause()
                assert focused_id(app) == f"edit-res-{qid}"
            await pilot.press("tab")
        await fill_notes(pilot, "checklista")

        # 3 Framgångsfaktorer: every factor and sub-item.
        await pilot.press("ctrl+n")
        assert status(app).startswith("Avsnitt 3 av 6: Framgångsfaktorer")
        for item_id, (assessment, note) in ASSESSMENTS.items():
            assert focused_id(app) == f"assessment-{item_id}"
            await pilot.press(assessment, "tab")
            await paste(pilot, note)
            await pilot.press("tab")
        await fill_notes(pilot, "framgangsfaktorer")

        # 4 Exempel: the group's reflection on each example.
        await pilot.press("ctrl+n")
        assert status(app).startswith("Avsnitt 4 av 6: Exempel")
        for example_id, reflection in REFLECTIONS.items():
            assert focused_id(app) == f"reflection-{example_id}"
            await paste(pilot, reflection)
            await pilot.press("tab")
        await fill_notes(pilot, "exempel")

        # 5 Åtaganden: F4 for each; "who" completes a participant's name.
        await pilot.press("ctrl+n")
        assert status(app).startswith("Avsnitt 5 av 6: Åtaganden")
        for what, who, due in COMMITMENTS:
            await pilot.press("f4")
            assert isinstance(app.screen, CommitmentDialog)
            await paste(pilot, what)
            await pilot.press("tab", *who[:2], "right", "tab")  # → takes the suggestion
            await paste(pilot, due)
            await pilot.press("escape")
        await fill_notes(pilot, "ataganden")

        # 6 Avslut: the follow-up date, the notes, and finishing (F9, then confirm).
        await pilot.press("ctrl+n")
        assert status(app).startswith("Avsnitt 6 av 6: Avslut")
        assert focused_id(app) == "follow-up"
        await paste(pilot, "2027-05-04")
        await fill_notes(pilot, "avslut")
        await pilot.press("f9")
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("enter")
        await pilot.pause(1.2)  # the autosave, within a second of the last change

        assert app.controller.session.finished
        finished = app.screen.query_one("#view-avslut #finished-line")
        assert text_of(finished) == "✓ Sessionen slutfördes 2026-11-30 09:00."
        assert status(app).startswith("SLUTFÖRD · Avsnitt 6 av 6: Avslut · Klart")
        assert [line[1] for line in agenda_lines(app)] == ["✓"] * 6
        assert state_of(app.controller.session) == expected_state()
        assert file_matches_session(app)
    assert state_of_file(saved(app)) == expected_state()
    # Finishing wrote the minutes.
    exported = sorted(p.suffix for p in (app.controller.workspace.root / "exports").iterdir())
    assert exported == [".csv", ".html", ".ics", ".md", ".xlsx"]


def expected_state() -> dict[str, Any]:
    return {
        "meeting": {
            "title": "Ledningsgruppen",
            "organisation": "Myndigheten för möten",
            "date": "2026-12-01",
            "place": "Rum Vänern och Teams",
            "follow_up": "2027-05-04",
            "participants": [
                ("Anna Andersson", "chair"),
                ("Bo Berg", "secretary"),
                ("Cecilia Ek", "participant"),
            ],
        },
        "figures": {fid: {"value": v, "source": s} for fid, (v, s) in FIGURES.items()},
        "questions": {
            qid: {
                "answer": ANSWERS[a],
                "agreement": AGREEMENTS[g],
                "motivation": m,
                "reservations": r,
            }
            for qid, (a, g, m, r) in QUESTIONS.items()
        },
        "assessments": {
            iid: {"assessment": ASSESSMENT_IDS[a], "note": n} for iid, (a, n) in ASSESSMENTS.items()
        },
        "reflections": REFLECTIONS,
        "notes": NOTES,
        "commitments": [(w, p, d, "open") for w, p, d in COMMITMENTS],
        "finished": True,
    }


def state_of(session: Session) -> dict[str, Any]:
    meeting = session.meeting
    return {
        "meeting": {
            "title": meeting.title,
            "organisation": meeting.organisation,
            "date": meeting.date,
            "place": meeting.place,
            "follow_up": meeting.follow_up,
            "participants": [(p.name, p.role.value) for p in meeting.participants],
        },
        "figures": {
            fid: {"value": f.value, "source": f.source} for fid, f in session.figures.items()
        },
        "questions": {
            qid: {
                "answer": q.answer,
                "agreement": q.agreement,
                "motivation": q.motivation,
                "reservations": [(r.who, r.why) for r in q.reservations],
            }
            for qid, q in session.questions.items()
        },
        "assessments": {
            iid: {"assessment": a.assessment, "note": a.note}
            for iid, a in session.assessments.items()
        },
        "reflections": dict(session.reflections),
        "notes": {sid: e.notes for sid, e in session.sections.items()},
        "commitments": [(c.what, c.who, c.due, c.status.value) for c in session.commitments],
        "finished": session.finished,
    }


def state_of_file(document: dict[str, Any]) -> dict[str, Any]:
    """The same record read straight from the TOML, without the program's reader."""
    meeting = document["meeting"]
    sections = {s["id"]: s for s in document["sections"]}

    def items(found: list[dict[str, Any]]) -> dict[str, Any]:
        result = {}
        for item in found:
            result[item["id"]] = {"assessment": item["assessment"], "note": item["note"]}
            result.update(items(item.get("items", [])))
        return result

    return {
        "meeting": {
            **{k: meeting[k] for k in ("title", "organisation", "date", "place", "follow_up")},
            "participants": [(p["name"], p["role"]) for p in meeting["participants"]],
        },
        "figures": {
            f["id"]: {"value": f["value"], "source": f["source"]}
            for f in saved_section(document, "underlag")["figures"]
        },
        "questions": {
            q["id"]: {
                "answer": q["answer"],
                "agreement": q["agreement"],
                "motivation": q["motivation"],
                "reservations": [(r["who"], r["why"]) for r in q["reservations"]],
            }
            for q in sections["checklista"]["questions"]
        },
        "assessments": items(sections["framgangsfaktorer"]["items"]),
        "reflections": {e["id"]: e["reflection"] for e in sections["exempel"]["examples"]},
        "notes": {sid: s["notes"] for sid, s in sections.items()},
        "commitments": [
            (c["what"], c["who"], c["due"], c["status"]) for c in document["commitments"]
        ],
        "finished": "finished_at" in document,
    }
