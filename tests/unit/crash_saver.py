"""Savers to be killed: run by test_crash_safety.py, which kills them with SIGKILL at random
moments.

Python's start-up would cost more than the saving, so this process imports facilitator once and
forks a saver for each request on stdin:

- `save PATH`: fork a saver, which opens the session as the app does (taking its lock), then
  appends a line to the notes and saves, forever. Once it has saved, it prints `saving PID`.
- `wait`: reap the last saver (the test has killed it) and print how it ended.

Line `i` of the notes is always `note_line(i)`, so the test can tell a whole version of the
file from a torn one.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from facilitator.storage.sessions import open_session

SECTION = "underlag"


def note_line(index: int) -> str:
    return f"rad {index}: {'å' * (index % 40)} 😀 \"\"\" ''' \\ {'x' * (index % 300)}\n"


def save_forever(path: Path) -> None:
    opened = open_session(path)
    session = opened.session
    index = session.sections[SECTION].notes.count("\n")
    announced = False
    while True:
        session.set_notes(SECTION, session.sections[SECTION].notes + note_line(index))
        index += 1
        opened.save()
        if not announced:
            os.write(1, f"saving {os.getpid()}\n".encode())
            announced = True


def main() -> None:
    saver = 0
    for request in sys.stdin:
        command, _, argument = request.strip().partition(" ")
        if command == "save":
            saver = os.fork()
            if saver == 0:
                try:
                    save_forever(Path(argument))
                except BaseException as error:
                    os.write(1, f"error {error!r}\n".encode())
                os._exit(1)
        elif command == "wait":
            _, status = os.waitpid(saver, 0)
            ended = os.WTERMSIG(status) if os.WIFSIGNALED(status) else -1
            print(f"ended {signal.Signals(ended).name if ended > 0 else 'without a signal'}")
            sys.stdout.flush()


if __name__ == "__main__":
    main()
