"""The minutes as one self-contained HTML page, calm on screen and clean on A4 paper.

The page is the Markdown minutes rendered by markdown-it-py with raw HTML off: nothing people
typed can become a tag, and link validation would drop a `javascript:` URL even if one could
be written. The page needs nothing else: the style sheet is inside it, there are no scripts,
no fonts or images to fetch, so it can be mailed, archived and printed to PDF as it is.

markdown-it is imported when a page is rendered, so importing the package stays cheap.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from facilitator.domain.session import Session
from facilitator.domain.text import close_direction
from facilitator.export.changes import figure_points, since_last_time
from facilitator.export.escape import CHARTS_MARK, ISOLATE_END, ISOLATE_START, inline_text
from facilitator.export.minutes import minutes_language, minutes_marked, minutes_title
from facilitator.export.trend_chart import STYLE as CHARTS_STYLE, trend_charts
from facilitator.i18n import Translator, t

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

    from facilitator.domain.trend import Trend

STYLE = """\
@page {
  size: A4;
  margin: 18mm 16mm 23mm 20mm;
}
html {
  font-family: Calibri, Carlito, "Segoe UI", "Helvetica Neue", Arial, sans-serif,
    "Segoe UI Emoji", "Apple Color Emoji", "Noto Color Emoji";
  font-size: 10pt;
  line-height: 1.25;
  color: #1a1a1a;
  background: #fff;
}
body { max-width: 48em; margin: 2.5em auto; padding: 0 1.5em; }
h1 { font-size: 17pt; line-height: 1.2; font-weight: 600; margin: 0 0 0.4em; }
h2 {
  font-size: 12.5pt;
  font-weight: 600;
  margin: 1em 0 0.3em;
  padding-bottom: 0.1em;
  border-bottom: 1px solid #8a8a8a;
}
h3 { font-size: 10pt; font-weight: 600; margin: 0.7em 0 0.15em; }
/* A heading, and a label standing alone above its text, never ends a page. */
h1, h2, h3, h2 + p, .label { break-after: avoid; page-break-after: avoid; }
p, li, td, th { hyphens: auto; -webkit-hyphens: auto; orphans: 3; widows: 3; }
h1, h2, h3, p, li, td, th { overflow-wrap: break-word; }
.date { white-space: nowrap; }
p { margin: 0.2em 0; }
h2 + p > em:only-child { font-size: 9pt; }
ul { margin: 0.25em 0; padding-left: 1.4em; }
li { margin: 0.1em 0; }
li > ul { margin: 0.2em 0; }
strong { font-weight: 600; }
em { color: #444; }
table {
  width: 100%;
  table-layout: fixed;
  border-collapse: collapse;
  margin: 0.6em 0;
  font-size: 9pt;
}
th, td { border: 1px solid #8a8a8a; padding: 0.2em 0.4em; text-align: left; vertical-align: top; }
/* Key figures: figure, value, source. */
table:not(:has(th:nth-child(4))) th:nth-child(1) { width: 50%; }
table:not(:has(th:nth-child(4))) th:nth-child(2) { width: 12%; }
/* Commitments: number, what, who, due, status, linked item. */
table:has(th:nth-child(6)) th:nth-child(1) { width: 2.4em; }
table:has(th:nth-child(6)) th:nth-child(3) { width: 18%; }
table:has(th:nth-child(6)) th:nth-child(4) { width: 6.2em; }
table:has(th:nth-child(6)) th:nth-child(5) { width: 4.8em; }
table:has(th:nth-child(6)) th:nth-child(6) { width: 6.4em; }
th { background: #ececec; font-weight: 600; }
thead { display: table-header-group; }
/* Sections simply follow one another. A question's heading stays with its answer (the
   heading rule above), a factor with its assessment, a table row and a signature whole. */
tr, li, .signature { break-inside: avoid; page-break-inside: avoid; }
li:has(ul) { break-inside: auto; page-break-inside: auto; }
header { margin-bottom: 0.8em; }
/* The title block and the attendance lists in two columns: a first page has room for the
   summary. */
header p, main > section:first-child ul { columns: 2; column-gap: 2em; }
main > section:first-child li { break-inside: avoid; }
/* The justering is one block: which protokoll, which paragraphs, where and when, and the
   signature lines side by side, each under its caption. */
.signatures { break-inside: avoid; page-break-inside: avoid; }
.signers { display: flex; flex-wrap: wrap; align-items: flex-end; gap: 0 4%; }
.signer { width: 30%; }
.signer .signature { margin-top: 2.6em; }
.signer .line { display: block; border-bottom: 0.6pt solid #333; margin-bottom: 0.15em; }
.signer .caption { margin-top: 1em; }
.signer .caption + .signature { margin-top: 1.6em; }
/* On a narrow screen a table becomes one card per row, each cell under its heading. */
@media screen and (max-width: 40em) {
  body { margin: 1em auto; padding: 0 0.9em; }
  header p, main > section:first-child ul { columns: 1; }
  table, thead, tbody, tr, th, td { display: block; width: auto !important; }
  thead { position: absolute; left: -9999px; }
  table { border: none; }
  tr { border: 1px solid #8a8a8a; margin: 0 0 0.8em; padding: 0.3em 0.5em; }
  td { border: none; padding: 0.15em 0; text-align: left !important; }
  td::before { content: attr(data-label) ": "; font-weight: 600; }
  .signer { width: 100%; }
}
@media print {
  body { max-width: none; margin: 0; padding: 0; }
  th { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
"""
# The running header and footer of every printed page (CSS paged media, which Chromium and
# Firefox print): organisation, "Protokoll" and date, "Sida X (Y)", a box for the initials of
# the justerare, and the word for a draft when the session is not finished.
PAGE_MARGINS = """\
@page {
  @top-left { content: %(left)s; font-size: 9pt; color: #333; vertical-align: bottom; }
  @top-center { content: %(center)s; font-size: 9pt; color: #333; vertical-align: bottom; }
  @top-right {
    content: %(page)s counter(page) " (" counter(pages) ")";
    font-size: 9pt; color: #333; vertical-align: bottom;
  }
  @bottom-left { content: %(draft)s; font-size: 14pt; font-weight: 700; letter-spacing: 0.1em; }
  @bottom-right {
    content: %(initials)s;
    font-size: 7.5pt; color: #333; text-align: left; vertical-align: top;
    width: 42mm; height: 11mm; margin-top: 7mm; padding: 1mm 2mm;
    border: 0.6pt solid #555;
  }
}
"""


def css_string(text: str) -> str:
    """`text` as a quoted CSS string that nothing in it can end or turn into markup: every
    character but letters, digits, spaces and harmless punctuation is written as an escape."""
    safe = []
    for char in text:
        if char.isalnum() or char in " .,:;–-()/§!?'":
            safe.append(char)
        else:
            safe.append(f"\\{ord(char):x} ")
    return '"' + "".join(safe) + '"'


def page_margins(*, left: str, center: str, page: str, initials: str, draft: str) -> str:
    """The page furniture as CSS, each text written as a safe CSS string."""
    return PAGE_MARGINS % {
        "left": css_string(left),
        "center": css_string(center),
        "page": css_string(page),
        "initials": css_string(initials),
        "draft": css_string(draft),
    }


def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False}).enable("table")


def _is_label(tokens: Sequence[Token], index: int) -> bool:
    """A paragraph that is only bold words ("**Anteckningar**"): the minutes' own label above
    a block of text. Typed text is escaped, so it can never make one."""
    if tokens[index].type != "paragraph_open" or tokens[index].level != 0:
        return False
    children = [c for c in tokens[index + 1].children or [] if c.type != "text" or c.content]
    return [c.type for c in children] == ["strong_open", "text", "strong_close"]


def _split(tokens: Sequence[Token], tag: str, *, labels: bool = False) -> list[list[Token]]:
    """Cut a token stream before every top-level heading with `tag` (the first part holds
    what comes before the first such heading, and may be empty); with `labels`, before every
    label paragraph too."""
    parts: list[list[Token]] = [[]]
    for index, token in enumerate(tokens):
        heading = token.type == "heading_open" and token.tag == tag and token.level == 0
        if heading or (labels and _is_label(tokens, index)):
            parts.append([])
        parts[-1].append(token)
    return parts


_DATE = re.compile(r"\b(\d{4}-\d{2}-\d{2})\b")


def _dress(tokens: Sequence[Token]) -> None:
    """What print and a phone need beyond the Markdown: each table cell names its column
    (`data-label`, shown when a narrow screen stacks a row as a card), a label paragraph is
    marked to stay with what follows, and a date is kept from breaking at its hyphens."""
    headers: list[str] = []
    column = 0
    for index, token in enumerate(tokens):
        if token.type == "thead_open":
            headers = []
        elif token.type == "th_open":
            headers.append(_plain(tokens[index + 1]))
        elif token.type == "tr_open":
            column = 0
        elif token.type == "td_open":
            if column < len(headers):
                token.attrSet("data-label", headers[column])
            column += 1
        elif token.type == "paragraph_open" and _is_label(tokens, index):
            token.attrSet("class", "label")
        elif token.type == "inline" and token.children and _DATE.search(token.content):
            dressed: list[Token] = []
            for child in token.children:
                if child.type != "text" or not _DATE.search(child.content):
                    dressed.append(child)
                    continue
                for number, piece in enumerate(_DATE.split(child.content)):
                    if number % 2:  # digits and hyphens: the same text escaped or not
                        dressed.append(_raw(f'<span class="date">{piece}</span>'))
                    elif piece:
                        dressed.append(_text(piece))
            token.children = dressed


def _blocks(tokens: Sequence[Token]) -> list[list[Token]]:
    """The top-level blocks of a token stream (a heading, a paragraph), each whole."""
    blocks: list[list[Token]] = [[]]
    for token in tokens:
        blocks[-1].append(token)
        if token.level == 0 and token.nesting == -1:
            blocks.append([])
    return [block for block in blocks if block]


def _is_signature(block: Sequence[Token]) -> bool:
    return len(block) > 1 and block[1].content.startswith("\\_\\_")


def _draw_line(inline: Token) -> None:
    """The signature line as a ruled line that fits its box, instead of underscores."""
    children = inline.children or []
    if children and children[0].type == "text":
        rest = children[1:]
        if rest and rest[0].type == "hardbreak":
            rest = rest[1:]
        inline.children = [_raw('<span class="line"></span>'), *rest]


def _signatures(tokens: Sequence[Token], render: Callable[[Sequence[Token]], str]) -> str:
    """The last section, the justering, kept whole: each signature line with the caption
    above it ("Vid protokollet", "Justeras") in a box of its own, the boxes side by side."""
    out = ['<section class="signatures">\n']
    signers: list[str] = []
    blocks = _blocks(tokens)
    caption = ""
    for index, block in enumerate(blocks):
        following = blocks[index + 1] if index + 1 < len(blocks) else []
        if _is_signature(block):
            block[0].attrSet("class", "signature")
            _draw_line(block[1])
            signers.append(f'<div class="signer">\n{caption}{render(block)}</div>\n')
            caption = ""
        elif block[0].type == "paragraph_open" and _is_signature(following):
            block[0].attrSet("class", "caption")
            caption = render(block)
        else:
            if signers:
                out.append('<div class="signers">\n' + "".join(signers) + "</div>\n")
                signers = []
            out.append(render(block))
    if signers:
        out.append('<div class="signers">\n' + "".join(signers) + "</div>\n")
    out.append("</section>\n")
    return "".join(out)


def _plain(inline: Token) -> str:
    """The text an inline token shows, without its marks."""
    return "".join(c.content for c in inline.children or [] if c.type in ("text", "code_inline"))


def _raw(markup: str) -> Token:
    from markdown_it.token import Token

    return Token("html_inline", "", 0, content=markup)


def _text(text: str) -> Token:
    from markdown_it.token import Token

    return Token("text", "", 0, content=text)


def render_body(markdown: str, values_language: str = "", charts: str = "") -> str:
    """The page body: the title block in `<header>`, each `##` part in a `<section>` and
    each `###` part inside it in a `<div class="part">` that print keeps whole; a labelled
    block (notes) goes in a `<div class="block">` that may run on to the next page. The last
    section (the signatures) is marked so print keeps it together. `charts` (HTML made by
    the program, export/trend_chart.py) takes the place of the paragraph the minutes mark
    for it (`CHARTS_MARK`)."""
    md = _parser()
    env: dict[str, Any] = {}
    tokens = md.parse(markdown, env)
    _dress(tokens)

    def render(part: Sequence[Token]) -> str:
        rendered: str = md.renderer.render(part, md.options, env)
        return rendered

    head, *sections = _split(tokens, "h2")
    out = [f"<header>\n{render(head)}</header>\n<main>\n"]
    for number, section in enumerate(sections, start=1):
        if number == len(sections):
            out.append(_signatures(section, render))
            continue
        out.append("<section>\n")
        intro, *parts = _split(section, "h3", labels=True)
        out.append(render(intro))
        for part in parts:
            kind = "part" if part[0].type == "heading_open" else "block"
            out.append(f'<div class="{kind}">\n{render(part)}</div>\n')
        out.append("</section>\n")
    out.append("</main>\n")
    page = "".join(out).replace(f"<p>{CHARTS_MARK}</p>\n", charts)
    if ISOLATE_START in page:  # each value people typed in <bdi> (see escape.isolated)
        # Values in another language than the page's (a Swedish session's minutes in
        # English) say so, so a browser hyphenates and reads them as what they are.
        opening = f'<bdi lang="{html.escape(values_language)}">' if values_language else "<bdi>"
        page = page.replace(ISOLATE_START, opening).replace(ISOLATE_END, "</bdi>")
    return page


def render_page(
    markdown: str,
    *,
    title: str,
    language: str,
    page_style: str = "",
    values_language: str = "",
    charts: str = "",
) -> str:
    """A whole HTML page for Markdown minutes; `title` is plain text and is escaped here;
    `page_style` is CSS added after the page's own (the printed page's furniture)."""
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{html.escape(language)}">\n'
        "<head>\n"
        '<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="facilitator">\n'
        f"<title>{html.escape(title)}</title>\n"
        f"<style>\n{STYLE}{page_style}</style>\n"
        "</head>\n"
        "<body>\n"
        f"{render_body(markdown, values_language, charts)}"
        "</body>\n"
        "</html>\n"
    )


def minutes_page_style(session: Session, language: str) -> str:
    """The printed page's furniture for these minutes: the organisation, "Protokoll" and the
    meeting date, "Sida X (Y)", the justerare's initials box, and UTKAST on a draft."""
    meeting = session.meeting
    return page_margins(
        left=close_direction(inline_text(meeting.organisation)),
        center=" ".join(
            part for part in (t("minutes.running", language), inline_text(meeting.date)) if part
        ),
        page=t("minutes.page", language) + " ",
        initials=t("minutes.initials", language),
        draft=t("minutes.draft_mark", language) if session.finished_at is None else "",
    )


# A follow-up's first § (export/follow_up_minutes.py): the earlier commitments in eight
# columns (number, what, who, due then, what it answered, outcome, new due date, comment),
# and what changed since the last meeting (a figure then, now and the change; a question or
# item then and now). Only in a follow-up's page, so a first meeting's page stays as it was.
FOLLOW_UP_STYLE = """\
table:has(th:nth-child(8)) th:nth-child(3) { width: 12%; }
table:has(th:nth-child(8)) th:nth-child(4) { width: 5.7em; }
table:has(th:nth-child(8)) th:nth-child(5) { width: 4.8em; }
table:has(th:nth-child(8)) th:nth-child(6) { width: 5.6em; }
table:has(th:nth-child(8)) th:nth-child(7) { width: 5.7em; }
table:has(th:nth-child(8)) th:nth-child(8) { width: 15%; }
table:has(th:nth-child(4)):not(:has(th:nth-child(5))) th:nth-child(1) { width: 40%; }
table:not(:has(th:nth-child(4))) th:nth-child(2) { width: 22%; }
"""


def minutes_html(
    session: Session,
    language: str | None = None,
    *,
    markdown: str | None = None,
    trend: Trend | None = None,
) -> str:
    """The minutes of `session` as a self-contained HTML page; `markdown`, when given, is
    `minutes_marked(session, language)` already made. A follow-up's page draws the key
    figures' trend: across `trend`, the series read from its files, when the caller has it
    (its last meeting should be this session), else across the earlier meeting and this."""
    lang = minutes_language(session, language)
    title = t("minutes.heading", lang, title=inline_text(minutes_title(session)))
    if markdown is None:
        markdown = minutes_marked(session, lang)
    values = session.workshop.language
    style = minutes_page_style(session, lang)
    charts = ""
    if session.series is not None:
        style += FOLLOW_UP_STYLE
        series = trend if trend is not None else since_last_time(session)
        if series is not None:
            points = figure_points(series, list(session.workshop.figures()))
            charts = trend_charts(points, Translator(lang))
        style += CHARTS_STYLE if charts else ""
    return render_page(
        markdown,
        title=title,
        language=lang,
        page_style=style,
        values_language=values if values != lang else "",
        charts=charts,
    )
