"""One lane of the kill-while-typing test (test_kill_while_typing.py runs several at once).

Python and Textual are imported once; each run forks the real command (`facilitator resume`)
onto a fresh pty, focuses the notes (F3), types at a steady pace, and is killed with SIGKILL
at a random instant. The session file is then read with the program's own strict reader and
compared with what was typed. The next run resumes the same file, so every run also proves
the lock was freed and the file opens.

    python -m tests.reliability.typist SESSION_FILE RUNS SEED

prints one JSON line per run.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sys
import time
from pathlib import Path

from facilitator import cli
from facilitator.storage.sessions import read_session
from facilitator.tui import launch  # noqa: F401  (Textual and the screens, imported once)

from .pty_run import PtyRun, terminal_env

SECTION = "underlag"
INTERVAL = 0.04  # seconds between keys: 25 a second, a fast typist
KILL_WITHIN = (0.05, 1.8)  # seconds after the first key
READY = "Avsnitt 1 av 6"
ALPHABET = "abcdefghijklmnopqrstuvwxyzåäö ÅÄÖ0123456789.,;:-!?"


def keys_for(rng: random.Random, count: int) -> str:
    """What is typed: letters, å ä ö, digits, punctuation, and now and then Enter."""
    return "".join("\r" if rng.random() < 0.03 else rng.choice(ALPHABET) for _ in range(count))


def one_run(path: Path, rng: random.Random) -> dict[str, object]:
    workspace = path.parent.parent
    os.environ.update(terminal_env(workspace))

    def app() -> None:
        status = 0
        try:
            cli.main(["--workspace", str(workspace), "resume", str(path)])
        except SystemExit as end:
            status = end.code if isinstance(end.code, int) else 1
        os._exit(status)

    kept_place = read_session(path).view
    before = read_session(path).sections[SECTION].notes
    temps_before = len(list(path.parent.glob(f".{path.name}.*.tmp")))
    spawned = time.monotonic()
    run = PtyRun.spawn(app)
    try:
        run.wait_for(READY)
        startup = time.monotonic() - spawned
        if kept_place is not None and kept_place.field == "notes":
            run.pump(0.1)  # resumed with the cursor in the notes, where the last run left it
        else:
            run.focus_notes(before)
        kill_after = rng.uniform(*KILL_WITHIN)
        text = keys_for(rng, int(kill_after / INTERVAL) + 2)
        typed_at: list[float] = []
        started = time.monotonic()
        for index, char in enumerate(text):
            due = started + index * INTERVAL
            if due >= started + kill_after:
                break
            run.pump(max(0.0, due - time.monotonic()))
            run.write(char)
            typed_at.append(time.monotonic())
        run.pump(max(0.0, started + kill_after - time.monotonic()))
        killed_at = time.monotonic()
        run.signal(signal.SIGKILL)
        status = run.wait()
    finally:
        run.close()

    after = read_session(path).sections[SECTION].notes  # raises if the file does not load
    typed = text[: len(typed_at)].replace("\r", "\n")
    # New text goes where the cursor was left: after the old text once a run has saved the
    # cursor's place, in front of it in a file that has none yet (the cursor at the start).
    if after.startswith(before):
        kept: str | None = after[len(before) :]
    elif after.endswith(before):
        kept = after[: len(after) - len(before)]
    else:
        kept = None
    in_order = kept is not None and typed.startswith(kept)
    kept_count = len(kept) if kept is not None else 0
    old = sum(1 for moment in typed_at if moment <= killed_at - 1.0)
    oldest_lost = killed_at - typed_at[kept_count] if kept_count < len(typed_at) else 0.0
    return {
        "status": status,
        "typed": len(typed),
        "kept": kept_count,
        "in_order": in_order,
        "lost": len(typed) - kept_count,
        "lost_older_than_1s": max(0, old - kept_count),
        "oldest_lost_age": round(oldest_lost, 3),
        "seconds_typing": round(killed_at - started, 3),
        "temps_before_open": temps_before,
        "startup": round(startup, 3),
    }


def main() -> None:
    path, runs, seed = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    rng = random.Random(seed)
    for _ in range(runs):
        try:
            result = one_run(path, rng)
        except Exception as error:  # reported, and counted as a failure by the test
            result = {"error": f"{type(error).__name__}: {str(error)[:300]}"}
        print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
