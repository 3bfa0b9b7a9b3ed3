"""Item 1: SIGKILL at random instants while the real app autosaves scripted typing.

Four lanes (typist.py) run side by side, each resuming its own session in a fresh pty, typing
25 keys a second into the notes and killing the app with SIGKILL at a random instant 0.05 to
1.8 s after the first key; 200 kills in all. After every kill the file must load with the
program's own strict reader and hold what was typed, in order, up to some point: what was
lost is counted in characters, and whatever was typed more than a second before the kill must
never be among it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from facilitator.domain.session import Session
from facilitator.paths import Workspace
from facilitator.storage.catalog import resolve_workshop
from facilitator.storage.sessions import create_session

REPOSITORY = Path(__file__).resolve().parents[2]
LANES = 4
KILLS_PER_LANE = 50


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[round(share * (len(ordered) - 1))]


@pytest.mark.slow
def test_sigkill_while_typing_loses_nothing_older_than_a_second(
    tmp_path: Path, figure: Callable[[str], None]
) -> None:
    lanes = []
    for lane in range(LANES):
        workspace = Workspace(tmp_path / f"lane{lane}")
        store = create_session(workspace, Session(resolve_workshop(None, workspace, "sv")))
        store.close()
        command = ["-m", "tests.reliability.typist", str(store.path), str(KILLS_PER_LANE)]
        lanes.append(
            subprocess.Popen(
                [sys.executable, *command, str(lane)],
                cwd=REPOSITORY,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
        )
    runs = []
    for process in lanes:
        out, err = process.communicate(timeout=600)
        assert process.returncode == 0, err
        runs += [json.loads(line) for line in out.splitlines()]

    failed = [run for run in runs if "error" in run]
    assert failed == [], failed[:3]
    assert len(runs) == LANES * KILLS_PER_LANE
    assert all(run["status"] == 137 for run in runs)  # each one really died of SIGKILL
    assert all(run["in_order"] for run in runs), "the file held text that was not typed"
    lost = [run["lost"] for run in runs]
    ages = [run["oldest_lost_age"] for run in runs]
    typed = sum(run["typed"] for run in runs)
    old = sum(run["lost_older_than_1s"] for run in runs)
    figure(
        f"{len(runs)} SIGKILLs while typing 25 keys/s ({typed} keys), the file loaded "
        f"{len(runs)} of {len(runs)} times; characters lost at worst {max(lost)}, p95 "
        f"{percentile(lost, 0.95)}; oldest lost key typed {max(ages):.2f} s before the kill "
        f"at worst (p95 {percentile(ages, 0.95):.2f} s); keys older than 1 s lost: {old}"
    )
    assert old == 0
