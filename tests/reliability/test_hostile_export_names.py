"""Item 13: export names from hostile meeting titles and dates never write outside the export
folder and never overwrite anything.

A property test makes titles from path tricks (`../../x`, absolute paths, `..`, `~`, back
slashes), names file systems refuse or treat specially (NUL, `CON`, `COM1`, `nul.txt`, a
trailing dot), 300 characters, and random text. Before each export, the folder already holds
what a careless writer would trip over at the very names the export will want: a symbolic
link to a file outside, a dangling link, someone's own file and a folder. Each session is
exported twice, through the function the screen and the command line share; the command
line itself (`facilitator export`) is run on some of them too. Everything outside the export
folder, and everything that was in it, must be byte for byte as it was.

tests/unit/test_export_files.py covers listed titles and a single link one at a time.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from facilitator import cli
from facilitator.domain.session import Session
from facilitator.export import export_stem, write_exports
from facilitator.export.files import SUFFIXES
from facilitator.storage.sessions import save_session
from unit.test_export_sessions import SV_FILE, Clock, builtin

PIECES = [
    "../../x", "../", "/etc/passwd", "/", "..", ".", "~", "~/.bashrc", "$HOME", "..\\..\\win",
    "C:\\Windows", "\x00", "nul", "CON", "COM1", "LPT1", "nul.txt", "aux.", "x" * 300,
    "å" * 150, "😀", "  ", "-rf", ".hidden", "*", "?", ":", "|", "<>", '"', "\n", "\t",
]  # fmt: skip
titles = st.lists(
    st.one_of(st.sampled_from(PIECES), st.text(max_size=20)), min_size=1, max_size=4
).map("".join)
dates = st.one_of(st.just("2026-11-30"), st.just("../../2026-11-30"), st.text(max_size=12))
WORKSHOP = builtin(SV_FILE)
counter = itertools.count()


def tree(root: Path) -> dict[str, bytes | str]:
    """Every entry under `root`: a file's bytes, a link's target, a folder's mark."""
    found: dict[str, bytes | str] = {}
    for path in sorted(root.rglob("*")):
        name = str(path.relative_to(root))
        if path.is_symlink():
            found[name] = f"-> {path.readlink()}"
        elif path.is_dir():
            found[name] = "folder"
        else:
            found[name] = path.read_bytes()
    return found


def traps(folder: Path, outside: Path, stem: str) -> None:
    """At the names the export will want: a link out, a dangling link, a file, a folder."""
    folder.mkdir(parents=True)
    (folder / f"{stem}.md").symlink_to(outside / "precious.txt")
    (folder / f"{stem}.html").symlink_to(outside / "missing.html")
    (folder / f"{stem}-2.md").write_text("someone's own minutes")
    (folder / f"{stem}-3{SUFFIXES['csv']}").mkdir()
    (folder / f"{stem}-4.ics").symlink_to(outside)


class Totals:
    exports = written = outside = overwritten = 0


TOTALS = Totals()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=titles, date=dates)
def check_one(root: Path, title: str, date: str) -> None:
    case = root / f"case{next(counter)}"
    outside = case / "outside"
    outside.mkdir(parents=True)
    (outside / "precious.txt").write_text("precious")
    session = Session(WORKSHOP, clock=Clock())
    session.set_meeting("title", title)
    session.set_meeting("date", date)
    session.add_commitment("Boka lokal", "Anna", "2027-01-15")
    folder = case / "exports"
    stem = export_stem(session)
    traps(folder, outside, stem)
    before = tree(case)

    written = write_exports(session, folder) + write_exports(session, folder)
    TOTALS.exports += 2
    TOTALS.written += len(written)
    for path in written:
        assert path.parent == folder and not path.is_symlink() and path.is_file(), path
    after = tree(case)
    TOTALS.outside += sum(1 for name in after if not name.startswith("exports"))
    TOTALS.outside -= sum(1 for name in before if not name.startswith("exports"))
    changed = [name for name, value in before.items() if after.get(name) != value]
    TOTALS.overwritten += len(changed)
    assert changed == [], changed
    new = set(after) - set(before)
    assert new == {str(p.relative_to(case)) for p in written}, new


@pytest.mark.slow
def test_hostile_titles_never_write_outside_the_export_folder_nor_overwrite(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], figure: Callable[[str], None]
) -> None:
    check_one(tmp_path)

    # The command line, on a few of the worst. It names the files after the session's file,
    # here named as badly as a file can be: the traps at the title's names stay untouched,
    # and nothing but the reported files is written.
    stems = ["CON", "-rf", "$(rm -rf ~)", "å" * 100]
    for number, title in enumerate(["../../x", "/etc/passwd", "CON\x00", "x" * 300]):
        case = tmp_path / f"cli{number}"
        outside = case / "outside"
        outside.mkdir(parents=True)
        (outside / "precious.txt").write_text("precious")
        session = Session(WORKSHOP, clock=Clock())
        session.set_meeting("title", title)
        session.add_commitment("Boka lokal", "Anna", "2027-01-15")
        session_file = outside / f"{stems[number]}.toml"
        save_session(session_file, session)
        traps(case / "exports", outside, export_stem(session))
        before = tree(case)
        with pytest.raises(SystemExit) as end:
            cli.main(["export", str(session_file), "--out", str(case / "exports")])
        assert end.value.code == 0
        printed = capsys.readouterr().out.split()
        TOTALS.exports += 1
        TOTALS.written += len(printed)
        after = tree(case)
        assert [name for name, value in before.items() if after.get(name) != value] == []
        assert set(after) - set(before) == {str(Path(p).relative_to(case)) for p in printed}
        assert all(Path(p).parent == case / "exports" for p in printed), printed

    figure(
        f"{TOTALS.exports} exports of sessions with hostile titles and dates into folders "
        f"holding a link out, a dangling link, a file and a folder at the wanted names: "
        f"{TOTALS.written} files written, {TOTALS.outside} outside the export folder, "
        f"{TOTALS.overwritten} overwritten"
    )
    assert TOTALS.outside == TOTALS.overwritten == 0
