"""The session list: read from each file's checked head, the same as reading the file whole,
never believing a head that no longer tells the truth; and each series listed together."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, strategies as st

from facilitator.domain.session import Session
from facilitator.paths import Workspace
from facilitator.storage import session_head
from facilitator.storage.session_toml import dumps_session
from facilitator.storage.sessions import (
    SessionSummary,
    in_series,
    list_sessions,
    summarize,
    summarize_whole,
)

from .helpers import example_session, facilitator
from .test_session_roundtrip import SETTINGS, sessions

LINE = re.compile(r"# session list: (\d+) of (\d+) sections done, check [0-9a-f]{8}\n")


def without_head(text: str) -> str:
    return LINE.sub("", text, count=1)


def rehead(text: str, done: int, total: int) -> str:
    """A file as facilitator would write it: its line made anew for what it now holds."""
    return session_head.with_head(without_head(text), done, total)


def with_series(text: str, series_id: str, number: int, follows: str = "a.toml") -> str:
    """A follow-up's file as the agreed format has it (format 2, `[series]` before
    `[meeting]`), made by hand."""
    table = (
        f'[series]\nid = "{series_id}"\nnumber = {number}\n'
        f'follows = "{follows}"\nfollows_id = "{series_id}"\n\n'
    )
    text = text.replace("format_version = 1\nkind", "format_version = 2\nkind", 1)
    return text.replace("[meeting]\n", table + "[meeting]\n", 1)


def whole(path: Path) -> SessionSummary:
    return summarize_whole(path, path.read_bytes())


def finished_session() -> Session:
    session = example_session()
    session.finish()
    return session


def variants() -> dict[str, tuple[str, dict[str, Any]]]:
    """File texts, and what the list must show of each."""
    good = dumps_session(example_session())
    done = int(LINE.match(good).group(1))  # type: ignore[union-attr]
    retitled = good.replace('title = "Management group, November"', 'title = "Renamed by hand"', 1)
    notes_gone = re.sub(r'\nnotes = """(.|\n)*?"""', '\nnotes = ""', good)
    series = with_series(good, "first-session-id", 3)
    return {
        "as written": (good, {"done": done, "title": "Management group, November"}),
        "finished": (dumps_session(finished_session()), {"finished": True}),
        "older, without the line": (without_head(good), {"done": done}),
        "its line says more is done": (
            good.replace(f"# session list: {done} of", "# session list: 6 of", 1),
            {"done": done},
        ),
        "its title changed by hand": (retitled, {"title": "Renamed by hand"}),
        "its sections changed by hand": (notes_gone, {}),
        "a follow-up, written": (
            rehead(series, done, 6),
            {"series_id": "first-session-id", "series_number": 3},
        ),
        "a follow-up, by hand": (series, {"series_id": "first-session-id", "series_number": 3}),
        "damaged under a good line": (
            good.replace("seconds_spent = 300", "seconds_spent = [", 1),
            {"problem_kind": "damaged"},
        ),
        "damaged head, line made anew": (
            rehead(good.replace("[meeting]\n", "[meeting]\ntitle = 3\n", 1), done, 6),
            {"problem_kind": "damaged"},
        ),
        "cut short": (good[: len(good) // 2], {"problem_kind": "damaged"}),
        "not UTF-8": (good.replace("Anna", "An\udcffna", 1), {"problem_kind": "damaged"}),
    }


@pytest.mark.parametrize("name", list(variants()))
def test_the_list_says_what_reading_the_whole_file_says(name: str, tmp_path: Path) -> None:
    text, expected = variants()[name]
    path = tmp_path / "session.toml"
    path.write_bytes(text.encode("utf-8", "surrogateescape"))
    listed = summarize(path)
    assert listed == whole(path)
    for key, value in expected.items():
        assert getattr(listed, key) == value, key
    if listed.problem:
        assert "\n" not in listed.problem and str(path) in listed.problem


def test_a_follow_up_on_disk_reads_its_series_from_the_file(tmp_path: Path) -> None:
    text = dumps_session(example_session())
    path = tmp_path / "follow-up.toml"
    path.write_text(with_series(text, "the-first", 2), encoding="utf-8")
    listed = summarize(path)
    assert (listed.series_id, listed.series_number, listed.follow_up) == ("the-first", 2, True)
    plain = tmp_path / "plain.toml"
    plain.write_text(text, encoding="utf-8")
    alone = summarize(plain)
    assert (alone.series_id, alone.series_number, alone.follow_up) == (alone.id, 1, False)


def test_a_file_with_a_good_line_is_listed_without_parsing_it_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What makes the list fast: only a file whose line does not vouch for it is parsed whole."""
    from facilitator.storage import session_toml

    good = dumps_session(example_session())
    (tmp_path / "new.toml").write_text(good, encoding="utf-8")
    (tmp_path / "old.toml").write_text(without_head(good), encoding="utf-8")
    parsed: list[int] = []
    real = session_toml.parse_document
    monkeypatch.setattr(session_toml, "parse_document", lambda text: parsed.append(1) or real(text))
    summarize(tmp_path / "new.toml")
    assert parsed == []
    summarize(tmp_path / "old.toml")
    assert parsed == [1]


def series_workspace(workspace: Workspace) -> dict[str, Path]:
    """Two series and a session alone, changed in an order that interleaves them."""
    folder = workspace.ensure(workspace.sessions)
    files: dict[str, Path] = {}

    def write(name: str, title: str, hours: int, series: tuple[str, int] | None) -> None:
        session = example_session()
        session.id = f"id-{name}"  # each its own session
        session.meeting.title = title
        session.updated = session.updated + timedelta(hours=hours)
        text = dumps_session(session)
        if series is not None:
            done, total = (int(n) for n in LINE.match(text).groups())  # type: ignore[union-attr]
            text = rehead(with_series(text, *series), done, total)
        files[name] = folder / f"{name}.toml"
        files[name].write_text(text, encoding="utf-8")
        if series is None:
            files[f"{name}-id"] = Path(session.id)

    write("a1", "Ledningen, november", 0, None)
    write("b1", "Styrelsen, december", 1, None)
    series_a = str(files["a1-id"])
    series_b = str(files["b1-id"])
    write("a3", "Ledningen, maj", 5, (series_a, 3))
    write("b2", "Styrelsen, mars", 2, (series_b, 2))
    write("a2", "Ledningen, februari", 3, (series_a, 2))
    write("alone", "Ensam", 4, None)
    (folder / "broken.toml").write_text("kind = [\n", encoding="utf-8")
    return files


def test_sessions_of_a_series_are_listed_together_in_order(workspace: Workspace) -> None:
    series_workspace(workspace)
    groups = in_series(list_sessions(workspace))
    titles = [[s.title or s.path.name for s in group] for group in groups]
    assert titles == [
        ["Ledningen, november", "Ledningen, februari", "Ledningen, maj"],  # changed last: maj
        ["Ensam"],
        ["Styrelsen, december", "Styrelsen, mars"],
        ["broken.toml"],
    ]


def test_facilitator_sessions_shows_each_follow_up_under_its_series(
    workspace: Workspace,
) -> None:
    series_workspace(workspace)
    result = facilitator("sessions", "--lang", "sv", cwd=workspace.root)
    assert result.returncode == 0, result.stderr
    rows = [line.split("  ")[0:2] for line in result.stdout.splitlines()[1:]]
    assert [row[0] if row[0] else row[1] for row in rows] == [
        "Ledningen, november",
        "↳ möte 2: Ledningen, februari",
        "↳ möte 3: Ledningen, maj",
        "Ensam",
        "Styrelsen, december",
        "↳ möte 2: Styrelsen, mars",
        "-",
    ]
    assert result.stdout.splitlines()[2].startswith("  ↳ möte 2: Ledningen, februari")


@SETTINGS
@given(session=sessions(), finished=st.booleans(), series=st.integers(0, 4))
def test_any_session_as_saved_is_listed_from_its_head_as_read_whole(
    session: Session, finished: bool, series: int, tmp_path: Path
) -> None:
    """Sessions of every shape the round-trip tests make (texts with line breaks, quotes and
    CRLF, lists of commitments inline or as tables), finished or not, first of a series or a
    follow-up: the head alone gives the same line as the whole file."""
    if finished and not session.finished:
        session.finish()
    text = dumps_session(session)
    if series:
        done, total = (int(n) for n in LINE.match(text).groups())  # type: ignore[union-attr]
        text = rehead(with_series(text, "first", series + 1), done, total)
    path = tmp_path / "session.toml"
    path.write_text(text, encoding="utf-8")
    assert session_head.read_head(path.read_bytes()) is not None
    listed = summarize(path)
    assert listed == whole(path)
    assert not listed.problem
    assert listed.finished == session.finished


def test_follow_ups_made_by_facilitator_are_listed_from_their_heads_with_their_series(
    workspace: Workspace,
) -> None:
    from facilitator.storage.follow_ups import follow_up_of
    from facilitator.storage.sessions import save_session
    from facilitator.storage.workshop_yaml import load_workshop

    from .helpers import SWEDISH_WORKSHOP

    folder = workspace.ensure(workspace.sessions)
    first = folder / "first.toml"
    save_session(first, Session(load_workshop(SWEDISH_WORKSHOP)))
    second = folder / "second.toml"
    save_session(second, follow_up_of(first, workspace))
    third = folder / "third.toml"
    save_session(third, follow_up_of(second, workspace))
    listed = {path.name: summarize(path) for path in (first, second, third)}
    for path in (first, second, third):
        assert session_head.read_head(path.read_bytes()) is not None
        assert listed[path.name] == whole(path)
    assert [s.series_number for s in listed.values()] == [1, 2, 3]
    assert {s.series_id for s in listed.values()} == {listed["first.toml"].id}
    (group,) = in_series(list_sessions(workspace))
    assert [s.path.name for s in group] == ["first.toml", "second.toml", "third.toml"]
