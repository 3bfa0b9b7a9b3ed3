"""One view per section kind, chosen by the workshop file, never by hard-coded content.

A kind's module is imported the first time a section of that kind is shown: the commitments
table and the rest are not paid for at start-up.
"""

from __future__ import annotations

from importlib import import_module

from facilitator.domain.workshop import Section, SectionKind
from facilitator.tui.controller import SessionController
from facilitator.tui.sections.base import SectionView

VIEWS: dict[SectionKind, str] = {
    SectionKind.TEXT: "text:TextSectionView",
    SectionKind.QUESTIONS: "questions:QuestionsSectionView",
    SectionKind.ASSESSMENT: "assessment:AssessmentSectionView",
    SectionKind.EXAMPLES: "examples:ExamplesSectionView",
    SectionKind.COMMITMENTS: "commitments:CommitmentsSectionView",
    SectionKind.WRAPUP: "wrapup:WrapupSectionView",
    SectionKind.FOLLOW_UP: "follow_up:FollowUpSectionView",
}


def view_class(kind: SectionKind) -> type[SectionView]:
    module, name = VIEWS[kind].split(":")
    view: type[SectionView] = getattr(import_module(f"{__name__}.{module}"), name)
    return view


def make_view(
    controller: SessionController, section: Section, *, read_only: bool = False
) -> SectionView:
    return view_class(section.kind)(controller, section, read_only=read_only)


__all__ = ["VIEWS", "SectionView", "make_view", "view_class"]
