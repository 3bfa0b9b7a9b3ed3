"""A follow-up's HTML minutes printed by Chromium: still a protokoll, with the trend charts
printed and their values readable as text; on a 390-pixel phone nothing scrolls sideways
(the eight columns of the earlier commitments become cards, the charts one under another).
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest
from tests.unit.follow_up_sessions import follow_up_session

from facilitator.export import minutes_html

from .chromium import dump_dom
from .test_printed_minutes import PAGE, Headings, body_lines, printed, words

pytestmark = pytest.mark.browser

ORGANISATION = {
    "sv": "Exempelverket, ledningsgruppen",
    "en": "The Example Agency, management group",
}
PARAGRAPHS = {"sv": "Paragrafer 1–7", "en": "Sections 1–7"}
# The share of meeting time this time: in the changes' table, under its point in the chart
# and in the key figures of § 2.
NOW = {"sv": "35,2 %", "en": "35.2%"}


# As test_printed_minutes.PHONE, measuring the earlier commitments' table (eight columns)
# and the charts: whether the page scrolls sideways, the narrowest cell of that table, and
# the widest chart.
PHONE = """<!DOCTYPE html>
<html><body style="margin:0">
<iframe id="phone" style="width:390px;height:844px;border:0" srcdoc="%s"></iframe>
<script>
addEventListener("load", () => {
  const page = document.getElementById("phone").contentDocument;
  const table = [...page.querySelectorAll("table")].find(
    (t) => t.querySelectorAll("th").length === 8);
  const widths = [...table.querySelectorAll("td")].map((c) => c.getBoundingClientRect().width);
  const charts = [...page.querySelectorAll("svg")].map((c) => c.getBoundingClientRect().right);
  const result = {
    scroll: page.documentElement.scrollWidth,
    view: page.documentElement.clientWidth,
    narrowest: Math.min(...widths),
    charts: charts.length,
    right: Math.max(...charts),
  };
  document.body.textContent = "RESULT" + JSON.stringify(result) + "END";
});
</script>
</body></html>
"""


@pytest.mark.parametrize("language", ["sv", "en"])
def test_a_follow_up_prints_as_a_protokoll_with_its_charts(tmp_path: Path, language: str) -> None:
    page = minutes_html(follow_up_session(language))
    pages = printed(tmp_path, page)
    parser = Headings()
    parser.feed(page)
    headings = [words(text) for text in parser.texts]
    assert 1 <= len(pages) <= 4, f"{len(pages)} pages"
    for number, text in enumerate(pages, start=1):
        flat = words(text)
        assert PAGE[language].format(number, len(pages)) in flat, number
        assert ORGANISATION[language] in flat, number
        last = body_lines(text, language)[-1]
        assert not any(h == last or h.endswith(" " + last) for h in headings), (number, last)
    everything = words(" ".join(pages).replace("\u00a0", " "))
    assert everything.count(NOW[language]) == 3, everything.count(NOW[language])
    # The last meeting's date: beside "Förra mötet" and under the first point of each chart.
    assert everything.count("2026-11-30") == 3, everything.count("2026-11-30")
    assert PARAGRAPHS[language] in words(pages[-1])


def test_on_a_390_pixel_phone_a_follow_up_does_not_scroll_sideways(tmp_path: Path) -> None:
    page = minutes_html(follow_up_session("sv"))
    phone = tmp_path / "phone.html"
    phone.write_text(PHONE % html.escape(page, quote=True), encoding="utf-8")
    found = re.search(r"RESULT(.*?)END", dump_dom(phone, 500, 844))
    assert found is not None
    result = json.loads(found[1])
    assert 360 <= result["view"] <= 390, result
    assert result["scroll"] <= result["view"], result
    assert result["narrowest"] >= 0.6 * result["view"], result  # cards, not eight columns
    assert result["charts"] == 2 and result["right"] <= result["view"], result
