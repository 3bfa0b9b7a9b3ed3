"""The minutes as one self-contained HTML page, calm on screen and clean on A4 paper.

The page is the Markdown minutes rendered by markdown-it-py with raw HTML off: nothing people
typed can become a tag, and link validation would drop a `javascript:` URL even if one could
be written. The page needs nothing else: the style sheet is inside it, there are no scripts,
no fonts or images to fetch, so it can be mailed, archived and printed to PDF as it is.

markdown-it is imported when a page is rendered, so importing the package stays cheap.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from facilitator.domain.session import Session
from facilitator.export.escape import ISOLATE_END, ISOLATE_START, inline_text
from facilitator.export.minutes import minutes_language, minutes_marked, minutes_title
from facilitator.i18n import t

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

STYLE = """\
@page {
  size: A4;
  margin: 20mm 18mm 20mm 22mm;
  @bottom-right { content: counter(page) " / " counter(pages); font-size: 9pt; color: #555; }
}
html {
  font-family: Calibri, Carlito, "Segoe UI", "Helvetica Neue", Arial, sans-serif,
    "Segoe UI Emoji", "Apple Color Emoji", "Noto Color Emoji";
  font-size: 11pt;
  line-height: 1.45;
  color: #1a1a1a;
  background: #fff;
}
body { max-width: 48em; margin: 2.5em auto; padding: 0 1.5em; }
h1 { font-size: 20pt; line-height: 1.2; font-weight: 600; margin: 0 0 0.6em; }
h2 {
  font-size: 14pt;
  font-weight: 600;
  margin: 1.8em 0 0.5em;
  padding-bottom: 0.15em;
  border-bottom: 1px solid #8a8a8a;
}
h3 { font-size: 11.5pt; font-weight: 600; margin: 1.2em 0 0.3em; }
h1, h2, h3, h2 + p { break-after: avoid; page-break-after: avoid; }
h1, h2, h3, p, li, td, th { overflow-wrap: anywhere; }
p { margin: 0.45em 0; }
ul { margin: 0.45em 0; padding-left: 1.4em; }
li { margin: 0.3em 0; }
li > ul { margin: 0.3em 0; }
strong { font-weight: 600; }
em { color: #444; }
table {
  width: 100%;
  table-layout: fixed;
  border-collapse: collapse;
  margin: 0.7em 0;
  font-size: 10pt;
}
th, td { border: 1px solid #8a8a8a; padding: 0.3em 0.45em; text-align: left; vertical-align: top; }
td { hyphens: auto; }
/* Key figures: figure, value, source. */
table:not(:has(th:nth-child(4))) th:nth-child(1) { width: 42%; }
table:not(:has(th:nth-child(4))) th:nth-child(2) { width: 20%; }
/* Commitments: number, what, who, due, status, linked item. */
table:has(th:nth-child(6)) th:nth-child(1) { width: 2.2em; }
table:has(th:nth-child(6)) th:nth-child(2) { width: 27%; }
table:has(th:nth-child(6)) th:nth-child(3) { width: 16%; }
table:has(th:nth-child(6)) th:nth-child(4) { width: 6.4em; }
table:has(th:nth-child(6)) th:nth-child(5) { width: 5em; }
th { background: #ececec; font-weight: 600; }
thead { display: table-header-group; }
tr, .part { break-inside: avoid; page-break-inside: avoid; }
header { margin-bottom: 1.2em; }
main > section:last-child { break-inside: avoid; page-break-inside: avoid; }
main > section:last-child p { margin-top: 1.4em; }
@media print {
  body { max-width: none; margin: 0; padding: 0; }
  th { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  h2 { margin-top: 1.4em; }
}
"""


def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False}).enable("table")


def _split(tokens: Sequence[Token], tag: str) -> list[list[Token]]:
    """Cut a token stream before every top-level heading with `tag` (the first part holds
    what comes before the first such heading, and may be empty)."""
    parts: list[list[Token]] = [[]]
    for token in tokens:
        if token.type == "heading_open" and token.tag == tag and token.level == 0:
            parts.append([])
        parts[-1].append(token)
    return parts


def render_body(markdown: str) -> str:
    """The page body: the title block in `<header>`, each `##` part in a `<section>` and
    each `###` part inside it in a `<div class="part">`, so print can keep them together."""
    md = _parser()
    env: dict[str, Any] = {}
    tokens = md.parse(markdown, env)

    def render(part: Sequence[Token]) -> str:
        rendered: str = md.renderer.render(part, md.options, env)
        return rendered

    head, *sections = _split(tokens, "h2")
    out = [f"<header>\n{render(head)}</header>\n<main>\n"]
    for section in sections:
        intro, *parts = _split(section, "h3")
        out.append(f"<section>\n{render(intro)}")
        out.extend(f'<div class="part">\n{render(part)}</div>\n' for part in parts)
        out.append("</section>\n")
    out.append("</main>\n")
    page = "".join(out)
    if ISOLATE_START in page:  # each value people typed in <bdi> (see escape.isolated)
        page = page.replace(ISOLATE_START, "<bdi>").replace(ISOLATE_END, "</bdi>")
    return page


def render_page(markdown: str, *, title: str, language: str) -> str:
    """A whole HTML page for Markdown minutes; `title` is plain text and is escaped here."""
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{html.escape(language)}">\n'
        "<head>\n"
        '<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="facilitator">\n'
        f"<title>{html.escape(title)}</title>\n"
        f"<style>\n{STYLE}</style>\n"
        "</head>\n"
        "<body>\n"
        f"{render_body(markdown)}"
        "</body>\n"
        "</html>\n"
    )


def minutes_html(
    session: Session, language: str | None = None, *, markdown: str | None = None
) -> str:
    """The minutes of `session` as a self-contained HTML page; `markdown`, when given, is
    `minutes_marked(session, language)` already made."""
    lang = minutes_language(session, language)
    title = t("minutes.heading", lang, title=inline_text(minutes_title(session)))
    if markdown is None:
        markdown = minutes_marked(session, lang)
    return render_page(markdown, title=title, language=lang)
