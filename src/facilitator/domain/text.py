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
