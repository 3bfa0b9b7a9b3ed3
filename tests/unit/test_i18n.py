"""Both languages are complete: every string has a Swedish and an English text."""

from __future__ import annotations

import string

import pytest

from facilitator.domain.progress import Reason, SectionState
from facilitator.domain.session import Agreement, Role, Status
from facilitator.domain.values import Problem
from facilitator.i18n import LANGUAGES, STRINGS, Translator, t


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


@pytest.mark.parametrize("key", sorted(STRINGS))
def test_every_string_has_both_languages_with_the_same_fields(key: str) -> None:
    texts = STRINGS[key]
    assert set(texts) == set(LANGUAGES), key
    assert all(texts[language].strip() for language in LANGUAGES), key
    assert fields(texts["sv"]) == fields(texts["en"]), key


@pytest.mark.parametrize(
    ("prefix", "values"),
    [
        ("role", [r.value for r in Role]),
        ("agreement", [a.value for a in Agreement]),
        ("status", [s.value for s in Status]),
        ("state", [s.value for s in SectionState]),
        ("problem", [p.value for p in Problem]),
        ("reason", [r.value for r in Reason]),
    ],
)
def test_every_fixed_value_has_a_name(prefix: str, values: list[str]) -> None:
    assert [v for v in values if f"{prefix}.{v}" not in STRINGS] == []


def test_fields_are_filled_and_an_unknown_language_speaks_english() -> None:
    assert (
        t("cli.valid", "sv", file="a.yaml", id="x", sections=3) == "a.yaml: giltig (x, 3 avsnitt)"
    )
    assert Translator("fi")("status.done") == "Done"
    assert Translator("sv")("status.done") == "Klar"
