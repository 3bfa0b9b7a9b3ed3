"""Session files that cannot be used: one clear line naming the file, and the file untouched."""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from facilitator.domain.errors import SessionFileError
from facilitator.domain.session import Session
from facilitator.storage.session_toml import SessionTooNew, dumps_session
from facilitator.storage.sessions import open_session, read_session, save_session

from .helpers import CONTROLS, example_session, facilitator, strings

GOOD = dumps_session(example_session())


def changed(pattern: str, new: str) -> str:
    """GOOD with the first match of `pattern` replaced (a typo in a test fails loudly)."""
    text, count = re.subn(pattern, new, GOOD, count=1, flags=re.MULTILINE)
    assert count == 1, pattern
    return text


NOT_A_SESSION = """\
[build-system]
requires = ["hatchling"]

[project]
name = "facilitator"
version = "0.1.0"
"""

CASES: dict[str, tuple[str | bytes, str]] = {
    # name: (file content, words the message must hold)
    "damaged-toml": (changed(r'^title = "Management group.*$', 'title = "unterminated'), "damaged"),
    "not-toml-at-all": ("<html><body>Not a session</body></html>\n", "damaged"),
    "empty": ("", "not a facilitator session"),
    "binary": (bytes(range(256)) * 4, "damaged"),
    "latin-1": (GOOD.replace("Åberg", "\udcc5berg").encode("utf-8", "surrogateescape"), "UTF-8"),
    "newer-format": (changed(r"^format_version = 2$", "format_version = 3"), "newer"),
    "not-a-session": (NOT_A_SESSION, "not a facilitator session"),
    "format-version-text": (
        changed(r"^format_version = 2$", 'format_version = "2"'),
        "format_version",
    ),
    "created-not-a-moment": (changed(r"^created = .*$", 'created = "yesterday"'), "created"),
    "created-without-offset": (
        changed(r"^created = .*$", "created = 2026-11-30T09:00:00"),
        "created",
    ),
    "visited-text": (changed(r"^visited = false$", 'visited = "no"'), "visited"),
    "seconds-negative": (changed(r"^seconds_spent = 0$", "seconds_spent = -5"), "seconds_spent"),
    "seconds-float": (changed(r"^seconds_spent = 0$", "seconds_spent = 1.5"), "seconds_spent"),
    "current-section-unknown": (
        changed(r'^current_section = ".*"$', 'current_section = "nowhere"'),
        "nowhere",
    ),
    "current-section-number": (
        changed(r"^current_section = .*$", "current_section = 3"),
        "current_section",
    ),
    "meeting-not-a-table": (changed(r"^\[meeting\]$", "meeting = 1\n[not_meeting]"), "meeting"),
    "role-unknown": (changed(r'role = "chair"', 'role = "boss"'), "boss"),
    "answer-not-on-scale": (changed(r'answer = "partly"', 'answer = "maybe"'), "maybe"),
    "agreement-unknown": (changed(r'agreement = "majority"', 'agreement = "most"'), "most"),
    "status-unknown": (changed(r'status = "done"', 'status = "later"'), "later"),
    "notes-a-number": (changed(r'^notes = ""$', "notes = 42"), "notes"),
    "timebox-text": (changed(r"^timebox_minutes = 5$", 'timebox_minutes = "5"'), "timebox_minutes"),
    "workshop-title-missing": (changed(r'^title = "Hybrid meetings.*"\n', ""), "title"),
    "section-kind-unknown": (changed(r'^kind = "text"$', 'kind = "poster"'), "poster"),
    "unknown-top-key": (changed(r"^kind = ", 'colour = "red"\nkind = '), "colour"),
    "unknown-meeting-key": (changed(r"^organisation = ", "budget = 0\norganisation = "), "budget"),
    "unknown-commitment-key": (changed(r'^link = "rooms"$', 'link = "rooms"\nprice = 3'), "price"),
    "duplicate-commitment-id": (changed(r'^id = "c2"$', 'id = "c1"'), "commitment id"),
    "nesting-500-deep": (
        changed(r'^notes = ""$', "notes = " + "[" * 500 + "]" * 500),
        "nested too deeply",
    ),
    "nesting-500-deep-tables": (
        GOOD + "x = " + "{a = " * 500 + "1" + "}" * 500 + "\n",
        "damaged",
    ),
    "integer-5000-digits": (
        changed(r"^seconds_spent = 0$", "seconds_spent = " + "7" * 5000),
        "damaged",
    ),
    "truncated-in-a-string": (GOOD[: GOOD.index("A long discussion") + 4], "damaged"),
    "truncated-at-a-table": (GOOD[: GOOD.rindex("[[sections]]")], "damaged"),
    "truncated-before-last-commitment": (GOOD[: GOOD.rindex("[[commitments]]")], "damaged"),
}


def write(path: Path, content: str | bytes) -> bytes:
    data = content.encode("utf-8") if isinstance(content, str) else content
    path.write_bytes(data)
    return data


def test_the_good_session_reads(tmp_path: Path) -> None:
    """The cases below are small changes to a file that reads; make sure it does."""
    assert "[[commitments]]" in GOOD, "a long commitment is written as a table"
    write(tmp_path / "good.toml", GOOD)
    assert read_session(tmp_path / "good.toml") == example_session()


@pytest.mark.parametrize("kind", list(CASES))
def test_a_bad_session_file_is_one_line_naming_it(kind: str, tmp_path: Path) -> None:
    content, words = CASES[kind]
    path = tmp_path / "sessions" / f"{kind}.toml"
    path.parent.mkdir()
    data = write(path, content)

    with pytest.raises(SessionFileError) as caught:
        read_session(path)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(f"{path}: ")
    assert words in message, message
    assert len(message) < 400, message

    with pytest.raises(SessionFileError):
        open_session(path)
    assert path.read_bytes() == data
    assert sorted(p.name for p in path.parent.iterdir() if not p.name.endswith(".lock")) == [
        path.name
    ]


def test_a_newer_file_is_its_own_error_and_readable_read_only(tmp_path: Path) -> None:
    path = tmp_path / "newer.toml"
    data = write(path, changed(r"^format_version = 2$", "format_version = 3") + "future = 1\n")
    with pytest.raises(SessionTooNew, match="newer facilitator"):
        open_session(path)
    opened = open_session(path, read_only=True)
    assert opened.read_only
    assert opened.session.meeting.title == "Management group, November"
    with pytest.raises(SessionFileError, match="read-only"):
        opened.save()
    assert path.read_bytes() == data


def test_every_truncation_of_a_session_file_is_noticed(tmp_path: Path) -> None:
    """A file cut short (a copy that ran out of disk, a sync tool) must never load as a smaller
    session: saving that would lose the rest for good."""
    path = tmp_path / "cut.toml"
    cuts = {i + 1 for i, char in enumerate(GOOD[:-1]) if char == "\n"}
    cuts |= set(random.Random(7).sample(range(1, len(GOOD) - 1), 100))
    loaded = []
    for cut in sorted(cuts):
        write(path, GOOD[:cut])
        try:
            read_session(path)
        except SessionFileError:
            continue
        loaded.append(GOOD[:cut].splitlines()[-1])
    assert loaded == []


def test_a_session_without_trailing_newline_still_reads(tmp_path: Path) -> None:
    path = tmp_path / "edited.toml"
    write(path, GOOD.rstrip("\n"))
    assert read_session(path) == example_session()
    write(path, GOOD.replace("\n", "\r\n"))
    assert read_session(path) == example_session()


ESCAPES: dict[str, tuple[str, str, Callable[[Session], str], str]] = {
    # name: (text in the file, written instead, where it lands, what the session then holds)
    "csi-in-meeting-title": (
        'title = "Management group',
        'title = "\\u001b[2JManagement group',
        lambda s: s.meeting.title,
        "[2JManagement group, November",
    ),
    "osc-52-in-workshop-title": (
        'title = "Hybrid meetings',
        'title = "\\u001b]52;c;eA==\\u0007Hybrid meetings',
        lambda s: s.workshop.title,
        "]52;c;eA==Hybrid meetings – a check-in",
    ),
    "c1-in-question-text": (
        'text = "Do our meeting rooms',
        'text = "\\u009bDo our meeting rooms',
        lambda s: s.workshop.section("questions").questions[0].text,
        "Do our meeting rooms let remote participants hear and be heard?",
    ),
    "csi-in-scale-label": (
        'label = "Partly"',
        'label = "\\u001b[31mPartly"',
        lambda s: s.workshop.scale("answer").options[1].label,
        "[31mPartly",
    ),
}


@pytest.mark.parametrize("kind", list(ESCAPES))
def test_control_characters_in_a_session_file_never_reach_the_session(
    kind: str, tmp_path: Path
) -> None:
    old, new, where, expected = ESCAPES[kind]
    assert GOOD.count(old) == 1, old
    write(tmp_path / "escapes.toml", GOOD.replace(old, new))
    session = read_session(tmp_path / "escapes.toml")
    assert where(session) == expected
    assert [t for t in strings(session.state()) if CONTROLS.search(t)] == []


def test_sessions_lists_a_damaged_file_without_a_traceback(tmp_path: Path) -> None:
    (tmp_path / "sessions").mkdir()
    save_session(tmp_path / "sessions" / "good.toml", example_session())
    write(tmp_path / "sessions" / "bad.toml", GOOD[: len(GOOD) // 2])
    result = facilitator("sessions", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert "Management group, November" in lines[1]
    assert lines[2].endswith("bad.toml") and " damaged " in lines[2]
