"""What present mode shows of one item, in words: where it stands in the workshop, its text,
the group's decision and the texts that go with it, each whole.

No Textual here (the words are chosen as `decision` chooses them), so a live page of the
meeting could show the same item in the same words.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from facilitator.domain.carried import carried_facts, carried_heading, outcome_words
from facilitator.domain.decision import Translate, decision_words
from facilitator.domain.last_time import figure_then, item_line, question_line
from facilitator.domain.placeholders import fill
from facilitator.domain.session import Session, commitment_number
from facilitator.domain.text import close_direction
from facilitator.domain.workshop import Item, Section, SectionKind

NOTHING = "–"


@dataclass(frozen=True)
class Presented:
    """The item shown: a question, success factor, example or commitment of a section, or
    the section's text (`item_id` empty). `focused_id` names the choice row that had the
    cursor on the page, to have it in present mode too."""

    section_id: str
    item_id: str = ""
    focused_id: str = ""


@dataclass(frozen=True)
class PresentedText:
    position: str  # "Fråga 2 av 4 · Avsnitt 2 av 6"
    section_title: str
    heading: str  # the question, the factor, the example's title … in full
    decision: str = ""  # a question's decision in words
    last_time: str = ""  # in a follow-up, what the group answered last time
    values: dict[str, str] = field(default_factory=dict)  # each choice row's id and value
    parts: list[tuple[str, str]] = field(default_factory=list)  # (label, text), each whole


def numbered_items(section: Section) -> list[tuple[str, Item]]:
    """The section's success factors in page order, each with its number as the page shows
    it ("2.1" under "2")."""
    found: list[tuple[str, Item]] = []

    def walk(items: tuple[Item, ...], prefix: str) -> None:
        for number, item in enumerate(items, 1):
            label = f"{prefix}{number}"
            found.append((label, item))
            walk(item.items, f"{label}.")

    walk(section.items, "")
    return found


def item_ids(session: Session, section: Section) -> list[str]:
    """The items of a section present mode shows one at a time, in page order (none for a
    text or a wrap-up: there the section's text is the item)."""
    if section.kind is SectionKind.QUESTIONS:
        return [q.id for q in section.questions]
    if section.kind is SectionKind.ASSESSMENT:
        return [item.id for _, item in numbered_items(section)]
    if section.kind is SectionKind.EXAMPLES:
        return [e.id for e in section.examples]
    if section.kind is SectionKind.COMMITMENTS:
        return [c.id for c in session.commitments]
    if section.kind is SectionKind.FOLLOW_UP:
        return [c.id for c in session.carried]
    return []


def present_text(session: Session, presented: Presented, tr: Translate) -> PresentedText:
    workshop = session.workshop
    section = workshop.section(presented.section_id)
    index = workshop.section_index(section.id)
    where = tr("present.section", number=index + 1, total=len(workshop.sections))
    item_id = presented.item_id

    def at(key: str) -> str:
        ids = item_ids(session, section)
        return f"{tr(key, number=ids.index(item_id) + 1, total=len(ids))} · {where}"

    if section.kind is SectionKind.QUESTIONS and item_id:
        question = next(q for q in section.questions if q.id == item_id)
        entry = session.questions[item_id]
        reservations = "\n".join(
            f"• {r.who or NOTHING} – {r.why or NOTHING}" for r in entry.reservations
        )
        return PresentedText(
            at("questions.number"),
            section.title,
            question.text,
            decision=decision_words(session, item_id, tr),
            last_time=question_line(session, item_id, tr),
            values={f"answer-{item_id}": entry.answer, f"agreement-{item_id}": entry.agreement},
            parts=[
                (tr("questions.motivation"), entry.motivation or NOTHING),
                (
                    tr("questions.reservations"),
                    reservations or tr("questions.no_reservations"),
                ),
            ],
        )
    if section.kind is SectionKind.ASSESSMENT and item_id:
        items = numbered_items(section)
        number, item = next((n, i) for n, i in items if i.id == item_id)
        entry_a = session.assessments[item_id]
        return PresentedText(
            at("present.item"),
            section.title,
            f"{number}  {item.text}",
            last_time=item_line(session, item_id, tr),
            values={f"assessment-{item_id}": entry_a.assessment},
            parts=[(tr("present.note"), entry_a.note or NOTHING)],
        )
    if section.kind is SectionKind.EXAMPLES and item_id:
        example = next(e for e in section.examples if e.id == item_id)
        return PresentedText(
            at("present.example"),
            section.title,
            example.title,
            parts=[
                ("", example.text),
                (tr("examples.reflection"), session.reflections[item_id] or NOTHING),
            ],
        )
    if section.kind is SectionKind.COMMITMENTS:
        if not item_id:
            return PresentedText(where, section.title, tr("present.no_commitments"))
        c = session.commitment(item_id)
        facts = [
            f"{tr('commitments.col.who')}: {close_direction(c.who) or NOTHING}",
            f"{tr('commitments.col.due')}: {close_direction(c.due) or NOTHING}",
            f"{tr('commitments.col.status')}: {tr(f'status.{c.status.value}')}",
        ]
        parts = [("", " · ".join(facts))]
        linked = workshop.link_text(c.link)
        if linked:
            parts.append((tr("commitments.col.link"), close_direction(linked)))
        return PresentedText(
            at("present.commitment"),
            section.title,
            f"{commitment_number(c.id)}. {close_direction(c.what) or NOTHING}",
            parts=parts,
        )
    if section.kind is SectionKind.FOLLOW_UP and item_id:
        return _carried(session, section, item_id, at("follow_up.present_position"), tr)
    # A text section (its figures filled in), the wrap-up, or a section with nothing in it.
    language = workshop.language
    text = "".join(s.text for s in fill(section.text, section.figures, session.figures, language))
    parts = [("", text)] if text else []
    # In a follow-up, the key figures as they were last time, and how far they moved.
    then = [(f.label, figure_then(session, f, tr)) for f in section.figures]
    lines = [f"• {label}: {said}" for label, said in then if said]
    if lines:
        parts.append((tr("last_time.when"), "\n".join(lines)))
    return PresentedText(where, section.title, section.title, parts=parts)


def _carried(
    session: Session, section: Section, item_id: str, position: str, tr: Translate
) -> PresentedText:
    """An earlier commitment: what it was, its outcome in words, and the comment. The
    outcome row is the page's, named by the commitment's place in the list."""
    index = [c.id for c in session.carried].index(item_id)
    carried = session.carried[index]
    parts = [("", carried_facts(carried, tr))]
    if carried.link_text:
        parts.append((tr("commitments.col.link"), close_direction(carried.link_text)))
    parts.append((tr("follow_up.comment"), close_direction(carried.comment) or NOTHING))
    return PresentedText(
        position,
        section.title,
        carried_heading(carried, tr),
        decision=outcome_words(carried, tr),
        values={f"outcome-{index}": carried.outcome},
        parts=parts,
    )
