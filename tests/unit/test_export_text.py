"""Text stays text: whatever people type, the minutes keep their structure and show it as typed.

The property test fills every field of a session with hostile text (Markdown marks, a whole
fence, HTML, entities, links, very long lines, CRLF, emoji, å ä ö, odd Unicode white space),
renders the HTML minutes, and reads them back with html.parser: each value must appear, wrapped
in its own markers, exactly where the session puts it and nowhere else, with exactly the
headings and table rows the session dictates, and the page must hold nothing executable.
"""

from __future__ import annotations

import dataclasses
import re
from html.parser import HTMLParser

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from facilitator.domain.session import Role, Session, Status
from facilitator.domain.text import clean_text
from facilitator.domain.values import read_number
from facilitator.domain.workshop import Workshop
from facilitator.export import minutes_html, minutes_markdown
from facilitator.export.escape import block, block_text, inline, inline_text
from facilitator.export.html import render_body

from .test_export_sessions import SV_FILE, Clock, builtin

BLOCKS = {"h1", "h2", "h3", "p", "li", "th", "td"}
ALLOWED_TAGS = BLOCKS | {
    "html", "head", "meta", "title", "style", "body", "header", "main", "section", "div",
    "br", "strong", "em", "ul", "table", "thead", "tbody", "tr", "bdi", "span",
}  # fmt: skip

HOSTILE = [
    "# rubrik",
    "## två",
    "Rubrik #",
    "*fet*",
    "**b**",
    "_u_",
    "__x__",
    "| a | b |",
    "|",
    "a\\|b",
    "`kod`",
    "```python\nprint(1)\n```",
    "~~~\nx\n~~~",
    "~~struken~~",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<b>fet</b>",
    "<!-- c -->",
    "&copy;",
    "&#65;",
    "&amp;",
    "[länk](javascript:alert(1))",
    "<javascript:alert(1)>",
    "<https://example.com>",
    "https://example.com/a_b_c",
    "![bild](x.png)",
    "[x]: /url",
    "x" * 300,
    "lång rad " * 40,
    "a\r\nb",
    "a\rb",
    "\n\n",
    "\r\n\r\n",
    "😀👍🏽🇸🇪",
    "åäö ÅÄÖ",
    "    kod",
    "\tflik",
    "- punkt",
    "+ punkt",
    "* punkt",
    "1. lista",
    "2) lista",
    "> citat",
    "---",
    "===",
    "***",
    "\\",
    "\\*",
    "  slut  ",
    "{0} {title}",
    "%s",
    "\u00a0",
    "\u2003",
    "\u3000",
    "\u2028",
    "\ufeff",
    "\u200b",
    "\u202e",
    "e\u0301",
    "\x1b[2J",
    # Line starts: what only means something after a line break.
    "\n    indragen kod",
    "\n\tflik",
    "\r\n\u3000ideografiskt",
    "\n\u00a0hårt mellanslag",
    "rad med mellanslag  \nnästa",
    "\n \n",
    "\n# rubrik",
    "\n- punkt",
    "\n1. lista",
    "\n> citat",
    "\n```\n",
    "\n---\n",
    "\n===",
    "\n| a | b |\n| --- | --- |\n",
]

_chars = st.characters(blacklist_categories=("Cs",), blacklist_characters="⟦⟧")
texts = st.lists(st.one_of(st.sampled_from(HOSTILE), st.text(_chars, max_size=12)), max_size=4).map(
    "".join
)


class Page(HTMLParser):
    """The page as blocks of text, each with the index of its `##` part (-1 before the
    first), plus every tag and attribute seen."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[int, str, str]] = []
        self.stack: list[list[str]] = []
        self.part = -1
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.counts: dict[str, int] = {}
        self.after_break = False
        self.in_body = False
        self.title = ""
        self.in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))
        self.counts[tag] = self.counts.get(tag, 0) + 1
        if tag == "body":
            self.in_body = True
        if tag == "title":
            self.in_title = True
        if tag == "h2":
            self.part += 1
        if tag in BLOCKS:
            self.stack.append([tag, ""])
        if tag == "br" and self.stack:
            self.stack[-1][1] += "\n"
            self.after_break = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in BLOCKS and self.stack:
            name, text = self.stack.pop()
            assert name == tag
            self.blocks.append((self.part, tag, text))

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title += data
        if self.after_break and data.startswith("\n"):
            data = data[1:]
        self.after_break = False
        if self.stack:
            self.stack[-1][1] += data


def read_page(page: str) -> Page:
    parser = Page()
    parser.feed(page)
    parser.close()
    return parser


def assert_safe(parsed: Page) -> None:
    for tag, attrs in parsed.tags:
        assert tag in ALLOWED_TAGS, tag
        for name, value in attrs:
            assert not name.startswith("on"), name
            assert "javascript:" not in re.sub(r"\s", "", (value or "").lower())


@dataclasses.dataclass
class Expected:
    """Where a marked value must show: its rendered text and the parts it belongs in."""

    shown: str
    parts: list[int]


class Filler:
    """Puts a fresh marker-wrapped random value into each field and notes where it goes."""

    def __init__(self, draw: st.DrawFn) -> None:
        self.draw = draw
        self.expected: dict[str, Expected] = {}

    def value(self, parts: list[int], kind: str = "inline") -> str:
        marker = f"⟦{len(self.expected)}⟧"
        typed = marker + self.draw(texts) + marker
        cleaned = clean_text(typed)
        shown = inline_text(cleaned) if kind == "inline" else block_text(cleaned)
        self.expected[marker] = Expected(shown, parts)
        return typed


@st.composite
def sessions(draw: st.DrawFn) -> tuple[Session, dict[str, Expected]]:
    base = builtin(SV_FILE)
    fill = Filler(draw)
    n = len(base.sections)
    sections = tuple(
        dataclasses.replace(
            section,
            title=fill.value([index + 2]),
            examples=tuple(
                dataclasses.replace(example, title=fill.value([index + 2]))
                for example in section.examples
            ),
        )
        for index, section in enumerate(base.sections)
    )
    workshop = dataclasses.replace(base, sections=sections)
    session = Session(workshop, clock=Clock())
    # Parts: -1 the title block, 0 attendance, 1 the summary, then the sections, and the
    # signatures last (which name the protokoll by its title, organisation and date).
    summary, signatures = 1, n + 2
    part = {s.id: i + 2 for i, s in enumerate(workshop.sections)}
    wrapup = part[workshop.sections[-1].id]
    for name in ("title", "organisation", "place", "date"):
        session.set_meeting(name, fill.value([-1] if name == "place" else [-1, signatures]))
    session.set_meeting("follow_up", fill.value([wrapup]))
    for role in draw(st.lists(st.sampled_from(list(Role)), max_size=4)):
        parts = [0] if role is Role.PARTICIPANT else [0, signatures]
        session.add_participant(fill.value(parts), role)
    for section in workshop.sections:
        here = [part[section.id]]
        session.set_notes(section.id, fill.value(here, "block"))
        session.add_time(section.id, draw(st.integers(0, 4000)))
        for figure in section.figures:
            session.set_figure(figure.id, "value", fill.value(here))
            if read_number(session.figures[figure.id].value, figure).problem is not None:
                # An invalid figure is also named, as typed, among the still open matters
                # (in the wrap-up and in the summary on the first page).
                named = next(reversed(fill.expected.values()))
                named.parts = [*named.parts, summary, wrapup]
            session.set_figure(figure.id, "source", fill.value(here))
        for question in section.questions:
            session.set_question(question.id, "answer", fill.value([*here, summary]))
            session.set_question(question.id, "agreement", fill.value(here))
            session.set_question(question.id, "motivation", fill.value(here, "block"))
            for _ in range(draw(st.integers(0, 2))):
                session.add_reservation(question.id, fill.value(here), fill.value(here, "block"))
        for item, _depth in section.all_items():
            session.set_assessment(item.id, "assessment", fill.value(here))
            session.set_assessment(item.id, "note", fill.value(here, "block"))
        for example in section.examples:
            session.set_reflection(example.id, fill.value(here, "block"))
    commitments = part[next(s.id for s in workshop.sections if s.kind == "commitments")]
    for status in draw(st.lists(st.sampled_from(list(Status)), max_size=4)):
        listed = [commitments, summary, wrapup] if status is Status.OPEN else [commitments, summary]
        commitment = session.add_commitment(
            fill.value(listed), fill.value(listed), fill.value(listed), fill.value([commitments])
        )
        session.set_commitment(commitment.id, "status", status.value)
    if draw(st.booleans()):
        session.finish()
    return session, fill.expected


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sessions(), st.sampled_from(["sv", "en"]))
def test_typed_text_is_shown_as_typed_where_it_belongs(
    drawn: tuple[Session, dict[str, Expected]], language: str
) -> None:
    session, expected = drawn
    page = minutes_html(session, language)
    parsed = read_page(page)
    assert_safe(parsed)
    workshop = session.workshop

    # The structure is what the session dictates.
    assert parsed.counts.get("h1") == 1
    assert parsed.counts.get("h2") == len(workshop.sections) + 3
    questions = len(list(workshop.questions()))
    examples = len(list(workshop.examples()))
    assert parsed.counts.get("h3") == questions + examples + 3
    assert parsed.counts.get("table") == 1 + bool(session.commitments)
    rows_per_table = [len(list(workshop.figures())) + 1]
    if session.commitments:
        rows_per_table.append(len(session.commitments) + 1)
    assert parsed.counts.get("tr") == sum(rows_per_table)
    attendance = [text for part, tag, text in parsed.blocks if part == 0 and tag == "li"]
    assert len(attendance) == len(session.meeting.participants)

    # Each value is there exactly as typed, in the parts it belongs to, and nowhere else.
    for marker, where in expected.items():
        holding = [(part, text) for part, _tag, text in parsed.blocks if marker in text]
        assert sorted(part for part, _ in holding) == sorted(where.parts), marker
        for _part, text in holding:
            assert text.count(marker) == 2, (marker, text)
            assert where.shown in text, (marker, where.shown, text)

    assert parsed.title.startswith(("Protokoll – ", "Minutes – "))
    assert inline_text(session.meeting.title) in parsed.title


@settings(max_examples=200, deadline=None)
@given(texts)
def test_a_block_renders_as_one_paragraph_of_its_lines(text: str) -> None:
    marked = f"⟦{text}⟧"
    parsed = read_page(render_body(block(marked)))
    paragraphs = [t for _, tag, t in parsed.blocks if tag == "p"]
    assert [tag for _, tag, _ in parsed.blocks] == ["p"]
    assert paragraphs == [block_text(marked)]


@settings(max_examples=200, deadline=None)
@given(texts, texts)
def test_a_cell_stays_one_cell(first: str, second: str) -> None:
    cells = [f"⟦{first}⟧", f"⟦{second}⟧"]
    markdown = "| a | b |\n| --- | --- |\n| " + " | ".join(inline(c) for c in cells) + " |"
    parsed = read_page(render_body(markdown))
    found = [t for _, tag, t in parsed.blocks if tag == "td"]
    assert found == [inline_text(c) for c in cells]


@pytest.mark.parametrize("text", HOSTILE)
def test_every_hostile_text_survives_as_a_heading(text: str) -> None:
    marked = f"⟦{text}⟧"
    parsed = read_page(render_body("## " + inline(marked)))
    assert [(tag, t) for _, tag, t in parsed.blocks] == [("h2", inline_text(marked))]


def test_a_hostile_workshop_cannot_change_the_structure() -> None:
    """Workshop files are text too: titles, questions, items, labels, the next step."""
    base = builtin(SV_FILE)
    evil = "# x | `y` <script>alert(1)</script> [l](javascript:alert(1)) *z*\n- w"

    def spoil(obj: object) -> object:
        if isinstance(obj, tuple):
            return tuple(spoil(o) for o in obj)
        if not dataclasses.is_dataclass(obj) or isinstance(obj, type):
            return obj
        changes = {}
        for field in dataclasses.fields(obj):
            value = getattr(obj, field.name)
            if field.name in {"title", "text", "label", "next_step", "unit"}:
                changes[field.name] = f"{value} {evil}"
            elif isinstance(value, tuple):
                changes[field.name] = spoil(value)
        return dataclasses.replace(obj, **changes)

    workshop = spoil(base)
    assert isinstance(workshop, Workshop)
    session = Session(workshop, clock=Clock())
    session.add_commitment("x", "y", "2027-01-01", next(iter(workshop.linkable()))[0])
    parsed = read_page(minutes_html(session))
    assert_safe(parsed)
    assert parsed.counts.get("h2") == len(workshop.sections) + 3
    assert parsed.counts.get("tr") == 4 + 2
    assert "<script>" not in minutes_markdown(session).replace("\\<script\\>", "")
