"""The core imports without Textual, so `validate`, `sessions` and `export` start quickly and
work where there is no terminal. Checked in a fresh interpreter: this test process may well
have imported Textual already."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys

import pytest

# Each package with all its modules (the probe walks them).
CORE = [
    "facilitator.domain",
    "facilitator.storage",
    "facilitator.i18n",
    "facilitator.paths",
    "facilitator.cli",
    # The live page's server: aiohttp, no Textual (it runs without a screen).
    "facilitator.web",
    # The session controller: the TUI's owner of the open session, plain Python so that it
    # can be driven (and tested) without a screen.
    "facilitator.tui.controller",
]

PROBE = """
import importlib, json, pkgutil, sys
modules = json.loads(sys.argv[1])
for name in modules:
    module = importlib.import_module(name)
    for info in pkgutil.walk_packages(getattr(module, "__path__", []), name + "."):
        importlib.import_module(info.name)
print(json.dumps(sorted(m for m in sys.modules if m == "textual" or m.startswith("textual."))))
"""


def textual_modules_after_importing(modules: list[str]) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(modules)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    loaded: list[str] = json.loads(result.stdout)
    return loaded


def test_the_probe_sees_textual_when_it_is_imported() -> None:
    """Without this, a probe that never looked would pass the tests below."""
    assert "textual" in textual_modules_after_importing(["textual.app"])


@pytest.mark.parametrize("module", CORE)
def test_the_core_does_not_import_textual(module: str) -> None:
    assert textual_modules_after_importing([module]) == []


def test_the_exporters_do_not_import_textual() -> None:
    """The exporters (being written) must keep to the core's rule once they exist; while they
    do not, the core alone is checked, so this never passes by skipping the core."""
    modules = list(CORE)
    if importlib.util.find_spec("facilitator.export") is not None:
        modules.append("facilitator.export")
    assert textual_modules_after_importing(modules) == []
