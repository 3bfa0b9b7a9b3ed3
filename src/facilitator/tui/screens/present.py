"""Present mode: the item the room is deciding, alone on the screen, with its text and the
group's answer in words, for the moment of deciding on a projector.

A screen pushed over the session screen rather than a mode of it: Textual then gives the
focus back where it was when it closes, the page underneath keeps its scroll and layout
untouched, its keys (Ctrl+N, F9 …) cannot act on a page the room does not see, and it hears
the session's changes as the dialogs do. The answer and agreement are the page's own rows
(`choice_rows`), posting the same edit messages, so the App applies and saves them as usual
and the page underneath shows them too. What it needs of the session screen, its clock, is
passed in as a `PresentClock`.
"""

from __future__ import annotations

from typing import Protocol

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import DataTable, Static

from facilitator.domain.presenting import Presented, PresentedText, item_ids, present_text
from facilitator.domain.workshop import SectionKind
from facilitator.tui.commands import SESSION_COMMANDS
from facilitator.tui.controller import (
    Change,
    SaveStateChanged,
    SessionController,
    SessionEdited,
    SessionReplaced,
)
from facilitator.tui.messages import AssessmentEdited, CarriedEdited
from facilitator.tui.saving import save_state_line
from facilitator.tui.sections.base import SectionView
from facilitator.tui.sections.commitments import CommitmentsSectionView
from facilitator.tui.sections.follow_up import FollowUpSectionView, outcome_row
from facilitator.tui.sections.questions import choice_rows, question_edit
from facilitator.tui.textual_compat import bindings_of
from facilitator.tui.widgets.choice import ChoiceRow
from facilitator.tui.widgets.fields import Literal
from facilitator.tui.widgets.footer import QuietFooter
from facilitator.tui.widgets.last_time import LastTime
from facilitator.tui.widgets.notice import Notice
from facilitator.tui.widgets.statusbar import StatusBar
from facilitator.tui.widgets.timebox import TimeBox

PRESENT_KEY = next(c.keys for c in SESSION_COMMANDS if c.action == "present")
LAST_TIME_KEY = next(c.keys for c in SESSION_COMMANDS if c.action == "as_last_time")


# The id of each item's block on the page, before the item's own id.
PREFIXES = {
    SectionKind.QUESTIONS: "question-",
    SectionKind.ASSESSMENT: "item-",
    SectionKind.EXAMPLES: "example-",
}


def presented_item(view: SectionView, focused: Widget | None) -> Presented:
    """The item the cursor is in on the page: its question, success factor or example, the
    commitment selected in the table, or the section's text. With the cursor elsewhere (in the
    notes, say), the first item the group has not settled yet, else the first."""
    section, session = view.section, view.session
    if isinstance(view, CommitmentsSectionView):
        return Presented(section.id, view.selected_id() or "")
    if isinstance(view, FollowUpSectionView):
        return view.presented(focused)
    prefix = PREFIXES.get(section.kind)
    if prefix is None:
        return Presented(section.id)
    focused_id = focused.id or "" if focused is not None else ""
    if focused is not None and view in focused.ancestors:
        for node in focused.ancestors_with_self:
            if node.id and node.id.startswith(prefix):
                return Presented(section.id, node.id.removeprefix(prefix), focused_id)
    if section.kind is SectionKind.QUESTIONS:
        ids = [q.id for q in section.questions]
        open_ids = [
            q for q in ids if not (session.questions[q].answer and session.questions[q].agreement)
        ]
    elif section.kind is SectionKind.ASSESSMENT:
        ids = [i.id for i, _ in section.all_items()]
        open_ids = [i for i in ids if not session.assessments[i].assessment]
    else:
        ids = [e.id for e in section.examples]
        open_ids = [e for e in ids if not session.reflections[e].strip()]
    chosen = (open_ids or ids or [""])[0]
    return Presented(section.id, chosen)


class PresentClock(Protocol):
    """The session screen's clock: it counts the time, present mode shows it."""

    timer_running: bool

    def action_toggle_timer(self) -> None: ...


def show_on_page(view: SectionView, presented: Presented) -> None:
    """After present mode moved on to another item: the page follows, its cursor in that
    item (in the same row present mode had it in, else the item's first field), or on that
    commitment in the table."""
    if isinstance(view, CommitmentsSectionView):
        ids = [c.id for c in view.session.commitments]
        if presented.item_id in ids:
            table = view.query_one(DataTable)
            table.move_cursor(row=ids.index(presented.item_id))
            table.focus()
        return
    if isinstance(view, FollowUpSectionView):
        view.show_item(presented)
        return
    prefix = PREFIXES.get(view.section.kind)
    block = next((w for w in view.query("*") if w.id == f"{prefix}{presented.item_id}"), None)
    if block is None:
        return
    fields = [w for w in block.query("*") if w.focusable]
    target = next((w for w in fields if w.id == presented.focused_id), None)
    target = target or (fields[0] if fields else None)
    if target is not None:
        target.focus(scroll_visible=False)
    view.scroll_to_widget(block, animate=False, top=True, immediate=True)


class PresentScreen(Screen[Presented]):
    DEFAULT_CSS = """
    PresentScreen #present-head {
        height: auto;
        border-bottom: heavy $primary;
    }
    PresentScreen #present-body {
        height: 1fr;
        align: center middle;
        padding: 0 2;
    }
    PresentScreen #present-item, PresentScreen #present-parts {
        height: auto;
        max-width: 100;
    }
    PresentScreen .present-text {
        text-style: bold;
        margin: 0 0 1 0;
    }
    PresentScreen .present-decision {
        text-style: bold;
        border-left: thick $primary;
        padding: 0 1;
        margin: 1 0;
    }
    PresentScreen #present-last-time {
        padding: 0 2;
        margin: 0 0 1 0;
    }
    PresentScreen .present-label {
        text-style: bold;
        color: $text-primary;
    }
    PresentScreen .present-part {
        margin: 0 0 1 0;
    }
    PresentScreen ChoiceRow {
        padding: 0;
    }
    PresentScreen ChoiceRow.assessment {
        margin: 0 0 1 0;
    }
    """
    AUTO_FOCUS = ""

    def __init__(
        self, controller: SessionController, presented: Presented, clock: PresentClock
    ) -> None:
        super().__init__(id="present-screen")
        self.controller = controller
        self.presented = presented
        self.clock = clock
        tr = controller.tr
        bindings = bindings_of(self)
        short = tr("present.back.short")
        bindings.bind(PRESENT_KEY, "close", short, priority=True)
        bindings.bind("escape", "close", short, show=False)
        for key, action, words in (
            ("ctrl+n", "step(1)", "present.next.short"),
            ("ctrl+b", "step(-1)", "present.previous.short"),
        ):
            bindings.bind(key, action, tr(words), priority=True)
        if not controller.frozen:
            bindings.bind("ctrl+t", "toggle_timer", tr("cmd.toggle_timer.short"), priority=True)
        session = controller.session
        kind = session.workshop.section(presented.section_id).kind
        answered = kind in (SectionKind.QUESTIONS, SectionKind.ASSESSMENT)
        if answered and not controller.frozen and session.earlier is not None:
            short = tr("cmd.as_last_time.short")
            bindings.bind(LAST_TIME_KEY, "as_last_time", short, priority=True)

    def compose(self) -> ComposeResult:
        tr, session = self.controller.tr, self.controller.session
        yield StatusBar(id="status-bar")
        with Horizontal(id="present-head"):
            yield TimeBox(tr, id="timebox")
        with VerticalScroll(id="present-body"), Vertical(id="present-item"):
            item = self.presented
            section = session.workshop.section(item.section_id)
            frozen = self.controller.frozen
            yield Literal("", id="present-heading", classes="present-text")
            if section.kind is SectionKind.QUESTIONS and item.item_id:
                yield from choice_rows(tr, session, section, item.item_id, disabled=frozen)
                yield Literal("", id="present-decision", classes="present-decision")
                yield LastTime("", id="present-last-time")
            elif section.kind is SectionKind.ASSESSMENT and item.item_id:
                scale = session.workshop.scale(section.scale)
                yield ChoiceRow(
                    [(o.id, o.label) for o in scale.options],
                    session.assessments[item.item_id].assessment,
                    label=tr("assessment.assessment"),
                    id=f"assessment-{item.item_id}",
                    classes="assessment",
                    disabled=frozen,
                )
                yield LastTime("", id="present-last-time")
            elif section.kind is SectionKind.FOLLOW_UP and item.item_id:
                index = [c.id for c in session.carried].index(item.item_id)
                yield outcome_row(tr, session.carried[index], index, disabled=frozen)
                yield Literal("", id="present-decision", classes="present-decision")
            yield Vertical(id="present-parts")
        yield Notice(id="notice")
        yield QuietFooter(compact=True)

    async def on_mount(self) -> None:
        self.controller.changes.subscribe(self, self._session_change)
        self.set_interval(1.0, self._show_time)
        await self._show()
        self._show_time()
        self.show_save_state()
        self._focus_row()
        self.refresh_bindings()

    def _focus_row(self) -> None:
        """The cursor in the row it was in on the page, else the first."""
        rows = list(self.query(ChoiceRow))
        if rows:
            wanted = next((r for r in rows if r.id == self.presented.focused_id), rows[0])
            wanted.focus(scroll_visible=False)

    # -- what is shown -------------------------------------------------------------------

    async def _show(self) -> None:
        """Show the item as the session has it now; only what changed is drawn again."""
        try:
            shown = present_text(self.controller.session, self.presented, self.controller.tr)
        except (KeyError, StopIteration):  # the item is gone from a session read again
            self.dismiss(Presented(self.presented.section_id))
            return
        position = shown.position
        if self.controller.read_only:  # as the session screen's top line says it
            position = f"{self.controller.tr('status.read_only')} · {position}"
        elif self.controller.session.finished:
            position = f"{self.controller.tr('status.finished')} · {position}"
        self.query_one(StatusBar).show_place(position, shown.section_title)
        self.query_one("#present-heading", Literal).update(shown.heading)
        for decision in self.query("#present-decision").results(Literal):
            decision.update(shown.decision)
        for last_time in self.query("#present-last-time").results(LastTime):
            last_time.update(shown.last_time)
            last_time.display = bool(shown.last_time)
        for row in self.query(ChoiceRow):
            # Set quietly: a row posts Changed only when a person chooses.
            row.value = shown.values.get(row.id or "", "")
        await self._show_parts(shown)

    async def _show_parts(self, shown: PresentedText) -> None:
        """The labelled texts under the choices (motivation, reservations, note …), each
        whole; the widgets are made again only when the parts are not the same ones."""
        parts = self.query_one("#present-parts", Vertical)
        texts = [w for w in parts.children if isinstance(w, Literal) and w.has_class("-text")]
        if len(texts) == len(shown.parts):
            for widget, (_, text) in zip(texts, shown.parts, strict=True):
                widget.update(text)
            return
        widgets: list[Widget] = []
        for label, text in shown.parts:
            if label:
                widgets.append(Static(label, classes="present-label", markup=False))
            widgets.append(Literal(text, classes="present-part -text"))
        await parts.remove_children()
        await parts.mount_all(widgets)

    def _show_time(self) -> None:
        session = self.controller.session
        section = session.workshop.section(self.presented.section_id)
        self.query_one(TimeBox).show(
            planned_minutes=section.timebox_minutes,
            elapsed=session.sections[section.id].timer_seconds,
            running=self.clock.timer_running,
        )

    def show_save_state(self) -> None:
        text, failed = save_state_line(
            self.controller.tr, self.controller.save_state(), read_only=self.controller.read_only
        )
        self.query_one(StatusBar).show_save_state(text, failed=failed)

    async def _session_change(self, change: Change) -> None:
        if not self.is_attached:
            return
        if isinstance(change, SessionReplaced):
            # The session screen is built anew: its page is the place.
            self.dismiss(Presented(self.presented.section_id))
        elif isinstance(change, SaveStateChanged):
            self.show_save_state()
        elif isinstance(change, SessionEdited):
            await self._show()

    # -- what the room's answers do ------------------------------------------------------

    @on(ChoiceRow.Changed, ".answer, .agreement")
    def _answered(self, event: ChoiceRow.Changed) -> None:
        event.stop()
        self.post_message(question_edit(event))

    @on(ChoiceRow.Changed, ".assessment")
    def _assessed(self, event: ChoiceRow.Changed) -> None:
        event.stop()
        self.post_message(AssessmentEdited(self.presented.item_id, "assessment", event.value))

    @on(ChoiceRow.Changed, ".outcome")
    def _followed_up(self, event: ChoiceRow.Changed) -> None:
        event.stop()
        self.post_message(CarriedEdited(self.presented.item_id, "outcome", event.value))

    # -- keys ----------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Ctrl+N and Ctrl+B: hidden where there is one item only (a text), dimmed at the
        first and the last."""
        if action != "step":
            return True
        ids = self._item_ids()
        if len(ids) < 2 or self.presented.item_id not in ids:
            return False
        index = ids.index(self.presented.item_id) + int(str(parameters[0]))
        return True if 0 <= index < len(ids) else None

    def _item_ids(self) -> list[str]:
        session = self.controller.session
        return item_ids(session, session.workshop.section(self.presented.section_id))

    def action_close(self) -> None:
        """Back to the page, which follows to the item shown last (see `show_on_page`)."""
        self.dismiss(self.presented)

    async def action_step(self, step: int) -> None:
        """The section's next or previous item, in the same row (answer or agreement)."""
        ids = self._item_ids()
        if self.presented.item_id not in ids:
            return
        index = ids.index(self.presented.item_id) + step
        if not 0 <= index < len(ids):
            return
        focused = self.focused.id or "" if self.focused is not None else ""
        shown = self.presented.item_id
        row = focused[: -len(shown)] if focused.endswith(shown) else ""  # "agreement-" …
        new = ids[index]
        self.presented = Presented(self.presented.section_id, new, f"{row}{new}" if row else "")
        await self.recompose()
        await self._show()
        self._show_time()
        self.show_save_state()
        self._focus_row()
        self.refresh_bindings()

    def action_as_last_time(self) -> None:
        """The item shown takes last time's answer, as on the page (see `tui.as_last_time`)."""
        from facilitator.tui.as_last_time import answered_item, take_last_time

        section = self.controller.session.workshop.section(self.presented.section_id)
        prefix = PREFIXES.get(section.kind)
        found = None
        if prefix is not None and self.presented.item_id:
            found = answered_item(f"{prefix}{self.presented.item_id}")
        refused = take_last_time(self.controller, found)
        notice = self.query_one(Notice)
        if refused:
            notice.show(refused)
        else:
            notice.clear()

    def action_toggle_timer(self) -> None:
        self.clock.action_toggle_timer()
        self._show_time()
