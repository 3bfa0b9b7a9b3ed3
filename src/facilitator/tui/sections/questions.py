"""The checklist: per question the answer, how far the group agrees, why, and reservations."""

from __future__ import annotations

from functools import partial

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Static

from facilitator.domain.decision import decision_words
from facilitator.domain.last_time import question_line
from facilitator.domain.session import Agreement, Session
from facilitator.domain.workshop import Question, Section
from facilitator.i18n import Translator
from facilitator.tui.messages import QuestionEdited
from facilitator.tui.sections.base import SectionView
from facilitator.tui.widgets.buttons import ActionButton, button
from facilitator.tui.widgets.choice import ChoiceRow
from facilitator.tui.widgets.editarea import TextField
from facilitator.tui.widgets.fields import Literal
from facilitator.tui.widgets.last_time import LastTime


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
    QuestionBlock .decision {
        padding: 0 1;
        text-style: bold;
        max-width: 100;
    }
    """


class Reservations(Vertical):
    """The reservations against one answer, as text, with one button that opens them for
    editing: a question costs the same few widgets however many reservations it holds."""

    DEFAULT_CSS = """
    Reservations {
        height: auto;
        padding: 0 0 0 1;
    }
    Reservations .reservation-lines {
        max-width: 100;
    }
    Reservations ActionButton {
        margin: 0;
    }
    """

    def __init__(self, view: QuestionsSectionView, question_id: str) -> None:
        super().__init__(id=f"reservations-{question_id}")
        self.view = view
        self.question_id = question_id

    def compose(self) -> ComposeResult:
        yield Literal(self._lines(), classes="reservation-lines")
        yield button(
            self._label(),
            id=f"edit-res-{self.question_id}",
            classes="edit-reservations",
            compact=True,
            disabled=self.view.read_only,
        )

    def _lines(self) -> str:
        entries = self.view.session.questions[self.question_id].reservations
        if not entries:
            return self.view.tr("questions.no_reservations")
        return "\n".join(f"• {r.who or '–'} – {r.why or '–'}" for r in entries)

    def _label(self) -> str:
        count = len(self.view.session.questions[self.question_id].reservations)
        if not count:
            return self.view.tr("questions.add_reservation")
        return self.view.tr("questions.edit_reservations", count=count)

    def sync(self) -> None:
        self.query_one(".reservation-lines", Literal).update(self._lines())
        button, label = self.query_one(ActionButton), self._label()
        if str(button.label) != label:  # setting it lays the page out anew
            button.label = label

    @on(Button.Pressed, ".edit-reservations")
    def _edit(self, event: Button.Pressed) -> None:
        event.stop()
        from facilitator.tui.screens.reservations import ReservationsDialog

        question_id = self.question_id
        empty = not self.view.session.questions[question_id].reservations

        def closed(_: None) -> None:
            self.view.drop_empty_reservations(question_id)
            self.sync()

        dialog = ReservationsDialog(self.view.controller, question_id, add=empty)
        self.app.push_screen(dialog, closed)


def choice_rows(
    tr: Translator, session: Session, section: Section, question_id: str, *, disabled: bool
) -> tuple[ChoiceRow, ChoiceRow]:
    """A question's answer and agreement rows, the same on the page and in present mode. Their
    choices become `QuestionEdited` through `question_edit`."""
    scale = session.workshop.scale(section.scale)
    answers = [(o.id, o.label) for o in scale.options]
    agreements = [(a.value, tr(f"agreement.{a.value}")) for a in Agreement]
    width = max(len(tr("questions.answer")), len(tr("questions.agreement"))) + 2
    entry = session.questions[question_id]
    answer = ChoiceRow(
        answers,
        entry.answer,
        label=tr("questions.answer"),
        label_width=width,
        id=f"answer-{question_id}",
        classes="answer",
        disabled=disabled,
    )
    agreement = ChoiceRow(
        agreements,
        entry.agreement,
        label=tr("questions.agreement"),
        label_width=width,
        id=f"agreement-{question_id}",
        classes="agreement",
        disabled=disabled,
    )
    return answer, agreement


def question_edit(event: ChoiceRow.Changed) -> QuestionEdited:
    """What a choice in a row of `choice_rows` changes."""
    name, _, question_id = (event.row.id or "").partition("-")
    return QuestionEdited(question_id, name, event.value)


class QuestionsSectionView(SectionView):
    ITEM_TYPES = (QuestionBlock,)

    def compose_body(self) -> ComposeResult:
        # Each question's rows and decision line, kept to be set after every edit.
        self._shown: dict[str, tuple[ChoiceRow, ChoiceRow, Literal]] = {}
        total = len(self.section.questions)
        for number, question in enumerate(self.section.questions, 1):
            yield from self._question(question, number, total)

    def _question(self, question: Question, number: int, total: int) -> ComposeResult:
        entry = self.session.questions[question.id]
        qid = question.id
        answer, agreement = choice_rows(
            self.tr, self.session, self.section, qid, disabled=self.read_only
        )
        decision = Literal(
            decision_words(self.session, qid, self.tr), id=f"decision-{qid}", classes="decision"
        )
        self._shown[qid] = (answer, agreement, decision)
        with QuestionBlock(id=f"question-{qid}"):
            yield Static(
                self.tr("questions.number", number=number, total=total), classes="question-number"
            )
            yield Literal(question.text, classes="question-text")
            yield answer
            yield agreement
            yield decision
            last_time = question_line(self.session, qid, self.tr)
            if last_time:  # a follow-up, and the question was there last time
                yield LastTime(last_time, id=f"last-time-{qid}")
            with Horizontal():
                yield Static(self.tr("questions.motivation"), classes="field-label")
                yield TextField(
                    entry.motivation,
                    lambda v: QuestionEdited(qid, "motivation", v),
                    placeholder=self.tr("questions.motivation_placeholder"),
                    id=f"motivation-{qid}",
                    read_only=self.read_only,
                )
            yield Static(self.tr("questions.reservations"), classes="part-title")
            yield Reservations(self, qid)

    @on(ChoiceRow.Changed, ".answer, .agreement")
    def _chosen(self, event: ChoiceRow.Changed) -> None:
        self.post_message(question_edit(event))

    def drop_empty_reservations(self, question_id: str) -> None:
        """A reservation left with neither who nor why is taken out when its dialog closes."""
        if self.read_only:
            return
        entries = self.session.questions[question_id].reservations
        for index in reversed(range(len(entries))):
            if not (entries[index].who.strip() or entries[index].why.strip()):
                self.controller.apply(
                    partial(Session.remove_reservation, index=index, question_id=question_id)
                )

    async def refresh_from_session(self) -> None:
        """The decision in words, the reservations, and the choices (made in present mode,
        say, or in a session read again)."""
        for reservations in self.query(Reservations):
            reservations.sync()
        for question_id, (answer, agreement, decision) in self._shown.items():
            entry = self.session.questions[question_id]
            # Set quietly: a row posts Changed only when a person chooses.
            answer.value = entry.answer
            agreement.value = entry.agreement
            decision.update(decision_words(self.session, question_id, self.tr))
