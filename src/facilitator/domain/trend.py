"""The trend of a series: what each meeting answered, side by side, one column per meeting.

A series is a first session and its follow-ups (`Session.series`). Reading one is two steps,
so this module stays pure and the files are read elsewhere (`storage/series.py`):

1. Each meeting becomes a `MeetingRecord`: its place in the series and, for every question,
   item, key figure and commitment, what it recorded (`Recorded`). `meeting_record(session,
   file)` makes one from a Session in memory (the app's open session, a file just read);
   `earlier_record(session)` makes one for the meeting a follow-up follows from the copy the
   follow-up keeps (`Session.earlier`), for when that meeting's own file is missing or
   damaged: its column is then drawn from the copy (answers, assessments and figures; no
   commitments), marked `copied`.
2. `series_trend(records, series=..., notes=...)` puts them in order and lines them up:
   a `Trend` with `columns` (the meetings) and `rows` (one per question, item, figure and
   commitment, each with one `Cell` per column). `Trend.rows_of(kind)` gives one kind.

Ordering and branches. Meetings are ordered by their number in the series (the first is 1),
following each meeting's `follows_id`. Two follow-ups of the same session are two branches
and both are shown: the first (by date, then id) continues the branch it follows, each other
starts a new one, lettered b, c, … A column's `label` is its number and its branch's letter:
"1", "2", "2b", "3b" (the main branch has no letter); `branch` is the letter alone ("" on the
main branch). Columns are sorted by number, then branch.

Matching. Rows are matched by id across meetings, so a later version of the workshop that
renamed a question keeps its row (the text shown is the latest). A question, item or figure
that an earlier meeting had and a later one's workshop no longer has is `GONE` in the later
columns; one that only later meetings have is `EMPTY` before it appears. A commitment that a
meeting does not carry (it was done or dropped before) is `EMPTY` there.

Values are kept as recorded (option ids, the figure as typed, statuses and outcomes as their
ids) with the option's label beside them; words are chosen by whoever shows the trend
(`export/trend.py`), in the reader's language.
"""

from __future__ import annotations

import string
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from facilitator.domain.vocabulary import OUTCOME_STATUS

if TYPE_CHECKING:
    from facilitator.domain.session import Session


class RowKind(StrEnum):
    """What a row of the trend follows, in the order the trend shows them."""

    QUESTION = "question"  # an answer (its option) and the group's agreement
    ITEM = "item"  # a success factor's or other item's assessment
    FIGURE = "figure"  # a key figure, as typed
    COMMITMENT = "commitment"  # its status, and in a follow-up its outcome


KIND_ORDER = tuple(RowKind)


class CellState(StrEnum):
    VALUE = "value"  # the meeting had the row (its value may still be empty: not answered)
    EMPTY = "empty"  # the meeting did not have it yet (or, for a commitment, any more)
    GONE = "gone"  # an earlier meeting had it; this meeting's workshop no longer does


@dataclass(frozen=True)
class Recorded:
    """What one meeting recorded for one row. `value` is the option's id (an answer or an
    assessment), the figure as typed, or a commitment's status; `label` the option's label
    then ("Delvis"); `agreement` a question's agreement id; `outcome` what a follow-up said
    became of a carried commitment ("" if it was not carried or not followed up yet)."""

    kind: str
    id: str
    text: str
    value: str = ""
    label: str = ""
    agreement: str = ""
    outcome: str = ""


@dataclass(frozen=True)
class MeetingRecord:
    """One meeting as the trend needs it. `file` is how the meeting's file is named to the
    reader (relative to the sessions folder where possible); `number` its number in the
    series; `follows_id` the id of the session it follows ("" for the first)."""

    session: str
    series: str
    number: int
    follows_id: str
    title: str
    date: str
    file: str
    language: str
    recorded: tuple[Recorded, ...] = ()
    copied: bool = False  # drawn from a follow-up's copy: the meeting's own file was not read


@dataclass(frozen=True)
class Cell:
    """What one meeting recorded for one row, or why it has nothing (empty, gone)."""

    state: CellState
    value: str = ""
    label: str = ""
    agreement: str = ""
    outcome: str = ""


@dataclass(frozen=True)
class Column:
    """One meeting of the trend: see the module docstring for `label` and `branch`."""

    session: str
    number: int
    branch: str
    label: str
    date: str
    title: str
    file: str
    copied: bool = False


@dataclass(frozen=True)
class Row:
    """One question, item, figure or commitment across the meetings, one cell each."""

    kind: str
    id: str
    text: str
    cells: tuple[Cell, ...]


@dataclass(frozen=True)
class Trend:
    """The series' meetings in order and every row across them. `notes` are one line each,
    said beside the trend: a file missing, damaged or left out, and why."""

    series: str
    language: str
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    notes: tuple[str, ...] = field(default=())

    def rows_of(self, kind: str) -> list[Row]:
        return [row for row in self.rows if row.kind == kind]


# -- one meeting -----------------------------------------------------------------------------


def meeting_record(session: Session, file: str = "") -> MeetingRecord:
    """What `session` recorded, as one column of the trend."""
    workshop = session.workshop
    recorded: list[Recorded] = []
    for section in workshop.sections:
        scale = workshop.scale(section.scale) if section.scale else None
        for question in section.questions:
            entry = session.questions[question.id]
            label = scale.label(entry.answer) if scale and entry.answer else ""
            recorded.append(
                Recorded(
                    RowKind.QUESTION,
                    question.id,
                    question.text,
                    entry.answer,
                    label,
                    entry.agreement,
                )
            )
        for item, _ in section.all_items():
            found = session.assessments[item.id].assessment
            label = scale.label(found) if scale and found else ""
            recorded.append(Recorded(RowKind.ITEM, item.id, item.text, found, label))
        for figure in section.figures:
            value = session.figures[figure.id].value
            recorded.append(Recorded(RowKind.FIGURE, figure.id, figure.label, value))
    carried = {c.id: c for c in session.carried}
    for commitment in session.commitments:
        outcome = carried.pop(commitment.id).outcome if commitment.id in carried else ""
        recorded.append(
            Recorded(
                RowKind.COMMITMENT,
                commitment.id,
                commitment.what,
                commitment.status.value,
                outcome=outcome,
            )
        )
    for gone in carried.values():  # followed up, then taken out of the commitments
        status = OUTCOME_STATUS.get(gone.outcome, "open")
        recorded.append(
            Recorded(RowKind.COMMITMENT, gone.id, gone.what, status, outcome=gone.outcome)
        )
    series = session.series
    return MeetingRecord(
        session=session.id,
        series=session.series_id,
        number=session.series_number,
        follows_id=series.follows_id if series is not None else "",
        title=session.meeting.title,
        date=session.meeting.date,
        file=file,
        language=workshop.language,
        recorded=tuple(recorded),
    )


def earlier_record(follow_up: Session) -> MeetingRecord | None:
    """The meeting `follow_up` follows, from the copy of its answers the follow-up keeps;
    None for a first meeting. Its commitments are not in the copy, only in its own file."""
    earlier, series = follow_up.earlier, follow_up.series
    if earlier is None or series is None:
        return None
    recorded = tuple(
        Recorded(a.kind, a.id, a.text, a.value, a.label, a.agreement) for a in earlier.answers
    )
    return MeetingRecord(
        session=earlier.session or series.follows_id,
        series=series.id,
        number=max(1, series.number - 1),
        follows_id="",  # not in the copy: the chain is known only as far as files are read
        title=earlier.title,
        date=earlier.date,
        file=series.follows,
        language=follow_up.workshop.language,
        recorded=recorded,
        copied=True,
    )


# -- the series ------------------------------------------------------------------------------


def series_trend(
    records: Iterable[MeetingRecord],
    *,
    series: str = "",
    language: str = "",
    notes: Sequence[str] = (),
) -> Trend:
    """The trend of the meetings in `records` (one record per session id: a later one with
    the same id replaces an earlier, so an open session in memory can stand in for its file).
    `series` and `language` default to the first meeting's."""
    by_id: dict[str, MeetingRecord] = {}
    for record in records:
        by_id[record.session] = record
    ordered = _ordered(by_id)
    columns = tuple(column for column, _ in ordered)
    meetings = [record for _, record in ordered]
    first = meetings[0] if meetings else None
    return Trend(
        series=series or (first.series if first else ""),
        language=language or (first.language if first else ""),
        columns=columns,
        rows=_rows(meetings),
        notes=tuple(notes),
    )


def _ordered(by_id: dict[str, MeetingRecord]) -> list[tuple[Column, MeetingRecord]]:
    """The meetings with their columns, walking from each first meeting down its follow-ups.
    A meeting whose `follows_id` is not among the records (its file missing) starts a walk
    of its own; a loop of ids is walked once (each meeting is visited once)."""

    def key(record: MeetingRecord) -> tuple[int, str, str]:
        return (record.number, record.date, record.session)

    children: dict[str, list[MeetingRecord]] = {}
    roots: list[MeetingRecord] = []
    for record in by_id.values():
        parent = record.follows_id
        if parent and parent in by_id and parent != record.session:
            children.setdefault(parent, []).append(record)
        else:
            roots.append(record)
    letters = _branch_letters()
    branch_of: dict[str, str] = {}
    seen: set[str] = set()

    def walk(start: MeetingRecord, branch: str) -> None:
        stack = [(start, branch)]
        while stack:
            record, letter = stack.pop()
            if record.session in seen:
                continue
            seen.add(record.session)
            branch_of[record.session] = letter
            kids = sorted(children.get(record.session, ()), key=key)
            # The first child continues this branch; pushed last, so it is walked first.
            follow = [(kid, next(letters)) for kid in kids[1:]]
            stack.extend(reversed(follow))
            if kids:
                stack.append((kids[0], letter))

    for number, root in enumerate(sorted(roots, key=key)):
        walk(root, "" if number == 0 else next(letters))
    for record in sorted(by_id.values(), key=key):  # in a loop with no way in: still shown
        if record.session not in seen:
            walk(record, next(letters))
    rank = {"": 0} | {letter: index + 1 for index, letter in enumerate(_all_letters(branch_of))}
    ordered = sorted(
        by_id.values(),
        key=lambda r: (r.number, rank[branch_of[r.session]], r.date, r.session),
    )
    return [
        (
            Column(
                session=r.session,
                number=r.number,
                branch=branch_of[r.session],
                label=f"{r.number}{branch_of[r.session]}",
                date=r.date,
                title=r.title,
                file=r.file,
                copied=r.copied,
            ),
            r,
        )
        for r in ordered
    ]


def _branch_letters() -> Iterator[str]:
    """b, c, … z, then z2, z3 …: the main branch is "" (the letter a is never shown)."""
    yield from string.ascii_lowercase[1:]
    number = 2
    while True:
        yield f"z{number}"
        number += 1


def _all_letters(branch_of: dict[str, str]) -> list[str]:
    found = {letter for letter in branch_of.values() if letter}
    return sorted(found, key=lambda letter: (len(letter), letter))


def _rows(meetings: list[MeetingRecord]) -> tuple[Row, ...]:
    order: dict[tuple[str, str], int] = {}
    texts: dict[tuple[str, str], str] = {}
    per_meeting: list[dict[tuple[str, str], Recorded]] = []
    for record in meetings:
        mine: dict[tuple[str, str], Recorded] = {}
        for found in record.recorded:
            key = (found.kind, found.id)
            mine[key] = found
            order.setdefault(key, len(order))
            if found.text:
                texts[key] = found.text  # the latest meeting's words
        per_meeting.append(mine)
    kind_rank = {kind.value: index for index, kind in enumerate(KIND_ORDER)}
    keys = sorted(order, key=lambda k: (kind_rank.get(k[0], len(KIND_ORDER)), order[k]))
    rows: list[Row] = []
    for key in keys:
        cells: list[Cell] = []
        had = False
        for record, mine in zip(meetings, per_meeting, strict=True):
            this = mine.get(key)
            if this is not None:
                had = True
                cells.append(
                    Cell(CellState.VALUE, this.value, this.label, this.agreement, this.outcome)
                )
            elif had and key[0] != RowKind.COMMITMENT and not record.copied:
                cells.append(Cell(CellState.GONE))
            else:
                cells.append(Cell(CellState.EMPTY))
        rows.append(Row(key[0], key[1], texts.get(key, ""), tuple(cells)))
    return tuple(rows)
