"""The facilitation screen: agenda, time box, the current section, and the footer."""

from __future__ import annotations

import time

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.css.query import NoMatches
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import ContentSwitcher, Input, TextArea

from facilitator.domain.presenting import Presented
from facilitator.domain.progress import section_state
from facilitator.domain.session import Session, ViewPosition
from facilitator.tui.commands import SESSION_COMMANDS, bind_commands, wide_only
from facilitator.tui.controller import (
    Change,
    Part,
    SaveStateChanged,
    SessionController,
    SessionEdited,
)
from facilitator.tui.lifecycle import keep_what_was_built
from facilitator.tui.messages import SectionChosen
from facilitator.tui.saver import SaveState
from facilitator.tui.saving import save_state_line
from facilitator.tui.screens.first_shown import StyledOnce
from facilitator.tui.sections import SectionView, make_view
from facilitator.tui.textual_compat import FocusDrawsNoScreen
from facilitator.tui.widgets.agenda import Agenda, AgendaList
from facilitator.tui.widgets.footer import QuietFooter
from facilitator.tui.widgets.notice import Notice
from facilitator.tui.widgets.statusbar import StatusBar
from facilitator.tui.widgets.timebox import TimeBox

KEEP_AFTER_SECONDS = 2.0  # after a new view is shown, when to freeze it (lifecycle)
# While only the clock changes, the session is written this often at most: time is counted
# every second in memory, and goes to disk with the next real change, on a change of
# section, on quit and on signals, and otherwise every so often (not worth an fsync a second).
CLOCK_SAVE_SECONDS = 30.0

# Commands that change the session: not offered in a read-only view.
EDITING_ACTIONS = frozenset(
    {
        "add_commitment",
        "as_last_time",
        "toggle_timer",
        "reset_timer",
        "finish_session",
        "export_minutes",
        "reopen_session",
        "save_elsewhere",
    }
)
# What a finished session still offers: it is frozen until it is reopened.
FINISHED_ACTIONS = frozenset({"export_minutes", "reopen_session"})


class SessionScreen(FocusDrawsNoScreen, StyledOnce, Screen[None]):
    """Shows the controller's session; is its `ViewKeeper` (where the person is, and the
    time the section on it has been shown)."""

    # Styled by screens/session.tcss, read with the app's sheet (FacilitatorApp.CSS_PATH).
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]
    # No focus of Textual's choosing: `show_section` focuses the section's first field. (None
    # would mean the app's "*": the agenda, shown focused for the first frames.)
    AUTO_FOCUS = ""
    BINDINGS = [Binding("escape", "dismiss_notice", show=False)]

    def __init__(self, controller: SessionController) -> None:
        super().__init__(id="session-screen")
        self.controller = controller
        self.timer_running = False
        self._last_tick = time.monotonic()
        self._carry = 0.0
        self._clock_saved = self._last_tick
        bind_commands(self, SESSION_COMMANDS, controller.tr)

    @property
    def session(self) -> Session:
        return self.controller.session

    def compose(self) -> ComposeResult:
        yield StatusBar(id="status-bar")
        yield Agenda(self.controller, id="agenda")
        with Horizontal(id="section-head"):
            yield TimeBox(self.controller.tr, id="timebox")
        yield ContentSwitcher(id="sections")
        yield Notice(id="notice")
        follow_up = self.session.earlier is not None
        yield QuietFooter(compact=True, wide_only=wide_only(SESSION_COMMANDS, follow_up=follow_up))

    async def on_mount(self) -> None:
        self.controller.attach(self)
        self.controller.changes.subscribe(self, self._session_change)
        self.set_interval(1.0, self._tick)
        where = self.session.view
        if where is not None and where.section != self.session.current_section:
            where = None
        await self.show_section(self.session.current_section, focus=where is None)
        if where is not None:
            self.restore_view(where)
        self.show_save_state(self.controller.save_state())

    def on_unmount(self) -> None:
        self.controller.detach(self)

    def set_focus(
        self, widget: Widget | None, scroll_visible: bool = True, from_app_focus: bool = False
    ) -> None:
        """Focus `widget`; in a section's item, the page shows the whole item (see
        `SectionView.show_whole`) where Textual would centre the field alone."""
        view = item = None
        if scroll_visible and widget is not None:
            try:
                view = self.current_view
            except NoMatches:  # before the screen is composed, or as it is taken down
                view = None
            item = view.item_of(widget) if view is not None else None
        if view is None or item is None or widget is None:
            super().set_focus(widget, scroll_visible, from_app_focus)
            return
        super().set_focus(widget, False, from_app_focus)
        self.call_later(view.show_whole, item, widget)

    # -- sections ----------------------------------------------------------------------

    @property
    def current_view(self) -> SectionView | None:
        switcher = self.query_one(ContentSwitcher)
        if switcher.current is None:
            return None
        view = switcher.get_child_by_id(switcher.current)
        return view if isinstance(view, SectionView) else None

    async def show_section(self, section_id: str, *, focus: bool = True) -> None:
        """Show a section, building its view the first time; only shown sections are built."""
        self.count_time()  # the time so far belongs to the section shown until now
        if self.controller.read_only:
            self.session.go_to(section_id)  # where we look; never saved
        else:
            self.controller.apply(lambda s: s.go_to(section_id))
        switcher = self.query_one(ContentSwitcher)
        view_id = f"view-{section_id}"
        # Not switcher.query(): that walks every widget of every view built so far.
        if not any(child.id == view_id for child in switcher.children):
            section = self.session.workshop.section(section_id)
            # Built hidden, in one batch, and shown whole below: no frame of a half-built page.
            built = make_view(self.controller, section, read_only=self.controller.frozen)
            built.display = False
            with self.app.batch_update():
                await switcher.mount(built)
            # Once it is on the screen and the room has looked at it a moment: the collection
            # takes 10-20 ms, which would otherwise hold up the view's last frames.
            self.set_timer(KEEP_AFTER_SECONDS, keep_what_was_built)
        else:
            shown = switcher.get_child_by_id(view_id)
            if isinstance(shown, SectionView):
                await shown.refresh_from_session()
        switcher.current = view_id
        self.query_one(Notice).clear()  # what it said was about the page left behind
        self.update_position()
        self.update_timebox()
        self.query_one(Agenda).refresh_states()
        self.query_one(AgendaList).mark_current(self.session.workshop.section_index(section_id))
        if focus and self.current_view is not None:
            # A page opens at its top; focusing the first field must not scroll it away (in a
            # read-only view the first focusable field is the notes at the bottom).
            self.current_view.scroll_home(animate=False, immediate=True)
            target = self.current_view.first_field()
            if target is not None:
                target.focus(scroll_visible=False)

    def update_position(self) -> None:
        workshop = self.session.workshop
        index = workshop.section_index(self.session.current_section)
        section = workshop.sections[index]
        state = self.controller.tr(f"state.{section_state(self.session, section).value}")
        text = self.controller.tr(
            "sections.position",
            number=index + 1,
            total=len(workshop.sections),
            title=section.title,
            state=state,
        )
        if self.controller.read_only:
            text = f"{self.controller.tr('status.read_only')} · {text}"
        elif self.session.finished:
            text = f"{self.controller.tr('status.finished')} · {text}"
        self.query_one(StatusBar).show_place(text, self.meeting_title())

    def meeting_title(self) -> str:
        """What meeting this is, for the room: the meeting's own title, if it has one, and the
        workshop's, each on one line (the top line is one row)."""
        meeting = " ".join(str(self.session.meeting.title).split())
        workshop = " ".join(str(self.session.workshop.title).split())
        if not meeting or meeting == workshop:
            return workshop
        return f"{meeting} · {workshop}"

    async def _session_change(self, change: Change) -> None:
        if isinstance(change, SaveStateChanged):
            self.show_save_state(change.state)
        elif isinstance(change, SessionEdited):
            await self.refresh_session(notes_only=change.part is Part.NOTES)

    async def refresh_session(self, *, notes_only: bool = False) -> None:
        """After the session changed: refresh what shows its state (a page shows nothing of
        its notes but the field they are typed in)."""
        self.query_one(Agenda).refresh_states()
        self.update_position()
        if notes_only:
            return
        view = self.current_view
        if view is not None:
            await view.refresh_from_session()

    # -- where the person is, kept with the session (see `ViewPosition`) -----------------

    def view_position(self) -> ViewPosition | None:
        """The field with the cursor, the cursor in it and the page's scroll (None while the
        screen is being taken down)."""
        try:
            view = self.current_view
        except NoMatches:  # the screen is being taken down
            return None
        if view is None:
            return None
        focused = self.focused
        field, line, column = "", 0, 0
        if focused is not None and focused.id and view in focused.ancestors:
            field = focused.id
            if isinstance(focused, TextArea):
                line, column = focused.selection.end
            elif isinstance(focused, Input):
                column = focused.cursor_position
        return ViewPosition(
            self.session.current_section, field, line, column, max(round(view.scroll_y), 0)
        )

    def restore_view(self, where: ViewPosition) -> None:
        """Put the cursor and the page back where a resumed session had them, the cursor
        before the first frame (a key typed as soon as the screen shows goes there too), the
        page once it is laid out. A field the section does not have is passed over: the
        section's first field has the cursor, as it would without a view."""
        view = self.current_view
        if view is None:
            return
        field = next((w for w in view.query("*") if w.id == where.field), None)
        if field is None or not field.focusable:
            field = view.first_field()
            where = ViewPosition(where.section)
            if field is None:
                return
        field.focus(scroll_visible=False)
        if isinstance(field, TextArea):
            document = field.document
            line = min(where.line, document.line_count - 1)
            field.move_cursor((line, min(where.column, len(document[line]))))
        elif isinstance(field, Input):
            field.cursor_position = min(where.column, len(field.value))

        def scroll_back() -> None:
            view.scroll_to(y=where.scroll, animate=False, immediate=True)
            if isinstance(field, TextArea):
                field.scroll_cursor_visible()

        self.call_after_refresh(scroll_back)

    def show_save_state(self, state: SaveState) -> None:
        text, failed = save_state_line(
            self.controller.tr, state, read_only=self.controller.read_only
        )
        for bar in self.query(StatusBar):  # none while the screen is being taken down
            bar.show_save_state(text, failed=failed)

    @on(SectionChosen)
    async def _section_chosen(self, event: SectionChosen) -> None:
        await self.show_section(event.section_id)

    # -- the time box ------------------------------------------------------------------

    def update_timebox(self) -> None:
        section = self.session.workshop.section(self.session.current_section)
        entry = self.session.sections[section.id]
        self.query_one(TimeBox).show(
            planned_minutes=section.timebox_minutes,
            elapsed=entry.timer_seconds,
            running=self.timer_running,
        )

    def count_time(self) -> int:
        """Count the whole seconds since the last count into the section on screen (and its
        time box, if it runs); the fraction waits for the next. Only in memory: see
        `CLOCK_SAVE_SECONDS`. Nothing is counted in a finished session or a read-only view,
        and only while the app runs (the monotonic clock, not the wall clock)."""
        now = time.monotonic()
        self._carry += now - self._last_tick
        self._last_tick = now
        whole = int(self._carry)
        if whole <= 0:
            return 0
        self._carry -= whole
        if self.controller.frozen:
            return 0
        section_id = self.session.current_section
        self.session.add_time(section_id, whole, timebox=self.timer_running)
        return whole

    def _tick(self) -> None:
        section = self.session.workshop.section(self.session.current_section)
        planned = round(section.timebox_minutes * 60)
        before = self.session.sections[section.id].timer_seconds
        if self.count_time() and self.timer_running:
            if before < planned <= self.session.sections[section.id].timer_seconds:
                self.app.bell()
            self.update_timebox()
        self._save_clock_now_and_then()

    def _save_clock_now_and_then(self) -> None:
        saver = self.controller.saver
        now = time.monotonic()
        if saver is None or not saver.dirty or self.controller.ending:
            return
        if now - self._clock_saved >= CLOCK_SAVE_SECONDS:
            self._clock_saved = now
            saver.changed()

    # -- actions (bound in commands.py) ------------------------------------------------

    async def action_next_section(self) -> None:
        await self._step(1)

    async def action_previous_section(self) -> None:
        await self._step(-1)

    async def _step(self, step: int) -> None:
        sections = self.session.workshop.sections
        index = self.session.workshop.section_index(self.session.current_section) + step
        if 0 <= index < len(sections):
            await self.show_section(sections[index].id)

    def action_go_to_section(self) -> None:
        from facilitator.tui.screens.dialogs import SectionPicker

        def chosen(section_id: str | None) -> None:
            if section_id:
                self.post_message(SectionChosen(section_id))

        self.app.push_screen(SectionPicker(self.controller), chosen)

    def action_focus_notes(self) -> None:
        view = self.current_view
        if view is not None:
            notes = view.query_one("#notes")
            notes.focus()
            view.scroll_to_widget(notes, animate=False)

    def action_present(self) -> None:
        """The current item alone, for the room (see `screens/present.py`); the same key
        comes back here, the cursor where it was, or in the item present mode moved on to."""
        from facilitator.tui.screens.present import PresentScreen, presented_item, show_on_page

        view = self.current_view
        if view is None:
            return
        presented = presented_item(view, self.focused)

        def back(shown: Presented | None) -> None:
            if shown is not None and shown.item_id != presented.item_id and view.is_attached:
                show_on_page(view, shown)

        self.app.push_screen(PresentScreen(self.controller, presented, self), back)

    def action_as_last_time(self) -> None:
        """The item with the cursor takes last time's answer (see `tui.as_last_time`); a line
        at the foot of the page says why when there is nothing to take."""
        from facilitator.tui.as_last_time import answered_item, take_last_time
        from facilitator.tui.sections.text import TextSectionView

        view, focused = self.current_view, self.focused
        item = view.item_of(focused) if view is not None and focused is not None else None
        found = answered_item(item.id or "") if item is not None else None
        refused = take_last_time(self.controller, found)
        notice = self.query_one(Notice)
        if refused:
            notice.show(refused)
            return
        notice.clear()
        if found is not None and isinstance(view, TextSectionView):
            view.show_value(found[1])  # a figure: its field shows the value taken

    def action_toggle_timer(self) -> None:
        self.count_time()  # the seconds so far were on screen with the box as it was
        self.timer_running = not self.timer_running
        self.update_timebox()

    def action_reset_timer(self) -> None:
        self.count_time()
        self.controller.apply(lambda s: s.reset_timer(s.current_section))
        self.update_timebox()

    def action_save_elsewhere(self) -> None:
        from facilitator.tui.screens.save_elsewhere import save_elsewhere

        save_elsewhere(self.app, self.controller)

    def action_share(self) -> None:
        from facilitator.tui.screens.share import open_share

        open_share(self.app, self.controller)

    def action_meeting_details(self) -> None:
        from facilitator.tui.screens.meeting import MeetingDialog

        def closed(_: None) -> None:
            self.call_later(self.refresh_session)

        self.app.push_screen(MeetingDialog(self.controller), closed)

    def action_add_commitment(self) -> None:
        """F4 on any page: the commitments' own module adds it (see `add_commitment`)."""
        from facilitator.tui.sections.commitments import add_commitment

        add_commitment(self.app, self.controller)

    def action_dismiss_notice(self) -> None:
        self.query_one(Notice).clear()

    def action_finish_session(self) -> None:
        from facilitator.tui.exporting import finish

        finish(self.app, self.controller)

    def action_reopen_session(self) -> None:
        from facilitator.tui.exporting import reopen

        reopen(self.app, self.controller)

    def action_export_minutes(self) -> None:
        from facilitator.tui.exporting import export_all

        export_all(self.app, self.controller)

    def action_preview_minutes(self) -> None:
        from facilitator.tui.exporting import preview

        preview(self.app, self.controller)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "as_last_time" and self.session.earlier is None:
            return False  # only a follow-up has a last time
        if action == "reopen_session":
            return not self.controller.read_only and self.session.finished
        if self.session.finished and action == "finish_session":
            return False
        if self.controller.frozen and action in EDITING_ACTIONS - FINISHED_ACTIONS:
            return False
        return not (self.controller.read_only and action in EDITING_ACTIONS)
