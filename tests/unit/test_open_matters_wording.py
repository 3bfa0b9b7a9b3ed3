"""The still-open list says what is true: an agreement not recorded is not "no agreement",
and a figure typed but invalid is not a missing one."""

from __future__ import annotations

import pytest

from facilitator.domain.session import Session
from facilitator.export import minutes_markdown

from .test_export_sessions import EN_FILE, SV_FILE, Clock, builtin

WORDS = {
    "sv": {
        "not_recorded": "Samsyn ej angiven",
        "none": "Ingen samsyn",
        "invalid": "Ogiltigt värde: 150",
        "missing": "Nyckeltal saknas",
    },
    "en": {
        "not_recorded": "Agreement not recorded",
        "none": "No agreement",
        "invalid": "Invalid value: 150",
        "missing": "Key figure missing",
    },
}


def still_open(text: str) -> list[str]:
    heading = "### Öppna frågor" if "### Öppna frågor" in text else "### Still open"
    part = text.split(heading)[1].split("\n###")[0]
    return [line for line in part.splitlines() if line.startswith("- ")]


@pytest.mark.parametrize("language", ["sv", "en"])
def test_the_open_list_tells_not_recorded_no_agreement_and_invalid_apart(language: str) -> None:
    session = Session(builtin(SV_FILE if language == "sv" else EN_FILE), clock=Clock())
    workshop = session.workshop
    first, second, *_ = workshop.questions()
    yes = workshop.scale(workshop.sections[1].scale).options[0].id
    session.set_question(first.id, "answer", yes)  # agreement never recorded
    session.set_question(second.id, "answer", yes)
    session.set_question(second.id, "agreement", "none")
    share, digital, _rank = workshop.figures()
    session.set_figure(share.id, "value", "150")  # at most 100
    words = WORDS[language]
    lines = still_open(minutes_markdown(session))
    assert f"- {share.label} – {words['invalid']}" in lines
    assert f"- {digital.label} – {words['missing']}" in lines
    assert f"- {first.text} – {words['not_recorded']}" in lines
    assert f"- {second.text} – {words['none']}" in lines
