"""The words of the program in Swedish and English.

Every string the program shows lives in one of the catalogues beside this file, each entry
holding both languages, so a missing translation is a missing key that a test finds. Text is
formatted with `str.format` fields: `t("sections.position", "sv", number=3, total=6)`. A
word that follows a number is written `{open:öppen|öppna}`: the first form for one, the other
for any other number ("1 öppen", "2 öppna").
"""

from __future__ import annotations

import os
import string
from collections.abc import Mapping
from typing import Any

from facilitator.i18n import (
    catalog_cli,
    catalog_domain,
    catalog_follow_up,
    catalog_last_time,
    catalog_minutes,
    catalog_trend,
    catalog_ui,
    catalog_web,
)

LANGUAGES = ("sv", "en")

CATALOGUES: tuple[Mapping[str, Mapping[str, str]], ...] = (
    catalog_cli.STRINGS,
    catalog_domain.STRINGS,
    catalog_ui.STRINGS,
    catalog_minutes.STRINGS,
    catalog_follow_up.STRINGS,
    catalog_last_time.STRINGS,
    catalog_trend.STRINGS,
    catalog_web.STRINGS,
)


def _merge() -> dict[str, Mapping[str, str]]:
    merged: dict[str, Mapping[str, str]] = {}
    for catalogue in CATALOGUES:
        for key, texts in catalogue.items():
            if key in merged:
                raise RuntimeError(f"the string {key!r} is defined twice")
            merged[key] = texts
    return merged


STRINGS = _merge()


def ui_language(asked: str | None, workshop_language: str | None = None) -> str:
    """The language to speak: the one asked for, else the workshop's, else the system's."""
    for candidate in (asked, workshop_language):
        if candidate in LANGUAGES:
            return candidate
    system = os.environ.get("LC_ALL") or os.environ.get("LC_MESSAGES") or os.environ.get("LANG")
    return "sv" if (system or "").startswith("sv") else "en"


class _Formatter(string.Formatter):
    """`str.format`, and `{n:one|other}` for a word that agrees with the number n."""

    def format_field(self, value: Any, format_spec: str) -> str:
        if "|" in format_spec and isinstance(value, int):
            one, other = format_spec.split("|", 1)
            return one if value == 1 else other
        return str(super().format_field(value, format_spec))


_FORMATTER = _Formatter()


def t(key: str, language: str, /, **fields: object) -> str:
    """The text for `key` in `language` (English where the language is not one we speak)."""
    texts = STRINGS[key]
    text = texts.get(language) or texts["en"]
    if not fields:
        return text
    return _FORMATTER.format(text, **fields) if "|" in text else text.format(**fields)


class Translator:
    """`t` bound to one language, for code that speaks one language throughout."""

    def __init__(self, language: str) -> None:
        self.language = language if language in LANGUAGES else "en"

    def __call__(self, key: str, /, **fields: object) -> str:
        return t(key, self.language, **fields)


__all__ = ["LANGUAGES", "STRINGS", "Translator", "t", "ui_language"]
