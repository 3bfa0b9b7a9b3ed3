"""The minutes of sessions that are not complete, and of workshops other than step 2."""

from __future__ import annotations

import dataclasses

from facilitator.domain.session import Role, Session
from facilitator.domain.workshop import SectionKind
from facilitator.export import minutes_markdown
from facilitator.storage.workshop_yaml import load_workshop

from .helpers import EXAMPLE_WORKSHOP
from .test_export_sessions import EN_FILE, SV_FILE, Clock, builtin, full_session


def test_an_empty_session_says_what_is_missing_instead_of_leaving_it_out() -> None:
    workshop = builtin(SV_FILE)
    text = minutes_markdown(Session(workshop, clock=Clock()))
    assert "*Utkast: sessionen är inte avslutad.*" in text
    assert "*Ingen närvaro antecknad.*" in text
    assert text.count("*Avsnittet behandlades inte.*") == len(workshop.sections)
    assert text.count("**Svar:** *Obesvarad*") == len(list(workshop.questions()))
    assert text.count("**Samsyn:** *Ej angiven*") == len(list(workshop.questions()))
    assert text.count("**Bedömning:** *Ej bedömd*") == len(list(workshop.items()))
    assert text.count("*Ingen reflektion antecknad.*") == len(list(workshop.examples()))
    assert text.count("*Ej ifyllt*") == len(list(workshop.figures()))
    assert "*Inga åtaganden antecknade.*" in text
    assert "**Uppföljning:** *Inget datum bestämt*" in text
    assert "**Organisation:** *Ej angivet*" in text
    # Blank signature lines: someone signs, even when no secretary was named.
    signatures = text.split("## Underskrifter")[1]
    assert signatures.count("\\_" * 36) == 2


def test_invalid_figures_and_dates_are_shown_as_typed_and_flagged() -> None:
    session = full_session("sv", finished=False)
    session.set_figure("motestid", "value", "12x")
    session.set_figure("digitala-moten", "value", "140")
    session.set_figure("tjansteresor", "value", "2,5")
    session.set_commitment("c1", "due", "snart")
    session.set_meeting("follow_up", "2027-02-30")
    text = minutes_markdown(session)
    assert "| Ogiltigt värde: 12x (Inte ett tal) |" in text
    assert "| Ogiltigt värde: 140 (Högst 100) |" in text
    assert "| Ogiltigt värde: 2,5 (Ange ett heltal) |" in text
    assert "| snart (ogiltigt datum) |" in text
    assert "**Uppföljning:** 2027-02-30 (ogiltigt datum)" in text
    # The open matters say what is true: typed but invalid, not missing.
    assert "- Andel av arbetstiden som går till möten – Ogiltigt värde: 12x\n" in text
    assert "Nyckeltal saknas" not in text
    session.set_figure("motestid", "value", "")
    assert "- Andel av arbetstiden som går till möten – Nyckeltal saknas\n" in (
        minutes_markdown(session)
    )


def test_roles_and_signatures_follow_the_participants() -> None:
    session = Session(builtin(EN_FILE), clock=Clock())
    session.add_participant("Ann", Role.CHAIR)
    session.add_participant("Bo", Role.ADJUSTER)
    session.add_participant("Cy", Role.ADJUSTER)
    session.add_participant("   ", Role.SECRETARY)
    text = minutes_markdown(session)
    assert "- Ann, chair\n- Bo, minutes checker\n- Cy, minutes checker\n\n" in text
    signatures = text.split("## Signatures")[1]
    recorded, approved = signatures.split("Approved")
    assert recorded.count("\\_" * 36) == 1
    assert approved.count("\\_" * 36) == 3
    assert approved.index("Ann, chair") < approved.index("Bo, minutes") < approved.index("Cy")


def test_another_workshop_gives_minutes_in_its_own_order() -> None:
    workshop = load_workshop(EXAMPLE_WORKSHOP)
    session = Session(workshop, clock=Clock())
    text = minutes_markdown(session)
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert headings == [
        "## Attendance",
        "## Summary",
        *(f"## {n}. {s.title}" for n, s in enumerate(workshop.sections, start=1)),
        "## Signatures",
    ]


def test_commitments_and_wrapup_are_added_when_the_workshop_has_no_place_for_them() -> None:
    base = builtin(SV_FILE)
    sections = tuple(
        s for s in base.sections if s.kind not in (SectionKind.COMMITMENTS, SectionKind.WRAPUP)
    )
    session = Session(dataclasses.replace(base, sections=sections), clock=Clock())
    session.add_commitment("Skriv protokollet", "Bo", "2026-12-01")
    text = minutes_markdown(session)
    assert "## § 5 Åtaganden\n\n| Nr | Åtagande |" in text
    assert "## § 6 Avslut\n\n### Öppna frågor" in text
    assert text.index("## § 6 Avslut") < text.index("## Underskrifter")


def test_the_same_session_gives_the_same_bytes() -> None:
    assert minutes_markdown(full_session("sv")) == minutes_markdown(full_session("sv"))
