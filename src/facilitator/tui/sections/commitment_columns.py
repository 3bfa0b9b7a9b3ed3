"""How the commitments table shares the page's width among its columns, by what they hold.

The narrow columns (number, due date, status) get what their widest cell or heading needs;
names up to `WHOLE_NAME` cells are seen whole; "what" gets the most of the rest, the linked
item what "what" leaves, and a longer name (several people, say) what both leave. When the
page is too narrow for all of that, the linked item's column goes and "what" gives first,
never to less than the names (the selected commitment is shown in full under the table,
with what it is linked to).
Plain arithmetic on widths: no Textual here.
"""

from __future__ import annotations

from collections.abc import Mapping

COLUMNS = ("number", "what", "who", "due", "status", "link")

WHOLE_NAME = 24  # names up to this long ("Anna-Karin Lindqvist" is 20) are seen whole first
WHAT_FLOOR = 24  # "what" gets this much (a few words) before the linked item gets a column
SIDE_PART = 3  # of the room to share, one part in three for a long name and the linked item


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
        "due": needs["due"],
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

    # One part in three for the rest of a long name and the linked item, two for "what";
    # then what one of them leaves to the others, and room to spare to "what": the table
    # spans its page.
    side = gap // SIDE_PART
    side -= widen("who", side)
    widen("link", side)
    for key in ("what", "link", "who"):
        widen(key, gap)
    widths["what"] += gap
    return widths


def widest_ids(ids: list[str]) -> list[str]:
    """The ids whose numbers may be the widest: the longest, and any not in ASCII. A number
    in ASCII is its id or the id less its "c", so a shorter id's is never wider; measuring
    only these, 1,000 ids take one look instead of a thousand."""
    longest = max(map(len, ids), default=0)
    return [id for id in ids if len(id) == longest or not id.isascii()]
