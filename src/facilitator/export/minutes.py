"""The minutes of a session as Markdown: a pure function of the session.

Laid out as Swedish minutes are: a title block, who was present and in which role, one
numbered paragraph (§) per section in workshop order, and the signature lines ("Vid
protokollet", "Justeras"). Nothing is left out because it was skipped: an unanswered question
says so. The same session always gives the same text, byte for byte; nothing here reads the
clock or the environment.

Every text that comes from a person or a workshop file goes through `escape`, and only the
minutes' own words carry Markdown, so nothing typed can change the structure.
"""

from __future__ import annotations

from collections.abc import Iterator

from facilitator.domain.meeting_time import format_clock, meeting_hours, read_clock
from facilitator.domain.progress import (
    OpenMatter,
    SectionState,
    due_date,
    open_matters_by_item,
    section_state,
)
from facilitator.domain.session import (
    Agreement,
    Attendance,
    Commitment,
    Participant,
    PollCount,
    Role,
    Session,
    Status,
)
from facilitator.domain.values import format_number
from facilitator.domain.workshop import Figure, Item, Scale, Section, SectionKind
from facilitator.export.escape import inline as escaped_inline, without_isolation
from facilitator.export.follow_up_minutes import FollowUpPart
from facilitator.export.numbering import commitments_section, item_numbers, section_numbers
from facilitator.export.parts import block, figure_text, inline, shown_number, table
from facilitator.export.undated import left_out_line
from facilitator.i18n import LANGUAGES, Translator

SIGNATURE_LINE = "\\_" * 36
_AGREEMENTS = {a.value for a in Agreement}


def minutes_language(session: Session, language: str | None = None) -> str:
    """The language of the minutes: the one asked for, else the workshop's, else English."""
    for candidate in (language, session.workshop.language):
        if candidate in LANGUAGES:
            return candidate
    return "en"


def minutes_markdown(session: Session, language: str | None = None) -> str:
    """The whole minutes as Markdown, in the workshop's language unless `language` says."""
    return without_isolation(minutes_marked(session, language))


def minutes_marked(session: Session, language: str | None = None) -> str:
    """The minutes' Markdown with every value between the marks of `escape.isolated`: what
    the HTML page is made from (`minutes_markdown` is this without the marks)."""
    return "\n\n".join(_Minutes(session, minutes_language(session, language)).blocks()) + "\n"


def minutes_title(session: Session) -> str:
    """The plain title of the minutes: the meeting's own title, else the workshop's."""
    return session.meeting.title.strip() or session.workshop.title


def whole_minutes(seconds: int) -> int:
    return (seconds + 30) // 60


class _Minutes:
    """One rendering of one session; holds the language so the helpers stay short."""

    def __init__(self, session: Session, language: str) -> None:
        self.session = session
        self.workshop = session.workshop
        self.language = language
        self.tr = Translator(language)
        self.numbers = item_numbers(self.workshop)
        self.section_numbers = section_numbers(self.workshop)

    # -- small pieces ------------------------------------------------------------------

    def label(self, key: str, value: str) -> str:
        return f"**{self.tr(key)}:** {value}"

    def lines(self, *parts: str) -> str:
        """Label lines shown one under the other in one paragraph."""
        return "\\\n".join(part for part in parts if part)

    def missing(self, key: str) -> str:
        return f"*{self.tr(key)}*"

    def or_missing(self, text: str, key: str = "minutes.not_given") -> str:
        """The text, or the words for its absence ("–" plain, anything else in italics)."""
        shown = inline(text)
        if shown:
            return shown
        return self.tr(key) if key == "minutes.none" else self.missing(key)

    def role(self, role: Role) -> str:
        return self.tr(f"role.{role.value}").lower()

    def date(self, text: str) -> str:
        """A typed date as given, flagged when it is not a date."""
        if not text.strip():
            return self.tr("minutes.none")
        found = due_date(text)
        if found is None:
            return self.tr("minutes.invalid_date", value=inline(text))
        return found.isoformat()

    # -- the document ------------------------------------------------------------------

    def blocks(self) -> Iterator[str]:
        yield from self.title_block()
        yield from self.attendance()
        yield from self.summary()
        kinds = [s.kind for s in self.workshop.sections]
        number = 0
        for number, section in enumerate(self.workshop.sections, start=1):
            yield from self.section(number, section)
        if SectionKind.COMMITMENTS not in kinds and self.session.commitments:
            number += 1
            title = self.tr("minutes.commitments")
            yield self.heading(2, self.tr("minutes.section", number=number, title=title))
            yield from self.commitments()
        if SectionKind.WRAPUP not in kinds:
            number += 1
            title = self.tr("minutes.wrapup")
            yield self.heading(2, self.tr("minutes.section", number=number, title=title))
            yield from self.wrapup()
        yield from self.signatures(number)

    def heading(self, level: int, text: str) -> str:
        return f"{'#' * level} {text.strip()}"

    def title_block(self) -> Iterator[str]:
        session, meeting = self.session, self.session.meeting
        yield self.heading(1, self.tr("minutes.heading", title=inline(minutes_title(session))))
        minutes = self.total_minutes()
        finished = session.finished_at
        yield self.lines(
            self.label("minutes.workshop", inline(self.workshop.title)),
            self.label("minutes.organisation", self.or_missing(meeting.organisation)),
            self.label("minutes.date", self.or_missing(meeting.date)),
            self.label("minutes.time", self.meeting_time()),
            self.label("minutes.place", self.or_missing(meeting.place)),
            self.label("minutes.time_spent", self.tr("minutes.duration", minutes=minutes)),
            self.label("minutes.finished", finished.strftime("%Y-%m-%d %H:%M")) if finished else "",
        )
        if finished is None:
            yield f"*{self.tr('minutes.draft')}*"
        reopened = session.reopened_at
        if reopened is not None:
            yield "*{}*".format(
                self.tr(
                    "minutes.revised",
                    version=session.reopen_count + 1,
                    time=reopened.strftime("%Y-%m-%d %H:%M"),
                )
            )

    def total_minutes(self) -> int:
        """The sum of the sections' minutes as each is shown, so the header always adds up."""
        return sum(
            whole_minutes(entry.seconds_on_screen) for entry in self.session.sections.values()
        )

    def meeting_time(self) -> str:
        """ "kl. 13.00–14.45": typed hours, else when the session started and finished."""
        meeting = self.session.meeting
        start, end = meeting_hours(self.session)
        typed_hours = (meeting.start_time, meeting.end_time)
        if any(typed.strip() and read_clock(typed) is None for typed in typed_hours):
            # Each hour as typed or known, an invalid one flagged: nothing typed is hidden.
            shown = []
            for typed, moment in zip(typed_hours, (start, end), strict=True):
                if typed.strip() and read_clock(typed) is None:
                    shown.append(self.tr("minutes.invalid_time", value=inline(typed)))
                elif moment is not None:
                    shown.append(format_clock(moment, self.language))
                else:
                    shown.append(self.tr("minutes.none"))
            return self.tr("minutes.hours", start=shown[0], end=shown[1])
        if start is None and end is None:
            return self.missing("minutes.not_given")
        if start is None or end is None:
            key, moment = (
                ("minutes.hours_from", start) if end is None else ("minutes.hours_to", end)
            )
            assert moment is not None
            return self.tr(key, time=format_clock(moment, self.language))
        return self.tr(
            "minutes.hours",
            start=format_clock(start, self.language),
            end=format_clock(end, self.language),
        )

    def attendance(self) -> Iterator[str]:
        """Present with their roles, then who sent word they could not come (anmält
        förhinder), who was absent, and others present, as a protokoll lists them."""
        yield self.heading(2, self.tr("minutes.attendance"))
        people = [p for p in self.session.meeting.participants if p.name.strip()]
        others = self.session.meeting.others
        if not people and not others.strip():
            yield self.missing("minutes.no_attendance")
            return
        present = [p for p in people if p.attendance is Attendance.PRESENT]
        if people:
            yield f"**{self.tr('minutes.attendance.present')}**"
            yield "\n".join("- " + self.person(p) for p in present) or self.tr("minutes.none")
        away = [
            self.label(
                f"minutes.attendance.{attendance.value}",
                ", ".join(self.person(p) for p in people if p.attendance is attendance),
            )
            for attendance in (Attendance.EXCUSED, Attendance.ABSENT)
            if any(p.attendance is attendance for p in people)
        ]
        if others.strip():
            away.append(self.label("minutes.others_present", block(others)))
        if away:
            yield self.lines(*away)

    def person(self, person: Participant) -> str:
        if person.role is Role.PARTICIPANT:
            return inline(person.name)
        return self.tr("minutes.name_role", name=inline(person.name), role=self.role(person.role))

    # -- the summary on the first page -------------------------------------------------

    def summary(self) -> Iterator[str]:
        """What a reader wants first: the answers the group gave (with how far it agreed),
        the commitments, and what is still open, each with the § it comes from."""
        yield self.heading(2, self.tr("minutes.summary"))
        decisions = list(self.decisions())
        yield f"**{self.tr('minutes.summary.decisions')}**"
        yield "\n".join(decisions) if decisions else self.missing("minutes.summary.no_decisions")
        yield f"**{self.tr('minutes.summary.commitments')}**"
        # By each commitment's own number, as in the table: a follow-up carries nr 1–3 and
        # adds nr 6, never a second "nr 4".
        listed = self.session.commitments
        commitments = [self.summary_commitment(shown_number(c.id), c) for c in listed]
        yield "\n".join(commitments) if commitments else self.missing("minutes.no_commitments")
        yield f"**{self.tr('minutes.summary.open')}**"
        matters = open_matters_by_item(self.session)
        if matters:
            yield "\n".join("- " + self.summary_matter(found) for found in matters)
        else:
            yield self.missing("minutes.nothing_open")

    def where(self, section_id: str, item_id: str = "") -> str:
        """ "§ 2.1", or "§ 1" for what has no number of its own (a key figure)."""
        number = self.numbers.get(item_id) or str(self.section_numbers.get(section_id, ""))
        return self.tr("minutes.where", number=number) if number else ""

    def decisions(self) -> Iterator[str]:
        for section in self.workshop.sections:
            scale = self.workshop.scale(section.scale) if section.scale else None
            for question in section.questions:
                entry = self.session.questions[question.id]
                if not entry.answer.strip():
                    continue
                answer = inline(scale.label(entry.answer) if scale else entry.answer)
                if entry.agreement in _AGREEMENTS:
                    answer = self.tr(
                        "minutes.summary.answer",
                        answer=answer,
                        agreement=self.tr(f"agreement.{entry.agreement}").lower(),
                    )
                yield "- " + self.tr(
                    "minutes.summary.item",
                    where=self.where(section.id, question.id),
                    text=inline(question.text),
                    value=answer,
                )

    def summary_commitment(self, number: str, commitment: Commitment) -> str:
        what = self.or_missing(commitment.what, "minutes.none")
        details = [
            inline(commitment.who),
            self.date(commitment.due) if commitment.due.strip() else "",
            self.tr(f"status.{commitment.status.value}").lower()
            if commitment.status is not Status.OPEN
            else "",
        ]
        shown = ", ".join(d for d in details if d)
        section = commitments_section(self.workshop)
        text = self.tr("minutes.summary.commitment", section=section, number=number, what=what)
        return f"- {text} – {shown}" if shown else f"- {text}"

    def summary_matter(self, matters: list[OpenMatter]) -> str:
        where = self.where(matters[0].section_id, matters[0].item_id)
        line = self.open_matter(matters)
        return f"{where} {line}" if where else line

    def section(self, number: int, section: Section) -> Iterator[str]:
        entry = self.session.sections[section.id]
        yield self.heading(
            2, self.tr("minutes.section", number=number, title=inline(section.title))
        )
        spent = whole_minutes(entry.seconds_on_screen)
        box = format_number(section.timebox_minutes, self.language)
        yield f"*{self.tr('minutes.section_time', spent=spent, box=box)}*"
        if section_state(self.session, section) is SectionState.NOT_STARTED:
            yield self.missing("minutes.not_dealt_with")
        if section.figures:
            yield self.figures(section.figures)
        for index, question in enumerate(section.questions, start=1):
            yield from self.question(number, index, section, question.id, question.text)
        if section.items:
            yield "\n".join(self.items(section, section.items, 0))
        for example in section.examples:
            yield self.heading(3, f"{self.numbers.get(example.id, '')} {inline(example.title)}")
            reflection = self.session.reflections[example.id]
            yield (
                self.label("minutes.reflection", block(reflection))
                if reflection.strip()
                else self.missing("minutes.no_reflection")
            )
        if section.kind is SectionKind.COMMITMENTS and self.first_of(section):
            yield from self.commitments()
        if section.kind is SectionKind.WRAPUP and self.first_of(section):
            yield from self.wrapup()
        if section.kind is SectionKind.FOLLOW_UP and self.first_of(section):
            yield from FollowUpPart(self).blocks()
        if entry.notes.strip():
            yield f"**{self.tr('minutes.notes')}**"
            yield block(entry.notes)

    def first_of(self, section: Section) -> bool:
        return next(s for s in self.workshop.sections if s.kind is section.kind) is section

    # -- what the group recorded -------------------------------------------------------

    def figure_value(self, figure: Figure) -> str:
        return figure_text(self.session.figures[figure.id].value, figure, self.tr)

    def figures(self, figures: tuple[Figure, ...]) -> str:
        rows = [
            [
                inline(figure.label),
                self.figure_value(figure),
                self.or_missing(self.session.figures[figure.id].source, "minutes.none"),
            ]
            for figure in figures
        ]
        header = [self.tr(f"minutes.col.{c}") for c in ("figure", "value", "source")]
        return table(header, rows)

    def question(
        self, number: int, index: int, section: Section, question_id: str, text: str
    ) -> Iterator[str]:
        entry = self.session.questions[question_id]
        yield self.heading(
            3, self.tr("minutes.question", section=number, number=index, text=inline(text))
        )
        scale = self.workshop.scale(section.scale) if section.scale else None
        answer = scale.label(entry.answer) if scale else entry.answer
        if entry.agreement in _AGREEMENTS:
            agreement = self.tr(f"agreement.{entry.agreement}")
        else:
            agreement = self.or_missing(entry.agreement, "minutes.agreement_missing")
        said = [
            self.label(
                "minutes.answer",
                inline(answer) if answer.strip() else self.missing("reason.unanswered"),
            ),
            self.label("minutes.agreement", agreement),
        ]
        if entry.poll:
            said.append(self.label("minutes.poll", self.poll(scale, entry.poll)))
        yield self.lines(*said)
        if entry.motivation.strip():
            yield self.label("minutes.motivation", block(entry.motivation))
        for reservation in entry.reservations:
            parts = [inline(reservation.who), block(reservation.why)]
            shown = " – ".join(part for part in parts if part)
            if shown:
                yield self.label("minutes.reservation", shown)

    def poll(self, scale: Scale | None, counts: list[PollCount]) -> str:
        """ "Ja 2, Delvis 5, Nej 1 (8 svar)": what the devices answered, with the scale's
        labels (an option the workshop no longer has is shown by its id)."""
        shown = ", ".join(
            f"{inline(scale.label(c.choice) if scale else c.choice)} {c.count}" for c in counts
        )
        total = sum(c.count for c in counts)
        return self.tr("minutes.poll_counts", counts=shown, total=total)

    def items(self, section: Section, items: tuple[Item, ...], depth: int) -> Iterator[str]:
        scale = self.workshop.scale(section.scale) if section.scale else None
        indent = "  " * depth
        inner = indent + "  "
        for item in items:
            entry = self.session.assessments[item.id]
            assessment = scale.label(entry.assessment) if scale else entry.assessment
            shown = (
                inline(assessment) if assessment.strip() else self.missing("reason.not_assessed")
            )
            number = self.numbers.get(item.id, "")
            lines = [
                f"{indent}- {number} {inline(item.text)}"
                if number
                else f"{indent}- {inline(item.text)}",
                f"{inner}{self.label('minutes.assessment', shown)}",
            ]
            if entry.note.strip():
                lines.append(f"{inner}{self.label('minutes.note', block(entry.note, inner))}")
            yield "\\\n".join(lines)
            yield from self.items(section, item.items, depth + 1)

    def commitment_row(self, number: str, commitment: Commitment) -> list[str]:
        # The number of what it answers ("§ 2.1"), which the same protokoll shows with its
        # text; the text only for a link this workshop has no number for.
        link = self.where("", commitment.link) if commitment.link in self.numbers else ""
        link = link or inline(self.workshop.link_text(commitment.link))
        return [
            number,
            self.or_missing(commitment.what, "minutes.none"),
            self.or_missing(commitment.who, "minutes.none"),
            self.date(commitment.due),
            self.tr(f"status.{commitment.status.value}"),
            link or self.tr("minutes.none"),
        ]

    def commitments(self) -> Iterator[str]:
        listed = self.session.commitments
        if not listed:
            yield self.missing("minutes.no_commitments")
            return
        header = [
            self.tr(f"minutes.col.{c}") for c in ("number", "what", "who", "due", "status", "link")
        ]
        rows = [self.commitment_row(shown_number(c.id), c) for c in listed]
        yield table(header, rows, ":-----")
        left_out = left_out_line(self.session, self.language)
        if left_out:
            yield escaped_inline(left_out)

    def wrapup(self) -> Iterator[str]:
        yield self.heading(3, self.tr("minutes.still_open"))
        matters = open_matters_by_item(self.session)
        if matters:
            yield "\n".join("- " + self.open_matter(found) for found in matters)
        else:
            yield self.missing("minutes.nothing_open")
        yield self.heading(3, self.tr("minutes.open_commitments"))
        still_open = [
            (shown_number(c.id), c) for c in self.session.commitments if c.status is Status.OPEN
        ]
        if still_open:
            yield "\n".join(self.open_commitment(number, c) for number, c in still_open)
        else:
            yield self.missing("minutes.no_open_commitments")
        yield self.heading(3, self.tr("minutes.follow_up_heading"))
        follow_up = self.session.meeting.follow_up
        yield self.lines(
            self.label(
                "minutes.follow_up",
                self.date(follow_up) if follow_up.strip() else self.missing("minutes.no_follow_up"),
            ),
            self.label("minutes.next_step", inline(self.workshop.next_step))
            if self.workshop.next_step.strip()
            else "",
        )

    def open_matter(self, matters: list[OpenMatter]) -> str:
        """One line for everything still open about one figure, question or item."""
        reasons = "; ".join(
            self.tr(f"reason.{m.reason.value}", detail=inline(m.detail)) for m in matters
        )
        return self.tr("minutes.open_matter", text=inline(matters[0].text), reason=reasons)

    def open_commitment(self, number: str, commitment: Commitment) -> str:
        """One open commitment, numbered as in the table: by its id's number, which deleting
        another commitment does not change."""
        what = self.or_missing(commitment.what, "minutes.none")
        details = [inline(commitment.who), self.date(commitment.due) if commitment.due else ""]
        shown = ", ".join(d for d in details if d)
        text = self.tr("minutes.open_commitment", number=number, what=what)
        return f"- {text} – {shown}" if shown else f"- {text}"

    # -- signatures --------------------------------------------------------------------

    def signatures(self, last: int) -> Iterator[str]:
        """The justering: which protokoll and which paragraphs are signed, a line for the
        place and date, and a signature line with name and role for each signer."""
        people = [p for p in self.session.meeting.participants if p.name.strip()]
        people = [p for p in people if p.attendance is Attendance.PRESENT]
        meeting = self.session.meeting
        yield self.heading(2, self.tr("minutes.signatures"))
        which = [
            self.tr("minutes.heading", title=inline(minutes_title(self.session))),
            inline(meeting.organisation),
            inline(meeting.date),
        ]
        paragraphs = (
            self.tr("minutes.paragraph", number=last)
            if last == 1
            else self.tr("minutes.paragraphs", first=1, last=last)
        )
        yield self.lines(
            ", ".join(part for part in which if part),
            f"**{paragraphs}**",
            self.label("minutes.signed_where", SIGNATURE_LINE[: len(SIGNATURE_LINE) // 2]),
        )
        yield self.tr("minutes.recorded_by")
        secretaries = [p for p in people if p.role is Role.SECRETARY]
        yield from self.signature_lines(secretaries)
        yield self.tr("minutes.approved_by")
        approvers = [p for p in people if p.role is Role.CHAIR]
        approvers += [p for p in people if p.role is Role.ADJUSTER]
        yield from self.signature_lines(approvers)

    def signature_lines(self, people: list[Participant]) -> Iterator[str]:
        if not people:
            yield SIGNATURE_LINE
        for person in people:
            name = self.tr(
                "minutes.name_role", name=inline(person.name), role=self.role(person.role)
            )
            yield f"{SIGNATURE_LINE}\\\n{name}"
