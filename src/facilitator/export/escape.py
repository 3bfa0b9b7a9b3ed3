"""Putting text people typed into Markdown so that it stays text.

Notes, answers, names and workshop texts go into the minutes as content: whatever they
hold (`#`, `*`, `|`, backticks, a whole fence, `<script>`, `&copy;`, a link) must render as
typed and can never open a heading, a list, a table cell or a code block. Raw HTML is off
when the HTML minutes are rendered, but the Markdown file is also pasted into other
renderers, so the escaping alone has to be enough.

Two contexts:

- A *block* (notes, a motivation, a reflection) keeps its lines: every line break becomes a
  hard line break (a backslash at the end of the line), so the text stays one paragraph and
  an empty line inside it cannot end the paragraph. White space at the start and end of each
  line is written as a character reference (`&#32;`), because Markdown would otherwise eat
  it or read four spaces as code. Line breaks at the very start and end are dropped:
  Markdown cannot end a paragraph with a line break.
- An *inline* value (a table cell, a heading, a name in a list) has to fit on one line: its
  lines are trimmed, empty ones dropped, and the rest joined with " / " (raw HTML is off, so
  `<br>` would show as text). `inline_text` says what such a value looks like rendered.

Every line of a value also ends the explicit direction it opened (`close_direction`): a
right-to-left override typed into a name must not turn the minutes' own words after it around.

Escaping is a backslash before the ASCII punctuation that can mean something anywhere in a
line (a backslash is valid before any ASCII punctuation in CommonMark, so this is always
safe), plus the few marks that mean something only at the start of a line (`-`, `+`, `=`,
`1.`, `1)`). Harmless punctuation (`.`, `,`, `:`, `!`, `(`, `?` …) is left alone so the Markdown
file stays pleasant to read.
"""

from __future__ import annotations

import re

from facilitator.domain.text import clean_text, close_direction

LINE_BREAK = re.compile(r"\r\n|\r|\n")
# Around each value in the Markdown the HTML page is made from, where they become <bdi> and
# </bdi>: two of Unicode's noncharacters, which exist for a program's own use. They are
# removed from the text itself, and from the Markdown file.
ISOLATE_START = "\ufdd0"
ISOLATE_END = "\ufdd1"
# A paragraph of its own where the HTML page draws the key figures' trend (a follow-up's
# minutes): another noncharacter, removed with its paragraph from the Markdown file and from
# any typed text, so only the minutes themselves can place it.
CHARTS_MARK = "\ufdd2"
INLINE_SEPARATOR = " / "
# Marks with a meaning anywhere in a line: code, emphasis, links, HTML, entities, tables,
# GFM strikethrough, and `#` (a heading's closing sequence, or a heading at line start).
_ANYWHERE = re.compile(r"([\\`*_\[\]<>&|~#])")
# Marks with a meaning at the start of a line: list items, setext underlines, ordered lists.
_LINE_START = re.compile(r"^([-+=])|^(\d+)([.)])")


# What `_settled` has to look at: direction marks, and the isolation marks above.
_UNSETTLED = re.compile("[\u202a-\u202e\u2066-\u2069\ufdd0-\ufdd2]")


def _without_marks(text: str) -> str:
    if ISOLATE_START in text or ISOLATE_END in text or CHARTS_MARK in text:
        text = text.replace(ISOLATE_START, "").replace(ISOLATE_END, "")
        return text.replace(CHARTS_MARK, "")
    return text


def _settled(text: str) -> str:
    """`text` without isolation marks, every line ending the direction it opened. Nearly
    all text holds neither kind of mark: one search finds that out."""
    if _UNSETTLED.search(text) is None:
        return text
    return close_direction(_without_marks(text))


def isolated(markdown: str) -> str:
    """Escaped Markdown of one value, marked as a value of its own for the HTML page ("" for
    ""): the page shows it in `<bdi>`, so however its direction runs, it cannot reorder the
    words around it."""
    return f"{ISOLATE_START}{markdown}{ISOLATE_END}" if markdown else ""


def without_isolation(markdown: str) -> str:
    """Markdown with the marks `isolated` put in taken out again, and the paragraph that
    marks where the page draws charts: the Markdown file."""
    return _without_marks(markdown.replace("\n\n" + CHARTS_MARK, ""))


def split_lines(text: str) -> list[str]:
    """The lines of `text`, whatever its line ends (CRLF, CR or LF)."""
    return LINE_BREAK.split(text)


def _escape_line(line: str) -> str:
    escaped = _ANYWHERE.sub(r"\\\1", line)
    first = escaped[:1]
    if not first or (first not in "-+=" and not first.isdigit()):
        return escaped  # no mark can start this line (most lines): no second search
    return _LINE_START.sub(lambda m: f"\\{m[1]}" if m[1] else f"{m[2]}\\{m[3]}", escaped)


def _reference(char: str) -> str:
    return f"&#{ord(char)};"


def _keep_edges(line: str) -> str:
    """Write white space at either end of a line as character references, so it survives."""
    body = line.strip()
    if not body:
        return "".join(_reference(c) for c in line)
    start = len(line) - len(line.lstrip())
    lead = "".join(_reference(c) for c in line[:start])
    trail = "".join(_reference(c) for c in line[start + len(body) :])
    return lead + _escape_line(body) + trail


def block_lines(text: str) -> list[str]:
    """The lines of a block as they are shown: control characters removed, line breaks at
    either end dropped."""
    text = _settled(clean_text(text))
    return split_lines(text.strip("\r\n")) if text.strip() else []


def block(text: str, indent: str = "") -> str:
    """Markdown for a block of typed text: one paragraph (or the rest of one), every line
    break kept as a hard break. `indent` goes before every line but the first, for text
    inside a list item. Empty or blank text gives an empty string."""
    lines = block_lines(text)
    return f"\\\n{indent}".join(_keep_edges(line) for line in lines)


def block_text(text: str) -> str:
    """What `block` shows once rendered: the lines joined with LF."""
    return "\n".join(block_lines(text))


def inline_text(text: str) -> str:
    """What an inline value shows once rendered: trimmed lines joined with " / "."""
    text = _settled(clean_text(text))
    if "\n" not in text and "\r" not in text:  # one line, as most values are
        return text.strip()
    lines = (line.strip() for line in split_lines(text))
    return INLINE_SEPARATOR.join(line for line in lines if line)


def inline(text: str) -> str:
    """Markdown for a value that must stay on one line: a table cell, a heading, a name."""
    return _escape_line(inline_text(text))
