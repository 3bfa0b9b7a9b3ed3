"""Exports of a session: the minutes as Markdown and HTML, the commitments as CSV, a
spreadsheet (.xlsx) and iCalendar.

Pure functions turn a session into text or bytes; only `write_exports` touches the disk. No
Textual here, so `facilitator export` starts quickly and the screens can call the same code.
"""

from facilitator.export.commitments import commitments_csv, commitments_ics, dated_commitments
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
