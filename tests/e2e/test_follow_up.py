"""A meeting and its follow-up with the real command, as a facilitator would run them: the
first meeting answers a question, makes three commitments and is finished; `facilitator
follow-up SESSION` starts the next; the group says one is done, one in progress with a new
date and one dropped, answers the question differently and finishes. The earlier file is
never written."""

from __future__ import annotations

import pytest

from .driver import Run, Terminal, read_toml

pytestmark = pytest.mark.e2e

COMMITMENTS = [
    ("Ta fram en mötespolicy", "Anna Andersson", "2027-01-15"),
    ("Avsätt en halv tjänst", "Bo Berg", "2027-02-01"),
    ("Bjud in ekonomichefen", "Cecilia Ek", "2027-02-15"),
]


def finish(run: Run) -> None:
    run.press("F9")
    run.wait_for("Slutföra sessionen?")
    run.press("Enter")
    run.wait_for("SLUTFÖRD")
    run.press("C-q")
    assert run.wait_exit() == 0


def test_a_follow_up_with_the_real_command(terminal: Terminal) -> None:
    first = terminal.start("new")
    first.wait_for("Mötesuppgifter", "Mötets titel")
    first.type("Ledningsgruppen")
    first.press("Escape")
    first.wait_for_gone("Mötets titel")
    first.press("C-n")
    first.wait_for("Avsnitt 2 av 6: Checklista steg 2")
    first.press("2")  # Delvis
    for what, who, due in COMMITMENTS:
        first.press("F4")
        first.wait_for("Vad ska göras?")
        first.type(what)
        first.press("Tab")
        first.type(who)
        first.press("Tab")
        first.type(due)
        first.press("Escape")
        first.wait_for_gone("Vad ska göras?")
    finish(first)
    earlier = terminal.only_session()
    before = earlier.read_bytes()

    run = terminal.start("follow-up", str(earlier))
    run.wait_for("Mötesuppgifter", "Ledningsgruppen – uppföljning 1")
    run.press("Escape")
    run.wait_for("Avsnitt 1 av 7: Uppföljning av åtaganden", "Nr 1 · Ta fram en mötespolicy")
    run.press("1")  # klar: its new date is left out, so the comment comes next
    run.wait_for("Utfall: Klar")
    run.press("Tab", "Tab", "2", "Tab")  # the second: pågår, and its new date
    run.type("2027-04-31")
    run.wait_for("⚠ Skriv datumet som ÅÅÅÅ-MM-DD")
    run.press("BSpace", "BSpace")
    run.type("30")
    run.wait_for("Utfall: Pågår · Nytt datum 2027-04-30")
    run.wait_for_gone("⚠ Skriv datumet")
    run.press("Tab", "Tab", "4")  # the third: struken
    run.wait_for("Utfall: Struken", "Avsnitt 1 av 7: Uppföljning av åtaganden · Klart")
    run.press("C-n", "C-n")
    run.wait_for("Avsnitt 3 av 7: Checklista steg 2")
    run.press("1")  # Ja, where the first meeting said Delvis
    run.wait_for("Svar: Ja")
    finish(run)

    assert earlier.read_bytes() == before
    follow_up = next(p for p in terminal.session_files() if p != earlier)
    document = read_toml(follow_up)
    assert document["series"]["number"] == 2
    assert document["series"]["follows"] == earlier.name
    assert [(c["id"], c["outcome"], c["new_due"]) for c in document["carried"]] == [
        ("c1", "done", ""),
        ("c2", "ongoing", "2027-04-30"),
        ("c3", "dropped", ""),
    ]
    assert [(c["id"], c["status"], c["due"]) for c in document["commitments"]] == [
        ("c1", "done", "2027-01-15"),
        ("c2", "open", "2027-04-30"),
        ("c3", "dropped", "2027-02-15"),
    ]
    checklist = next(s for s in document["sections"] if s["id"] == "checklista")
    assert checklist["questions"][0]["answer"] == "ja"
    assert document["finished_at"]
