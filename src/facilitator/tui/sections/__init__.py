"""One view per section kind, chosen by the workshop file, never by hard-coded content."""

from __future__ import annotations

from facilitator.domain.session import Session
from facilitator.domain.workshop import Section, SectionKind
from facilitator.i18n import Translator
from facilitator.tui.sections.assessment import AssessmentSectionView
from facilitator.tui.sections.base import SectionView
from facilitator.tui.sections.commitments import CommitmentsSectionView
from facilitator.tui.sections.examples import ExamplesSectionView
from facilitator.tui.sections.questions import QuestionsSectionView
from facilitator.tui.sections.text import TextSectionView
from facilitator.tui.sections.wrapup import WrapupSectionView

VIEWS: dict[SectionKind, type[SectionView]] = {
    SectionKind.TEXT: TextSectionView,
    SectionKind.QUESTIONS: QuestionsSectionView,
    SectionKind.ASSESSMENT: AssessmentSectionView,
    SectionKind.EXAMPLES: ExamplesSectionView,
    SectionKind.COMMITMENTS: CommitmentsSectionView,
    SectionKind.WRAPUP: WrapupSectionView,
}


def make_view(
    session: Session, section: Section, tr: Translator, *, read_only: bool = False
) -> SectionView:
    return VIEWS[section.kind](session, section, tr, read_only=read_only)


__all__ = ["VIEWS", "SectionView", "make_view"]
