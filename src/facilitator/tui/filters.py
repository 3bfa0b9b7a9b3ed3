"""The last gate before the terminal, for every widget at once.

Text reaching a widget is cleaned where it enters the program (files, pastes), but a
terminal acts on some characters instead of showing them, so nothing drawn may hold them:
C0 controls (ESC above all), DEL and C1 controls (U+009B is a CSI of its own), which could
clear the screen, write the clipboard (OSC 52) or make links (OSC 8); and the bidirectional
embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069), with which a terminal
that does its own bidi could reorder the rest of a line, borders and all. All of them have
no width, so removing them from what is drawn changes no layout. The session, the file and
the minutes keep them exactly.
"""

from __future__ import annotations

import re

from rich.segment import Segment
from textual.color import Color
from textual.filter import LineFilter

UNDRAWABLE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


class TerminalSafe(LineFilter):
    """Drop the characters a terminal would act on or reorder by, from every drawn line,
    after applying Textual's own filters (`before`).

    One filter doing both, instead of ours after Textual's: Textual looks each filter up in
    every drawn line's cache on every frame, and a key redraws some 200 lines that did not
    change.
    """

    def __init__(self, before: tuple[LineFilter, ...] = ()) -> None:
        super().__init__()
        self.before = before

    def apply(self, segments: list[Segment], background: Color) -> list[Segment]:
        for earlier in self.before:
            segments = earlier.apply(segments, background)
        if not any(UNDRAWABLE.search(s.text) for s in segments if not s.control):
            return segments
        kept = []
        for segment in segments:
            if not segment.control:
                text = UNDRAWABLE.sub("", segment.text)
                if not text:
                    continue
                segment = Segment(text, segment.style, segment.control)
            kept.append(segment)
        return kept
