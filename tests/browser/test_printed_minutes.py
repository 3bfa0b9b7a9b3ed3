"""The HTML minutes printed to PDF by Chromium read like a protokoll, and fit a phone.

Printed: the golden session takes at most three A4 pages; every page carries the
organisation and "Sida N (M)"; no page ends with a heading; the last page names the
paragraphs signed and the justerare; an unfinished session says UTKAST on every page.
On a 390-pixel screen the page does not scroll sideways and the commitments are cards.
"""

from __future__ import annotations

import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from tests.unit.test_export_sessions import full_session

from facilitator.export import minutes_html

from .chromium import dump_dom, print_to_pdf, screenshot

pytestmark = pytest.mark.browser

ORGANISATION = {
    "sv": "Exempelverket, ledningsgruppen",
    "en": "The Example Agency, management group",
}
PAGE = {"sv": "Sida {} ({})", "en": "Page {} ({})"}
PARAGRAPHS = {"sv": "Paragrafer 1–6", "en": "Sections 1–6"}
DRAFT = {"sv": "UTKAST", "en": "DRAFT"}


class Headings(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.texts: list[str] = []
        self.inside = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("h1", "h2", "h3"):
            self.inside = True
            self.texts.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("h1", "h2", "h3"):
            self.inside = False

    def handle_data(self, data: str) -> None:
        if self.inside:
            self.texts[-1] += data


def words(text: str) -> str:
    return " ".join(text.split())


def printed(tmp_path: Path, page: str) -> list[str]:
    """The text of each printed page."""
    from pypdf import PdfReader

    source = tmp_path / "minutes.html"
    source.write_text(page, encoding="utf-8")
    pdf = print_to_pdf(source, tmp_path / "minutes.pdf")
    return [page.extract_text() or "" for page in PdfReader(pdf).pages]


def body_lines(text: str, language: str) -> list[str]:
    """A page's lines without the running header and footer."""
    furniture = (ORGANISATION[language], "Sida ", "Page ", "Justerandes signatur", "Initials of")
    lines = [words(line) for line in text.splitlines()]
    return [line for line in lines if line and not any(f in line for f in furniture)]


@pytest.mark.parametrize("language", ["sv", "en"])
def test_the_golden_minutes_print_as_a_protokoll(tmp_path: Path, language: str) -> None:
    page = minutes_html(full_session(language))
    pages = printed(tmp_path, page)
    parser = Headings()
    parser.feed(page)
    # A label standing alone above its text ends no page either.
    labels = ["Anteckningar", "Notes", "Beslut", "Decisions", "Närvarande", "Present"]
    headings = [words(text) for text in parser.texts] + labels

    assert 1 <= len(pages) <= 3, f"{len(pages)} pages"
    for number, text in enumerate(pages, start=1):
        flat = words(text)
        assert PAGE[language].format(number, len(pages)) in flat, number
        assert ORGANISATION[language] in flat, number
        last = body_lines(text, language)[-1]
        # The last line of a page is no heading, nor the end of one that wrapped.
        assert not any(h == last or h.endswith(" " + last) for h in headings), (number, last)
    assert PARAGRAPHS[language] in words(pages[-1])
    assert "Cecilia Öberg" in words(pages[-1])
    assert not any(DRAFT[language] in words(text) for text in pages)


def test_an_unfinished_session_prints_utkast_on_every_page(tmp_path: Path) -> None:
    session = full_session("sv")
    session.reopen()
    pages = printed(tmp_path, minutes_html(session))
    assert len(pages) >= 2
    for text in pages:
        assert "UTKAST" in words(text)


# Headless Chromium keeps a window at least 500 pixels wide, so the page is shown in a frame
# 390 pixels wide, which is its viewport (media queries included). The script measures it
# as a phone shows it: whether it scrolls sideways, and how wide the narrowest cell of the
# commitments is; the result replaces the body, for --dump-dom.
PHONE = """<!DOCTYPE html>
<html><body style="margin:0">
<iframe id="phone" style="width:390px;height:844px;border:0" srcdoc="%s"></iframe>
<script>
addEventListener("load", () => {
  const page = document.getElementById("phone").contentDocument;
  const cells = [...page.querySelectorAll("table")].pop().querySelectorAll("td");
  const widths = [...cells].map((c) => c.getBoundingClientRect().width);
  const result = {
    scroll: page.documentElement.scrollWidth,
    view: page.documentElement.clientWidth,
    narrowest: Math.min(...widths),
  };
  document.body.textContent = "RESULT" + JSON.stringify(result) + "END";
});
</script>
</body></html>
"""


def test_on_a_390_pixel_phone_nothing_scrolls_sideways_and_commitments_are_cards(
    tmp_path: Path,
) -> None:
    page = minutes_html(full_session("sv"))
    phone = tmp_path / "phone.html"
    phone.write_text(PHONE % html.escape(page, quote=True), encoding="utf-8")
    shown = phone.with_name("shown.html")
    shown.write_text(phone.read_text().split("<script>")[0], encoding="utf-8")
    screenshot(shown, tmp_path / "phone.png", 500, 844)
    found = re.search(r"RESULT(.*?)END", dump_dom(phone, 500, 844))
    assert found is not None
    result = json.loads(found[1])
    assert 360 <= result["view"] <= 390, result  # 390 less a scroll bar
    assert result["scroll"] <= result["view"], result
    # A card gives every value the width of the screen, less its margins.
    assert result["narrowest"] >= 0.6 * result["view"], result
