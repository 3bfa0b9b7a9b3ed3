"""Success factors: each item, nested as in the workshop, with an assessment and a note."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical

from facilitator.domain.last_time import item_line
from facilitator.domain.workshop import Item
from facilitator.tui.messages import AssessmentEdited
from facilitator.tui.sections.base import SectionView
from facilitator.tui.widgets.choice import ChoiceRow
from facilitator.tui.widgets.editarea import TextField
from facilitator.tui.widgets.fields import Literal
from facilitator.tui.widgets.last_time import LastTime


class ItemBlock(Vertical):
    DEFAULT_CSS = """
    ItemBlock {
        height: auto;
        margin: 0 0 1 0;
    }
    ItemBlock.depth-1 { padding-left: 4; }
    ItemBlock.depth-2 { padding-left: 8; }
    ItemBlock.depth-3 { padding-left: 12; }
    ItemBlock .item-text {
        text-style: bold;
        max-width: 100;
    }
    ItemBlock Horizontal {
        height: auto;
    }
    """


class AssessmentSectionView(SectionView):
    ITEM_TYPES = (ItemBlock,)

    def compose_body(self) -> ComposeResult:
        self._rows: dict[str, ChoiceRow] = {}  # each item's row, set again after edits
        for number, item in enumerate(self.section.items, 1):
            yield from self._item(item, str(number), 0)

    def _item(self, item: Item, number: str, depth: int) -> ComposeResult:
        scale = self.session.workshop.scale(self.section.scale)
        options = [(o.id, o.label) for o in scale.options]
        entry = self.session.assessments[item.id]
        with ItemBlock(id=f"item-{item.id}", classes=f"depth-{min(depth, 3)}"):
            yield Literal(f"{number}  {item.text}", classes="item-text")
            row = ChoiceRow(
                options,
                entry.assessment,
                label=self.tr("assessment.assessment"),
                id=f"assessment-{item.id}",
                classes="assessment",
                disabled=self.read_only,
            )
            self._rows[item.id] = row
            yield row
            last_time = item_line(self.session, item.id, self.tr)
            if last_time:  # a follow-up, and the item was there last time
                yield LastTime(last_time, id=f"last-time-{item.id}")
            with Horizontal():
                yield TextField(
                    entry.note,
                    lambda v: AssessmentEdited(item.id, "note", v),
                    placeholder=self.tr("assessment.note_placeholder"),
                    id=f"note-{item.id}",
                    read_only=self.read_only,
                )
        for child_number, child in enumerate(item.items, 1):
            yield from self._item(child, f"{number}.{child_number}", depth + 1)

    @on(ChoiceRow.Changed, ".assessment")
    def _chosen(self, event: ChoiceRow.Changed) -> None:
        item_id = (event.row.id or "").removeprefix("assessment-")
        self.post_message(AssessmentEdited(item_id, "assessment", event.value))

    async def refresh_from_session(self) -> None:
        """An assessment chosen elsewhere (in present mode) shows on the page too."""
        for item_id, row in self._rows.items():
            row.value = self.session.assessments[item_id].assessment  # quietly: no Changed
