"""Commitments: who does what by when. A table to see them all, a dialog to edit one.

Deleting takes effect at once and can be undone with Ctrl+Z (the last deletion), which is
quicker in a meeting than answering "are you sure?" every time.
"""

from __future__ import annotations

from datetime import date

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.coordinate import Coordinate
from textual.widgets import Button, DataTable, Static

from facilitator.domain.progress import due_date
from facilitator.domain.session import Commitment, Status
from facilitator.tui.sections.base import SectionView
from facilitator.tui.widgets.fields import Literal

LINK_WIDTH = 40


def link_text(view: SectionView, link: str) -> str:
    """The linked question or item, shortened: the table shows which, the dialog shows all."""
    text = dict(view.session.workshop.linkable()).get(link, link)
    return text if len(text) <= LINK_WIDTH else text[: LINK_WIDTH - 1].rstrip() + "…"


class CommitmentTable(DataTable[Text]):
    BINDINGS = [
        Binding("delete", "remove", "Delete", show=False),
        Binding("ctrl+z", "undo", "Undo", show=False),
    ]

    async def action_remove(self) -> None:
        await self.screen.run_action("remove_commitment")

    async def action_undo(self) -> None:
        await self.screen.run_action("undo_remove_commitment")


class CommitmentsSectionView(SectionView):
    DEFAULT_CSS = """
    CommitmentsSectionView CommitmentTable {
        height: auto;
        max-height: 20;
        margin: 1 0 0 0;
    }
    CommitmentsSectionView .commitment-buttons {
        height: auto;
        margin: 1 0 0 0;
    }
    CommitmentsSectionView .commitment-buttons Button {
        margin: 0 1 0 0;
    }
    CommitmentsSectionView #undo-hint {
        color: $text-warning;
        text-style: bold;
    }
    """

    def compose_body(self) -> ComposeResult:
        yield Static("", id="commitment-count", classes="part-title")
        table = CommitmentTable(id="commitment-table", cursor_type="row", zebra_stripes=True)
        yield table
        with Horizontal(classes="commitment-buttons"):
            yield Button(
                self.tr("commitments.add"),
                id="add-commitment",
                variant="primary",
                disabled=self.read_only,
            )
            yield Button(self.tr("commitments.edit"), id="edit-commitment", disabled=self.read_only)
            yield Button(
                self.tr("commitments.remove"), id="remove-commitment", disabled=self.read_only
            )
        yield Literal("", id="undo-hint")

    def on_mount(self) -> None:
        self._columns_width = 0
        self._fill()

    def on_resize(self) -> None:
        self._fill()

    def _set_columns(self) -> None:
        """Column widths that fit the screen: number, due date and status keep their width,
        what / who / linked item share the rest; a row grows to show all of its text."""
        table = self.query_one(CommitmentTable)
        width = max(self.content_size.width - 2, 40)
        if width == self._columns_width:
            return
        self._columns_width = width
        fixed = {"number": 3, "due": 12, "status": 9}
        padding = 2 * (len(fixed) + 3)
        rest = max(width - sum(fixed.values()) - padding, 24)
        shares = {"what": rest * 45 // 100, "who": rest * 25 // 100}
        shares["link"] = rest - shares["what"] - shares["who"]
        table.clear(columns=True)
        for key in ("number", "what", "who", "due", "status", "link"):
            table.add_column(
                self.tr(f"commitments.col.{key}"), key=key, width=fixed.get(key) or shares[key]
            )

    def _fill(self) -> None:
        table = self.query_one(CommitmentTable)
        selected = self.selected_id()
        self._set_columns()
        table.clear()
        today = self.app.today()
        for number, commitment in enumerate(self.session.commitments, 1):
            table.add_row(*self._cells(number, commitment, today), key=commitment.id, height=None)
        if selected is not None:
            index = next(
                (i for i, c in enumerate(self.session.commitments) if c.id == selected), None
            )
            if index is not None:
                table.move_cursor(row=index)
        open_count = sum(c.status is Status.OPEN for c in self.session.commitments)
        self.query_one("#commitment-count", Static).update(
            self.tr("commitments.count", total=len(self.session.commitments), open=open_count)
        )

    def _cells(self, number: int, commitment: Commitment, today: date) -> list[Text]:
        due = commitment.due
        parsed = due_date(due)
        if (due and parsed is None) or (
            parsed is not None and commitment.status is Status.OPEN and parsed < today
        ):
            due = f"⚠ {due}"
        status = self.tr(f"status.{commitment.status.value}")
        if commitment.status is Status.DONE:
            status = f"✓ {status}"
        elif commitment.status is Status.DROPPED:
            status = f"✕ {status}"
        cells = [
            str(number),
            commitment.what or "–",
            commitment.who or "–",
            due or "–",
            status,
            link_text(self, commitment.link) or "–",
        ]
        return [Text(cell, overflow="fold") for cell in cells]

    def selected_id(self) -> str | None:
        table = self.query_one(CommitmentTable)
        if not self.session.commitments or table.row_count == 0:
            return None
        row = min(table.cursor_row, table.row_count - 1)
        key = table.coordinate_to_cell_key(Coordinate(row, 0)).row_key.value
        return key if isinstance(key, str) else None

    def show_undo(self, text: str) -> None:
        self.query_one("#undo-hint", Literal).update(text)

    def first_field(self):  # type: ignore[no-untyped-def]
        return self.query_one(CommitmentTable)

    @on(Button.Pressed, "#add-commitment")
    async def _add(self) -> None:
        await self.screen.run_action("add_commitment")

    @on(Button.Pressed, "#edit-commitment")
    async def _edit(self) -> None:
        await self.screen.run_action("edit_commitment")

    @on(Button.Pressed, "#remove-commitment")
    async def _remove(self) -> None:
        await self.screen.run_action("remove_commitment")

    @on(DataTable.RowSelected)
    async def _selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        await self.screen.run_action("edit_commitment")

    async def refresh_from_session(self) -> None:
        self._fill()
