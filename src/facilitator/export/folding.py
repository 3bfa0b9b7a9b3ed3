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

The content lines themselves are icalendar's too (`calendar_lines`): each property's value is
encoded by its own icalendar type, and only the line around it is put together here for the
properties without parameters, as icalendar puts it together.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from icalendar.cal.component import Component

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


def calendar_lines(calendar: Component) -> list[str]:
    """The calendar's content lines, those `Component.content_lines` gives, in a third of the
    time: a property without parameters (all but the dates) is written `NAME:value` here,
    which is the line `Contentline.from_parts` makes of it, from the value icalendar encodes;
    icalendar makes an empty parameter list for each and checks each line as an object of
    its own, most of the time of a calendar of many commitments (1,000 commitments, 11,000
    lines: 93 ms of 128). A property with parameters is made by icalendar itself."""
    from icalendar import vText
    from icalendar.parser_tools import to_unicode

    lines: list[str] = []
    add = lines.append
    for name, value in calendar.property_items():
        if getattr(value, "params", None):
            add(calendar.content_line(name, value))
            continue
        if hasattr(value, "to_ical"):
            encoded = value.to_ical()
        else:  # BEGIN and END, their names already encoded: as `from_parts` takes them
            encoded = vText(cast("str | bytes", value)).to_ical()
        add(f"{to_unicode(name)}:{to_unicode(encoded)}")
    return lines
