"""The time box: the section's suggested time counting down in large digits.

Running over is said in words and with a sign (+02:10 ÖVER TIDEN), not by colour alone.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Digits

from facilitator.domain.values import format_number
from facilitator.i18n import Translator
from facilitator.tui.widgets.fields import Literal


def clock(seconds: int) -> str:
    minutes, rest = divmod(abs(seconds), 60)
    return f"{minutes:02d}:{rest:02d}"


class TimeBox(Horizontal):
    DEFAULT_CSS = """
    TimeBox {
        height: auto;
        width: auto;
        padding: 0 1;
    }
    TimeBox Digits {
        width: auto;
        min-width: 18;  /* "+MM:SS": the box keeps its width as the time runs over */
        text-align: right;
        color: $text-primary;
    }
    TimeBox.-over Digits {
        color: $text-error;
        text-style: bold;
    }
    TimeBox .timebox-info {
        width: 22;
        padding: 0 0 0 1;
        height: 3;
    }
    TimeBox.-over .timebox-state {
        text-style: bold reverse;
        color: $text-error;
    }
    """

    def __init__(self, tr: Translator, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.tr = tr

    def compose(self) -> ComposeResult:
        yield Digits("00:00", id="timebox-digits")
        with Vertical(classes="timebox-info"):
            yield Literal("", id="timebox-state", classes="timebox-state")
            yield Literal("", id="timebox-planned")
            yield Literal(self.tr("timer.keys"), id="timebox-keys")

    def show(self, *, planned_minutes: float, elapsed: int, running: bool) -> None:
        planned = round(planned_minutes * 60)
        left = planned - elapsed
        over = left < 0
        digits = ("+" if over else "") + clock(left)
        self.query_one(Digits).update(digits)
        self.set_class(over, "-over")
        if over:
            state = self.tr("timer.over")
        elif running:
            state = self.tr("timer.running")
        else:
            state = self.tr("timer.paused")
        self.query_one("#timebox-state", Literal).update(state)
        minutes = format_number(planned_minutes, self.tr.language)  # 7,5 or 7.5
        planned_text = self.tr("timer.planned", minutes=minutes)
        self.query_one("#timebox-planned", Literal).update(planned_text)
