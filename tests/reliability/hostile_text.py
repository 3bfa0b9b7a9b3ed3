"""Hostile text for item 12, and the checks on what it becomes."""

from __future__ import annotations

import json
import re
from pathlib import Path

from facilitator.domain.text import clean_text

HOSTILE = {
    "markup": "[bold]fet[/] [/] [@click=app.quit]klick[/] [link=https://example.com]länk[/link]",
    "escapes": "a\x1b]52;c;ZXZpbA==\x07b \x1b[2Jc \x1b]8;;https://x.example\x1b\\d\x1b]8;;\x1b\\e"
    " \u009b31mf \x7fg \x9bh \x1b\x11i",
    "bidi": "abc\u202edef\u202c \u2066isolerad\u2069 \u202aLRE\u202bRLE\u202dLRO\u202c",
    "zero-width": "noll\u200bbredd, fogar\u200c\u200d, ord\u2060fog, bom\ufeff",
    "long line": "lång rad " + "x" * 100_000,
}
# What the terminal may be sent: CSI sequences (the app's own drawing and modes), the mouse
# pointer's shape (OSC 22, Textual's own), printable text, CR and LF. Anything else, OSC 52
# (the clipboard) and OSC 8 (links) above all, is a finding.
APP_OWN = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\]22;[a-z-]*\x07")
NOT_FOR_A_TERMINAL = re.compile("[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def stored(text: str) -> str:
    """What the session holds for a typed or pasted text: control characters removed."""
    return clean_text(text)


def terminal_findings(output: str) -> list[str]:
    """What in the app's output (decoded) is neither its own drawing nor text: other escape
    sequences, control characters, bidi controls, a clear screen."""
    findings = [f"clear screen at {m.start()}" for m in re.finditer(r"\x1b\[2J", output)]
    rest = APP_OWN.sub("", output)
    findings += [f"{m.group()!r} at {m.start()}" for m in NOT_FOR_A_TERMINAL.finditer(rest)]
    return findings


ALL_BUT_LONG = " ".join(text for kind, text in HOSTILE.items() if kind != "long line")
BUILTIN = Path(__file__).resolve().parents[2] / "workshops" / "steg2-ledningens-stod.sv.yaml"
# Lines of the built-in workshop given hostile text: a section title (agenda, status bar), a
# question, a nested item, an example's title (and one 100,000 characters long), a scale
# option, a figure's help, the next step.
WORKSHOP_LINES = {
    "    title: Underlag\n": "    title: {}\n",
    "        text: Finns det ett bra besluts- och uppföljningsunderlag?\n": "        text: {}\n",
    "            text: Följs upp.\n": "            text: {}\n",
    "        title: Trafikverket\n": "        title: {}\n",
    '    - {id: nej, label: "Nej"}\n': "    - {{id: nej, label: {}}}\n",
    "        help: 1 betyder den största källan.\n": "        help: {}\n",
    "next_step: Steg 3 – Ansvar och roller\n": "next_step: {}\n",
}
LONG_EXAMPLE = ("        title: Göteborgs Universitet (GU)\n", "        title: {}\n")


def hostile_workshop(folder: Path) -> Path:
    """The built-in workshop with hostile text in many places; escapes written as YAML
    escapes (\\u001b …), as a text editor would save them."""
    text = BUILTIN.read_text(encoding="utf-8")
    for old, new in WORKSHOP_LINES.items():
        assert text.count(old) == 1, old
        text = text.replace(
            old, new.format(json.dumps(f"{old.split(':', 1)[-1].strip()} {ALL_BUT_LONG}"))
        )
    old, new = LONG_EXAMPLE
    text = text.replace(old, new.format(json.dumps(HOSTILE["long line"])))
    path = folder / "fientlig.yaml"
    path.write_text(text.replace("id: steg2-ledningens-stod", "id: fientlig"), encoding="utf-8")
    return path
