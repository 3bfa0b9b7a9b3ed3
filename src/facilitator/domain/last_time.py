"""What the group said last time, beside what it says now: in a follow-up, each question,
assessed item and key figure can show the earlier meeting's answer in words, and the
facilitator can take it over with one key (never automatically).

No Textual here: the words are chosen with the translator passed in (as `decision` does), so
present mode, the page and a later live page say it alike. The earlier answers are the copy
the follow-up keeps (`Session.earlier`), so nothing here reads the earlier file.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from enum import StrEnum

from facilitator.domain.decision import SEPARATOR, Translate
from facilitator.domain.session import AnswerKind, EarlierAnswer, Session
from facilitator.domain.values import format_ordinal, read_number
from facilitator.domain.workshop import Figure, Section

MINUS = "\u2212"  # a real minus sign: "−2,5", as print writes it


class Refusal(StrEnum):
    """Why "as last time" copied nothing."""

    NO_ITEM = "no_item"  # the cursor is in no question, item or key figure
    NEW_ITEM = "new_item"  # the item is new since last time
    NOT_ANSWERED = "not_answered"  # last time the group left it unanswered
    OPTION_GONE = "option_gone"  # last time's choice is no longer on the scale
    HAS_ANSWER = "has_answer"  # this time's answer is already chosen, and is another
    HAS_VALUE = "has_value"  # a key figure already holds a typed value
    ALREADY = "already"  # it is already as last time


# The words for each refusal (literal keys, so the catalogue check finds them).
REFUSALS = {
    Refusal.NO_ITEM: "last_time.refused.no_item",
    Refusal.NEW_ITEM: "last_time.refused.new_item",
    Refusal.NOT_ANSWERED: "last_time.refused.not_answered",
    Refusal.OPTION_GONE: "last_time.refused.option_gone",
    Refusal.HAS_ANSWER: "last_time.refused.has_answer",
    Refusal.HAS_VALUE: "last_time.refused.has_value",
    Refusal.ALREADY: "last_time.refused.already",
}


def earlier_answer(session: Session, kind: AnswerKind, item_id: str) -> EarlierAnswer | None:
    """Last time's answer to the item, if this is a follow-up and the item was there."""
    if session.earlier is None:
        return None
    return session.earlier.answer(kind.value, item_id)


def _when(session: Session, tr: Translate) -> str:
    date = session.earlier.date if session.earlier is not None else ""
    return tr("last_time.when_dated", date=date) if date else tr("last_time.when")


def question_line(session: Session, question_id: str, tr: Translate) -> str:
    """ "Förra gången, 2026-11-30: Delvis · Majoritet"; empty for a question that is new since
    last time (or in a session that follows none)."""
    found = earlier_answer(session, AnswerKind.QUESTION, question_id)
    if found is None:
        return ""
    parts = []
    if found.value:
        parts.append(found.label or found.value)
    if found.agreement:
        parts.append(tr(f"agreement.{found.agreement}"))
    if not found.value:
        parts.insert(0, tr("last_time.no_answer"))
    return f"{_when(session, tr)}: {SEPARATOR.join(parts)}"


def item_line(session: Session, item_id: str, tr: Translate) -> str:
    """ "Förra gången, 2026-11-30: Delvis" for an assessed item; empty for one that is new."""
    found = earlier_answer(session, AnswerKind.ITEM, item_id)
    if found is None:
        return ""
    said = (found.label or found.value) if found.value else tr("last_time.not_assessed")
    return f"{_when(session, tr)}: {said}"


def figure_line(session: Session, figure: Figure, tr: Translate) -> str:
    """ "Förra gången: 62,5 % · +7,5": last time's value, and how far this time's differs
    once both are numbers, in the workshop's language's way of writing them (a decimal comma
    in Swedish). Empty for a figure that is new since last time."""
    then = figure_then(session, figure, tr)
    return f"{tr('last_time.when')}: {then}" if then else ""


def figure_then(session: Session, figure: Figure, tr: Translate) -> str:
    """Last time's value and the change, without saying it is last time's ("62,5 % · +7,5"),
    for a list of figures under that heading; empty for a figure that is new since."""
    found = earlier_answer(session, AnswerKind.FIGURE, figure.id)
    if found is None:
        return ""
    language = session.workshop.language
    then = _exact(found.value, figure)
    if then is None:
        return found.value.strip() or tr("last_time.no_value")
    shown = _with_unit(_written(then, figure, language), figure, language)
    now = _exact(session.figures[figure.id].value, figure)
    if now is None:
        return shown
    return f"{shown}{SEPARATOR}{_change(now - then, language, tr)}"


def _exact(text: str, figure: Figure) -> Decimal | None:
    """A figure as typed, read as the figure reads it, as an exact decimal (a float would
    make 62,5 − 55,1 into 7,399999…)."""
    if read_number(text, figure).value is None:
        return None
    compact = "".join(text.split()).replace("\u2212", "-").replace(",", ".")
    try:
        return Decimal(compact)
    except InvalidOperation:
        return None


def _plain(number: Decimal, language: str) -> str:
    text = format(number.normalize(), "f") if number else "0"
    return text.replace(".", ",") if language == "sv" else text


def _written(number: Decimal, figure: Figure, language: str) -> str:
    if figure.ordinal and number == number.to_integral_value():
        return format_ordinal(int(number), language)
    return _plain(number, language)


def _with_unit(shown: str, figure: Figure, language: str) -> str:
    """As the minutes write it: "62,5 %" in Swedish (a space that does not break), "62.5%"
    in English."""
    if not figure.unit or figure.ordinal:
        return shown
    space = "" if figure.unit == "%" and language == "en" else "\u00a0"
    return f"{shown}{space}{figure.unit}"


def _change(change: Decimal, language: str, tr: Translate) -> str:
    if not change:
        return tr("last_time.unchanged")
    sign = "+" if change > 0 else MINUS
    return f"{sign}{_plain(abs(change), language)}"


# -- "as last time" ---------------------------------------------------------------------------


def copy_last_time(session: Session, kind: AnswerKind, item_id: str) -> Refusal | None:
    """Take last time's answer into the item: a question's answer and agreement, an item's
    assessment, a key figure's value. Only into what is still empty: an answer the group has
    already given this time, or a value typed, is never replaced (the key is one a hand may
    press out of habit, and a choice made today is the group's). None when it was copied,
    else why not."""
    found = earlier_answer(session, kind, item_id)
    if found is None:
        return Refusal.NEW_ITEM
    if not (found.value or found.agreement):
        return Refusal.NOT_ANSWERED
    if kind is AnswerKind.QUESTION:
        return _copy_question(session, item_id, found)
    if kind is AnswerKind.ITEM:
        return _copy_item(session, item_id, found)
    return _copy_figure(session, item_id, found)


def _taken(now: str, then: str) -> Refusal | None:
    """Whether `then` may go where `now` is: nothing to do, or something else there."""
    if now == then:
        return Refusal.ALREADY
    return Refusal.HAS_ANSWER if now else None


def _section_of(session: Session, kind: AnswerKind, item_id: str) -> Section:
    for section in session.workshop.sections:
        if kind is AnswerKind.QUESTION and any(q.id == item_id for q in section.questions):
            return section
        if kind is AnswerKind.ITEM and any(i.id == item_id for i, _ in section.all_items()):
            return section
    raise KeyError(item_id)


def _on_scale(session: Session, kind: AnswerKind, item_id: str, option: str) -> bool:
    section = _section_of(session, kind, item_id)
    return session.workshop.scale(section.scale).option(option) is not None


def _copy_question(session: Session, question_id: str, found: EarlierAnswer) -> Refusal | None:
    if found.value and not _on_scale(session, AnswerKind.QUESTION, question_id, found.value):
        return Refusal.OPTION_GONE
    entry = session.questions[question_id]
    answer, agreement = _taken(entry.answer, found.value), _taken(entry.agreement, found.agreement)
    if Refusal.HAS_ANSWER in (answer, agreement):
        return Refusal.HAS_ANSWER
    if answer is agreement is Refusal.ALREADY:
        return Refusal.ALREADY
    session.set_question(question_id, "answer", found.value)
    session.set_question(question_id, "agreement", found.agreement)
    return None


def _copy_item(session: Session, item_id: str, found: EarlierAnswer) -> Refusal | None:
    if not _on_scale(session, AnswerKind.ITEM, item_id, found.value):
        return Refusal.OPTION_GONE
    refused = _taken(session.assessments[item_id].assessment, found.value)
    if refused is not None:
        return refused
    session.set_assessment(item_id, "assessment", found.value)
    return None


def _copy_figure(session: Session, figure_id: str, found: EarlierAnswer) -> Refusal | None:
    now = session.figures[figure_id].value
    if now.strip() == found.value.strip():
        return Refusal.ALREADY
    if now.strip():
        return Refusal.HAS_VALUE
    session.set_figure(figure_id, "value", found.value)
    return None
