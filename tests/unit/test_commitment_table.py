"""How the commitments table shares its width: narrow columns whole, names whole, "what" the
most, the linked item what is left, and never wider than the page unless the headings are."""

from __future__ import annotations

from datetime import date

from rich.cells import cell_len

from facilitator.domain.session import Status, commitment_number
from facilitator.i18n import Translator
from facilitator.tui.sections.commitment_table import COLUMNS, Row, RowTexts, share, widest_ids

HEADINGS = {"number": 2, "what": 3, "who": 3, "due": 12, "status": 6, "link": 12}  # Swedish
PADDING = 2


def needs(what: int, who: int, link: int) -> dict[str, int]:
    return {"number": 2, "what": what, "who": who, "due": 12, "status": 6, "link": link}


def total(widths: dict[str, int]) -> int:
    return sum(widths.values()) + PADDING * len(widths)


def test_with_room_for_all_every_column_is_whole_and_what_takes_the_rest() -> None:
    widths = share(needs(what=40, who=20, link=30), HEADINGS, 160, PADDING)
    assert list(widths) == list(COLUMNS)
    assert widths == {"number": 2, "what": 160 - 82, "who": 20, "due": 12, "status": 6, "link": 30}
    assert total(widths) == 160  # the table spans its page


def test_a_long_what_gets_twice_the_linked_items_part_of_what_is_left() -> None:
    widths = share(needs(what=200, who=14, link=200), HEADINGS, 130, PADDING)
    # 48 cells beyond the narrow columns, the name, a few words and the link's heading.
    assert widths == {"number": 2, "what": 24 + 32, "who": 14, "due": 12, "status": 6, "link": 28}
    assert total(widths) == 130


def test_a_short_what_leaves_the_rest_to_the_linked_item() -> None:
    widths = share(needs(what=10, who=14, link=200), HEADINGS, 130, PADDING)
    assert widths["what"] == 10 and total(widths) == 130


def test_at_80_columns_the_linked_item_goes_before_names_or_what_are_cut() -> None:
    widths = share(needs(what=200, who=20, link=200), HEADINGS, 76, PADDING)
    assert "link" not in widths
    assert widths["who"] == 20 and widths["due"] == 12
    assert widths["what"] == 76 - 40 - 10 == max(widths.values())


def test_too_narrow_what_gives_first_then_what_and_the_names_alike() -> None:
    narrow = share(needs(what=200, who=20, link=200), HEADINGS, 70, PADDING)
    assert narrow["who"] == 20 and narrow["what"] == 70 - 40 - 10
    narrower = share(needs(what=200, who=20, link=200), HEADINGS, 60, PADDING)
    assert narrower["what"] == narrower["who"] == (60 - 20 - 10) // 2
    tiny = share(needs(what=200, who=20, link=200), HEADINGS, 30, PADDING)
    assert tiny == {"number": 2, "what": 3, "who": 3, "due": 12, "status": 6}  # headings whole


def test_a_very_long_name_is_whole_only_once_what_is() -> None:
    """Several people in one name ("Anna Andersson, Bo Berg och Cecilia Ek") are not a short
    name: "what" still gets the most."""
    widths = share(needs(what=200, who=40, link=12), HEADINGS, 90, PADDING)
    assert widths["who"] == 24 + 4 and widths["what"] == 24 + 8 == max(widths.values())
    at_80 = share(needs(what=200, who=40, link=12), HEADINGS, 76, PADDING)
    assert at_80["who"] == at_80["what"] == (76 - 20 - 10) // 2
    widths = share(needs(what=30, who=40, link=12), HEADINGS, 160, PADDING)
    assert widths["who"] == 40 and widths["what"] == 160 - 12 - 40 - 20 - 12


def test_the_widest_number_is_found_among_the_longest_ids_and_any_not_in_ascii() -> None:
    ids = [f"c{n}" for n in range(1, 1001)] + ["x12", "åtg", "号码"]
    assert widest_ids(ids) == ["c1000", "åtg", "号码"]
    widths = [cell_len(commitment_number(id)) for id in widest_ids(ids)]
    assert max(widths) == max(cell_len(commitment_number(id)) for id in ids) == 4
    assert widest_ids(["c9", "x12"]) == ["x12"]  # a hand-written id is shown as it is
    assert widest_ids([]) == []


LINKED = {"q1": "Har ledningen en god möteskultur?"}
TEXTS = RowTexts(Translator("sv"), lambda link: LINKED.get(link, link), date(2026, 11, 30))
ROWS: list[Row] = [
    ("c1", "Boka rummen\nföre mars", "Eva Nilsson", "2027-01-15", Status.OPEN, "q1"),
    ("c2", "Policy", "Anna-Karin Lindqvist", "2026-01-01", Status.OPEN, ""),
    ("c10", "", "", "", Status.DROPPED, ""),
]


def test_each_column_needs_its_widest_cell_as_shown_or_its_heading() -> None:
    assert TEXTS.measure(ROWS) == {
        "number": 2,  # "10"; the heading "Nr" is as wide
        "what": len("Boka rummen / före mars"),
        "who": len("Anna-Karin Lindqvist"),
        "due": len("Klart senast"),  # wider than "⚠ 2026-01-01", a date past and still open
        "status": len("✕ Struken"),
        "link": len("Har ledningen en god möteskultur?"),
    }


def test_after_an_edit_the_needs_follow_the_row_unless_the_widest_got_narrower() -> None:
    needs = TEXTS.measure(ROWS)
    longer = ("c10", "", "Anna-Karin Lindqvist och Bo Berg", "", Status.DROPPED, "")
    assert TEXTS.needs_after(needs, [(ROWS[2], longer)]) == needs | {"who": len(longer[2])}
    shorter = ("c2", "Policy", "Anna", "2026-01-01", Status.OPEN, "")
    assert TEXTS.needs_after(needs, [(ROWS[1], shorter)]) is None  # measure all again
    eva = ("c1", "Boka rummen\nföre mars", "Eva", "2027-01-15", Status.OPEN, "q1")
    assert TEXTS.needs_after(needs, [(ROWS[0], eva)]) == needs  # not the widest


def test_a_due_date_of_many_words_does_not_take_the_room_of_what_and_the_names() -> None:
    wordy = needs(what=200, who=20, link=200) | {"due": len("⚠ när budgeten är beslutad")}
    widths = share(wordy, HEADINGS, 76, PADDING)
    assert widths["due"] == 16 and widths["who"] == 20
    assert widths["what"] == max(widths.values())
    assert share(wordy, HEADINGS, 200, PADDING)["due"] == len("⚠ när budgeten är beslutad")
