"""The commitments table's rows and columns: a commitment on one line, and how the columns
share the page's width by what they hold.

The narrow columns (number, due date, status) get what their widest cell or heading needs;
names up to `WHOLE_NAME` cells are seen whole; "what" gets the most of the rest, the linked
item what "what" leaves, and a longer name (several people, say) or due date (a few words
typed instead of a date) what both leave. When the
page is too narrow for all of that, the linked item's column goes and "what" gives first,
never to less than the names (the selected commitment is shown in full under the table,
with what it is linked to).
Plain text and arithmetic on widths: no Textual here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date

from rich.cells import cell_len, set_cell_size
from rich.console import Console, ConsoleOptions, RenderResult
from rich.segment import Segment
from rich.text import Text

from facilitator.domain.progress import due_date
from facilitator.domain.session import Commitment, Status, commitment_number

COLUMNS = ("number", "what", "who", "due", "status", "link")
Row = tuple[str, str, str, str, Status, str]  # id, what, who, due, status, linked item

WHOLE_NAME = 24  # names up to this long ("Anna-Karin Lindqvist" is 20) are seen whole first
WHOLE_DUE = 16  # a date, flagged, or a few words ("⚠ efter sommaren") are seen whole first
WHAT_FLOOR = 24  # "what" gets this much (a few words) before the linked item gets a column
SIDE_PART = 3  # of the room to share, one part in three for what is not "what"


def one_line(text: str) -> str:
    """A text of several lines on the one line of a table row, its lines joined by " / " as
    in the minutes' table (a row showed only the first line, with no sign of the rest)."""
    return " / ".join(line.strip() for line in text.splitlines() if line.strip())


def row_of(commitment: Commitment) -> Row:
    """What the table shows of a commitment, as a value to compare with what it showed."""
    c = commitment
    return (c.id, c.what, c.who, c.due, c.status, c.link)


class Cell:
    """One cell of the table: a line of text cut with an ellipsis to its column's width.

    A Rich `Text` would do, but DataTable measures the width of every cell it is given (with
    a fresh look at the terminal's size each time) even when the columns have fixed widths,
    as these do: 6,000 measurements, most of the time it took to show 1,000 commitments. A
    renderable that does not offer a measurement is taken at face value and drawn the same.

    Drawn, it is one segment of plain text, cut as `Text` cuts it (its overflow "ellipsis",
    no wrapping): the table draws every visible cell anew whenever its look changes (it
    takes or loses the focus on every visit to its page), and a `Text` took twice as long
    to draw (wrapping, justifying and dividing a line that needs none of it). A text with a
    tab, which `Text` widens to spaces, is still drawn as a `Text`.
    """

    __slots__ = ("plain",)

    def __init__(self, text: str) -> None:
        self.plain = text

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        text, width = self.plain, options.max_width
        if "\t" in text:
            yield Text(text, overflow="ellipsis", no_wrap=True, end="")
        elif cell_len(text) <= width:
            yield Segment(text)
        elif width > 0:
            yield Segment(set_cell_size(text, width - 1) + "…")

    def __str__(self) -> str:
        return self.plain


class RowTexts:
    """What the table's columns show of a commitment, in the UI's language on a given day,
    and how wide that is."""

    def __init__(
        self, tr: Callable[..., str], link_text: Callable[[str], str], today: date
    ) -> None:
        self.tr = tr
        self.link_text = link_text
        self.today = today

    def due(self, due: str, status: Status) -> str:
        """The due date as the table shows it: flagged when it is not a date, or is past and
        the commitment still open."""
        parsed = due_date(due)
        if (due and parsed is None) or (
            parsed is not None and status is Status.OPEN and parsed < self.today
        ):
            return f"⚠ {due}"
        return due

    def status(self, status: Status) -> str:
        text = self.tr(f"status.{status.value}")
        if status is Status.DONE:
            return f"✓ {text}"
        if status is Status.DROPPED:
            return f"✕ {text}"
        return text

    def of(self, row: Row) -> dict[str, str]:
        """What each column shows of a commitment, on one line."""
        commitment_id, what, who, due, status, link = row
        return {
            "number": commitment_number(commitment_id),
            "what": one_line(what) or "–",
            "who": who or "–",
            "due": self.due(due, status) or "–",
            "status": self.status(status),
            "link": self.link_text(link) or "–",
        }

    def headings(self) -> dict[str, int]:
        return {key: cell_len(self.tr(f"commitments.col.{key}")) for key in COLUMNS}

    def measure(self, rows: list[Row]) -> dict[str, int]:
        """Each column's widest cell or heading. Each different value is measured once:
        1,000 commitments have a few people, three statuses and a few dozen linked items
        (about 1 ms for 1,000, against some 100 ms to fill the table with them)."""
        measured = {
            "number": (commitment_number(id) for id in widest_ids([row[0] for row in rows])),
            "what": (one_line(what) for what in {row[1] for row in rows}),
            "who": {row[2] for row in rows},
            "due": {self.due(due, status) for due, status in {row[3:5] for row in rows}},
            "status": (self.status(status) for status in {row[4] for row in rows}),
            "link": (self.link_text(link) for link in {row[5] for row in rows}),
        }
        headings = self.headings()
        return {
            key: max(headings[key], 1, *(cell_len(text) for text in texts))  # "–" when empty
            for key, texts in measured.items()
        }

    def needs_after(
        self, needs: dict[str, int] | None, changed: list[tuple[Row, Row]]
    ) -> dict[str, int] | None:
        """The columns' `needs` after these rows changed, from the rows alone (a key typed
        in the commitment dialog changes one row of maybe 1,000); None when a cell that was
        the widest of its column got narrower, and all must be measured again."""
        if needs is None:
            return None
        needs = dict(needs)
        for old, new in changed:
            was, now = self.of(old), self.of(new)
            for key in COLUMNS:
                width, before = cell_len(now[key]), cell_len(was[key])
                if width < before == needs[key]:
                    return None
                needs[key] = max(needs[key], width)
        return needs


def share(
    needs: Mapping[str, int], headings: Mapping[str, int], room: int, padding: int
) -> dict[str, int]:
    """The width of each column shown, in the order of `COLUMNS` (a column left out is not
    shown). `needs` is each column's widest cell or heading, `headings` each heading's width,
    `room` the table's width and `padding` what each column takes beside its text."""
    widths = {
        "number": needs["number"],
        "what": min(needs["what"], WHAT_FLOOR),
        "who": min(needs["who"], WHOLE_NAME),
        "due": min(needs["due"], max(WHOLE_DUE, headings["due"])),
        "status": needs["status"],
        "link": headings["link"],
    }

    def free() -> int:
        return room - sum(widths.values()) - padding * len(widths)

    if free() < 0:
        del widths["link"]  # its text is under the table, beside the rest of the commitment
    short = -free()
    if short > 0:
        # "What" gives first (its full text is under the table) as far as the name's width,
        # then the two give alike, down to their headings; a page narrower still scrolls.
        what, who = widths["what"], widths["who"]
        given = max(min(short, what - max(who, headings["what"])), 0)
        what -= given
        if short > given:
            both = max(what + who - (short - given), headings["what"] + headings["who"])
            who = max(both // 2, headings["who"])
            what = both - who
        widths["what"], widths["who"] = what, who
        return widths
    gap = free()

    def widen(key: str, most: int) -> int:
        nonlocal gap
        if key not in widths:
            return 0
        more = max(min(needs[key] - widths[key], most, gap), 0)
        widths[key] += more
        gap -= more
        return more

    # One part in three for the rest of a long name or due date and the linked item, two for
    # "what";
    # then what one of them leaves to the others, and room to spare to "what": the table
    # spans its page.
    side = gap // SIDE_PART
    for key in ("who", "due", "link"):
        side -= widen(key, side)
    for key in ("what", "link", "due", "who"):
        widen(key, gap)
    widths["what"] += gap
    return widths


def widest_ids(ids: list[str]) -> list[str]:
    """The ids whose numbers may be the widest: the longest, and any not in ASCII. A number
    in ASCII is its id or the id less its "c", so a shorter id's is never wider; measuring
    only these, 1,000 ids take one look instead of a thousand."""
    longest = max(map(len, ids), default=0)
    return [id for id in ids if len(id) == longest or not id.isascii()]
