"""Ending well: signals, unexpected errors and the log.

Textual installs no handler for SIGTERM or SIGHUP (a closed terminal, a dropped SSH link):
without one the process dies with no save and leaves the terminal on the alternate screen.
An exception in any handler ends the app; the session lives on the App, so it can still be
saved from there before the app goes.
"""

from __future__ import annotations

import asyncio
import codecs
import contextlib
import gc
import os
import signal
import sys
import termios
import threading
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console

# SIGTERM and SIGHUP (a closed terminal) are the usual ways to be ended; the others end a
# process by default too, unsaved and with the terminal left on the alternate screen, and
# are handled the same way: save (or write an emergency copy), put the terminal back, go.
HANDLED_SIGNALS = (
    signal.SIGTERM,
    signal.SIGHUP,
    signal.SIGQUIT,
    signal.SIGUSR1,
    signal.SIGUSR2,
    signal.SIGALRM,
)


# Whether start-up froze what it made. Kept here rather than asked of `gc.get_freeze_count()`,
# which counts the frozen objects one by one (3 ms for 600,000, each time a view is kept).
_frozen_at_start = False


def start_up_over() -> None:
    """Turn the garbage collector back on once the first frame is drawn, if the command
    line turned it off for start-up. What start-up made (modules, classes, styles, the
    session) is frozen first: it lives as long as the app, so later collections skip it
    instead of walking it again and again while people type."""
    global _frozen_at_start
    if gc.isenabled():
        return
    gc.collect()
    gc.freeze()
    _frozen_at_start = True
    gc.enable()


def keep_what_was_built() -> None:
    """A moment after a section's view is first shown (`SessionScreen.show_section` sets the
    timer): collect, then freeze what exists, as start-up did. A view (in a session of 1,000
    items, tens of thousands of objects) lives as long as the app; unfrozen, the full
    collections that drawing sets off walked it again and again, and a revisit that met one
    took 135 ms instead of 85. Only where start-up froze (the command line looks after the
    collector then); apps run by other code, the tests among them, leave it alone."""
    if _frozen_at_start:
        gc.collect()
        gc.freeze()


def install_signal_handlers(on_signal: Callable[[int], None]) -> None:
    loop = asyncio.get_running_loop()
    for signum in HANDLED_SIGNALS:
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
            loop.add_signal_handler(signum, on_signal, signum)


def log_exception(log_file: Path, error: BaseException, note: str) -> bool:
    """Append the traceback to the workspace's log; True when it was written."""
    lines = traceback.format_exception(type(error), error, error.__traceback__)
    stamp = datetime.now().astimezone().isoformat(timespec="seconds")
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        with log_file.open("a", encoding="utf-8") as handle:
            handle.write(f"--- {stamp} {note}\n")
            handle.writelines(lines)
    except OSError:
        return False
    return True


def keep_exit_lines_whole(error_console: Console) -> None:
    """Print what the app leaves on the terminal when it ends (the one line an unexpected
    error gets, with the log's path) without breaking it at the terminal's width: Rich would
    put real line breaks in it, splitting the path so it cannot be copied. The terminal wraps
    a long line for the eye anyway."""
    error_console.soft_wrap = True


# Keys typed just before a hangup are still on their way through the input thread and the
# message queues when the signal arrives; waiting this long lets them land in the session.
SIGNAL_GRACE_SECONDS = 0.25
# If a normal exit has not finished by then, end the process (the session is saved already).
EXIT_WATCHDOG_SECONDS = 3.0


# What Textual's driver turns off when it stops: mouse reports, bracketed paste, focus
# reports, in-band resize, the kitty keyboard protocol, the alternate screen; then line wrap
# and the cursor come back.
TERMINAL_MODES_OFF = (
    "\x1b[?1000l\x1b[?1003l\x1b[?1015l\x1b[?1006l\x1b[?2004l\x1b[?1004l\x1b[?2048l"
    "\x1b[<u\x1b[?1049l\x1b[?7h\x1b[?25h"
)
_terminal_before: list[Any] | None = None


def remember_terminal() -> None:
    """Note the terminal's settings before the app changes them, for `exit_hard`."""
    global _terminal_before
    with contextlib.suppress(OSError, termios.error, AttributeError, ValueError):
        _terminal_before = termios.tcgetattr(sys.__stdin__.fileno())  # type: ignore[union-attr]


def restore_terminal() -> None:
    """Put the terminal back as the app found it, without ever blocking: after a hangup the
    terminal is gone and each step fails at once, which is fine; after `kill -HUP` (or a
    watchdog exit) it is still there, and must not be left on the alternate screen."""
    with contextlib.suppress(OSError, termios.error, AttributeError, ValueError):
        fd = sys.__stdout__.fileno()  # type: ignore[union-attr]
        os.set_blocking(fd, False)  # a stalled terminal must not hold the exit up
        try:
            os.write(fd, TERMINAL_MODES_OFF.encode())
        finally:
            os.set_blocking(fd, True)  # the shell shares this file description
    if _terminal_before is not None:
        with contextlib.suppress(OSError, termios.error, AttributeError, ValueError):
            stdin = sys.__stdin__.fileno()  # type: ignore[union-attr]
            termios.tcsetattr(stdin, termios.TCSANOW, _terminal_before)


def exit_hard(status: int, note: str = "") -> None:
    """End now. After a hangup Textual's writer thread blocks forever on its full queue if
    asked to shut down politely, so the terminal is put back directly, best effort; `note`
    (what could not be saved, and where its copy went) goes to stderr the same way."""
    restore_terminal()
    if note:
        write_without_blocking(sys.__stderr__, f"facilitator: {note}\n")
    os._exit(status)


def write_without_blocking(stream: Any, text: str) -> None:
    """Write `text` to `stream`'s file, if it takes it at once: a hung-up terminal refuses
    (EIO), a stalled one must not hold the exit up."""
    with contextlib.suppress(OSError, AttributeError, ValueError):
        fd = stream.fileno()
        os.set_blocking(fd, False)
        try:
            os.write(fd, text.encode("utf-8", "replace"))
        finally:
            os.set_blocking(fd, True)


def note_in_log(log_file: Path, text: str) -> bool:
    """Append one line to the workspace's log (where a closed terminal cannot show it). A
    workspace moved away is not made again for it: the line then only goes to stderr."""
    stamp = datetime.now().astimezone().isoformat(timespec="seconds")
    try:
        with log_file.open("a", encoding="utf-8") as handle:
            handle.write(f"--- {stamp} {text}\n")
    except OSError:
        return False
    return True


def start_exit_watchdog(status: int, note: str = "") -> None:
    """End the process if a polite exit has not within a few seconds; `note` as in
    `exit_hard` (the command would have printed it)."""
    timer = threading.Timer(EXIT_WATCHDOG_SECONDS, exit_hard, args=(status, note))
    timer.daemon = True
    timer.start()


PASTE_START, PASTE_END = "\x1b[200~", "\x1b[201~"


class TerminalInput:
    """Decodes what the terminal sends, for Textual's input parser.

    Leniently: a byte that is not UTF-8 becomes U+FFFD. And with every ESC inside a
    bracketed paste taken out: Textual's parser reads an ESC in a paste as the start of an
    escape sequence and, failing to match one, replays what follows as key presses, so a
    pasted OSC 52 sequence ("ESC ] 52 ; … BEL") pressed Ctrl+G and a pasted ESC before
    Ctrl+Q quit the app. Without its ESCs the text arrives as one paste, and the field
    removes the control characters left in it. (Terminals that filter pastes send no ESC
    anyway.)
    """

    def __init__(self, encoding: str = "utf-8") -> None:
        self._decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
        self._in_paste = False
        self._held = ""  # inside a paste: what may be the start of its end marker

    def decode(self, data: bytes, final: bool = False) -> str:
        text = self._held + self._decoder.decode(data, final)
        self._held = ""
        parts = []
        while text:
            marker = PASTE_END if self._in_paste else PASTE_START
            at = text.find(marker)
            if at < 0:
                if self._in_paste:
                    text, self._held = _split_partial(text, PASTE_END)
                    text = text.replace("\x1b", "")
                parts.append(text)
                break
            before, text = text[:at], text[at + len(marker) :]
            parts.append((before.replace("\x1b", "") if self._in_paste else before) + marker)
            self._in_paste = not self._in_paste
        return "".join(parts)


def _split_partial(text: str, marker: str) -> tuple[str, str]:
    """`text` without an unfinished `marker` at its end, and that unfinished part."""
    for size in range(len(marker) - 1, 0, -1):
        if text.endswith(marker[:size]):
            return text[:-size], text[-size:]
    return text, ""


def tolerate_invalid_input() -> None:
    """Read the terminal's input with `TerminalInput`: one invalid UTF-8 byte (seen on tmux
    reattach and SSH reconnects) otherwise kills Textual's input thread and ends the app
    (textual issues 6456, 6668), and an ESC in a paste turns the rest into key presses.
    (How Textual is made to use it: `textual_compat.decode_terminal_input_with`; imported
    here, as the app starts, so that the controller, which imports this module for the
    emergency copy, imports nothing of Textual.)
    """
    from facilitator.tui.textual_compat import decode_terminal_input_with

    decode_terminal_input_with(TerminalInput)
