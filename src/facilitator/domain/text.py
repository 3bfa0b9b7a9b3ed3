"""Text hygiene shared by every layer.

Text that people type or that a workshop file holds is content, never markup or terminal
control. Control characters are removed where text enters the program, so no later layer
(screen, TOML, minutes) has to wonder whether an ESC byte can reach a terminal.
"""

from __future__ import annotations

import re
import unicodedata

# C0 controls except tab, newline and carriage return; DEL; and all C1 controls. Also lone
# surrogates (from a YAML "\ud800" escape, say): UTF-8 cannot write them, so one would make
# every later save fail. Carriage return stays so that CRLF text round-trips exactly through
# the session file.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x80-\x9f\ud800-\udfff]")
# Workshop texts are prose from a file: line ends are always plain newlines there.
_CONTROL_STRICT = re.compile("[\x00-\x08\x0b-\x1f\x7f\x80-\x9f\ud800-\udfff]")
_SLUG_DROP = re.compile(r"[^a-z0-9]+")


def clean_text(text: str) -> str:
    """Remove control characters that could drive a terminal, keeping tab, LF and CR."""
    return _CONTROL.sub("", text)


def clean_file_text(text: str) -> str:
    """Remove control characters from text read from a workshop file (CR included)."""
    return _CONTROL_STRICT.sub("", text)


def normalise_space(text: str) -> str:
    """Collapse runs of white space to one space; used to compare texts word for word."""
    return " ".join(text.split())


def slugify(text: str, *, max_length: int = 60) -> str:
    """A lower-case ASCII slug (å→a, ö→o) that is safe as part of a file name."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    ascii_text = decomposed.encode("ascii", "ignore").decode("ascii")
    slug = _SLUG_DROP.sub("-", ascii_text).strip("-")
    return slug[:max_length].rstrip("-")


# What a terminal would act on instead of showing: C0 controls (ESC above all; newline and
# tab too, as a message is one line and a table cell one cell), DEL, C1 controls (U+009B is
# a CSI of its own), the bidirectional embeddings, overrides and isolates, and lone
# surrogates (a file name that is not UTF-8 comes in as U+DC80-U+DCFF, one per byte).
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _shown(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8, as Python keeps it
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def terminal_safe(text: str) -> str:
    """`text` fit to print on a terminal as one line: whatever a terminal would act on (an
    escape sequence, a clear-screen, a clipboard write, a reordering of the line) is shown as
    its code instead, `\\x1b` or `\\u202e`, so a person sees that it is there and nothing is
    run. The command line passes every message through this; the screens have their own
    filter (tui/filters.py), which drops the same characters from what is drawn."""
    return _UNPRINTABLE.sub(_shown, text)


# Explicit direction marks (Unicode's bidirectional algorithm, UAX #9): embeddings and
# overrides (LRE, RLE, LRO, RLO) run until a PDF, isolates (LRI, RLI, FSI) until a PDI, and
# both until the end of the paragraph.
_EMBEDDINGS = "\u202a\u202b\u202d\u202e"
_ISOLATES = "\u2066\u2067\u2068"
_PDF = "\u202c"
_PDI = "\u2069"
_DIRECTION_MARK = re.compile("[\u202a-\u202e\u2066-\u2069]")
_PARAGRAPH_ENDS = "\r\n\u2029"


def close_direction(text: str) -> str:
    """`text` with every explicit direction it opens closed again at the end of each line.

    A right-to-left override typed into a name ("Anna" after U+202E) would otherwise run on
    into whatever the program writes after it on the same line: "– Anna, 2027-03-05" shows as
    "– 50-30-7202 ,annA". Appending the PDF or PDI each open mark is waiting for (innermost
    first, as the bidirectional algorithm matches them) ends the value's direction where the
    value ends, and changes nothing of what it shows itself. Text without such marks, which
    is nearly all text, is returned as it is.
    """
    if _DIRECTION_MARK.search(text) is None:
        return text
    out: list[str] = []
    waiting: list[str] = []  # the closing mark each open mark waits for, innermost last
    for char in text:
        if char in _PARAGRAPH_ENDS:
            out.extend(reversed(waiting))
            waiting.clear()
        elif char in _EMBEDDINGS:
            waiting.append(_PDF)
        elif char in _ISOLATES:
            waiting.append(_PDI)
        elif char == _PDF:
            if waiting and waiting[-1] == _PDF:  # a PDF cannot close past an isolate
                waiting.pop()
        elif char == _PDI and _PDI in waiting:  # a PDI closes its isolate and all inside it
            while waiting.pop() != _PDI:
                pass
        out.append(char)
    out.extend(reversed(waiting))
    return "".join(out)
