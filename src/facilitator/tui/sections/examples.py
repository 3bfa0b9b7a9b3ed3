"""Examples from other organisations, each with the group's reflection."""

from __future__ import annotations

from functools import partial

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from facilitator.tui.messages import ReflectionEdited
from facilitator.tui.sections.base import SectionView
from facilitator.tui.widgets.editarea import TextField
from facilitator.tui.widgets.fields import Literal


class ExampleBlock(Vertical):
    DEFAULT_CSS = """
    ExampleBlock {
        height: auto;
        margin: 0 0 1 0;
    }
    ExampleBlock .example-title {
        text-style: bold;
        color: $text-primary;
    }
    ExampleBlock .example-text {
        max-width: 100;
        margin: 0 0 1 0;
    }
    ExampleBlock .reflection-label {
        text-style: bold;
    }
    """


class ExamplesSectionView(SectionView):
    ITEM_TYPES = (ExampleBlock,)

    def compose_body(self) -> ComposeResult:
        total = len(self.section.examples)
        for number, example in enumerate(self.section.examples, 1):
            with ExampleBlock(id=f"example-{example.id}"):
                yield Literal(f"{number}/{total}  {example.title}", classes="example-title")
                yield Literal(example.text, classes="example-text")
                yield Static(self.tr("examples.reflection"), classes="reflection-label")
                yield TextField(
                    self.session.reflections[example.id],
                    partial(ReflectionEdited, example.id),
                    placeholder=self.tr("examples.reflection_placeholder"),
                    id=f"reflection-{example.id}",
                    read_only=self.read_only,
                )
