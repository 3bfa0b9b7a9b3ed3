"""Wrap-up: what the group settled, what is still open, the follow-up date, and finishing."""

from __future__ import annotations

from datetime import datetime

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Static

from facilitator.domain.progress import OpenMatter, open_commitments, open_matters_by_item
from facilitator.domain.session import Agreement
from facilitator.domain.text import close_direction
from facilitator.domain.values import read_date, read_number
from facilitator.domain.workshop import SectionKind
from facilitator.tui.messages import MeetingEdited
from facilitator.tui.sections.base import SectionView
from facilitator.tui.widgets.buttons import button
from facilitator.tui.widgets.fields import EditInput, FieldProblem, Literal
from facilitator.tui.widgets.trend import SeriesTrend


class Summary(Vertical):
    DEFAULT_CSS = """
    Summary {
        height: auto;
    }
    Summary .summary-lines {
        padding: 0 0 0 2;
    }
    Summary .open-lines {
        padding: 0 0 0 2;
    }
    """


class WrapupSectionView(SectionView):
    DEFAULT_CSS = """
    WrapupSectionView #follow-up-row {
        height: auto;
        margin: 1 0 0 0;
    }
    WrapupSectionView #follow-up-row .field-label {
        width: auto;
        padding: 1 1 0 0;
        text-style: bold;
    }
    WrapupSectionView #follow-up {
        width: 20;
    }
    WrapupSectionView .wrapup-buttons {
        height: auto;
        margin: 1 0 0 0;
    }
    WrapupSectionView .wrapup-buttons ActionButton {
        margin: 0 1 0 0;
    }
    WrapupSectionView #finished-line {
        text-style: bold;
        color: $text-success;
    }
    """

    _shown: tuple[tuple[str, str], ...] = ()
    _finished: tuple[datetime | None, str] = (None, "")

    def compose_body(self) -> ComposeResult:
        self._shown = tuple(self.summary_view())
        with Summary(id="summary"):
            for kind, text in self._shown:
                block = Literal(text, classes=kind)
                block.display = bool(text)
                yield block
        if self.session.series is not None:  # a follow-up: the series' trend so far
            yield SeriesTrend(self.controller, id="series-trend")
        with Horizontal(id="follow-up-row"):
            yield Static(self.tr("wrapup.follow_up"), classes="field-label")
            yield EditInput(
                self.session.meeting.follow_up,
                lambda v: MeetingEdited("follow_up", v),
                placeholder=self.tr("wrapup.date_placeholder"),
                id="follow-up",
                disabled=self.read_only,
            )
        yield FieldProblem(
            self._date_problem(self.session.meeting.follow_up), id="follow-up-problem"
        )
        if self.session.workshop.next_step:
            yield Static(self.tr("wrapup.next_step"), classes="part-title")
            yield Literal(self.session.workshop.next_step, id="next-step")
        # A finished session's view is closed to changes, but it can still be reopened and
        # exported: only a view of a session open elsewhere has these off.
        with Horizontal(classes="wrapup-buttons"):
            yield button(
                self.tr("wrapup.finish"),
                id="finish",
                variant="primary",
                disabled=self.controller.read_only,
            )
            yield button(self.tr("wrapup.preview"), id="preview")
            yield button(self.tr("wrapup.export"), id="export", disabled=self.controller.read_only)
            # A finished session can be followed up: the next meeting starts from this one.
            follow_up = button(self.tr("wrapup.follow_up_session"), id="start-follow-up")
            follow_up.display = self.session.finished
            yield follow_up
        yield FieldProblem(id="start-follow-up-problem")
        yield Literal("", id="finished-line")

    async def on_mount(self) -> None:
        await self.refresh_from_session()

    def _date_problem(self, text: str) -> str:
        reading = read_date(text, not_before=self.controller.today())
        return self.tr(f"problem.{reading.problem.value}") if reading.problem else ""

    @on(Input.Changed, "#follow-up")
    def _follow_up_typed(self, event: Input.Changed) -> None:
        self.query_one("#follow-up-problem", FieldProblem).show(self._date_problem(event.value))

    @on(Button.Pressed, "#finish")
    async def _finish(self) -> None:
        finished = self.session.finished
        await self.screen.run_action("reopen_session" if finished else "finish_session")

    @on(Button.Pressed, "#preview")
    async def _preview(self) -> None:
        await self.screen.run_action("preview_minutes")

    @on(Button.Pressed, "#export")
    async def _export(self) -> None:
        await self.screen.run_action("export_minutes")

    @on(Button.Pressed, "#start-follow-up")
    def _follow_up(self) -> None:
        """A follow-up of this session, opened in its place like a new session (its file is
        read again, never changed); what stands in the way is said in one line here."""
        from facilitator.tui.following import open_follow_up, open_session_file

        earlier = open_session_file(self.controller)
        if earlier is None:
            return
        problem = open_follow_up(self.controller, earlier)
        if problem and self.is_attached:
            self.query_one("#start-follow-up-problem", FieldProblem).show(problem)

    def summary_lines(self) -> list[str]:
        """One line per kind of thing the workshop asks for: how much of it is recorded."""
        session, workshop, tr = self.session, self.session.workshop, self.tr
        lines = []
        figures = list(workshop.figures())
        if figures:
            filled = sum(
                read_number(session.figures[f.id].value, f).value is not None for f in figures
            )
            lines.append(tr("wrapup.figures", done=filled, total=len(figures)))
        questions = list(workshop.questions())
        if questions:
            entries = [session.questions[q.id] for q in questions]
            answered = sum(bool(e.answer) for e in entries)
            agreed = sum(e.agreement == Agreement.CONSENSUS for e in entries)
            lines.append(
                tr("wrapup.questions", done=answered, total=len(questions), consensus=agreed)
            )
        items = list(workshop.items())
        if items:
            assessed = sum(bool(session.assessments[i.id].assessment) for i, _ in items)
            lines.append(tr("wrapup.items", done=assessed, total=len(items)))
        examples = list(workshop.examples())
        if examples:
            reflected = sum(bool(session.reflections[e.id].strip()) for e in examples)
            lines.append(tr("wrapup.examples", done=reflected, total=len(examples)))
        if session.sections_of(SectionKind.COMMITMENTS):
            lines.append(
                tr(
                    "wrapup.commitments",
                    total=len(session.commitments),
                    open=len(open_commitments(session)),
                )
            )
        return lines

    def matter_line(self, matters: list[OpenMatter]) -> str:
        """One line per open item, with every reason it is open."""
        first = matters[0]
        reasons = "; ".join(
            self.tr(f"reason.{m.reason.value}", detail=close_direction(m.detail)) for m in matters
        )
        title = self.session.workshop.section(first.section_id).title
        return f"• {close_direction(title)}: {close_direction(first.text)} — {reasons}"

    def summary_view(self) -> list[tuple[str, str]]:
        """The summary as (class, text) blocks: a title, then its lines in one block, for
        what is settled, what is open and the open commitments."""
        tr = self.tr
        settled = [f"• {line}" for line in self.summary_lines()]
        matters = open_matters_by_item(self.session)
        still_open = [self.matter_line(m) for m in matters] or [tr("wrapup.nothing_open")]
        open_ids = open_commitments(self.session)
        commitments = []
        for commitment_id in open_ids:
            c = self.session.commitment(commitment_id)
            # Each typed value ends the direction it opened (a right-to-left override in a
            # name must not turn the rest of the line around).
            who = close_direction(c.who) or tr("wrapup.nobody")
            due = close_direction(c.due) or tr("wrapup.no_due")
            commitments.append(f"• {close_direction(c.what) or '–'} — {who}, {due}")
        return [
            ("part-title", tr("wrapup.summary")),
            ("summary-lines", "\n".join(settled)),
            ("part-title", tr("wrapup.open", count=len(matters))),
            ("open-lines", "\n".join(still_open)),
            ("part-title", tr("wrapup.open_commitments", count=len(open_ids))),
            ("open-lines", "\n".join(commitments)),
        ]

    async def refresh_from_session(self) -> None:
        """Runs after every edit, typing in a dialog included, so it only rewrites the text
        of its six blocks: one block of lines per part, not a widget per line, keeps the
        wrap-up as quick to show with 1,000 open commitments as with none."""
        wanted = tuple(self.summary_view())
        if wanted != self._shown:
            self._shown = wanted
            summary = self.query_one("#summary", Summary)
            for block, (_, text) in zip(summary.children, wanted, strict=True):
                assert isinstance(block, Literal)
                block.update(text)
                block.display = bool(text)
        for trend in self.query(SeriesTrend):
            trend.session_changed()
        finished = self.session.finished_at
        line = self._finished_line()
        if (finished, line) != self._finished:
            self._finished = (finished, line)
            self.query_one("#finished-line", Literal).update(line)
            self.query_one("#finish", Button).label = self.tr(
                "wrapup.reopen" if finished else "wrapup.finish"
            )

    def _finished_line(self) -> str:
        """When the session was finished, or, once reopened, that its minutes are revised."""
        session = self.session
        if session.finished_at is not None:
            return self.tr(
                "wrapup.finished_at", time=session.finished_at.strftime("%Y-%m-%d %H:%M")
            )
        if session.reopened_at is not None:
            return self.tr(
                "wrapup.reopened_at",
                time=session.reopened_at.strftime("%Y-%m-%d %H:%M"),
                version=session.reopen_count + 1,
            )
        return ""
