"""Commitments: who does what by when. A table to see them all, a dialog to edit one.

The view owns adding, editing, removing and undoing; F4 adds one from any page through
`add_commitment`. Deleting takes effect at once and can be undone with Ctrl+Z (the last
deletion), which is quicker in a meeting than answering "are you sure?" every time.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from textual import events, on
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.content import Content
from textual.coordinate import Coordinate
from textual.widgets import Button, DataTable, Static

from facilitator.domain.session import Commitment, Status, commitment_number
from facilitator.domain.text import close_direction
from facilitator.domain.workshop import SectionKind
from facilitator.tui.controller import Part, SessionController
from facilitator.tui.sections.base import SectionView
from facilitator.tui.sections.commitment_table import COLUMNS, Cell, Row, RowTexts, row_of, share
from facilitator.tui.sizing import page_width
from facilitator.tui.textual_compat import ScrollbarShownInItsLayout, ScrollbarsRedrawnOnChange
from facilitator.tui.widgets.buttons import button
from facilitator.tui.widgets.fields import Literal
from facilitator.tui.widgets.notice import show_notice

FIRST_ROWS = 60  # more than a table shows on any screen
DETAIL_WIDTH = 100  # the selected commitment under the table: lines no longer than this


def add_commitment(
    app: App[Any], controller: SessionController, then: Callable[[], object] | None = None
) -> None:
    """Add a commitment and open it to be filled in; one left empty is taken out again when
    its dialog closes. Added from another page, it leaves no trace there: a notice says
    where it went. `then` runs once the dialog is closed."""
    if controller.frozen:
        return
    commitment = controller.apply(lambda s: s.add_commitment())
    edit_commitment(app, controller, commitment.id, new=True, then=then)


def edit_commitment(
    app: App[Any],
    controller: SessionController,
    commitment_id: str,
    *,
    new: bool = False,
    then: Callable[[], object] | None = None,
) -> None:
    from facilitator.tui.screens.commitment import CommitmentDialog

    def closed(_: None) -> None:
        if not controller.frozen:
            commitment = controller.session.commitment(commitment_id)
            if new and not (commitment.what or commitment.who or commitment.due or commitment.link):
                controller.apply(lambda s: s.remove_commitment(commitment_id))
            elif new:
                _say_added(app, controller, commitment)
        controller.said(Part.COMMITMENT)
        if then is not None:
            then()

    app.push_screen(CommitmentDialog(controller, commitment_id), closed)


def _say_added(app: App[Any], controller: SessionController, commitment: Commitment) -> None:
    """A commitment added on another page leaves no trace there: say where it went."""
    session = controller.session
    workshop = session.workshop
    listing = next((s for s in workshop.sections if s.kind is SectionKind.COMMITMENTS), None)
    if listing is None or listing.id == session.current_section:
        return  # its own table shows it
    show_notice(
        app,
        controller.tr(
            "commitments.added",
            number=commitment_number(commitment.id),  # its number, not its place
            what=commitment.what or "–",
            section=listing.title,
            position=workshop.section_index(listing.id) + 1,
        ),
    )


class CommitmentTable(ScrollbarShownInItsLayout, ScrollbarsRedrawnOnChange, DataTable[Cell]):
    BINDINGS = [
        Binding("delete", "remove", "Delete", show=False),
        Binding("ctrl+z", "undo", "Undo", show=False),
    ]

    def __init__(self, view: CommitmentsSectionView, **options: Any) -> None:
        super().__init__(**options)
        self.view = view

    def action_remove(self) -> None:
        self.view.remove_selected()

    def action_undo(self) -> None:
        self.view.undo_remove()


class CommitmentsSectionView(SectionView):
    DEFAULT_CSS = """
    CommitmentsSectionView CommitmentTable {
        height: auto;
        max-height: 40vh;  /* the selected commitment fits under it at 80×24 */
        margin: 1 0 0 0;
    }
    CommitmentsSectionView .commitment-buttons {
        height: auto;
        margin: 1 0 0 0;
    }
    CommitmentsSectionView .commitment-buttons ActionButton {
        margin: 0 1 0 0;
    }
    CommitmentsSectionView #commitment-detail {
        padding: 0 1;
        border-left: outer $primary;
        max-width: 100;  /* DETAIL_WIDTH */
    }
    CommitmentsSectionView #undo-hint {
        color: $text-warning;
        text-style: bold;
    }
    """

    def compose_body(self) -> ComposeResult:
        yield Static("", id="commitment-count", classes="part-title")
        table = CommitmentTable(self, id="commitment-table", cursor_type="row", zebra_stripes=True)
        yield table
        yield Static("", id="commitment-detail", markup=False)
        with Horizontal(classes="commitment-buttons"):
            yield button(
                self.tr("commitments.add"),
                id="add-commitment",
                variant="primary",
                disabled=self.read_only,
            )
            yield button(self.tr("commitments.edit"), id="edit-commitment", disabled=self.read_only)
            yield button(
                self.tr("commitments.remove"), id="remove-commitment", disabled=self.read_only
            )
        yield Literal("", id="undo-hint")

    # The commitments removed, last last, each with where it stood: Ctrl+Z puts them back.
    _removed: list[tuple[int, Commitment]]

    def on_mount(self) -> None:
        self._removed = []
        self._width = 0
        self._fill()

    def on_resize(self) -> None:
        self._fill()

    def _set_columns(self, widths: dict[str, int]) -> None:
        """Columns of these widths (see `commitment_table.share`). Rows are one line (a
        table of 1,000 rows that wrap costs seconds to measure); the selected one is shown
        in full under the table."""
        if widths == self._widths:
            return
        self._widths = widths
        table = self.query_one(CommitmentTable)
        table.clear(columns=True)
        for key, width in widths.items():
            table.add_column(self.tr(f"commitments.col.{key}"), key=key, width=width)

    # What the table shows: the day and width it was filled for, and one tuple per row.
    _filled: tuple[date, int, list[Row]] | None = None
    _widths: dict[str, int] | None = None  # the columns shown, and how wide
    _needs: dict[str, int] | None = None  # each column's widest cell or heading

    def _fill(self) -> None:
        """Show the session's commitments. This runs on every visit, every resize and after
        every edit anywhere (each key typed in the commitment dialog), so only what changed
        is redrawn: nothing, the rows that changed, or, when rows came or went, the day or
        width changed or the columns share the width anew, the whole table (1,000 rows take
        100 ms and more)."""
        today = self.controller.today()
        listed = self.session.commitments
        # A view the switcher hides has no width, and is refreshed before it is shown again:
        # the table keeps the width it was last shown at. Before it was ever laid out, it is
        # filled for the width it will get, so that its rows come with the page's first frame
        # (a resumed session drew the page first and its rows a frame later); its first
        # resize fills it again only if that width was not the one it got.
        shown = self.scrollable_content_region.width  # the page less its scrollbar's column
        self._width = shown or self._width or self._expected_width()
        if not self._width:
            return
        table = self.query_one(CommitmentTable)
        room = self._width
        most = table.styles.max_height  # rows, its heading included; more scroll inside it
        if most is not None and len(listed) + 1 > int(most.resolve(self.size, self.app.size)):
            room -= table.styles.scrollbar_size_vertical
        rows = [row_of(c) for c in listed]
        before, self._filled = self._filled, (today, room, rows)
        if before == self._filled:
            return
        self._filling += 1  # a fill still adding rows from an earlier call stops
        texts = self._texts(today)
        changed: list[tuple[Row, Row]] | None = None  # None: the whole table anew
        if (
            before is not None
            and table.row_count == len(before[2])  # no rows still waiting to be added
            and before[:2] == (today, room)
            and ([row[0] for row in before[2]] == [row[0] for row in rows])
        ):
            changed = [(old, new) for old, new in zip(before[2], rows, strict=True) if old != new]
            self._needs = texts.needs_after(self._needs, changed)
        if self._needs is None or changed is None:
            self._needs = texts.measure(rows)
        widths = share(self._needs, texts.headings(), room, 2 * table.cell_padding)
        if changed is not None and widths == self._widths:
            for _, row in changed:
                for key, cell in self._cells(row, texts).items():
                    table.update_cell(row[0], key, cell)
        else:
            selected = self.selected_id()
            self._set_columns(widths)
            table.clear()
            # The rows a screen shows go in now and the rest once they are drawn: adding and
            # measuring 1,000 rows before the first frame held it back by 60 ms.
            self._add_rows(FIRST_ROWS, today, selected, self._filling)
            if len(listed) > FIRST_ROWS:
                self.call_after_refresh(self._add_rows, None, today, selected, self._filling)
        open_count = sum(c.status is Status.OPEN for c in listed)
        self.query_one("#commitment-count", Static).update(
            self.tr("commitments.count", total=len(listed), open=open_count)
        )
        self._show_detail(self.selected_id())

    _filling = 0

    def _expected_width(self) -> int:
        """The width this page will be laid out at (0 if that cannot be told yet)."""
        width = page_width(self.screen) - self.styles.gutter.width
        if self.styles.scrollbar_gutter == "stable":
            width -= self.styles.scrollbar_size_vertical
        return max(width, 0)

    def _add_rows(self, upto: int | None, today: date, selected: str | None, fill: int) -> None:
        """Add the session's commitments from the table's last row up to `upto` (all when
        None), then put the cursor back on `selected` once its row is there."""
        if fill != self._filling:
            return  # a newer fill has started over
        table = self.query_one(CommitmentTable)
        listed = self.session.commitments
        start = table.row_count
        texts = self._texts(today)
        for commitment in listed[start:upto]:
            table.add_row(*self._cells(row_of(commitment), texts).values(), key=commitment.id)
        if selected is not None:
            index = next((i for i, c in enumerate(listed) if c.id == selected), None)
            if index is not None and start <= index < table.row_count:
                table.move_cursor(row=index)

    def _texts(self, today: date) -> RowTexts:
        return RowTexts(self.tr, self.session.workshop.link_text, today)

    def _cells(self, row: Row, texts: RowTexts) -> dict[str, Cell]:
        """The cells of a commitment in the columns shown."""
        shown = texts.of(row)
        return {key: Cell(close_direction(shown[key])) for key in self._widths or COLUMNS}

    def detail(self, commitment_id: str | None) -> Content:
        """The selected commitment, every field in full and named: what (every line), then
        who, by when and its status (on one line when they fit whole on it, else a line
        each: a label is never parted from its value), then what it answers. Long lines
        wrap at the page's width."""
        if commitment_id is None:
            return Content("")
        c = self.session.commitment(commitment_id)

        def field(key: str, value: str) -> Content:
            label = Content.styled(f"{self.tr(f'commitments.col.{key}')}: ", "bold")
            return label + Content(value or "–")

        texts = self._texts(self.controller.today())
        facts = [
            field("who", close_direction(c.who)),
            field("due", close_direction(texts.due(c.due, c.status))),
            field("status", texts.status(c.status)),
        ]
        together = Content(" · ").join(facts)
        gutter = self.query_one("#commitment-detail").styles.gutter.width
        number = f"{self.tr('commitments.col.number')} {commitment_number(c.id)}"
        what = field("what", close_direction(c.what.strip()))
        return Content("\n").join(
            [
                Content.styled(number, "bold") + " · " + what,
                together
                if together.cell_length <= min(self._width, DETAIL_WIDTH) - gutter
                else Content("\n").join(facts),
                field("link", close_direction(self.session.workshop.link_text(c.link))),
            ]
        )

    def _show_detail(self, commitment_id: str | None) -> None:
        detail = self.detail(commitment_id)
        if detail != self._detail_shown:  # a new text lays the page out anew
            self._detail_shown = detail
            self.query_one("#commitment-detail", Static).update(detail)

    _detail_shown: Content | None = None

    @on(DataTable.RowHighlighted)
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        event.stop()
        key = event.row_key.value
        self._show_detail(key if isinstance(key, str) else None)
        if self.query_one(CommitmentTable).has_focus:
            self.call_after_refresh(self._bring_detail_into_view)

    @on(events.DescendantFocus)
    def _focused(self, event: events.DescendantFocus) -> None:
        if isinstance(event.widget, CommitmentTable):
            self.call_after_refresh(self._bring_detail_into_view)

    def _bring_detail_into_view(self) -> None:
        """Scroll the page as little as it takes to show the selected commitment whole under
        the table (at 80×24 a commitment of several lines reached below the screen); the
        section's text above the table goes out of view first."""
        self.query_one("#commitment-detail").scroll_visible(animate=False, immediate=True)

    def selected_id(self) -> str | None:
        table = self.query_one(CommitmentTable)
        if not self.session.commitments or table.row_count == 0:
            return None
        row = min(table.cursor_row, table.row_count - 1)
        key = table.coordinate_to_cell_key(Coordinate(row, 0)).row_key.value
        return key if isinstance(key, str) else None

    def show_undo(self, text: str) -> None:
        self.query_one("#undo-hint", Literal).update(text)

    def first_field(self) -> CommitmentTable:
        return self.query_one(CommitmentTable)

    # -- adding, editing, removing, undoing ----------------------------------------------

    def add(self) -> None:
        add_commitment(self.app, self.controller)

    def edit_selected(self) -> None:
        selected = self.selected_id()
        if selected:
            edit_commitment(self.app, self.controller, selected)

    def remove_selected(self) -> None:
        """Remove the selected commitment at once; the hint under the table says how to
        undo it."""
        selected = self.selected_id()
        if not selected or self.controller.frozen:
            return
        index, commitment = self.controller.apply(lambda s: s.remove_commitment(selected))
        self._removed.append((index, commitment))
        what = close_direction(commitment.what) or "–"  # its direction ends where it ends
        self.show_undo(self.tr("commitments.removed", what=what))
        self.controller.said(Part.COMMITMENT)

    def undo_remove(self) -> None:
        if not self._removed or self.controller.frozen:
            return
        index, commitment = self._removed.pop()
        self.controller.apply(lambda s: s.restore_commitment(index, commitment))
        self.show_undo("")
        self.controller.said(Part.COMMITMENT)

    @on(Button.Pressed, "#add-commitment")
    def _add(self) -> None:
        self.add()

    @on(Button.Pressed, "#edit-commitment")
    def _edit(self) -> None:
        self.edit_selected()

    @on(Button.Pressed, "#remove-commitment")
    def _remove(self) -> None:
        self.remove_selected()

    @on(DataTable.RowSelected)
    def _selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.edit_selected()

    async def refresh_from_session(self) -> None:
        self._fill()
