"""`facilitator trend` on a series of three meetings: the Markdown table and the CSV are
exactly the golden files, the CSV reads back with `csv`, the series is found from any of its
files or its id, and the language is the workshop's unless `--lang` says otherwise.

Regenerate the golden files after a deliberate change with `UPDATE_GOLDEN=1 python -m pytest
tests/unit -k trend_command`, then read the diff before committing it."""

from __future__ import annotations

import csv
import io
import os

import pytest

from facilitator.cli import main
from facilitator.paths import Workspace

from .series_files import NAMES, write_series
from .test_export_sessions import GOLDEN, SESSION_IDS

UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"


def trend(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exited:
        main(["trend", *args])
    out, err = capsys.readouterr()
    return int(exited.value.code or 0), out, err


@pytest.mark.parametrize("fmt", ["md", "csv"])
@pytest.mark.parametrize("language", ["sv", "en"])
def test_a_series_of_three_gives_exactly_the_golden_trend(
    workspace: Workspace, capsys: pytest.CaptureFixture[str], language: str, fmt: str
) -> None:
    write_series(workspace.sessions, language)
    status, out, err = trend(capsys, NAMES[2], *(["--csv"] if fmt == "csv" else []))
    assert (status, err) == (0, "")
    golden = GOLDEN / f"trend-{language}.{fmt}"
    if UPDATE:
        golden.write_text(out, encoding="utf-8")
    assert out == golden.read_text(encoding="utf-8"), f"{golden.name} differs; see the docstring"


def test_the_csv_reads_back_with_csv_one_row_per_meeting_and_value(
    workspace: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    write_series(workspace.sessions, "en")
    _, out, _ = trend(capsys, NAMES[0], "--csv")
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == ["series", "session", "date", "item id", "item text", "value"]
    figure = [r for r in rows if r[3] == "meeting-time"]
    assert [(r[1], r[2], r[5]) for r in figure] == [
        ("1", "2026-11-30", "38.5"),
        ("2", "2027-03-01", "31"),
        ("3", "2027-06-01", "27.5"),
    ]
    c2 = [(r[1], r[5]) for r in rows if r[3] == "c2"]
    assert c2 == [("1", "Open"), ("2", "In progress"), ("3", "Done")]
    assert {r[0] for r in rows[1:]} == {SESSION_IDS["en"]}


def test_the_series_is_found_from_any_of_its_files_or_its_id(
    workspace: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    write_series(workspace.sessions, "sv")
    outputs = {trend(capsys, given)[1] for given in (*NAMES, SESSION_IDS["sv"])}
    assert len(outputs) == 1
    assert "| Möte | 1 | 2 | 3 |" in outputs.pop()


def test_the_language_is_the_workshops_unless_asked(
    workspace: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    write_series(workspace.sessions, "sv")
    assert "## Nyckeltal" in trend(capsys, NAMES[1])[1]
    assert "## Key figures" in trend(capsys, NAMES[1], "--lang", "en")[1]


def test_an_unknown_series_is_one_line_and_exit_1(
    workspace: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    write_series(workspace.sessions, "sv")
    status, out, err = trend(capsys, "no-such-series")
    assert status == 1 and out == ""
    assert err.count("\n") == 1 and "no-such-series" in err
