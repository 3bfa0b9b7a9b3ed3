"""The commitments as a spreadsheet (.xlsx) that opens by double-click in Excel and LibreOffice.

A CSV has no say in how it is read: LibreOffice opening one without its import dialog (a
double-click from a mail, `soffice --convert-to`) splits on commas and ignores the byte order
mark, so a Swedish `;` file lands in one column with "BjÃ¶rn". An .xlsx carries its columns,
types and encoding inside it. What people typed is written as text cells, never read as a
formula, a number or a link, so `=HYPERLINK(…)` shows as typed and needs no guard character;
a valid due date is a real date cell; the header row is frozen and filtered, the columns
have widths that fit their content.

Written with XlsxWriter (imported here, when a spreadsheet is asked for). The file's dates
come from the session, not the clock, so the same session gives the same bytes.
"""

from __future__ import annotations

import io
from datetime import UTC, date, datetime

from facilitator.domain.session import Session
from facilitator.domain.text import close_direction
from facilitator.export.commitment_rows import commitment_rows, headers, sheet_columns
from facilitator.export.escape import inline_text
from facilitator.export.minutes import minutes_language, minutes_title
from facilitator.i18n import Translator

# Characters wide, per column: what the words of each column usually need, capped so a long
# commitment wraps in its cell instead of making a sheet too wide to print.
WIDTHS = {
    "meeting_date": 12,
    "meeting": 24,
    "section": 5,
    "number": 5,
    "what": 48,
    "who": 22,
    "due": 12,
    "status": 10,
    "outcome": 14,
    "link": 10,
    "link_text": 48,
}
WRAPPED = {"meeting", "what", "who", "link_text"}
# Excel's own rule for sheet names: at most 31 characters, none of these.
_SHEET_FORBIDDEN = str.maketrans({c: " " for c in "[]:*?/\\"})


# A spreadsheet's dates start in 1900 (and Excel counts a 29 February 1900 that never was):
# an earlier date, which a date field accepts, is written as its text, not as #VALUE!.
FIRST_SHEET_DAY = date(1900, 3, 1)


def commitments_xlsx(session: Session, language: str | None = None) -> bytes:
    """The commitments as an .xlsx workbook with one sheet."""
    import xlsxwriter

    lang = minutes_language(session, language)
    tr = Translator(lang)
    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(
        buffer,
        {
            "in_memory": True,
            # Typed text stays text: no formulas, numbers or links guessed from it.
            "strings_to_formulas": False,
            "strings_to_numbers": False,
            "strings_to_urls": False,
        },
    )
    created = session.created.astimezone(UTC).replace(tzinfo=None)
    title = tr("minutes.ics.calendar", title=inline_text(minutes_title(session)))
    workbook.set_properties({"title": title, "created": created})
    sheet = workbook.add_worksheet(tr("minutes.commitments").translate(_SHEET_FORBIDDEN)[:31])
    header = workbook.add_format({"bold": True, "bg_color": "#ECECEC", "valign": "top"})
    text = workbook.add_format({"valign": "top"})
    wrapped = workbook.add_format({"valign": "top", "text_wrap": True})
    day = workbook.add_format({"valign": "top", "num_format": "yyyy-mm-dd", "align": "left"})
    number = workbook.add_format({"valign": "top", "align": "right"})

    columns = sheet_columns(session)
    for column, name in enumerate(columns):
        sheet.set_column(column, column, WIDTHS[name], wrapped if name in WRAPPED else None)
    for column, title in enumerate(headers(lang, columns)):
        sheet.write_string(0, column, title, header)
    rows = commitment_rows(session, lang)
    for index, row in enumerate(rows, start=1):
        for column, (name, value) in enumerate(zip(columns, row.cells(columns), strict=True)):
            if isinstance(value, date) and value < FIRST_SHEET_DAY:
                sheet.write_string(index, column, value.isoformat(), text)
            elif isinstance(value, date):
                moment = datetime(value.year, value.month, value.day)
                sheet.write_datetime(index, column, moment, day)
            elif isinstance(value, int):
                sheet.write_number(index, column, value, number)
            elif value:
                shown = close_direction(value)  # a typed override ends in its own cell
                sheet.write_string(index, column, shown, wrapped if name in WRAPPED else text)
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, max(len(rows), 1), len(columns) - 1)
    workbook.close()
    return buffer.getvalue()
