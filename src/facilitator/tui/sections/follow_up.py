"""The follow-up of the earlier meeting's commitments: for each one still open then, what it
was (what, who, by when, what it answered) and what became of it: an outcome, a new date, a
comment, and for one replaced, the commitment that replaces it.

Each commitment is one block the page shows whole, with its state in words under the outcome
("Utfall: Pågår · Nytt datum 2027-04-30"), as the checklist shows a question's decision. A
field that has nothing to say for the outcome chosen (a new date for one done, the
replacement for one not replaced) is left out, unless it holds text: nothing typed is hidden.

Widget ids number the commitments by their place in the list (`outcome-0` …): a commitment's
id comes from a file and may be written by hand in a form no widget id allows.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widget import Widget
from textual.widgets import Button, Input, Static

from facilitator.domain.carried import (
    carried_facts,
    carried_heading,
    outcome_words,
    replaced_by_problem,
)
from facilitator.domain.presenting import Presented
from facilitator.domain.session import CarriedCommitment, Outcome, Session, commitment_number
from facilitator.domain.text import close_direction
from facilitator.domain.values import read_date
from facilitator.i18n import Translator
from facilitator.tui.controller import Part
from facilitator.tui.messages import CarriedEdited
from facilitator.tui.sections.base import SectionView
from facilitator.tui.widgets.buttons import button
from facilitator.tui.widgets.choice import ChoiceRow
from facilitator.tui.widgets.editarea import TextField
from facilitator.tui.widgets.fields import EditInput, FieldProblem, Literal

# A new date means nothing for a commitment done, dropped or replaced.
NO_NEW_DATE = {Outcome.DONE.value, Outcome.DROPPED.value, Outcome.REPLACED.value}
FIELDS = ("follow_up.new_due", "follow_up.comment", "follow_up.replaced_by")


def outcome_row(
    tr: Translator, carried: CarriedCommitment, index: int, *, disabled: bool
) -> ChoiceRow:
    """A carried commitment's outcome, the same on the page and in present mode. No label:
    the choices say what they are, and the line under them says "Utfall: …" (with one, the
    English row is wider than 80 columns)."""
    return ChoiceRow(
        [(o.value, tr(f"outcome.{o.value}")) for o in Outcome],
        carried.outcome,
        id=f"outcome-{index}",
        classes="outcome",
        disabled=disabled,
    )


def hidden(left_out: bool) -> str | None:
    # A class given, not added: one added before the block is on the screen restyles it.
    return "-left-out" if left_out else None


class CarriedBlock(Vertical):
    DEFAULT_CSS = """
    CarriedBlock {
        height: auto;
        margin: 0 0 1 0;
        padding: 0 0 1 0;
        border-bottom: dashed $primary 50%;
    }
    CarriedBlock .carried-heading {
        text-style: bold;
        max-width: 100;
    }
    CarriedBlock .carried-facts {
        padding: 0 1;
        max-width: 100;
    }
    CarriedBlock .decision {
        padding: 0 1;
        text-style: bold;
        max-width: 100;
    }
    CarriedBlock Horizontal {
        height: auto;
    }
    CarriedBlock .field-label {
        padding: 0 1;
        text-style: bold;
    }
    CarriedBlock .new-due {
        width: 16;
    }
    CarriedBlock .replaced-by {
        width: 8;
    }
    CarriedBlock ActionButton {
        margin: 0 0 0 1;
    }
    CarriedBlock .-left-out {
        display: none;
    }
    """

    def __init__(self, view: FollowUpSectionView, index: int) -> None:
        super().__init__(id=f"carried-{index}")
        self.view = view
        self.index = index
        self._shown = self.state()

    @property
    def carried(self) -> CarriedCommitment:
        return self.view.session.carried[self.index]

    def compose(self) -> ComposeResult:
        tr, view, index = self.view.tr, self.view, self.index
        carried, disabled = self.carried, self.view.read_only
        width = max(len(tr(key)) for key in FIELDS) + 3  # the label, a space, the padding

        def label(key: str) -> Static:
            return Static(tr(key), classes="field-label").set_styles(f"width: {width};")

        cid = carried.id
        no_date, not_replaced = self._left_out()
        yield Literal(carried_heading(carried, tr), classes="carried-heading")
        facts = carried_facts(carried, tr)
        if carried.link_text:
            linked = close_direction(carried.link_text)
            facts += f"\n{tr('commitments.col.link')}: {linked}"
        yield Literal(facts, classes="carried-facts")
        yield outcome_row(tr, carried, index, disabled=disabled)
        yield Literal(outcome_words(carried, tr), id=f"state-{index}", classes="decision")
        with Horizontal(id=f"new-due-row-{index}", classes=hidden(no_date)):
            yield label("follow_up.new_due")
            yield EditInput(
                carried.new_due,
                lambda v: CarriedEdited(cid, "new_due", v),
                placeholder=tr("wrapup.date_placeholder"),
                id=f"new-due-{index}",
                classes="new-due",
                disabled=disabled,
            )
        # A problem line shows only with text in its field, which is then never left out.
        yield FieldProblem(view.due_problem(carried.new_due), id=f"new-due-problem-{index}")
        with Horizontal(id=f"replaced-row-{index}", classes=hidden(not_replaced)):
            yield label("follow_up.replaced_by")
            yield EditInput(
                carried.replaced_by,
                lambda v: CarriedEdited(cid, "replaced_by", v),
                id=f"replaced-by-{index}",
                classes="replaced-by",
                disabled=disabled,
            )
            yield button(
                tr("follow_up.replace"),
                id=f"replace-{index}",
                classes="replace",
                compact=True,
                disabled=disabled,
            )
        yield FieldProblem(
            view.replaced_problem(carried, carried.replaced_by), id=f"replaced-problem-{index}"
        )
        with Horizontal():
            yield label("follow_up.comment")
            yield TextField(
                carried.comment,
                lambda v: CarriedEdited(cid, "comment", v),
                placeholder=tr("follow_up.comment_placeholder"),
                id=f"comment-{index}",
                read_only=disabled,
            )

    def _left_out(self) -> tuple[bool, bool]:
        """Whether the new date and the replacement are left out: they are shown for the
        outcomes that ask for them, and whenever they hold text."""
        carried = self.carried
        no_date = carried.outcome in NO_NEW_DATE and not carried.new_due
        not_replaced = carried.outcome != Outcome.REPLACED.value and not carried.replaced_by
        return no_date, not_replaced

    def leave_out(self) -> None:
        no_date, not_replaced = self._left_out()
        for selector, left_out in (
            (f"#new-due-row-{self.index}", no_date),
            (f"#replaced-row-{self.index}", not_replaced),
        ):
            self.query_one(selector).set_class(left_out, "-left-out")

    def state(self) -> tuple[str, str, tuple[bool, bool], str]:
        """What the block shows of the session that an edit can change: the outcome, the
        state in words, the fields left out, and what is wrong with the replacement's number."""
        carried = self.carried
        return (
            carried.outcome,
            outcome_words(carried, self.view.tr),
            self._left_out(),
            self.view.replaced_problem(carried, carried.replaced_by),
        )

    def sync(self) -> None:
        """After an edit here or elsewhere: the outcome chosen (quietly), the state in words,
        the fields it asks for, and whether the replacement's number still names one. Every
        edit anywhere syncs every block, so a block whose state did not change is left as it
        is (333 blocks looked their widgets up and set them again on every key)."""
        state = self.state()
        if state == self._shown:
            return
        before, self._shown = self._shown, state
        outcome, words, left_out, problem = state
        index = self.index
        if outcome != before[0]:
            self.query_one(f"#outcome-{index}", ChoiceRow).value = outcome
        if words != before[1]:
            self.query_one(f"#state-{index}", Literal).update(words)
        if left_out != before[2]:
            self.leave_out()
        if problem != before[3]:
            self.query_one(f"#replaced-problem-{index}", FieldProblem).show(problem)


class FollowUpSectionView(SectionView):
    """A block a commitment costs some 15 widgets: the page's first frame comes with the
    first few, and the rest are added a batch at a time once it is drawn (a follow-up of a
    long list of commitments opened blank for seconds). Each batch is twice the one before,
    up to LARGEST_BATCH: each lays out the whole page again, so 333 blocks added eight at a
    time kept the screen busy for 24 s, every key typed meanwhile slow to show."""

    ITEM_TYPES = (CarriedBlock,)
    FIRST_BLOCKS = 4  # more than 120×40 shows
    BATCH = 8
    LARGEST_BATCH = 32

    def compose_body(self) -> ComposeResult:
        self.blocks: list[CarriedBlock] = []  # in order, as they are made
        if not self.session.carried:
            yield Literal(self.tr("follow_up.none"), classes="hint")
        for index in range(min(len(self.session.carried), self.FIRST_BLOCKS)):
            self.blocks.append(CarriedBlock(self, index))
            yield self.blocks[-1]

    def on_mount(self) -> None:
        if len(self.session.carried) > self.FIRST_BLOCKS:
            self.call_after_refresh(self._add_blocks, self.FIRST_BLOCKS, self.BATCH)

    async def _add_blocks(self, start: int, size: int) -> None:
        """`size` blocks from `start` on now, and the next batch once they are drawn."""
        end = min(start + size, len(self.session.carried))
        notes_title = self.query_one(".notes-title")
        parent = notes_title.parent
        assert isinstance(parent, Widget)
        batch = [CarriedBlock(self, i) for i in range(start, end)]
        self.blocks.extend(batch)
        await parent.mount_all(batch, before=notes_title)
        if end < len(self.session.carried):
            self.call_after_refresh(self._add_blocks, end, min(2 * size, self.LARGEST_BATCH))

    def due_problem(self, text: str) -> str:
        problem = read_date(text, not_before=self.controller.today()).problem
        return self.tr(f"problem.{problem.value}") if problem else ""

    def replaced_problem(self, carried: CarriedCommitment, text: str) -> str:
        key = replaced_by_problem(self.session, carried.id, text)
        return self.tr(key, number=text.strip()) if key else ""

    def _block(self, widget: Widget) -> CarriedBlock:
        block = self.item_of(widget)
        assert isinstance(block, CarriedBlock)
        return block

    @on(ChoiceRow.Changed, ".outcome")
    def _chosen(self, event: ChoiceRow.Changed) -> None:
        event.stop()
        carried = self._block(event.row).carried
        self.post_message(CarriedEdited(carried.id, "outcome", event.value))

    @on(Input.Changed, ".new-due")
    def _due_typed(self, event: Input.Changed) -> None:
        index = self._block(event.input).index
        problem = self.due_problem(event.value)
        self.query_one(f"#new-due-problem-{index}", FieldProblem).show(problem)

    @on(Input.Changed, ".replaced-by")
    def _number_typed(self, event: Input.Changed) -> None:
        block = self._block(event.input)
        problem = self.replaced_problem(block.carried, event.value)
        self.query_one(f"#replaced-problem-{block.index}", FieldProblem).show(problem)

    @on(Button.Pressed, ".replace")
    def _replace(self, event: Button.Pressed) -> None:
        event.stop()
        self.replace(self._block(event.button))

    def replace(self, block: CarriedBlock) -> None:
        """A new commitment in this one's place: added to the meeting's commitments with its
        what, who and link to be changed, named as the replacement, and opened to be filled
        in (a commitment left empty there is taken out again)."""
        from facilitator.tui.sections.commitments import edit_commitment

        if self.controller.frozen:
            return
        carried = block.carried
        link = next((c.link for c in self.session.commitments if c.id == carried.id), "")
        new = self.controller.apply(lambda s: s.add_commitment(carried.what, carried.who, "", link))
        number = commitment_number(new.id)

        def named(session: Session) -> None:
            session.set_outcome(carried.id, Outcome.REPLACED.value)
            session.set_carried(carried.id, "replaced_by", number)

        self.controller.edit(named, Part.COMMITMENT)
        self.query_one(f"#replaced-by-{block.index}", EditInput).value = number
        edit_commitment(self.app, self.controller, new.id, new=True)

    def presented(self, focused: Widget | None) -> Presented:
        """The commitment present mode shows: the one the cursor is in, else the first not
        followed up yet, else the first."""
        section_id = self.section.id
        carried = self.session.carried
        if focused is not None and self in focused.ancestors:
            block = self.item_of(focused)
            if isinstance(block, CarriedBlock):
                return Presented(section_id, block.carried.id, f"outcome-{block.index}")
        waiting = [c.id for c in carried if not c.outcome] or [c.id for c in carried] or [""]
        return Presented(section_id, waiting[0])

    def show_item(self, presented: Presented) -> None:
        """Back from present mode: the cursor in that commitment's outcome, its block whole."""
        ids = [c.id for c in self.session.carried]
        if presented.item_id not in ids:
            return
        index = ids.index(presented.item_id)
        if index >= len(self.blocks):  # not added yet
            return
        block = self.blocks[index]
        block.query_one(ChoiceRow).focus(scroll_visible=False)
        self.scroll_to_widget(block, animate=False, top=True)

    async def refresh_from_session(self) -> None:
        """Outcomes chosen in present mode, a replacement added or taken out elsewhere, a
        session read again: each block shows the session's state."""
        for block in self.blocks:
            block.sync()
