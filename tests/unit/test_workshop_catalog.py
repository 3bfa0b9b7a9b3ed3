"""Finding workshops when one file is found twice (a clone of the repository is its own
workspace) and when the workspace's own workshop has a built-in one's id."""

from __future__ import annotations

from pathlib import Path

from facilitator.paths import Workspace
from facilitator.storage.catalog import resolve_workshop

from .helpers import REPOSITORY, SWEDISH_WORKSHOP, facilitator


def own_copy(root: Path, title: str = "Steg 2 – vår egen") -> Path:
    """The natural way to customise a built-in workshop: copy it into `workshops/`."""
    (root / "workshops").mkdir(exist_ok=True)
    copy = root / "workshops" / SWEDISH_WORKSHOP.name
    text = SWEDISH_WORKSHOP.read_text(encoding="utf-8")
    copy.write_text(text.replace("title: Steg 2 – Ledningens stöd", f"title: {title}", 1))
    return copy


def test_in_the_clone_each_workshop_is_listed_once() -> None:
    result = facilitator("workshops", cwd=REPOSITORY)
    assert result.returncode == 0, result.stderr
    rows = [line.split() for line in result.stdout.splitlines()[1:]]
    assert [(row[0], row[-1]) for row in rows] == [
        ("steg2-ledningens-stod", "built-in"),
        ("step2-leadership-support", "built-in"),
    ]


def test_both_are_listed_when_the_workspace_has_a_builtin_id(tmp_path: Path) -> None:
    copy = own_copy(tmp_path)
    result = facilitator("workshops", cwd=tmp_path)
    rows = [line.split() for line in result.stdout.splitlines()[1:]]
    assert [(row[0], row[-1]) for row in rows] == [
        ("steg2-ledningens-stod", "built-in"),
        ("step2-leadership-support", "built-in"),
        ("steg2-ledningens-stod", str(copy)),
    ]


def test_named_by_id_the_workspace_own_wins(tmp_path: Path) -> None:
    own_copy(tmp_path)
    workspace = Workspace(tmp_path)
    assert resolve_workshop("steg2-ledningens-stod", workspace).title == "Steg 2 – vår egen"
    # With no workshop named, `facilitator new` starts the built-in step 2, as documented.
    assert resolve_workshop(None, workspace, "sv").title == "Steg 2 – Ledningens stöd"


def test_validate_says_which_id_is_taken(tmp_path: Path) -> None:
    own_copy(tmp_path)
    result = facilitator("validate", "workshops/steg2-ledningens-stod.sv.yaml", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[1] == (
        "workshops/steg2-ledningens-stod.sv.yaml: the id 'steg2-ledningens-stod' is taken, "
        "also by: the built-in workshop; 'facilitator new steg2-ledningens-stod' opens this file"
    )
    swedish = facilitator("--lang", "sv", "validate", str(SWEDISH_WORKSHOP), cwd=tmp_path)
    assert swedish.stdout.splitlines()[1].endswith(
        f"id 'steg2-ledningens-stod' används också av: {tmp_path}/workshops/"
        "steg2-ledningens-stod.sv.yaml; 'facilitator new steg2-ledningens-stod' öppnar "
        f"{tmp_path}/workshops/steg2-ledningens-stod.sv.yaml"
    )


def test_validate_of_a_workshop_with_an_id_of_its_own_says_nothing_more(tmp_path: Path) -> None:
    result = facilitator("validate", str(SWEDISH_WORKSHOP), cwd=tmp_path)
    assert result.returncode == 0
    assert len(result.stdout.splitlines()) == 1
