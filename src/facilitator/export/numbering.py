"""The numbers a protokoll gives its parts: "§ 2" for a section, "2.1" for what it holds.

A section's questions, success factors and examples are numbered in the order the minutes
show them (questions first, then factors with their sub-items as "3.2.1", then examples),
so a commitment's "linked to 2.1" in the minutes, the CSV and the spreadsheet points at one
place in the printed protokoll.
"""

from __future__ import annotations

from facilitator.domain.workshop import Item, SectionKind, Workshop


def section_numbers(workshop: Workshop) -> dict[str, int]:
    """The § number of each section, by id."""
    return {section.id: number for number, section in enumerate(workshop.sections, start=1)}


def item_numbers(workshop: Workshop) -> dict[str, str]:
    """ "2.1" for each question, success factor (and sub-item) and example, by id."""
    numbers: dict[str, str] = {}
    for number, section in enumerate(workshop.sections, start=1):
        index = 0
        for question in section.questions:
            index += 1
            numbers[question.id] = f"{number}.{index}"
        for item in section.items:
            index += 1
            _number_items(item, f"{number}.{index}", numbers)
        for example in section.examples:
            index += 1
            numbers[example.id] = f"{number}.{index}"
    return numbers


def _number_items(item: Item, number: str, numbers: dict[str, str]) -> None:
    numbers[item.id] = number
    for index, sub in enumerate(item.items, start=1):
        _number_items(sub, f"{number}.{index}", numbers)


def commitments_section(workshop: Workshop) -> int:
    """The § the commitments are in: the workshop's commitments section, or the one the
    minutes add after the last section when the workshop has none."""
    for number, section in enumerate(workshop.sections, start=1):
        if section.kind is SectionKind.COMMITMENTS:
            return number
    return len(workshop.sections) + 1
