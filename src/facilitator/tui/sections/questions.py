"""The checklist: per question the answer, how far the group agrees, why, and reservations."""

from __future__ import annotations

from functools import partial

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.suggester import SuggestFromList
from textual.widgets import Button, Static

from facilitator.domain.session import Agreement
from facilitator.domain.workshop import Question
from facilitator.tui.messages import (
    QuestionEdited,
    ReservationAdded,
    ReservationEdited,
    ReservationRemoved,
)
from facilitator.tui.sections.base import SectionView
from facilitator.tui.widgets.choice import ChoiceRow
from facilitator.tui.widgets.fields import EditInput, Literal


class QuestionBlock(Vertical):
    DEFAULT_CSS = """
    QuestionBlock {
        height: auto;
        margin: 0 0 1 0;
        padding: 0 0 1 0;
        border-bottom: dashed $primary 50%;
    }
    QuestionBlock .question-number {
        text-style: bold;
        color: $text-primary;
    }
    QuestionBlock .question-text {
        text-style: bold;
        max-width: 100;
    }
    QuestionBlock .field-label {
        width: 14;
        padding: 1 1 0 1;
        text-style: bold;
    }
    QuestionBlock Horizontal {
        height: auto;
    }
    """


class Reservations(Vertical):
    """The reservations entered against one answer; rows are rebuilt when one is added or
    removed, so each row's position always matches the session's list."""

    DEFAULT_CSS = """
    Reservations {
        height: auto;
        padding: 0 0 0 1;
    }
    Reservations Horizontal {
        height: auto;
    }
    Reservations .reservation-who {
        width: 24;
    }
    Reservations .reservation-why {
        width: 1fr;
    }
    Reservations Button {
        min-width: 5;
        margin: 0 0 0 1;
    }
    Reservations .add-reservation {
        margin: 0;
    }
    """

    def __init__(self, view: QuestionsSectionView, question_id: str) -> None:
        super().__init__(id=f"reservations-{question_id}")
        self.view = view
        self.question_id = question_id

    def compose(self) -> ComposeResult:
        tr, qid = self.view.tr, self.question_id
        entries = self.view.session.questions[qid].reservations
        names = [p.name for p in self.view.session.meeting.participants if p.name]
        for index, reservation in enumerate(entries):
            with Horizontal(classes="reservation"):
                yield self._who(reservation.who, index, names)
                yield EditInput(
                    reservation.why,
                    partial(ReservationEdited, qid, index, None),
                    placeholder=tr("questions.reservation_why"),
                    id=f"res-{qid}-{index}-why",
                    classes="reservation-why",
                    disabled=self.view.read_only,
                )
                yield Button(
                    "✕",
                    id=f"res-{qid}-{index}-remove",
                    classes="remove-reservation",
                    tooltip=tr("questions.remove_reservation"),
                    disabled=self.view.read_only,
                )
        yield Button(
            tr("questions.add_reservation"),
            id=f"add-res-{qid}",
            classes="add-reservation",
            disabled=self.view.read_only,
            compact=True,
        )

    def _who(self, who: str, index: int, names: list[str]) -> EditInput:
        field = EditInput(
            who,
            lambda v: ReservationEdited(self.question_id, index, who=v),
            placeholder=self.view.tr("questions.reservation_who"),
            id=f"res-{self.question_id}-{index}-who",
            classes="reservation-who",
            disabled=self.view.read_only,
        )
        if names:
            field.suggester = SuggestFromList(names, case_sensitive=False)
        return field

    @on(Button.Pressed, ".add-reservation")
    def _add(self, event: Button.Pressed) -> None:
        event.stop()
        self.post_message(ReservationAdded(self.question_id))

    @on(Button.Pressed, ".remove-reservation")
    def _remove(self, event: Button.Pressed) -> None:
        event.stop()
        index = int((event.button.id or "").split("-")[-2])
        self.post_message(ReservationRemoved(self.question_id, index))

    async def sync(self, focus_last: bool = False) -> None:
        """Rebuild the rows if the session's list has changed length."""
        rows = len(self.query(".reservation"))
        wanted = len(self.view.session.questions[self.question_id].reservations)
        if rows != wanted:
            await self.recompose()
            if focus_last and wanted > rows:
                self.query_one(f"#res-{self.question_id}-{wanted - 1}-who").focus()


class QuestionsSectionView(SectionView):
    def compose_body(self) -> ComposeResult:
        scale = self.session.workshop.scale(self.section.scale)
        answers = [(o.id, o.label) for o in scale.options]
        agreements = [(a.value, self.tr(f"agreement.{a.value}")) for a in Agreement]
        width = max(len(self.tr("questions.answer")), len(self.tr("questions.agreement"))) + 2
        total = len(self.section.questions)
        for number, question in enumerate(self.section.questions, 1):
            yield from self._question(question, number, total, answers, agreements, width)

    def _question(
        self,
        question: Question,
        number: int,
        total: int,
        answers: list[tuple[str, str]],
        agreements: list[tuple[str, str]],
        width: int,
    ) -> ComposeResult:
        entry = self.session.questions[question.id]
        qid = question.id
        with QuestionBlock(id=f"question-{qid}"):
            yield Static(
                self.tr("questions.number", number=number, total=total), classes="question-number"
            )
            yield Literal(question.text, classes="question-text")
            yield ChoiceRow(
                answers,
                entry.answer,
                label=self.tr("questions.answer"),
                label_width=width,
                id=f"answer-{qid}",
                classes="answer",
                disabled=self.read_only,
            )
            yield ChoiceRow(
                agreements,
                entry.agreement,
                label=self.tr("questions.agreement"),
                label_width=width,
                id=f"agreement-{qid}",
                classes="agreement",
                disabled=self.read_only,
            )
            with Horizontal():
                yield Static(self.tr("questions.motivation"), classes="field-label")
                yield EditInput(
                    entry.motivation,
                    lambda v: QuestionEdited(qid, "motivation", v),
                    placeholder=self.tr("questions.motivation_placeholder"),
                    id=f"motivation-{qid}",
                    disabled=self.read_only,
                )
            yield Static(self.tr("questions.reservations"), classes="part-title")
            yield Reservations(self, qid)

    @on(ChoiceRow.Changed, ".answer, .agreement")
    def _chosen(self, event: ChoiceRow.Changed) -> None:
        name, _, question_id = (event.row.id or "").partition("-")
        self.post_message(QuestionEdited(question_id, name, event.value))

    async def refresh_from_session(self) -> None:
        for reservations in self.query(Reservations):
            await reservations.sync(focus_last=True)
