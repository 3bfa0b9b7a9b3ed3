"""What every section screen shares: its heading, its text and the discussion notes."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.widget import Widget
from textual.widgets import Static

from facilitator.domain.session import Session
from facilitator.domain.workshop import Section
from facilitator.i18n import Translator
from facilitator.tui.controller import SessionController
from facilitator.tui.messages import NotesEdited
from facilitator.tui.textual_compat import ScrollbarShownInItsLayout
from facilitator.tui.widgets.editarea import EditArea
from facilitator.tui.widgets.fields import Literal


class SectionView(ScrollbarShownInItsLayout, VerticalScroll, can_focus=False):
    """One section's page. Subclasses add their body between the text and the notes.

    Views are built the first time a section is shown and kept, so going back is instant
    and each page keeps its scroll position. A view keeps no session of its own: it reads
    the controller's whenever it draws, so a session read again is never shown stale.
    """

    DEFAULT_CSS = """
    SectionView {
        padding: 0 1;
        height: 1fr;
        scrollbar-gutter: stable;
    }
    SectionView > .section-body {
        height: auto;
    }
    SectionView .section-text {
        margin: 0 0 1 0;
        max-width: 100;
    }
    SectionView .part-title {
        text-style: bold;
        margin: 1 0 0 0;
        color: $text-primary;
    }
    SectionView .notes-title {
        text-style: bold;
        margin: 1 0 0 0;
        border-top: heavy $primary;
        padding: 1 0 0 0;
        color: $text-primary;
    }
    SectionView .hint {
        color: $text-muted;
    }
    """

    def __init__(
        self, controller: SessionController, section: Section, *, read_only: bool = False
    ) -> None:
        super().__init__(id=f"view-{section.id}", classes="section-view")
        self.controller = controller
        self.section = section
        self.read_only = read_only

    @property
    def session(self) -> Session:
        return self.controller.session

    @property
    def tr(self) -> Translator:
        return self.controller.tr

    def compose(self) -> ComposeResult:
        # The notes field's neighbours are kept in one block: on every key Textual redraws
        # each widget whose container shows any part of the notes, so one block costs one
        # widget's drawing where the text, the figures and the headings cost one each.
        with Vertical(classes="section-body"):
            yield from self.compose_text()
            yield from self.compose_body()
            yield Static(self.tr("section.notes"), classes="notes-title")
        yield EditArea(
            self.session.sections[self.section.id].notes,
            lambda text: NotesEdited(self.section.id, text),
            placeholder=self.tr("section.notes_placeholder"),
            id="notes",
            classes="-tall",
            read_only=self.read_only,
        )

    def compose_text(self) -> ComposeResult:
        if self.section.text:
            yield Literal(self.section.text, classes="section-text")

    def compose_body(self) -> ComposeResult:
        yield from ()

    # The containers of the section's items (a question with its answers, motivation and
    # reservations; a success factor with its assessment and note …). The page follows the
    # cursor so that the item it is in is whole on the screen, never cut at the bottom (see
    # `SessionScreen.set_focus`).
    ITEM_TYPES: ClassVar[tuple[type[Widget], ...]] = ()

    def item_of(self, widget: Widget) -> Widget | None:
        """The item `widget` is part of, if any."""
        for node in widget.ancestors_with_self:
            if node is self:
                return None
            if isinstance(node, self.ITEM_TYPES):
                return node
        return None

    def show_whole(self, item: Widget, focused: Widget) -> None:
        """Scroll as little as it takes to show `item` whole, at once (a page gliding on a
        projector is hard to follow); an item taller than the page shows from its top, unless
        that would hide the field with the cursor."""
        if not (item.is_attached and focused.is_attached):
            return
        if item.outer_size.height > self.scrollable_content_region.height:
            self.scroll_to_widget(focused, animate=False, immediate=True)
            return
        self.scroll_to_widget(item, animate=False, immediate=True)

    def first_field(self) -> Widget | None:
        """Where focus goes when the section is shown."""
        for widget in self.query("*"):
            if widget.focusable:
                return widget
        return None

    async def refresh_from_session(self) -> None:
        """Called after the session changed elsewhere (an edit in a dialog, say)."""
