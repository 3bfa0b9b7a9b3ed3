"""`terminal_safe` and `read_regular`: the two gates between files and the terminal."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from facilitator.domain.text import terminal_safe
from facilitator.storage.regular_file import NotReadable, Refusal, read_regular


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("plain åäö → ✓", "plain åäö → ✓"),
        ("a\x1b]52;c;ZXZpbA==\x07b", "a\\x1b]52;c;ZXZpbA==\\x07b"),
        ("\x1b[2J", "\\x1b[2J"),
        ("\x9b31m", "\\x9b31m"),
        ("abc\u202edef", "abc\\u202edef"),
        ("two\nlines\ttab", "two\\x0alines\\x09tab"),
        (os.fsdecode(b"m\xf6te.toml"), "m\\xf6te.toml"),
    ],
)
def test_terminal_safe_shows_what_a_terminal_would_act_on_as_its_code(
    text: str, shown: str
) -> None:
    assert terminal_safe(text) == shown
    assert terminal_safe(shown) == shown  # safe text stays as it is


def test_read_regular_refuses_what_is_no_regular_file_and_reads_no_more_than_the_limit(
    tmp_path: Path,
) -> None:
    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "zero").symlink_to("/dev/zero")
    (tmp_path / "file").write_bytes(b"x" * 10)
    cases = {"pipe": Refusal.NOT_A_FILE, "zero": Refusal.NOT_A_FILE, "none": Refusal.MISSING}
    for name, why in cases.items():
        with pytest.raises(NotReadable) as refused:
            read_regular(tmp_path / name, 100)
        assert refused.value.why is why
    with pytest.raises(NotReadable) as refused:
        read_regular(tmp_path / "file", 9)
    assert refused.value.why is Refusal.TOO_LARGE
    assert read_regular(tmp_path / "file", 10) == b"x" * 10
    with pytest.raises(NotReadable) as refused:
        read_regular(tmp_path, 10)
    assert refused.value.why is Refusal.FOLDER
