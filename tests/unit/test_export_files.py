"""Where the exports go: safe names inside the folder, never an earlier file overwritten,
never a write through a symbolic link."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from facilitator.domain.session import Session
from facilitator.export import (
    FORMATS,
    UnknownFormat,
    export_stem,
    parse_formats,
    render_exports,
    write_exports,
)

from .test_export_sessions import SV_FILE, Clock, builtin, full_session

NAME = re.compile(
    r"^\d{4}-\d{2}-\d{2}-[a-z0-9-]+(\.md|\.html|-commitments\.csv|-commitments\.xlsx|\.ics)$"
)


def tree(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*")}


def test_names_come_from_the_date_and_the_title(tmp_path: Path) -> None:
    session = full_session("sv")
    assert export_stem(session) == "2026-11-30-ledningens-stod"
    written = write_exports(session, tmp_path / "exports")
    assert [p.name for p in written] == [
        "2026-11-30-ledningens-stod.md",
        "2026-11-30-ledningens-stod.html",
        "2026-11-30-ledningens-stod-commitments.csv",
        "2026-11-30-ledningens-stod-commitments.xlsx",
        "2026-11-30-ledningens-stod.ics",
    ]
    assert [p.read_bytes() for p in written] == list(render_exports(session).values())


@pytest.mark.parametrize(
    ("typed", "day"),
    [("2027-3-4", "2027-03-04"), (" 2027-03-04 ", "2027-03-04"), ("20270304", None), ("4/3", None)],
)
def test_the_name_uses_the_meeting_date_as_its_field_reads_it(typed: str, day: str | None) -> None:
    """The meeting details accept 2027-3-4 as a date; the exported files must be named after
    that day, not after the day the session was made (and what the field refuses, so does
    the name)."""
    session = full_session("sv")
    session.meeting.date = typed
    made = session.created.date().isoformat()
    assert export_stem(session).startswith(f"{day or made}-")


@pytest.mark.parametrize(
    "title",
    [
        "../../x",
        "/etc/passwd",
        "CON",
        "nul.txt",
        "x" * 300,
        "å" * 300,
        "..",
        ".",
        "",
        "   ",
        "😀",
        "..\\..\\windows",
        "a/../../b",
        "~/.bashrc",
        "-rf",
        "$(rm -rf ~)",
        "name\x00with nul",
    ],
)
def test_no_title_writes_outside_the_folder(tmp_path: Path, title: str) -> None:
    session = Session(builtin(SV_FILE), clock=Clock())
    session.set_meeting("title", title)
    session.set_meeting("date", "../../2026-11-30")
    session.add_commitment("x", due="2027-01-01")
    folder = tmp_path / "exports"
    written = write_exports(session, folder)
    assert len(written) == len(FORMATS)
    for path in written:
        assert path.parent == folder
        assert NAME.match(path.name), path.name
        assert len(path.name) < 100
    assert tree(tmp_path) == {"exports"} | {f"exports/{p.name}" for p in written}


def test_an_existing_export_is_never_overwritten(tmp_path: Path) -> None:
    session = full_session("sv")
    folder = tmp_path / "exports"
    first = write_exports(session, folder)
    before = {p: p.read_bytes() for p in first}
    (folder / "2026-11-30-ledningens-stod-2-commitments.csv").write_text("someone else's")
    second = write_exports(session, folder, ["md", "csv"])
    assert [p.name for p in second] == [
        "2026-11-30-ledningens-stod-3.md",
        "2026-11-30-ledningens-stod-3-commitments.csv",
    ]
    assert {p: p.read_bytes() for p in first} == before
    assert not [p for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_replace_overwrites_only_when_asked(tmp_path: Path) -> None:
    session = full_session("sv")
    folder = tmp_path / "exports"
    first = write_exports(session, folder, ["md"])
    first[0].write_text("old")
    again = write_exports(session, folder, ["md"], replace=True)
    assert again == first
    assert first[0].read_bytes() == render_exports(session, ["md"])["md"]


@pytest.mark.parametrize("dangling", [False, True])
def test_a_symbolic_link_in_the_folder_is_never_written_through(
    tmp_path: Path, dangling: bool
) -> None:
    session = full_session("sv")
    folder = tmp_path / "exports"
    folder.mkdir()
    target = tmp_path / "elsewhere.txt"
    if not dangling:
        target.write_text("precious")
    (folder / "2026-11-30-ledningens-stod.md").symlink_to(target)
    written = write_exports(session, folder, ["md"])
    assert [p.name for p in written] == ["2026-11-30-ledningens-stod-2.md"]
    assert target.read_text() == "precious" if not dangling else not target.exists()
    # Even when told to replace, the link itself is replaced and its target left alone.
    replaced = write_exports(session, folder, ["md"], replace=True)
    assert not replaced[0].is_symlink()
    assert target.read_text() == "precious" if not dangling else not target.exists()


def test_without_hard_links_files_are_still_created_exclusively(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """FAT on a USB stick has no hard links: the exclusive create takes over."""

    def no_links(src: object, dst: object) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    session = full_session("sv")
    folder = tmp_path / "exports"
    first = write_exports(session, folder, ["md", "html"])
    second = write_exports(session, folder, ["md", "html"])
    assert [p.name for p in second] == [
        "2026-11-30-ledningens-stod-2.md",
        "2026-11-30-ledningens-stod-2.html",
    ]
    assert all(p.read_bytes() for p in first + second)
    assert len(list(folder.iterdir())) == 4


def test_formats_are_read_from_a_comma_separated_list() -> None:
    assert parse_formats("md,html,csv,xlsx,ics") == FORMATS
    assert parse_formats(" ICS , md ") == ("md", "ics")
    for bad in ("pdf", "", "md,,html", "md;html"):
        with pytest.raises(UnknownFormat):
            parse_formats(bad)


def test_exporting_leaves_the_garbage_collector_as_it_found_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The collector is paused while the files are made (see `collector_paused`); it must be
    running again afterwards, even when making them failed, or the app would grow."""
    import gc

    from facilitator.export import files

    session = full_session("sv")
    assert gc.isenabled()
    render_exports(session)
    assert gc.isenabled()

    def broken(*args: object) -> bytes:
        assert not gc.isenabled()  # paused while the files are made
        raise RuntimeError("a bug in one exporter")

    monkeypatch.setattr(files, "commitments_csv", broken)
    with pytest.raises(RuntimeError):
        render_exports(session)
    assert gc.isenabled()
    gc.disable()
    try:
        render_exports(session, ["md"])
        assert not gc.isenabled()  # left off when it was off (as during start-up)
    finally:
        gc.enable()
