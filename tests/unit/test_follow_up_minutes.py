"""The minutes of a follow-up: a § for the earlier commitments and what changed since the
last meeting, the key figures' trend drawn in the page, the outcome in the sheets; and a
first meeting's exports exactly as before (the golden files of test_export_golden).

Golden files: `follow-up-*` in tests/unit/golden/. Regenerate after a deliberate change with
`UPDATE_GOLDEN=1 python -m pytest tests/unit -k follow_up_golden`, then read the diff.
"""

from __future__ import annotations

import csv
import functools
import io
import os
import re
from dataclasses import replace
from html.parser import HTMLParser

import openpyxl
import pytest
from tests.reliability.hostile_text import HOSTILE as TERMINAL_HOSTILE

from facilitator.domain.follow_up import start_follow_up
from facilitator.domain.session import Outcome, Session
from facilitator.domain.trend import meeting_record, series_trend
from facilitator.export import commitments_xlsx, minutes_html, minutes_markdown, render_exports
from facilitator.export.changes import Point
from facilitator.export.escape import CHARTS_MARK, inline_text
from facilitator.export.trend_chart import trend_svg
from facilitator.i18n import Translator

from .follow_up_sessions import START, follow_up_session
from .test_export_sessions import GOLDEN, Clock, full_session
from .test_export_text import HOSTILE, assert_safe, read_page

UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"
NAMES = {"md": "follow-up-minutes-{}.md", "html": "follow-up-minutes-{}.html"}
NAMES |= {"csv": "follow-up-commitments-{}.csv"}


@pytest.mark.parametrize("fmt", list(NAMES))
@pytest.mark.parametrize("language", ["sv", "en"])
def test_a_follow_up_gives_exactly_the_follow_up_golden_export(language: str, fmt: str) -> None:
    data = render_exports(follow_up_session(language), [fmt])[fmt]
    golden = GOLDEN / NAMES[fmt].format(language)
    if UPDATE:
        golden.write_bytes(data)
    assert data == golden.read_bytes(), f"{golden.name} differs; see the module docstring"


def part(markdown: str, heading: str) -> str:
    """One `##` part of the minutes, from its heading to the next."""
    start = markdown.index(f"\n## {heading}\n")
    end = markdown.find("\n## ", start + 1)
    return markdown[start:end]


def test_the_first_paragraph_follows_up_each_earlier_commitment() -> None:
    session = follow_up_session("sv", finished=False)
    session.set_outcome("c1", "")  # not followed up after all
    text = part(minutes_markdown(session), "§ 1 Uppföljning av åtaganden")
    assert "**Förra mötet:** Ledningens stöd, 2026-11-30" in text
    rows = [line for line in text.splitlines() if re.match(r"\| \d ", line)]
    assert rows == [
        "| 1 | Ta fram ett nyckeltal för tjänsteresor per medarbetare | Björn Åkesson "
        "| 2027-01-31 | §\u00a03.1 | *Ej uppföljt* | – | Nyckeltalet finns i månadsrapporten. |",
        "| 2 | Avsätt 20 % av en tjänst för mötesutveckling i budgeten för 2027 | Anna Lindqvist "
        "| 2026-12-15 | §\u00a04.2.2 | Pågår | 2027-04-30 | Budgeten beslutas i april. |",
        "| 3 | Ledningsgruppen går utbildningen i digitala möten | Hela ledningsgruppen | – "
        "| §\u00a03.4 | Ersatt av nr 6 | – | Utbildningen ersätts av en kortare workshop. |",
    ]
    assert "\nÅtagande nr 1 följdes inte upp.\n" in text
    session.set_outcome("c2", "")
    text = part(minutes_markdown(session), "§ 1 Uppföljning av åtaganden")
    assert "\n2 åtaganden följdes inte upp: nr 1, 2.\n" in text


def test_the_changes_since_last_time_show_figures_answers_and_assessments() -> None:
    text = part(minutes_markdown(follow_up_session("sv")), "§ 1 Uppföljning av åtaganden")
    changes = text[text.index("### Förändringar sedan förra mötet") :]
    assert (
        "| Andel av arbetstiden som går till möten | 38,5\u00a0% | 35,2\u00a0% "
        "| −3,3 procentenheter |" in changes
    )
    assert "| 62\u00a0% | *Ej ifyllt* | – |" in changes
    assert "| 3:e | 2:a | −1 placering |" in changes
    assert (
        "| §\u00a03.1 Finns det ett bra besluts- och uppföljningsunderlag? "
        "| Delvis (majoritet) | Ja (enighet) |" in changes
    )
    assert "| §\u00a04.2.2 Tilldelas tillräckliga resurser. | Saknas | Delvis |" in changes
    # Same answer and agreement as last time: not a change.
    assert "Är arbetet förankrat" not in changes
    assert CHARTS_MARK not in minutes_markdown(follow_up_session("sv"))


def test_a_question_the_workshop_no_longer_has_is_shown_as_gone() -> None:
    earlier = full_session("sv")
    workshop = earlier.workshop
    checklist = workshop.sections[1]
    newer = replace(
        workshop,
        sections=(
            workshop.sections[0],
            replace(checklist, questions=checklist.questions[1:]),
            *workshop.sections[2:],
        ),
    )
    made = start_follow_up(earlier, follows="e.toml", workshop=newer, clock=Clock(START))
    text = minutes_markdown(made)
    assert (
        "| Finns det ett bra besluts- och uppföljningsunderlag? | Delvis (majoritet) "
        "| *Finns inte längre i workshoppen* |" in text
    )


def test_the_sheets_of_a_follow_up_give_each_carried_commitment_its_outcome() -> None:
    session = follow_up_session("sv")
    exports = render_exports(session, ["csv"])
    rows = list(csv.reader(io.StringIO(exports["csv"].decode("utf-8-sig")), delimiter=";"))
    outcome = rows[0].index("Utfall")
    assert rows[0][outcome - 1] == "Status"
    assert [(row[3], row[outcome]) for row in rows[1:]] == [
        ("1", "Klar"),
        ("2", "Pågår"),
        ("3", "Ersatt av nr 6"),
        ("6", ""),  # made at this meeting
    ]
    workbook = openpyxl.load_workbook(io.BytesIO(commitments_xlsx(session)))
    sheet = list(workbook.active.iter_rows(values_only=True))
    assert sheet[0][outcome] == "Utfall"
    assert [row[outcome] for row in sheet[1:]] == ["Klar", "Pågår", "Ersatt av nr 6", None]


class Svg(HTMLParser):
    """The charts of a page: each <svg>'s accessible name, and its circles and lines."""

    def __init__(self) -> None:
        super().__init__()
        self.charts: list[dict[str, object]] = []
        self.texts: list[str] = []
        self.inside_text = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "svg":
            self.charts.append({"name": dict(attrs)["aria-label"], "circle": 0, "polyline": 0})
        elif tag in ("circle", "polyline"):
            chart = self.charts[-1]
            chart[tag] = int(str(chart[tag])) + 1
        self.inside_text = tag == "text"

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_data(self, data: str) -> None:
        if self.inside_text:
            self.texts.append(data)
            self.inside_text = False


def charts_of(page: str) -> Svg:
    parser = Svg()
    parser.feed(page)
    return parser


def test_the_page_draws_the_key_figures_trend_with_its_values_as_text() -> None:
    page = minutes_html(follow_up_session("sv"))
    found = charts_of(page)
    # The figure not filled in this time has one value: no trend to draw.
    assert [c["name"] for c in found.charts] == [
        "Andel av arbetstiden som går till möten, utveckling: 2026-11-30: 38,5\u00a0%; "
        "2027-03-01: 35,2\u00a0%",
        "Tjänsteresandets plats bland källorna till koldioxidutsläpp, utveckling: "
        "2026-11-30: 3:e; 2027-03-01: 2:a",
    ]
    assert [(c["circle"], c["polyline"]) for c in found.charts] == [(2, 1), (2, 1)]
    assert found.texts[:4] == ["38,5\u00a0%", "2026-11-30", "35,2\u00a0%", "2027-03-01"]
    assert "<script" not in page and "href" not in page.split("<main>")[1]
    # Between the figures' table and the answers' table, where the mark stood.
    assert page.index("−3,3 procentenheter") < page.index("<svg") < page.index("Fråga eller punkt")


def test_a_series_is_drawn_whole_when_the_caller_has_read_it() -> None:
    first = full_session("sv")
    second = follow_up_session("sv")
    third = start_follow_up(second, follows="second.toml", clock=Clock(START.replace(month=6)))
    third.set_figure(next(third.workshop.figures()).id, "value", "30")
    trend = series_trend([meeting_record(first), meeting_record(second), meeting_record(third)])
    series = charts_of(minutes_html(third, trend=trend))
    alone = charts_of(minutes_html(third))
    assert series.charts[0]["name"] == (
        "Andel av arbetstiden som går till möten, utveckling: 2026-11-30: 38,5\u00a0%; "
        "2027-03-01: 35,2\u00a0%; 2027-06-01: 30\u00a0%"
    )
    assert series.charts[0]["circle"] == 3
    written = render_exports(third, ["html"], trend=trend)["html"].decode()
    assert charts_of(written).charts == series.charts  # as `facilitator export` can pass it
    assert alone.charts[0]["circle"] == 2  # the follow-up alone knows the last meeting


def test_a_chart_breaks_its_line_where_a_meeting_has_no_value() -> None:
    figure = next(full_session("sv").workshop.figures())
    points = [Point(f"m{n}", value) for n, value in enumerate([10.0, 12.5, None, 11.0, 9.0])]
    found = charts_of(trend_svg(figure, points, Translator("sv")))
    assert (found.charts[0]["circle"], found.charts[0]["polyline"]) == (4, 2)
    assert "m2: saknas" in str(found.charts[0]["name"])
    assert trend_svg(figure, points[1:3], Translator("sv")) == ""  # one value: no trend


def hostile_follow_up(text: str) -> Session:
    """A follow-up with `text` in every value of the new paragraph: what the earlier
    commitments said, their comments, the earlier meeting's title, answers and figures'
    words, and the figure's label in the chart."""
    session = follow_up_session("sv", finished=False)
    for carried in session.carried:
        for name in ("what", "who", "due", "link_text"):
            setattr(carried, name, f"{name}: {text}")
        carried.link = ""
        session.set_carried(carried.id, "comment", f"comment: {text}")
        session.set_carried(carried.id, "new_due", f"new: {text}")
    session.set_carried("c3", "replaced_by", f"nr {text}")
    earlier = session.earlier
    assert earlier is not None
    earlier.title, earlier.date = f"title: {text}", f"date: {text}"
    for answer in earlier.answers:
        answer.label = f"label: {text}"
    figures = session.workshop.sections[1].figures
    first = replace(figures[0], label=f"figure: {text}", unit=text[:3])
    sections = list(session.workshop.sections)
    sections[1] = replace(sections[1], figures=(first, *figures[1:]))
    session.workshop = replace(session.workshop, sections=tuple(sections))
    return session


def structure(page: str, markdown: str) -> tuple[list[str], dict[str, int], int]:
    """What the follow-up paragraph is made of, whatever its text: the kinds of its blocks
    in the page, the page's tags counted, and the table lines of its Markdown."""
    parsed = read_page(page)
    kinds = [tag for index, tag, _ in parsed.blocks if index == 2]
    follow = part(markdown, "§ 1 Uppföljning av åtaganden")
    lines = len([line for line in follow.splitlines() if line.startswith("| ")])
    return kinds, parsed.counts, lines


@functools.cache
def plain_structure() -> tuple[list[str], dict[str, int], int]:
    session = hostile_follow_up("x")
    return structure(minutes_html(session), minutes_markdown(session))


# Markdown and HTML that must stay text, and the reliability suite's escapes, direction
# marks, zero-width characters and a line of 100,000 characters.
EVERY_HOSTILE = [*HOSTILE, *TERMINAL_HOSTILE.values()]


@pytest.mark.parametrize("text", EVERY_HOSTILE, ids=range(len(EVERY_HOSTILE)))
def test_hostile_text_in_the_follow_up_paragraph_stays_text(text: str) -> None:
    session = hostile_follow_up(text)
    page, markdown = minutes_html(session), minutes_markdown(session)
    parsed = read_page(page)
    drawn = {"svg", "title", "line", "polyline", "circle", "text", "figure", "figcaption"}
    parsed.tags = [(tag, attrs) for tag, attrs in parsed.tags if tag not in drawn]
    assert_safe(parsed)
    # As many headings, rows and cells as with plain words in the same places.
    assert structure(page, markdown) == plain_structure()
    cells = [shown for index, tag, shown in parsed.blocks if index == 2 and tag == "td"]
    for name in ("what", "who", "comment"):
        assert cells.count(inline_text(f"{name}: {text}")) == 3, name
    assert "<script" not in page and "onerror" not in page.replace("onerror=alert", "")
    assert CHARTS_MARK not in markdown


def test_a_typed_chart_mark_draws_nothing() -> None:
    session = follow_up_session("sv", finished=False)
    session.set_notes(session.workshop.sections[0].id, f"{CHARTS_MARK}")
    session.set_carried("c1", "comment", CHARTS_MARK)
    page = minutes_html(session)
    assert page.count("<svg") == 2
    assert CHARTS_MARK not in page and CHARTS_MARK not in minutes_markdown(session)


def test_the_outcome_of_a_replaced_commitment_names_the_new_one_by_number() -> None:
    session = follow_up_session("en", finished=False)
    for typed in ("6", "c6"):
        session.set_carried("c3", "replaced_by", typed)
        assert "| Replaced by no. 6 |" in minutes_markdown(session)
    session.set_outcome("c3", Outcome.DROPPED)
    assert "| Dropped |" in minutes_markdown(session)


def test_the_summary_numbers_commitments_by_their_own_number() -> None:
    session = full_session("sv", finished=False)
    session.remove_commitment("c2")
    summary = part(minutes_markdown(session), "Sammanfattning")
    assert "- §\u00a05 nr 3: Ledningsgruppen går utbildningen i digitala möten" in summary
    assert "nr 2" not in summary


@pytest.mark.parametrize(
    ("language", "heading", "said"),
    [
        ("sv", "Öppna frågor", "Åtagande nr 1, ej uppföljt"),
        ("en", "Still open", "Commitment no. 1, not followed up"),
    ],
)
def test_a_commitment_not_followed_up_is_still_open_in_the_summary(
    language: str, heading: str, said: str
) -> None:
    """Until the group gives it an outcome, an earlier commitment is one of the matters still
    open, in the summary and at the end of the minutes; given one, it is not."""
    session = follow_up_session(language, finished=False)
    assert said not in minutes_markdown(session)
    session.set_outcome("c1", "")
    text = minutes_markdown(session)
    open_lines = [line for line in text.splitlines() if said in line]
    assert len(open_lines) == 2, open_lines  # the summary and the wrap-up's "still open"
    assert all("Ta fram ett nyckeltal" in line or "key figure" in line for line in open_lines)
    summary = text[text.index(f"**{heading}**") :]
    assert said in summary.split("\n\n", 2)[1]
