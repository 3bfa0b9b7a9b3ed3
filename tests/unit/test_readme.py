"""The README tells what the program does: how to reach the command after setting it up, and
the themes `--help` offers."""

from __future__ import annotations

import re
from pathlib import Path

from facilitator.cli import THEMES, build_parser

README = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")


def test_the_readme_says_how_to_run_the_command_the_set_up_installed() -> None:
    """The set-up puts `facilitator` in .venv/bin, not on PATH; the examples use the bare name,
    so the README must say, before them, how that name is reached."""
    setup, usage = README.split("## Using it")
    assert ". .venv/bin/activate" in setup
    assert "`.venv/bin/facilitator" in setup
    assert re.search(r"`facilitator \w", usage)  # the examples that depend on it


def test_the_readme_names_every_theme_the_help_offers() -> None:
    help_text = build_parser().format_help()
    for theme in THEMES:
        assert theme in help_text
        assert f"`{theme}`" in README, theme
