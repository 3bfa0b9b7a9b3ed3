"""The commitments as a spreadsheet, read back with openpyxl: the rows of the CSV, dates as
dates, and typed text as text cells that no spreadsheet runs as a formula."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import datetime

import openpyxl

from facilitator.domain.session import Session
from facilitator.export import commitments_csv, commitments_xlsx, render_exports

from .test_export_sessions import SV_FILE, Clock, builtin, full_session

HOSTILE = ['=HYPERLINK("http://example.com/x","klicka")', "+1+1", "@SUM(A1)", "-2", "'=1", "0042"]


def sheet_rows(data: bytes) -> list[tuple[object, ...]]:
    workbook = openpyxl.load_workbook(io.BytesIO(data))
    return list(workbook.active.iter_rows(values_only=True))


def csv_rows(data: bytes) -> list[list[str]]:
    text = data.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def as_text(value: object) -> str:
    """A cell as the CSV writes it: a date as ISO, empty as ""."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    return "" if value is None else str(value)


def test_the_spreadsheet_holds_the_rows_of_the_csv_with_real_dates() -> None:
    session = full_session("sv")
    sheet = sheet_rows(commitments_xlsx(session))
    table = csv_rows(commitments_csv(session))
    assert [[as_text(v) for v in row] for row in sheet] == table
    header, *rows = sheet
    due = header.index("Klart senast")
    assert rows[0][due] == datetime(2027, 1, 31)
    assert rows[2][due] is None  # no due date: an empty cell, not a dash
    assert rows[0][header.index("Mötesdatum")] == datetime(2026, 11, 30)
    assert rows[0][header.index("Kopplat till")] == "§ 2.1"
    assert rows[0][header.index("§")] == 5


def test_the_header_row_is_frozen_and_the_columns_have_widths() -> None:
    workbook = openpyxl.load_workbook(io.BytesIO(commitments_xlsx(full_session("sv"))))
    sheet = workbook.active
    assert sheet.title == "Åtaganden"
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["E"].width > 40  # the commitment itself
    assert sheet.cell(2, 7).number_format == "yyyy-mm-dd"


def test_hostile_text_is_text_and_never_a_formula() -> None:
    session = Session(builtin(SV_FILE), clock=Clock())
    for text in HOSTILE:
        session.add_commitment(text, text, text)
    data = commitments_xlsx(session)
    workbook = openpyxl.load_workbook(io.BytesIO(data))
    sheet = workbook.active
    for row, text in enumerate(HOSTILE, start=2):
        for column in (5, 6, 7):  # what, who, due (not a date: kept as typed)
            cell = sheet.cell(row, column)
            assert cell.value == text, (row, column)
            assert cell.data_type == "s", (text, cell.data_type)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        sheet_xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet_xml and "<f " not in sheet_xml


def test_the_same_session_gives_the_same_bytes_and_every_export_has_it() -> None:
    first = commitments_xlsx(full_session("sv"))
    assert first == commitments_xlsx(full_session("sv"))
    assert render_exports(full_session("sv"), ["xlsx"])["xlsx"] == first
    english = sheet_rows(commitments_xlsx(full_session("en")))
    assert english[0][:4] == ("Meeting date", "Meeting", "Section", "No.")
