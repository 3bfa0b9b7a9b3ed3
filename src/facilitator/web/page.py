"""The live page as HTML: pure functions of the session, what the screen shares, and the
tally, so the same input always gives the same page and the tests can read it as text.

Every value that comes from the session or a workshop file goes through `text` or `value`
(html.escape), never into markup of its own; inline values from people are wrapped in
`<bdi>` so a right-to-left override in one cannot turn the words around it. The page
carries no inline script or style: the Content-Security-Policy forbids both.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from html import escape

from facilitator.domain.decision import decision_words
from facilitator.domain.placeholders import fill
from facilitator.domain.session import Session
from facilitator.domain.workshop import Item, Scale, Section
from facilitator.export.minutes import minutes_language, minutes_title
from facilitator.export.numbering import item_numbers
from facilitator.i18n import Translator
from facilitator.storage.sharing import Poll


def text(raw: str) -> str:
    """Text as text: `<`, `&` and quotes escaped."""
    return escape(raw, quote=True)


def value(raw: str) -> str:
    """A value a person typed, shown inline and isolated from the text around it."""
    return f"<bdi>{escape(raw, quote=True)}</bdi>"


def paragraphs(raw: str, css: str = "") -> str:
    """A block of typed text: one paragraph per blank-line gap, its line breaks kept by the
    stylesheet (`white-space: pre-line`)."""
    shown = [p.strip("\n") for p in raw.replace("\r\n", "\n").split("\n\n")]
    kind = f' class="{css}"' if css else ""
    return "".join(f'<p dir="auto"{kind}>{text(p)}</p>' for p in shown if p.strip())


@dataclass(frozen=True)
class LiveView:
    """What one rendering of the page shows."""

    session: Session
    token: str
    language: str = ""
    show_notes: bool = False
    poll: Poll | None = None
    counts: Counter[str] = field(default_factory=Counter)
    stale: bool = False
    version: int = 0

    @property
    def lang(self) -> str:
        return minutes_language(self.session, self.language or None)


def page(view: LiveView, body: str) -> str:
    """The whole document around the live part (`body`, from `live_part`)."""
    session = view.session
    tr = Translator(view.lang)
    title = minutes_title(session)
    details = [d for d in (session.meeting.date, session.meeting.organisation) if d.strip()]
    base = f"/{view.token}"
    return (
        "<!doctype html>\n"
        f'<html lang="{view.lang}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{text(title)}</title>\n"
        f'<link rel="icon" href="{base}/static/icon.svg" type="image/svg+xml">\n'
        f'<link rel="stylesheet" href="{base}/static/live.css">\n'
        f'<script src="{base}/static/live.js" defer></script>\n'
        "</head>\n<body>\n"
        f'<header><h1 dir="auto">{text(title)}</h1>'
        + (f"<p>{' · '.join(value(d) for d in details)}</p>" if details else "")
        + "</header>\n"
        f'<main id="live" data-events="{base}/events" data-answer="{base}/answer" '
        f'data-version="{view.version}">\n{body}\n</main>\n'
        f'<footer><p id="live-note" hidden>{text(tr("web.live"))}</p>'
        f"<noscript><p>{text(tr('web.reload'))}</p></noscript></footer>\n"
        "</body>\n</html>\n"
    )


def live_part(view: LiveView, poll_part: str = "", message: str = "") -> str:
    """What changes while the meeting goes on: the question open for answers (`poll_part`,
    made per device), the current section, the answers and the commitments so far."""
    tr = Translator(view.lang)
    parts = []
    if message and not poll_part:  # with a question on the page, it says it there
        parts.append(f'<p class="message" role="status">{text(message)}</p>')
    if view.stale:
        parts.append(f'<p class="message">{text(tr("web.stale"))}</p>')
    if view.session.finished:
        parts.append(f'<p class="message">{text(tr("web.finished"))}</p>')
    # The question put to the devices first: on a phone it is what people came to answer.
    if poll_part:
        parts.append(poll_part)
    parts.append(current_section(view))
    parts.append(answers_so_far(view))
    parts.append(commitments(view))
    return "\n".join(parts)


def current_section(view: LiveView) -> str:
    session, tr = view.session, Translator(view.lang)
    workshop = session.workshop
    section = workshop.section(session.current_section)
    number = workshop.section_index(section.id) + 1
    out = [
        '<section id="now" aria-labelledby="now-title">',
        f'<p class="position">{text(tr("web.now"))} · '
        f"{text(tr('web.position', number=number, total=len(workshop.sections)))}</p>",
        f'<h2 id="now-title" dir="auto">{text(section.title)}</h2>',
    ]
    if section.text:
        out.append(filled_text(session, section))
    out += list(figures(view, section))
    out += list(questions(view, section))
    if section.items:
        out.append(items(view, section, section.items))
    for example in section.examples:
        reflection = session.reflections[example.id]
        out.append(
            f'<article class="example"><h3 dir="auto">{text(example.title)}</h3>'
            f"{paragraphs(example.text)}"
            + (
                f'<p class="label">{text(tr("web.reflection"))}</p>{paragraphs(reflection)}'
                if reflection.strip()
                else ""
            )
            + "</article>"
        )
    notes = session.sections[section.id].notes
    if view.show_notes and notes.strip():
        out.append(f"<h3>{text(tr('web.notes'))}</h3>{paragraphs(notes, 'notes')}")
    out.append("</section>")
    return "\n".join(out)


def filled_text(session: Session, section: Section) -> str:
    """The section's text with the group's key figures in place of X, Y and Z, the filled
    ones marked as the screen marks them."""
    language = session.workshop.language
    runs = []
    for segment in fill(section.text, section.figures, session.figures, language):
        if segment.filled:
            runs.append(f'<strong class="figure">{value(segment.text)}</strong>')
        elif segment.figure_id:
            runs.append(f'<strong class="placeholder">{text(segment.text)}</strong>')
        else:
            runs.append(text(segment.text))
    joined = "".join(runs)
    return "".join(f'<p dir="auto">{p}</p>' for p in joined.split("\n\n") if p.strip())


def figures(view: LiveView, section: Section) -> Iterator[str]:
    if not section.figures:
        return
    tr = Translator(view.lang)
    yield f'<h3>{text(tr("web.figures"))}</h3><dl class="figures">'
    for figure in section.figures:
        entry = view.session.figures[figure.id]
        shown = value(entry.value) if entry.value.strip() else text(tr("web.figure_missing"))
        unit = f" {text(figure.unit)}" if figure.unit and entry.value.strip() else ""
        yield f'<dt dir="auto">{text(figure.label)}</dt><dd>{shown}{unit}</dd>'
    yield "</dl>"


def questions(view: LiveView, section: Section) -> Iterator[str]:
    if not section.questions:
        return
    tr = Translator(view.lang)
    yield '<ol class="questions">'
    for question in section.questions:
        words = decision_words(view.session, question.id, tr)
        yield (
            f'<li id="q-{text(question.id)}"><p dir="auto">{text(question.text)}</p>'
            f'<p class="decision">{value(words)}</p></li>'
        )
    yield "</ol>"


def items(view: LiveView, section: Section, listed: tuple[Item, ...]) -> str:
    tr = Translator(view.lang)
    scale = view.session.workshop.scale(section.scale) if section.scale else None
    rows = []
    for item in listed:
        entry = view.session.assessments[item.id]
        label = _label(scale, entry.assessment)
        said = tr("web.assessment", assessment=label) if label.strip() else tr("web.not_assessed")
        inner = items(view, section, item.items) if item.items else ""
        note = paragraphs(entry.note, "note") if entry.note.strip() else ""
        rows.append(
            f'<li><p dir="auto">{text(item.text)}</p><p class="decision">{value(said)}</p>'
            f"{note}{inner}</li>"
        )
    return f'<ul class="items">{"".join(rows)}</ul>'


def _label(scale: Scale | None, option_id: str) -> str:
    return scale.label(option_id) if scale else option_id


def answers_so_far(view: LiveView) -> str:
    """Every question the group has answered, with its decision in the screen's words."""
    session, tr = view.session, Translator(view.lang)
    numbers = item_numbers(session.workshop)
    rows = []
    for question in session.workshop.questions():
        if not session.questions[question.id].answer:
            continue
        number = numbers.get(question.id, "")
        words = decision_words(session, question.id, tr)
        rows.append(
            f'<li><p dir="auto">{text(number)} {text(question.text)}</p>'
            f'<p class="decision">{value(words)}</p></li>'
        )
    body = (
        f'<ul class="answers">{"".join(rows)}</ul>'
        if rows
        else f"<p>{text(tr('web.no_answers'))}</p>"
    )
    return (
        '<section id="answers" aria-labelledby="answers-title">'
        f'<h2 id="answers-title">{text(tr("web.answers"))}</h2>{body}</section>'
    )


def commitments(view: LiveView) -> str:
    session, tr = view.session, Translator(view.lang)
    rows = []
    for commitment in session.commitments:
        details = []
        if commitment.who.strip():
            details.append(tr("web.commitment_who", who=commitment.who))
        if commitment.due.strip():
            details.append(tr("web.commitment_due", due=commitment.due))
        details.append(tr(f"status.{commitment.status.value}"))
        rows.append(
            f'<li><p dir="auto">{text(commitment.what)}</p>'
            f'<p class="details">{" · ".join(value(d) for d in details)}</p></li>'
        )
    body = (
        f'<ol class="commitments">{"".join(rows)}</ol>'
        if rows
        else f"<p>{text(tr('web.no_commitments'))}</p>"
    )
    return (
        '<section id="commitments" aria-labelledby="commitments-title">'
        f'<h2 id="commitments-title">{text(tr("web.commitments"))}</h2>{body}</section>'
    )


def poll_part(view: LiveView, mine: str | None, message: str = "") -> str:
    """The question open for answers, as a form that works without script: one button per
    option of the workshop's scale, the device's own choice pressed. `#said` says how the
    device's last answer went (`message`); the script fills it in when it sends one."""
    poll = view.poll
    if poll is None:
        return ""
    session, tr = view.session, Translator(view.lang)
    found = _question(session, poll.question)
    if found is None:
        return ""
    question_text, scale = found
    total = sum(view.counts.values())
    said = (
        f'<p id="said" class="message" role="status">{text(message)}</p>'
        if message
        else '<p id="said" class="message" role="status" hidden></p>'
    )
    head = (
        '<section id="poll" aria-labelledby="poll-title">'
        f'<h2 id="poll-title">{text(tr("web.poll.title"))}</h2>{said}'
    )
    if not poll.open:
        counts = ", ".join(
            f"{o.label} {view.counts.get(o.id, 0)}" for o in scale.options if view.counts.get(o.id)
        )
        closed = tr("web.poll.closed", counts=counts or "–", count=total)
        return f'{head}<p dir="auto">{text(question_text)}</p><p>{value(closed)}</p></section>'
    buttons = "".join(
        f'<button type="submit" name="choice" value="{text(o.id)}" '
        f'aria-pressed="{"true" if o.id == mine else "false"}">{text(o.label)}</button>'
        for o in scale.options
    )
    chosen = scale.option(mine) if mine else None
    yours = tr("web.poll.yours", choice=chosen.label) if chosen else tr("web.poll.none_yet")
    return (
        f"{head}"
        f'<form method="post" action="/{view.token}/answer" class="poll">'
        f'<input type="hidden" name="poll" value="{text(poll.id)}">'
        f'<fieldset><legend dir="auto">{text(question_text)}</legend>'
        f'<div class="choices">{buttons}</div></fieldset></form>'
        f'<p class="yours">{value(yours)}</p>'
        f'<p class="count">{text(tr("web.poll.count", count=total))}</p>'
        f'<p class="hint">{text(tr("web.poll.hint"))}</p></section>'
    )


def _question(session: Session, question_id: str) -> tuple[str, Scale] | None:
    for section in session.workshop.sections:
        for question in section.questions:
            if question.id == question_id and section.scale:
                return question.text, session.workshop.scale(section.scale)
    return None


def poll_options(session: Session, question_id: str) -> set[str]:
    """The ids a device may choose for the question (none if it is not a question)."""
    found = _question(session, question_id)
    return {o.id for o in found[1].options} if found else set()
