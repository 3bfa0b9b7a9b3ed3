"""Folding an iCalendar file's content lines, the way icalendar folds them, in bytes.

RFC 5545 asks for lines of at most 75 octets; a longer line goes on in a next line that
starts with a space. icalendar (7.3) folds by walking the text one character at a time and
encoding each, which is most of the time of a calendar of many commitments written in
Swedish (1,000 commitments: 115 ms of 140). The calendar is still built, escaped and encoded
by icalendar; only this last step is done here, on the encoded bytes: a chunk ends 74 bytes
on, moved back to the start of a character, and back one more when it would end in a `\\`
or `^` that escapes the character after it (icalendar keeps such pairs together, issue
#1501). tests/unit/test_export_commitments.py checks the result against icalendar's own
`to_ical` byte for byte.
"""

from __future__ import annotations

from collections.abc import Iterable

LIMIT = 75
"""A folded line is shorter than this many bytes (icalendar's limit, without the CRLF)."""
FOLD = b"\r\n "
ESCAPES = b"\\^"


def fold_line(line: bytes) -> bytes:
    """One content line (UTF-8, no line break) folded into lines shorter than LIMIT bytes."""
    size = len(line)
    if size < LIMIT:
        return line
    chunks = []
    start = 0
    step = LIMIT - 1
    while size - start > step:
        end = start + step
        while line[end] & 0xC0 == 0x80:  # inside a character: cut before it
            end -= 1
        if line[end - 1] in ESCAPES and end - 1 > start:
            end -= 1
        chunks.append(line[start:end])
        start = end
    chunks.append(line[start:])
    return FOLD.join(chunks)


def fold_lines(lines: Iterable[str]) -> bytes:
    """A calendar's content lines as its file: each folded, each ended by CRLF, empty ones
    left out (what icalendar's `Contentlines.to_ical` writes)."""
    return b"".join(fold_line(line.encode("utf-8")) + b"\r\n" for line in lines if line)
