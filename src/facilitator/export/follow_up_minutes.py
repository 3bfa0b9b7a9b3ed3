"""The follow-up paragraph of a follow-up's minutes: what became of the earlier meeting's
commitments, and what changed since then.

The follow-up section is the first § of a follow-up (the program adds it), so this is where
the protokoll looks back: each carried commitment as the earlier meeting left it (number,
what, who, due date, what it answered) with its outcome, new due date and comment; those
not followed up named in a line of their own; then the table of what changed since the
last meeting. Putting the changes here rather than in a § of their own keeps the §
numbers those of the workshop's sections, which the CSV, the calendar and the screen use
("§ 3.1"), and keeps everything about the last meeting in one place.

Every value goes through the same escaping as the rest of the minutes (export/parts.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

from facilitator.domain.session import Agreement, CarriedCommitment, Outcome, Session
from facilitator.domain.trend import CellState, Trend
from facilitator.domain.values import format_number, read_number
from facilitator.domain.workshop import Figure
from facilitator.export.changes import Change, changed_answers, figure_rows, since_last_time
from facilitator.export.escape import CHARTS_MARK, inline as escaped_inline
from facilitator.export.parts import figure_text, inline, shown_number, table
from facilitator.i18n import Translator

_AGREEMENTS = {a.value for a in Agreement}
_MINUS = "\u2212"


class Writer(Protocol):
    """What of the minutes' writer (minutes.py) this part uses."""

    session: Session
    tr: Translator
    numbers: dict[str, str]

    def where(self, section_id: str, item_id: str = "") -> str: ...
    def date(self, text: str) -> str: ...
    def or_missing(self, text: str, key: str = "minutes.not_given") -> str: ...
    def label(self, key: str, value: str) -> str: ...
    def heading(self, level: int, text: str) -> str: ...
    def missing(self, key: str) -> str: ...


def outcome_words(carried: CarriedCommitment, tr: Translator) -> str:
    """The outcome in words ("Pågår", "Ersatt av nr 6"), or that it was not followed up."""
    if not carried.outcome:
        return f"*{tr('minutes.outcome.unset')}*"
    if carried.outcome == Outcome.REPLACED and carried.replaced_by.strip():
        return tr("minutes.outcome.replaced_by", number=replacement(carried.replaced_by))
    return tr(f"outcome.{carried.outcome}")


def replacement(typed: str) -> str:
    """The number of the commitment that replaced one: typed as "6" or as the id "c6"."""
    text = typed.strip()
    if text[:1] == "c" and text[1:].isdigit():
        text = text[1:]
    return text if text.isascii() and text.isdigit() else inline(typed)


class FollowUpPart:
    """The follow-up §'s content; `writer` is the minutes being written."""

    def __init__(self, writer: Writer) -> None:
        self.w = writer
        self.tr = writer.tr
        self.session = writer.session

    def blocks(self) -> Iterator[str]:
        earlier = self.session.earlier
        if earlier is not None:
            shown = ", ".join(
                part for part in (inline(earlier.title), inline(earlier.date)) if part
            )
            yield self.w.label("minutes.follow_up.earlier", shown or self.tr("minutes.none"))
        yield from self.commitments()
        trend = since_last_time(self.session)
        if trend is not None:
            yield self.w.heading(3, self.tr("minutes.changes"))
            yield from self.changes(trend)

    # -- the earlier commitments -------------------------------------------------------

    def commitments(self) -> Iterator[str]:
        carried = self.session.carried
        if not carried:
            yield self.w.missing("minutes.follow_up.none")
            return
        header = [
            self.tr(f"minutes.col.{c}")
            for c in ("number", "what", "who", "due", "link", "outcome", "new_due", "comment")
        ]
        yield table(header, [self.row(c) for c in carried], ":-------")
        left = [shown_number(c.id) for c in carried if not c.outcome]
        if left:
            key = "minutes.follow_up.left.one" if len(left) == 1 else "minutes.follow_up.left.many"
            yield self.tr(key, count=len(left), numbers=", ".join(left))

    def row(self, carried: CarriedCommitment) -> list[str]:
        w = self.w
        link = w.where("", carried.link) if carried.link in w.numbers else ""
        link = link or inline(carried.link_text)
        none = self.tr("minutes.none")
        return [
            shown_number(carried.id),
            w.or_missing(carried.what, "minutes.none"),
            w.or_missing(carried.who, "minutes.none"),
            w.date(carried.due),
            link or none,
            outcome_words(carried, self.tr),
            w.date(carried.new_due),
            inline(carried.comment) or none,
        ]

    # -- what changed ------------------------------------------------------------------

    def changes(self, trend: Trend) -> Iterator[str]:
        figures = {f.id: f for f in self.session.workshop.figures()}
        rows = figure_rows(trend)
        if rows:
            header = [self.tr(f"minutes.col.{c}") for c in ("figure", "then", "now", "change")]
            lines = [self.figure_row(change, figures.get(change.row.id)) for change in rows]
            yield table(header, lines)
            yield CHARTS_MARK  # where the HTML page draws the figures' trend
        answers = changed_answers(trend)
        if answers:
            header = [self.tr(f"minutes.col.{c}") for c in ("answered", "then", "now")]
            yield table(header, [self.answer_row(change) for change in answers])
        else:
            yield self.w.missing("minutes.changes.none")

    def cell_words(self, change: Change, *, after: bool) -> str | None:
        """The words for a row the meeting did not have (new, or gone), else None."""
        cell = change.after if after else change.before
        if cell.state is CellState.GONE:
            return self.w.missing("minutes.changes.gone")
        if cell.state is CellState.EMPTY:
            return self.w.missing("minutes.changes.new")
        return None

    def figure_row(self, change: Change, figure: Figure | None) -> list[str]:
        before, after = change.before.value, change.after.value
        shown = []
        for typed, is_after in ((before, False), (after, True)):
            words = self.cell_words(change, after=is_after)
            if words is None:
                words = figure_text(typed, figure, self.tr) if figure else inline(typed)
            shown.append(words)
        return [inline(change.row.text), *shown, self.difference(before, after, figure)]

    def difference(self, before: str, after: str, figure: Figure | None) -> str:
        """ "+2", "−3,5 procentenheter", "Oförändrat"; "–" unless both are valid numbers."""
        if figure is None:
            return self.tr("minutes.none")
        then, now = read_number(before, figure).value, read_number(after, figure).value
        if not isinstance(then, int | float) or not isinstance(now, int | float):
            return self.tr("minutes.none")
        delta = round(float(now) - float(then), 9)
        if delta == 0:
            return self.tr("minutes.change.same")
        sign = "+" if delta > 0 else _MINUS
        amount = format_number(abs(delta), self.tr.language)
        if figure.ordinal:
            return self.tr("minutes.change.places", sign=sign, value=amount, n=int(abs(delta)))
        if figure.unit == "%":
            return self.tr("minutes.change.points", sign=sign, value=amount)
        unit = "\u00a0" + escaped_inline(figure.unit) if figure.unit.strip() else ""
        return f"{sign}{amount}{unit}"

    def answer_row(self, change: Change) -> list[str]:
        row = change.row
        where = self.w.where("", row.id) if row.id in self.w.numbers else ""
        text = inline(row.text)
        first = f"{where} {text}" if where else text
        return [first, self.answer(change, after=False), self.answer(change, after=True)]

    def answer(self, change: Change, *, after: bool) -> str:
        words = self.cell_words(change, after=after)
        if words is not None:
            return words
        cell = change.after if after else change.before
        shown = cell.label or cell.value
        if not shown.strip():
            key = "reason.unanswered" if row_is_question(change) else "reason.not_assessed"
            answer = self.w.missing(key)
        else:
            answer = inline(shown)
        if row_is_question(change) and cell.agreement in _AGREEMENTS:
            agreement = self.tr(f"agreement.{cell.agreement}").lower()
            return self.tr("minutes.summary.answer", answer=answer, agreement=agreement)
        return answer


def row_is_question(change: Change) -> bool:
    return change.row.kind == "question"
