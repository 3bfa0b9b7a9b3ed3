"""Exports of a session: the minutes as Markdown and HTML, the commitments as CSV, a
spreadsheet (.xlsx) and iCalendar.

Pure functions turn a session into text or bytes; only `write_exports` touches the disk. No
Textual here, so `facilitator export` starts quickly and the screens can call the same code.

The names below are imported when first asked for, not with the package: a command that
needs one small module of it (`facilitator trend` and export/trend.py) does not pay for the
HTML and spreadsheet writers.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from facilitator.export.commitments import (
        commitments_csv,
        commitments_ics,
        dated_commitments,
    )
    from facilitator.export.files import (
        FORMATS,
        UnknownFormat,
        export_stem,
        parse_formats,
        render_exports,
        write_exports,
    )
    from facilitator.export.html import minutes_html, render_page
    from facilitator.export.minutes import minutes_language, minutes_markdown, minutes_title
    from facilitator.export.xlsx import commitments_xlsx

_WHERE = {
    "commitments_csv": "commitments",
    "commitments_ics": "commitments",
    "dated_commitments": "commitments",
    "FORMATS": "files",
    "UnknownFormat": "files",
    "export_stem": "files",
    "parse_formats": "files",
    "render_exports": "files",
    "write_exports": "files",
    "minutes_html": "html",
    "render_page": "html",
    "minutes_language": "minutes",
    "minutes_markdown": "minutes",
    "minutes_title": "minutes",
    "commitments_xlsx": "xlsx",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


__all__ = [
    "FORMATS",
    "UnknownFormat",
    "commitments_csv",
    "commitments_ics",
    "commitments_xlsx",
    "dated_commitments",
    "export_stem",
    "minutes_html",
    "minutes_language",
    "minutes_markdown",
    "minutes_title",
    "parse_formats",
    "render_exports",
    "render_page",
    "write_exports",
]
