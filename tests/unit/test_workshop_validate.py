"""`facilitator validate` on broken workshop files, run as a user runs it: in a subprocess.

Every broken file must give exit status 1, one `FILE:LINE:COLUMN: ` line per problem on
stderr that names the key and what is wrong, and never a traceback.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from facilitator.storage.workshop_yaml import parse_workshop

from .helpers import CONTROLS, facilitator, strings

BASE = """\
format_version: 1
id: demo
version: "1.0"
language: en
title: Demo
scales:
  answer:
    - {id: "yes", label: "Yes"}
    - {id: "no", label: "No"}
sections:
  - id: intro
    kind: text
    title: Intro
    timebox_minutes: 5
    text: We spend X percent of our time in meetings.
    figures:
      - id: share
        label: Share
        placeholder: X
        type: decimal
        min: 0
        max: 100
  - id: checklist
    kind: questions
    title: Checklist
    timebox_minutes: 10
    scale: answer
    questions:
      - id: q1
        text: Is it?
  - id: factors
    kind: assessment
    title: Factors
    timebox_minutes: 10
    scale: answer
    items:
      - id: f1
        text: Time is set aside.
        items:
          - id: f1a
            text: It is in the plan.
"""


def edit(old: str, new: str) -> str:
    """BASE with the one occurrence of `old` replaced (a typo in a test fails loudly)."""
    assert BASE.count(old) == 1, old
    return BASE.replace(old, new)


@dataclass(frozen=True)
class Broken:
    content: str | bytes
    says: tuple[str, ...]  # each must appear in the first problem line
    at: tuple[int, int] | None = None  # (line, column), 1-based, where checked precisely


BILLION_LAUGHS = "".join(
    f"l{n}: &l{n} [{', '.join([f'*l{n - 1}'] * 9)}]\n" for n in range(1, 9)
).replace("[*l0, *l0, *l0, *l0, *l0, *l0, *l0, *l0, *l0]", '["lol", "lol", "lol"]')

CASES: dict[str, Broken] = {
    "yaml-syntax": Broken(edit("title: Demo", "title: [Demo"), ("YAML syntax",)),
    "title-no": Broken(
        edit("title: Demo", "title: no"), ("title", "true/false", "quotes"), at=(5, 8)
    ),
    "option-id-yes": Broken(
        edit('{id: "yes"', "{id: yes"),
        ("scales.answer[0].id", "true/false", "quotes"),
        at=(8, 12),
    ),
    "version-number": Broken(
        edit('version: "1.0"', "version: 1.10"), ("version", "a number", "quotes"), at=(3, 10)
    ),
    "timebox-text": Broken(
        edit("timebox_minutes: 5", "timebox_minutes: [5]"),
        ("sections[0].timebox_minutes", "expected a number"),
        at=(14, 22),
    ),
    "missing-top-key": Broken(edit("title: Demo\n", ""), ("missing key 'title'",), at=(1, 1)),
    "missing-section-key": Broken(
        edit("    title: Intro\n", ""), ("sections[0]", "missing key 'title'"), at=(11, 5)
    ),
    "missing-scale": Broken(
        edit("    scale: answer\n    questions:", "    questions:"),
        ("sections[1]", "missing key 'scale'"),
    ),
    "unknown-top-key": Broken(
        edit("title: Demo\n", "title: Demo\ncolour: red\n"), ("colour", "unknown key"), at=(6, 1)
    ),
    "unknown-section-key": Broken(
        edit("    kind: questions\n", "    kind: questions\n    figures: []\n"),
        ("sections[1].figures", "unknown key"),
        at=(25, 5),
    ),
    "unknown-kind": Broken(
        edit("kind: assessment", "kind: survey"), ("sections[2].kind", "survey", "questions")
    ),
    "duplicate-id-section-question": Broken(
        edit("- id: q1", "- id: intro"),
        ("sections[1].questions[0].id", "duplicate id 'intro'", "sections[0]"),
        at=(29, 13),
    ),
    "duplicate-id-figure-question": Broken(
        edit("- id: q1", "- id: share"), ("duplicate id 'share'", "sections[0].figures[0]")
    ),
    "duplicate-id-item-question": Broken(
        edit("- id: f1a", "- id: q1"),
        ("sections[2].items[0].items[0].id", "duplicate id 'q1'", "sections[1].questions[0]"),
    ),
    "duplicate-id-nested-item": Broken(
        edit("- id: f1a", "- id: f1"), ("duplicate id 'f1'", "sections[2].items[0]")
    ),
    "duplicate-option-id": Broken(
        edit('{id: "no"', '{id: "yes"'), ("scales.answer[1].id", "duplicate option id 'yes'")
    ),
    "scale-one-option": Broken(
        edit('    - {id: "no", label: "No"}\n', ""),
        ("scales.answer", "at least two options"),
        at=(8, 5),
    ),
    "timebox-zero": Broken(
        edit("timebox_minutes: 5", "timebox_minutes: 0"),
        ("sections[0].timebox_minutes", "positive"),
        at=(14, 22),
    ),
    "timebox-negative": Broken(
        edit("timebox_minutes: 5", "timebox_minutes: -3"),
        ("sections[0].timebox_minutes", "positive"),
    ),
    "timebox-not-a-number": Broken(
        edit("timebox_minutes: 5", "timebox_minutes: ten"),
        ("sections[0].timebox_minutes", "expected a number, got text"),
    ),
    "timebox-nan": Broken(
        edit("timebox_minutes: 5", "timebox_minutes: .nan"),
        ("sections[0].timebox_minutes", "finite number"),
    ),
    "timebox-infinite": Broken(
        edit("timebox_minutes: 5", "timebox_minutes: .inf"),
        ("sections[0].timebox_minutes", "finite number"),
    ),
    "timebox-huge": Broken(
        edit("timebox_minutes: 5", "timebox_minutes: 1" + "0" * 400),
        ("sections[0].timebox_minutes", "too large"),
    ),
    "figure-max-huge": Broken(
        edit("max: 100", "max: 1.0e+400"), ("sections[0].figures[0].max", "finite number")
    ),
    "figure-max-not-above-min": Broken(
        edit("max: 100", "max: 0"), ("sections[0].figures[0].max", "greater than min")
    ),
    "placeholder-not-in-text": Broken(
        edit("placeholder: X", "placeholder: Q"), ("placeholder", "'Q'", "does not appear")
    ),
    "placeholder-only-inside-a-word": Broken(
        edit("placeholder: X", "placeholder: perc"),
        ("placeholder", "'perc'", "as a word of its own"),
    ),
    "filled-span-not-in-text": Broken(
        edit(
            "        max: 100\n",
            "        max: 100\n        filled: {replace: a X-part, with: X %}\n",
        ),
        ("sections[0].figures[0].filled.replace", "'a X-part'", "does not appear"),
    ),
    "filled-without-the-placeholder": Broken(
        edit(
            "        max: 100\n",
            "        max: 100\n        filled: {replace: X percent, with: half}\n",
        ),
        ("sections[0].figures[0].filled.with", "placeholder 'X'", "word of its own"),
    ),
    "filled-missing-with": Broken(
        edit("        max: 100\n", "        max: 100\n        filled: {replace: X percent}\n"),
        ("sections[0].figures[0].filled", "missing key 'with'"),
    ),
    "python-object-tag": Broken(
        edit("title: Demo", 'title: !!python/object/apply:os.system ["echo owned > OWNED"]'),
        ("python/object/apply:os.system", "not allowed"),
        at=(5, 8),
    ),
    "python-object-mapping": Broken(
        edit("title: Demo", "title: !!python/object:collections.OrderedDict {}"),
        ("python/object:collections.OrderedDict", "not allowed"),
    ),
    "python-name-tag": Broken(
        edit("title: Demo", "title: !!python/name:os.system"),
        ("python/name:os.system", "not allowed"),
        at=(5, 8),
    ),
    "billion-laughs": Broken(BILLION_LAUGHS + BASE, ("aliases", "*l1", "not allowed"), at=(2, 10)),
    "self-reference": Broken(
        edit("title: Demo", "title: &x [*x]"), ("aliases", "*x", "not allowed"), at=(5, 12)
    ),
    "nesting-1000-flow": Broken(
        edit("title: Demo", "title: " + "[" * 1000 + "]" * 1000), ("nested more than",)
    ),
    "nesting-1000-block": Broken(
        "".join(f"{'  ' * depth}k{depth}:\n" for depth in range(1000)) + "  " * 1000 + "end\n",
        ("nested more than",),
    ),
    "empty-file": Broken("", ("empty",), at=(1, 1)),
    "comments-only": Broken("# a workshop\n\n   # to be written\n", ("empty",)),
    "latin-1": Broken(
        edit("title: Demo", "title: Demå").encode("latin-1"), ("not UTF-8", "0xe5"), at=(5, 11)
    ),
    "tab-indentation": Broken(edit("    kind: text\n", "\tkind: text\n"), ("\\t",), at=(12, 1)),
    "duplicate-key": Broken(
        edit("title: Demo\n", "title: Demo\ntitle: Again\n"),
        ("duplicate key 'title'", "first at line 5"),
        at=(6, 1),
    ),
    "two-documents": Broken(
        BASE + "---\nid: another\n", ("expected a single document", "another document")
    ),
    "not-a-mapping": Broken("- just\n- a list\n", ("expected a mapping", "a list")),
}


def located_lines(stderr: str, name: str) -> list[tuple[int, int, str]]:
    """Every stderr line as (line, column, message); fails on a line not in that form."""
    found = []
    for text in stderr.splitlines():
        match = re.fullmatch(rf"{re.escape(name)}:(\d+):(\d+): (.+)", text)
        assert match, f"not a FILE:LINE:COLUMN: line: {text!r}"
        found.append((int(match[1]), int(match[2]), match[3]))
    return found


def test_a_figure_may_say_how_its_words_read_once_filled() -> None:
    rule = "        filled:\n          replace: X percent of our time\n          with: X % of it\n"
    workshop = parse_workshop(edit("        max: 100\n", "        max: 100\n" + rule).encode(), "f")
    [figure] = workshop.sections[0].figures
    assert figure.filled is not None
    assert (figure.filled.span, figure.filled.text) == ("X percent of our time", "X % of it")


def test_the_base_file_is_valid(tmp_path: Path) -> None:
    (tmp_path / "demo.yaml").write_text(BASE, encoding="utf-8")
    result = facilitator("validate", "demo.yaml", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("demo.yaml: ")
    assert result.stderr == ""


@pytest.mark.parametrize("kind", list(CASES))
def test_broken_workshop_is_reported_with_its_position(kind: str, tmp_path: Path) -> None:
    case = CASES[kind]
    name = f"{kind}.yaml"
    data = case.content.encode("utf-8") if isinstance(case.content, str) else case.content
    (tmp_path / name).write_bytes(data)

    result = facilitator("validate", name, cwd=tmp_path)

    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    assert result.stdout == ""
    problems = located_lines(result.stderr, name)
    assert problems, "no problem reported"
    line, column, message = problems[0]
    for words in case.says:
        assert words in message, f"{words!r} not in {message!r}"
    if case.at is not None:
        assert (line, column) == case.at, message
    assert not (tmp_path / "OWNED").exists()


def test_every_problem_in_a_file_is_listed_in_file_order(tmp_path: Path) -> None:
    broken = edit("title: Demo", "title: no").replace("timebox_minutes: 10", "timebox_minutes: 0")
    (tmp_path / "two.yaml").write_text(broken, encoding="utf-8")
    result = facilitator("validate", "two.yaml", cwd=tmp_path)
    assert result.returncode == 1
    assert [(line, column) for line, column, _ in located_lines(result.stderr, "two.yaml")] == [
        (5, 8),
        (26, 22),
        (34, 22),
    ]


def test_a_50_mb_file_is_refused_quickly(tmp_path: Path) -> None:
    huge = tmp_path / "huge.yaml"
    with huge.open("w", encoding="utf-8") as handle:
        handle.write(BASE)
        line = "# " + "padding " * 12 + "\n"
        handle.write(line * (50 * 1_048_576 // len(line) + 1))
    assert huge.stat().st_size >= 50 * 1_048_576

    started = time.monotonic()
    result = facilitator("validate", "huge.yaml", cwd=tmp_path)
    elapsed = time.monotonic() - started

    assert elapsed < 5, f"took {elapsed:.1f} s"
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    [(_, _, message)] = located_lines(result.stderr, "huge.yaml")
    assert "50.0 MB" in message and "at most 1 MB" in message


def test_one_bad_file_among_good_ones_fails_the_run(tmp_path: Path) -> None:
    (tmp_path / "good.yaml").write_text(BASE, encoding="utf-8")
    (tmp_path / "bad.yaml").write_text(edit("title: Demo", "title: no"), encoding="utf-8")
    result = facilitator("validate", "good.yaml", "bad.yaml", "missing.yaml", cwd=tmp_path)
    assert result.returncode == 1
    assert "good.yaml: " in result.stdout
    assert result.stderr.splitlines()[0].startswith("bad.yaml:5:8: ")
    assert result.stderr.splitlines()[1] == "missing.yaml: no such file"


# -- control characters never reach the workshop's texts -----------------------------------


ESCAPES: dict[str, tuple[str, str, str]] = {
    # kind: (text in BASE, written instead, what the workshop then holds)
    "esc-in-double-quotes": ("title: Demo", r'title: "De\e[2Jmo"', "De[2Jmo"),
    "c1-escapes": ("title: Demo", r'title: "De\x9bmo\u009b"', "Demo"),
    "raw-c1-and-esc": ("title: Demo", "title: De\x9b\x1b[2Jmo", "De[2Jmo"),
    "lone-surrogate-escape": ("title: Demo", r'title: "De\ud800mo"', "Demo"),
    "bell-and-nul-escapes": ("text: Is it?", r'text: "Is\a it?\0"', "Is it?"),
    "osc-52-in-an-item": (
        "It is in the plan.",
        r'"It is\e]52;c;ZXZpbA==\a in the plan."',
        "It is]52;c;ZXZpbA== in the plan.",
    ),
}


@pytest.mark.parametrize("kind", list(ESCAPES))
def test_control_characters_never_reach_the_workshop(kind: str) -> None:
    old, new, expected = ESCAPES[kind]
    workshop = parse_workshop(edit(old, new).encode("utf-8"), "escapes.yaml")
    texts = strings(workshop)
    assert expected in texts
    assert [t for t in texts if CONTROLS.search(t)] == []
