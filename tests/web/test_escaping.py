"""Whatever people typed is shown on the live page as text, never as HTML: the strings the
minutes are tested with, and the reliability suite's hostile text, in every field the page
shows."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

from facilitator.domain.text import clean_text
from facilitator.storage.sessions import read_session
from facilitator.storage.sharing import ShareState, share_path, write_share_state
from reliability.hostile_text import HOSTILE as RELIABILITY_HOSTILE
from unit.test_export_text import HOSTILE as MINUTES_HOSTILE

from .conftest import MakeClient, open_poll, rewrite

HOSTILE = [
    *MINUTES_HOSTILE,
    *RELIABILITY_HOSTILE.values(),
    '"><script>alert(1)</script>',
    "' onmouseover='alert(1)",
    "</textarea></bdi></p><img src=x>",
]
TAGS = {
    "html", "head", "meta", "title", "link", "script", "body", "header", "h1", "h2", "h3",
    "p", "main", "footer", "noscript", "section", "strong", "bdi", "ul", "ol", "li", "dl",
    "dt", "dd", "article", "form", "input", "fieldset", "legend", "div", "button",
}  # fmt: skip


class Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.texts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))

    def handle_data(self, data: str) -> None:
        self.texts.append(data)


async def test_hostile_text_in_every_field_is_shown_as_text(
    serve: MakeClient, session_file: Path
) -> None:
    session = read_session(session_file)
    evil = " ".join(MINUTES_HOSTILE[:20])
    session.set_meeting("title", evil)
    session.set_meeting("organisation", "<b>org</b>")
    session.set_meeting("date", "<i>2026</i>")
    session.set_notes("factors", evil)
    session.set_assessment("helpdesk", "note", evil)
    for index, text in enumerate(HOSTILE):
        session.add_commitment(text, f"<u>who {index}</u>", f"<s>{index}</s>")
    rewrite(session_file, session)
    write_share_state(share_path(session_file), ShareState(show_notes=True))
    open_poll(session_file)
    client = await serve()
    html = await (await client.get(f"/{client.token}/")).text()

    page = Page()
    page.feed(html)
    assert {tag for tag, _ in page.tags} <= TAGS
    scripts = [dict(attrs).get("src") for tag, attrs in page.tags if tag == "script"]
    assert scripts == [f"/{client.token}/static/live.js"]
    for _, attrs in page.tags:
        assert not [name for name, _ in attrs if name.startswith("on") or name == "style"]
    shown = "".join(page.texts)
    for text in HOSTILE:
        assert clean_text(text).strip() in shown, text[:60]
    for text in ("<b>org</b>", "<i>2026</i>", "<u>who 3</u>", "<s>7</s>", evil):
        assert clean_text(text) in shown
