"""Item 10: hostile workshop YAML gets a clear error within a second and has no side effect.

Every broken file of tests/unit/test_workshop_validate.py (python tags, billion laughs,
self-reference, 1,000-deep nesting, tabs, duplicate keys, YAML 1.1 coercions, Latin-1, …),
more of the same kind below, and a 50 MB file, each given to every command that reads a
workshop: `facilitator validate FILE`, `facilitator new FILE`, and `facilitator workshops`
with the file in the workspace's workshops/ folder. Each must answer with one
`FILE:LINE:COLUMN: problem` line (or a listing that marks the file invalid), within a second,
and leave the workspace exactly as it was: no session started, nothing written.

The commands run in-process (the CLI's own `main`), so the second is the command's own time,
not Python's start-up; test_workshop_validate.py runs them as subprocesses.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from e2e.driver import folder_state
from facilitator import cli
from facilitator.storage.workshop_yaml import parse_workshop
from unit.test_workshop_validate import BASE, CASES, edit

MORE: dict[str, str | bytes] = {
    "sexagesimal-title": edit("title: Demo", "title: 12:30"),
    "octal-title": edit("title: Demo", "title: 012"),
    "on-off-option": edit('{id: "no"', "{id: off"),
    "null-title": edit("title: Demo", "title: ~"),
    "date-title": edit("title: Demo", "title: 2026-11-30"),
    "binary-tag": edit("title: Demo", "title: !!binary aGVsbG8="),
    "set-tag": edit("title: Demo", "title: !!set {a, b}"),
    "omap-tag": edit("title: Demo", "title: !!omap [a: 1]"),
    "merge-key": edit("title: Demo\n", "title: Demo\n<<: {colour: red}\n"),
    "complex-key": edit("title: Demo\n", "title: Demo\n? [a, b]\n: c\n"),
    "tag-directive": "%TAG !p! tag:yaml.org,2002:python/\n---\n"
    + edit("title: Demo", 'title: !p!object/apply:os.system ["echo owned > OWNED"]'),
    "anchor-and-alias-in-text": edit("title: Demo", "title: &t Demo\ndescription: *t"),
    "nesting-10000-flow": edit("title: Demo", "title: " + "[" * 10_000 + "]" * 10_000),
    "nesting-10000-mappings": edit("title: Demo", "title: " + "{a: " * 10_000 + "1" + "}" * 10_000),
    "utf-16": b"\xff\xfe" + BASE.encode("utf-16-le"),
    "many-keys": edit("title: Demo\n", "title: Demo\n")
    + "".join(f"k{n}: {n}\n" for n in range(60_000)),
    "a-list-of-300000-numbers": edit("title: Demo", "title: [" + "1," * 300_000 + "1]"),
    "control-only": "\x1b[2J\x1b]52;c;ZXZpbA==\x07\n",
}
LOCATED = re.compile(r"^(?P<name>[^:]+):(\d+):(\d+): \S.*$")


def hostile_files(folder: Path) -> dict[str, Path]:
    folder.mkdir()
    files = {}
    for name, content in {**{k: v.content for k, v in CASES.items()}, **MORE}.items():
        path = folder / f"{name}.yaml"
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        files[name] = path
    huge = folder / "huge-50-mb.yaml"
    with huge.open("w", encoding="utf-8") as handle:
        handle.write(BASE)
        line = "# " + "x" * 1021 + "\n"
        for _ in range(50 * 1024):
            handle.write(line)
    files["huge-50-mb"] = huge
    return files


def run_cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, float]:
    """Run the command in this process; its CPU time, not the wall clock, which a busy
    machine (these tests run beside others) stretches."""
    started = time.process_time()
    try:
        cli.main(argv)
    except SystemExit as end:
        status = end.code if isinstance(end.code, int) else 1
    else:
        status = 0
    took = time.process_time() - started
    out = capsys.readouterr()
    assert "Traceback" not in out.out + out.err
    return status, out.err if status else out.out, took


@pytest.mark.slow
def test_hostile_workshop_files_get_a_clear_error_within_a_second_and_no_side_effect(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], figure: Callable[[str], None]
) -> None:
    files = hostile_files(tmp_path / "files")
    workspace = tmp_path / "workspace"
    (workspace / "workshops").mkdir(parents=True)
    parse_workshop(BASE.encode(), "warm-up.yaml")  # imports done, as in a running command
    run_cli(["--lang", "en", "--workspace", str(workspace), "workshops"], capsys)
    slowest = (0.0, "")
    for name, path in files.items():
        before = folder_state(workspace)
        for command in ("validate", "new"):
            argv = ["--lang", "en", "--workspace", str(workspace), command, str(path)]
            status, said, took = run_cli(argv, capsys)
            slowest = max(slowest, (took, f"{command} {name}"))
            assert status == 1, f"{command} {name}: {said}"
            lines = said.removeprefix("facilitator: ").splitlines()
            assert lines, f"{command} {name}: no message"
            for line in lines:
                assert LOCATED.match(line) and str(path) in line, f"{command} {name}: {line!r}"
        assert folder_state(workspace) == before, f"{name}: the workspace changed"

        listed = workspace / "workshops" / path.name
        listed.write_bytes(path.read_bytes())
        before = folder_state(workspace)
        status, said, took = run_cli(
            ["--lang", "en", "--workspace", str(workspace), "workshops"], capsys
        )
        slowest = max(slowest, (took, f"workshops with {name}"))
        assert status == 0
        assert any(path.stem in line and "(invalid: " in line for line in said.splitlines()), said
        assert folder_state(workspace) == before
        listed.unlink()
    assert not list(tmp_path.rglob("OWNED"))
    figure(
        f"{len(files)} hostile workshop files ({len(CASES)} from the unit tests, "
        f"{len(MORE)} more, one of 50 MB) x 3 commands (validate, new, workshops): "
        f"{len(files) * 3} clear errors, 0 tracebacks, 0 side effects; slowest "
        f"{slowest[0] * 1000:.0f} ms of CPU time ({slowest[1]})"
    )
    assert slowest[0] < 1.0
