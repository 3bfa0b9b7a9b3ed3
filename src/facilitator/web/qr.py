"""The address as a QR code drawn with text, for people in the room to join with a phone.

segno makes the code; it is drawn here with half blocks (two rows of modules per line of
text), the dark modules as the block's foreground, so a screen that draws it black on white
(`BLACK_ON_WHITE` in a terminal, a style on the session screen) shows it as a camera expects.
"""

from __future__ import annotations

import segno

BLACK_ON_WHITE = "\x1b[30;107m"
RESET = "\x1b[0m"
_HALVES = {(True, True): "█", (True, False): "▀", (False, True): "▄", (False, False): " "}


def qr_rows(url: str, border: int = 2) -> list[str]:
    """The code as lines of half blocks, a quiet zone of `border` modules around it."""
    code = segno.make(url, error="m", micro=False)
    size = len(code.matrix)
    dark = [[False] * (size + 2 * border) for _ in range(border)]
    for row in code.matrix:
        dark.append([False] * border + [bool(m) for m in row] + [False] * border)
    dark += [[False] * (size + 2 * border) for _ in range(border + 1)]
    return [
        "".join(_HALVES[top, bottom] for top, bottom in zip(dark[y], dark[y + 1], strict=True))
        for y in range(0, len(dark) - 1, 2)
    ]


def qr_for_terminal(url: str, *, colour: bool) -> str:
    """The code ready to print: black on white when the output is a terminal."""
    rows = qr_rows(url)
    if not colour:
        return "\n".join(rows)
    return "\n".join(f"{BLACK_ON_WHITE}{row}{RESET}" for row in rows)
