"""The built-in workshops: valid, listed, and the Swedish one word for word as its source."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator.domain.text import normalise_space
from facilitator.domain.workshop import Section, Workshop
from facilitator.paths import builtin_workshop_files
from facilitator.storage.pre_read import pre_read_data, pre_read_path
from facilitator.storage.workshop_yaml import load_workshop
from facilitator.storage.yaml_source import read_yaml

from .helpers import DATA, REPOSITORY, facilitator

SWEDISH = REPOSITORY / "workshops" / "steg2-ledningens-stod.sv.yaml"
ENGLISH = REPOSITORY / "workshops" / "step2-leadership-support.en.yaml"
SEED = DATA / "seed-steg2.sv.txt"  # a copy of the method's source text


def test_both_builtin_workshops_validate() -> None:
    files = sorted(str(p.relative_to(REPOSITORY)) for p in REPOSITORY.glob("workshops/*.yaml"))
    assert len(files) == 2
    result = facilitator("validate", *files, cwd=REPOSITORY)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert "steg2-ledningens-stod" in result.stdout
    assert "step2-leadership-support" in result.stdout


def test_workshops_lists_both_from_an_empty_folder(tmp_path: Path) -> None:
    result = facilitator("workshops", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    listed = [line.split()[0] for line in result.stdout.splitlines()[1:]]
    assert listed == ["steg2-ledningens-stod", "step2-leadership-support"]
    assert list(tmp_path.iterdir()) == [], "listing must not create folders"


def test_workshops_lists_an_invalid_workspace_workshop_with_its_problem(tmp_path: Path) -> None:
    (tmp_path / "workshops").mkdir()
    (tmp_path / "workshops" / "ours.yaml").write_text("title: no\n", encoding="utf-8")
    result = facilitator("workshops", cwd=tmp_path)
    assert result.returncode == 0
    [ours] = [line for line in result.stdout.splitlines() if line.startswith("ours ")]
    assert "(invalid: 1:1: missing key" in ours and ours.endswith("ours.yaml")


def test_the_documented_example_validates(tmp_path: Path) -> None:
    result = facilitator("validate", str(DATA / "example-workshop.yaml"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    documented = (REPOSITORY / "docs" / "workshop-format.md").read_text(encoding="utf-8")
    example = (DATA / "example-workshop.yaml").read_text(encoding="utf-8")
    body = example.split("\n", 2)[2]  # the doc shows it without the two-line file comment
    assert body in documented, "docs/workshop-format.md must show tests/data/example-workshop.yaml"


def test_the_builtin_folder_is_found() -> None:
    assert sorted(p.name for p in builtin_workshop_files()) == sorted([SWEDISH.name, ENGLISH.name])


# -- the Swedish workshop is the source text, word for word ---------------------------------


def seed_sentences(text: str) -> list[str]:
    """The source split into headings, list items and sentences, white space normalised."""
    found = []
    for line in text.splitlines():
        line = line.strip().lstrip("•–").strip()
        found += [normalise_space(s) for s in re.split(r"(?<=[.?!])\s+", line) if s.strip()]
    return found


def section_texts(section: Section) -> list[str]:
    texts = [section.title, section.text]
    texts += [f.label for f in section.figures]
    texts += [q.text for q in section.questions]
    texts += [item.text for item, _ in section.all_items()]
    texts += [t for e in section.examples for t in (e.title, e.text)]
    return texts


def workshop_texts(workshop: Workshop) -> list[str]:
    texts = [workshop.title, workshop.description]
    texts += [t for section in workshop.sections for t in section_texts(section)]
    return [normalise_space(t) for t in texts if t]


def missing(sentences: list[str], texts: list[str]) -> list[str]:
    return [s for s in sentences if not any(s in text for text in texts)]


def test_every_sentence_of_the_source_is_in_the_swedish_workshop() -> None:
    sentences = seed_sentences(SEED.read_text(encoding="utf-8"))
    assert len(sentences) == 29  # 4 headings, 4 questions, 6 factors, 15 sentences of prose
    assert "Följs upp." in sentences
    assert "Trafikverket." in sentences
    assert missing(sentences, workshop_texts(load_workshop(SWEDISH))) == []


@pytest.mark.parametrize("index", range(0, 40, 3))
def test_a_changed_word_would_be_noticed(index: int) -> None:
    """The check above is not vacuous: change one word of a sentence and it is missing."""
    sentences = seed_sentences(SEED.read_text(encoding="utf-8"))
    sentence = sentences[index % len(sentences)]
    word = max(sentence.split(), key=len)
    changed = sentence.replace(word, word[:-1] + ("x" if word[-1] != "x" else "y"), 1)
    assert missing([changed], workshop_texts(load_workshop(SWEDISH))) == [changed]


def test_the_four_questions_are_the_checklist_in_order() -> None:
    workshop = load_workshop(SWEDISH)
    questions = [normalise_space(q.text) for q in workshop.section("checklista").questions]
    bullets = [
        normalise_space(line.strip().lstrip("•").strip())
        for line in SEED.read_text(encoding="utf-8").splitlines()
        if line.strip().startswith("•") and line.strip().endswith("?")
    ]
    assert questions == bullets


def test_the_english_workshop_has_the_same_shape_as_the_swedish() -> None:
    sv, en = load_workshop(SWEDISH), load_workshop(ENGLISH)
    assert (sv.language, en.language) == ("sv", "en")

    def shape(workshop: Workshop) -> list[object]:
        return [
            (
                s.kind,
                s.timebox_minutes,
                [(f.kind, f.minimum, f.maximum, f.ordinal, f.unit) for f in s.figures],
                len(s.questions),
                [depth for _, depth in s.all_items()],
                len(s.examples),
                [o.open for o in workshop.scale(s.scale).options] if s.scale else [],
            )
            for s in workshop.sections
        ]

    assert shape(sv) == shape(en)


@pytest.mark.parametrize("path", builtin_workshop_files(), ids=lambda p: p.name)
def test_each_builtin_workshop_is_pre_read_from_its_current_yaml(path: Path) -> None:
    """`facilitator new` takes a built-in workshop from its pre-read data; after a change to
    the YAML, run `python -m facilitator.storage.pre_read` (or start-up reads YAML again)."""
    raw = path.read_bytes()
    data = pre_read_data(path, raw)
    assert data is not None, f"{pre_read_path(path)} is missing or stale"
    assert data == read_yaml(raw).data
    assert load_workshop(path, builtin=True) == load_workshop(path)


def test_a_stale_pre_read_file_is_passed_over_for_the_yaml(tmp_path: Path) -> None:
    original = builtin_workshop_files()[0]
    copy = tmp_path / original.name
    (tmp_path / "pre-read").mkdir()
    shutil.copyfile(pre_read_path(original), pre_read_path(copy))
    text = original.read_text(encoding="utf-8")
    title = load_workshop(original).title
    changed = text.replace(f"\ntitle: {title}\n", "\ntitle: Ändrad titel\n")
    assert changed != text
    copy.write_text(changed, encoding="utf-8")
    assert load_workshop(copy, builtin=True).title == "Ändrad titel"
    pre_read_path(copy).write_text("{not json", encoding="utf-8")
    assert load_workshop(copy, builtin=True).title == "Ändrad titel"


def test_a_new_session_reads_no_yaml() -> None:
    """Finding and loading the default built-in workshop imports no PyYAML (11 ms)."""
    probe = (
        "import sys, tempfile; from facilitator.paths import Workspace; "
        "from facilitator.storage.catalog import resolve_workshop; "
        "w = resolve_workshop(None, Workspace.choose(tempfile.mkdtemp()), 'sv'); "
        "print(w.id, 'yaml' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60
    )
    assert result.stdout.split() == ["steg2-ledningens-stod", "False"], result.stderr
