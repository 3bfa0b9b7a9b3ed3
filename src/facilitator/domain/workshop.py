"""The workshop: what a session walks through. Frozen, because a running session must never
see its agenda change under it; a session keeps its own copy (see `Session.workshop`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property


class SectionKind(StrEnum):
    """What a section asks of the group; each kind has its own screen and minutes layout."""

    TEXT = "text"
    QUESTIONS = "questions"
    ASSESSMENT = "assessment"
    EXAMPLES = "examples"
    COMMITMENTS = "commitments"
    WRAPUP = "wrapup"
    # The first section of a follow-up, added by facilitator (never written in a workshop
    # file): what became of the earlier meeting's open commitments.
    FOLLOW_UP = "follow-up"


class NumberKind(StrEnum):
    INTEGER = "integer"
    DECIMAL = "decimal"


@dataclass(frozen=True)
class ScaleOption:
    """One choice on an answer scale. `open` marks a choice that leaves the matter open
    (such as "Vet inte" or "Saknas"), so the wrap-up lists it with what is still to do."""

    id: str
    label: str
    open: bool = False


@dataclass(frozen=True)
class Scale:
    """The choices a question or success factor is answered on, in order."""

    id: str
    options: tuple[ScaleOption, ...]

    def option(self, option_id: str) -> ScaleOption | None:
        return next((o for o in self.options if o.id == option_id), None)

    def label(self, option_id: str) -> str:
        found = self.option(option_id)
        return found.label if found else option_id


@dataclass(frozen=True)
class Rewording:
    """How the words around a placeholder change once its figure is filled in.

    The unfilled text is the source's own (the seed's "en Y-del av alla möten"); with a value,
    every `span` of the text (which holds the placeholder) reads `text` instead, where the
    placeholder stands for the value: "en Y-del" becomes "Y procent", so 62,5 reads "62,5
    procent av alla möten"."""

    span: str
    text: str


@dataclass(frozen=True)
class Figure:
    """A key figure the group fills in, shown in the section text in place of `placeholder`."""

    id: str
    label: str
    placeholder: str
    kind: NumberKind
    minimum: float
    maximum: float
    unit: str = ""
    ordinal: bool = False
    help: str = ""
    filled: Rewording | None = None


@dataclass(frozen=True)
class Question:
    """A question of the checklist, answered on its section's scale."""

    id: str
    text: str


@dataclass(frozen=True)
class Item:
    """An item to assess; items nest (a success factor with its sub-items)."""

    id: str
    text: str
    items: tuple[Item, ...] = ()

    def walk(self, depth: int = 0) -> Iterator[tuple[Item, int]]:
        yield self, depth
        for child in self.items:
            yield from child.walk(depth + 1)


@dataclass(frozen=True)
class Example:
    """An example the group reads and reflects on."""

    id: str
    title: str
    text: str


@dataclass(frozen=True)
class Section:
    """One part of the workshop: its kind, title, time box and what it asks."""

    id: str
    kind: SectionKind
    title: str
    timebox_minutes: float
    text: str = ""
    scale: str = ""
    figures: tuple[Figure, ...] = ()
    questions: tuple[Question, ...] = ()
    items: tuple[Item, ...] = ()
    examples: tuple[Example, ...] = ()

    def all_items(self) -> Iterator[tuple[Item, int]]:
        """Every item with its depth, parents before their children."""
        for item in self.items:
            yield from item.walk()


@dataclass(frozen=True)
class Workshop:
    """A whole workshop as read from its file; never changed once read."""

    id: str
    version: str
    language: str
    title: str
    sections: tuple[Section, ...]
    scales: tuple[Scale, ...] = ()
    description: str = ""
    next_step: str = ""
    format_version: int = 1

    def section(self, section_id: str) -> Section:
        for section in self.sections:
            if section.id == section_id:
                return section
        raise KeyError(section_id)

    def section_index(self, section_id: str) -> int:
        return [s.id for s in self.sections].index(section_id)

    def scale(self, scale_id: str) -> Scale:
        for scale in self.scales:
            if scale.id == scale_id:
                return scale
        raise KeyError(scale_id)

    def figures(self) -> Iterator[Figure]:
        for section in self.sections:
            yield from section.figures

    def questions(self) -> Iterator[Question]:
        for section in self.sections:
            yield from section.questions

    def items(self) -> Iterator[tuple[Item, int]]:
        for section in self.sections:
            yield from section.all_items()

    def examples(self) -> Iterator[Example]:
        for section in self.sections:
            yield from section.examples

    def linkable(self) -> list[tuple[str, str]]:
        """(id, text) of every question, item and example, for a commitment's "linked item"."""
        found: list[tuple[str, str]] = [(q.id, q.text) for q in self.questions()]
        found += [(item.id, item.text) for item, _ in self.items()]
        found += [(e.id, e.title) for e in self.examples()]
        return found

    @cached_property
    def link_texts(self) -> dict[str, str]:
        """The text of each linkable id, built once: an export of 10,000 commitments asks for
        it 10,000 times. (A frozen dataclass still has an instance dict to cache it in.)"""
        return dict(self.linkable())

    def link_text(self, link: str) -> str:
        """The text of the question, item or example `link` names (the id itself if unknown)."""
        return self.link_texts.get(link, link)


@dataclass(frozen=True)
class WorkshopInfo:
    """What a listing shows of a workshop without holding on to all of it."""

    id: str
    title: str
    language: str
    version: str
    source: str
    sections: int = 0
    builtin: bool = False
    problems: tuple[str, ...] = field(default_factory=tuple)
