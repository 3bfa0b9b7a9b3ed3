"""The trend of a series as data: meetings in order, two follow-ups of one session as two
branches, rows matched by id, an item a later workshop dropped shown as gone, and a missing
meeting drawn from the copy its follow-up keeps."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from facilitator.domain.follow_up import start_follow_up
from facilitator.domain.session import Outcome, Session
from facilitator.domain.trend import (
    CellState,
    MeetingRecord,
    Recorded,
    RowKind,
    earlier_record,
    meeting_record,
    series_trend,
)

from .test_export_sessions import full_session


def at(day: str) -> datetime:
    return datetime.fromisoformat(f"{day}T13:00:00").astimezone()


def follow(earlier: Session, day: str, follows: str = "earlier.toml") -> Session:
    return start_follow_up(earlier, follows=follows, clock=lambda: at(day))


def series_of_three() -> tuple[Session, Session, Session]:
    first = full_session("sv")
    second = follow(first, "2027-03-01")
    second.set_outcome("c1", Outcome.DONE)
    second.set_outcome("c2", Outcome.ONGOING)
    second.set_outcome("c3", Outcome.DROPPED)
    second.set_question("underlag-finns", "answer", "ja")
    second.set_question("underlag-finns", "agreement", "consensus")
    second.set_figure("motestid", "value", "31")
    third = follow(second, "2027-06-01")
    third.set_outcome("c2", Outcome.DONE)
    third.set_figure("motestid", "value", "27,5")
    return first, second, third


def row(trend, kind, item_id):  # type: ignore[no-untyped-def]
    return next(r for r in trend.rows if r.kind == kind and r.id == item_id)


def test_a_series_reads_one_column_per_meeting_in_order_whatever_order_it_came_in() -> None:
    first, second, third = series_of_three()
    trend = series_trend([meeting_record(s) for s in (third, first, second)])
    assert [c.label for c in trend.columns] == ["1", "2", "3"]
    assert [c.date for c in trend.columns] == ["2026-11-30", "2027-03-01", "2027-06-01"]
    assert trend.series == first.id
    answer = row(trend, RowKind.QUESTION, "underlag-finns")
    assert [(c.label, c.agreement) for c in answer.cells] == [
        ("Delvis", "majority"),
        ("Ja", "consensus"),
        ("", ""),
    ]
    figure = row(trend, RowKind.FIGURE, "motestid")
    assert [c.value for c in figure.cells] == ["38,5", "31", "27,5"]
    # c2: open, then in progress, then done; c1 done at the second meeting and not carried on.
    c2 = row(trend, RowKind.COMMITMENT, "c2")
    assert [(c.value, c.outcome) for c in c2.cells] == [
        ("open", ""),
        ("open", "ongoing"),
        ("done", "done"),
    ]
    c1 = row(trend, RowKind.COMMITMENT, "c1")
    assert [c.state for c in c1.cells] == [CellState.VALUE, CellState.VALUE, CellState.EMPTY]
    assert c1.cells[1].outcome == "done"
    kinds = [r.kind for r in trend.rows]
    assert kinds == sorted(kinds, key=list(RowKind).index)  # questions, items, figures, commitments


def test_two_follow_ups_of_one_session_are_two_branches_both_shown() -> None:
    first = full_session("sv")
    second = follow(first, "2027-03-01")
    other = follow(first, "2027-03-08")
    third = follow(other, "2027-06-01")
    trend = series_trend([meeting_record(s) for s in (third, other, second, first)])
    assert [(c.label, c.branch, c.session) for c in trend.columns] == [
        ("1", "", first.id),
        ("2", "", second.id),
        ("2b", "b", other.id),
        ("3b", "b", third.id),
    ]


def test_an_item_a_later_workshop_dropped_is_gone_and_a_new_one_is_empty_before() -> None:
    def meeting(number: int, ids: list[str]) -> MeetingRecord:
        recorded = tuple(Recorded(RowKind.ITEM, i, i.upper(), "delvis", "Delvis") for i in ids)
        return MeetingRecord(
            f"s{number}",
            "s1",
            number,
            f"s{number - 1}" if number > 1 else "",
            "",
            "",
            "",
            "sv",
            recorded,
        )

    trend = series_trend([meeting(1, ["a", "b"]), meeting(2, ["a", "c"]), meeting(3, ["a"])])
    b = row(trend, RowKind.ITEM, "b")
    assert [c.state for c in b.cells] == [CellState.VALUE, CellState.GONE, CellState.GONE]
    c = row(trend, RowKind.ITEM, "c")
    assert [c.state for c in c.cells] == [CellState.EMPTY, CellState.VALUE, CellState.GONE]


def test_a_meeting_whose_file_is_missing_is_drawn_from_the_copy_its_follow_up_keeps() -> None:
    first, second, third = series_of_three()
    copy = earlier_record(second)
    assert copy is not None and copy.copied
    trend = series_trend([copy, meeting_record(second), meeting_record(third)])
    assert [(c.label, c.copied) for c in trend.columns] == [
        ("1", True),
        ("2", False),
        ("3", False),
    ]
    assert [c.value for c in row(trend, RowKind.FIGURE, "motestid").cells] == ["38,5", "31", "27,5"]
    assert earlier_record(first) is None


def test_a_loop_of_ids_is_walked_once() -> None:
    a = MeetingRecord("a", "a", 1, "b", "", "", "", "sv")
    b = MeetingRecord("b", "a", 2, "a", "", "", "", "sv")
    itself = replace(a, session="c", follows_id="c", number=3)
    trend = series_trend([a, b, itself])
    assert sorted(c.session for c in trend.columns) == ["a", "b", "c"]
