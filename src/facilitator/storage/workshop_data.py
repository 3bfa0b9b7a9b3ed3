"""Workshop definitions as plain data (from YAML or a session file) and back.

One checker serves both sources: it walks the data with the shared reader (storage.schema),
collects every problem with the path where it stands, and builds frozen dataclasses only when
there are none; or, for a session file, stops at the first. The caller turns paths into
positions (YAML) or key names (TOML).
"""

from __future__ import annotations

import math
import re
from typing import Any

from facilitator.domain.placeholders import span_pattern, token_pattern
from facilitator.domain.workshop import (
    Example,
    Figure,
    Item,
    NumberKind,
    Question,
    Rewording,
    Scale,
    ScaleOption,
    Section,
    SectionKind,
    Workshop,
)
from facilitator.storage.schema import (
    WORKSHOP,
    Path,
    Problem,
    Problems,
    Reader,
    describe,
    type_name,
)

WORKSHOP_FORMAT = 1
MAX_ITEM_DEPTH = 4
MAX_NUMBER = 10**15  # beyond any figure or time box, and exact as a float
_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")

TOP_KEYS = (
    "format_version",
    "id",
    "version",
    "language",
    "title",
    "description",
    "next_step",
    "scales",
    "sections",
)
SECTION_KEYS = {
    SectionKind.TEXT: ("figures",),
    SectionKind.QUESTIONS: ("scale", "questions"),
    SectionKind.ASSESSMENT: ("scale", "items"),
    SectionKind.EXAMPLES: ("examples",),
    SectionKind.COMMITMENTS: (),
    SectionKind.WRAPUP: (),
    SectionKind.FOLLOW_UP: (),
}
SECTION_COMMON = ("id", "kind", "title", "timebox_minutes", "text")
FIGURE_KEYS = (
    "id",
    "label",
    "placeholder",
    "type",
    "min",
    "max",
    "unit",
    "ordinal",
    "help",
    "filled",
)
FILLED_KEYS = ("replace", "with")
OPTION_KEYS = ("id", "label", "open")


class _Checker(Reader):
    """The workshop schema, walked with the shared reader's checks (see storage.schema)."""

    def __init__(self, *, newer: bool = False, first: bool = False, session: bool = False) -> None:
        super().__init__(WORKSHOP, first=first, lenient=newer)
        # A follow-up section is facilitator's own: a session file may hold one, a
        # workshop file may not.
        self.kinds = set(SectionKind) if session else set(SectionKind) - {SectionKind.FOLLOW_UP}
        self.ids: dict[str, Path] = {}

    # -- shapes --------------------------------------------------------------------------

    def text(
        self,
        data: dict[str, Any],
        key: str,
        path: Path,
        *,
        required: bool = True,
        default: str = "",
    ) -> str:
        """Text, which a workshop's keys must hold unless said otherwise."""
        return super().text(data, key, path, required=required, default=default)

    def number(self, data: dict[str, Any], key: str, path: Path) -> float | None:
        value = data.get(key)
        if key not in data:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.problem((*path, key), f"expected a number, got {type_name(value)}")
            return None
        if isinstance(value, float) and not math.isfinite(value):
            self.problem((*path, key), f"expected a finite number, got {value}")
            return None
        if abs(value) > MAX_NUMBER:
            self.problem((*path, key), f"too large; at most {MAX_NUMBER:,} either way")
            return None
        return float(value) if isinstance(value, float) else value

    def identifier(self, data: dict[str, Any], path: Path, *, unique: bool = True) -> str:
        value = self.text(data, "id", path)
        if value and not _ID.match(value):
            self.problem(
                (*path, "id"),
                f"'{value}' is not a valid id (use a-z, 0-9, - and _, "
                "starting with a letter or digit, at most 64 characters)",
            )
            return value
        if value and unique:
            if value in self.ids:
                first = describe(self.ids[value])
                self.problem((*path, "id"), f"duplicate id '{value}' (already used by {first})")
            else:
                self.ids[value] = path
        return value

    # -- parts ---------------------------------------------------------------------------

    def workshop(self, data: Any) -> Workshop | None:
        top = self.table(
            data,
            (),
            TOP_KEYS,
            ("format_version", "id", "version", "language", "title", "scales", "sections"),
        )
        if top is None:
            return None
        if "format_version" in top:
            fmt = top["format_version"]
            if isinstance(fmt, bool) or not isinstance(fmt, int):
                self.problem(("format_version",), f"expected a whole number, got {type_name(fmt)}")
            elif fmt > WORKSHOP_FORMAT and not self.lenient:
                self.problem(
                    ("format_version",),
                    f"format {fmt} is newer than this facilitator "
                    f"understands ({WORKSHOP_FORMAT}); update facilitator",
                )
            elif fmt < 1:
                self.problem(("format_version",), f"expected {WORKSHOP_FORMAT}")
        workshop_id = self.identifier(top, (), unique=False)
        version = self.text(top, "version", ())  # a YAML number such as 1.10 would become 1.1
        language = self.text(top, "language", ())
        if language and not _LANGUAGE.match(language):
            self.problem(("language",), f"'{language}' is not a language code such as sv or en")
        title = self.text(top, "title", ())
        description = self.text(top, "description", (), required=False)
        next_step = self.text(top, "next_step", (), required=False)
        scales = self.scales(top.get("scales"), ("scales",)) if "scales" in top else ()
        sections = tuple(
            s
            for i, raw in enumerate(self.sequence(top, "sections", (), minimum=1))
            if (s := self.section(raw, ("sections", i), {sc.id for sc in scales})) is not None
        )
        self.singletons(sections)
        if self.found:
            return None
        return Workshop(
            id=workshop_id,
            version=version,
            language=language,
            title=title,
            sections=sections,
            scales=scales,
            description=description,
            next_step=next_step,
            format_version=top["format_version"],
        )

    def scales(self, value: Any, path: Path) -> tuple[Scale, ...]:
        if not isinstance(value, dict):
            self.problem(
                path, f"expected a mapping of scale names to options, got {type_name(value)}"
            )
            return ()
        found = []
        for name, options in value.items():
            where = (*path, name)
            if not _ID.match(name):
                self.problem(where, f"'{name}' is not a valid scale name", at_key=True)
            if not isinstance(options, list):
                self.problem(where, f"expected a list of options, got {type_name(options)}")
                continue
            if len(options) < 2:
                self.problem(where, "a scale needs at least two options")
            parsed, seen = [], set()
            for i, raw in enumerate(options):
                option = self.table(raw, (*where, i), OPTION_KEYS, ("id", "label"))
                if option is None:
                    continue
                option_id = self.identifier(option, (*where, i), unique=False)
                if option_id in seen:
                    self.problem((*where, i, "id"), f"duplicate option id '{option_id}'")
                seen.add(option_id)
                parsed.append(
                    ScaleOption(
                        option_id,
                        self.text(option, "label", (*where, i)),
                        self.flag(option, "open", (*where, i)),
                    )
                )
            found.append(Scale(name, tuple(parsed)))
        # Sorted by name: scales are found by name, and a session file may give them back in
        # another order (TOML writes a long scale as a table, after the short ones).
        return tuple(sorted(found, key=lambda scale: scale.id))

    def section(self, raw: Any, path: Path, scales: set[str]) -> Section | None:
        if self.table(raw, path) is None:
            return None
        kind_text = raw.get("kind")
        try:
            kind = SectionKind(str(kind_text))
            if kind not in self.kinds:
                raise ValueError(kind)
        except ValueError:
            kinds = ", ".join(k.value for k in SectionKind if k in self.kinds)
            shown = kind_text if isinstance(kind_text, str) else type_name(kind_text)
            self.problem(
                (*path, "kind") if "kind" in raw else path,
                f"unknown section kind '{shown}' (expected one of: {kinds})"
                if "kind" in raw
                else "missing key 'kind'",
            )
            return None
        extra = SECTION_KEYS[kind]
        required = ("id", "kind", "title", "timebox_minutes", *(k for k in extra if k != "figures"))
        self.table(raw, path, SECTION_COMMON + extra, required)
        section_id = self.identifier(raw, path)
        title = self.text(raw, "title", path)
        text = self.text(raw, "text", path, required=False)
        minutes = self.number(raw, "timebox_minutes", path)
        if minutes is not None and minutes <= 0:
            self.problem((*path, "timebox_minutes"), "must be a positive number of minutes")
        scale = ""
        if "scale" in extra:
            scale = self.text(raw, "scale", path)
            if scale and scale not in scales:
                self.problem((*path, "scale"), f"no scale named '{scale}' in scales")
        figures = tuple(
            f
            for i, r in enumerate(self.sequence(raw, "figures", path))
            if (f := self.figure(r, (*path, "figures", i), text)) is not None
        )
        questions = tuple(
            q
            for i, r in enumerate(self.sequence(raw, "questions", path, minimum=1))
            if (q := self.question(r, (*path, "questions", i))) is not None
        )
        items = tuple(
            it
            for i, r in enumerate(self.sequence(raw, "items", path, minimum=1))
            if (it := self.item(r, (*path, "items", i), 1)) is not None
        )
        examples = tuple(
            e
            for i, r in enumerate(self.sequence(raw, "examples", path, minimum=1))
            if (e := self.example(r, (*path, "examples", i))) is not None
        )
        return Section(
            id=section_id,
            kind=kind,
            title=title,
            timebox_minutes=minutes or 0,
            text=text,
            scale=scale,
            figures=figures,
            questions=questions,
            items=items,
            examples=examples,
        )

    def figure(self, raw: Any, path: Path, section_text: str) -> Figure | None:
        data = self.table(
            raw, path, FIGURE_KEYS, ("id", "label", "placeholder", "type", "min", "max")
        )
        if data is None:
            return None
        figure_id = self.identifier(data, path)
        label = self.text(data, "label", path)
        placeholder = self.text(data, "placeholder", path)
        if placeholder and not token_pattern([placeholder]).search(section_text):
            self.problem(
                (*path, "placeholder"),
                f"the placeholder '{placeholder}' does not appear as a word of its own "
                "in the section's text",
            )
        kind_text = data.get("type")
        kind = NumberKind.DECIMAL
        if "type" in data:
            try:
                kind = NumberKind(str(kind_text))
            except ValueError:
                self.problem((*path, "type"), "expected integer or decimal")
        low, high = self.number(data, "min", path), self.number(data, "max", path)
        if low is not None and high is not None and low >= high:
            self.problem((*path, "max"), "must be greater than min")
        ordinal = self.flag(data, "ordinal", path)
        if ordinal and kind is not NumberKind.INTEGER:
            self.problem((*path, "ordinal"), "only an integer figure can be an ordinal")
        return Figure(
            id=figure_id,
            label=label,
            placeholder=placeholder,
            kind=kind,
            minimum=low or 0,
            maximum=high or 0,
            unit=self.text(data, "unit", path, required=False),
            ordinal=ordinal,
            help=self.text(data, "help", path, required=False),
            filled=self.rewording(data, path, placeholder, section_text),
        )

    def rewording(
        self, data: dict[str, Any], path: Path, placeholder: str, section_text: str
    ) -> Rewording | None:
        """The figure's `filled:` words: a span of the text around the placeholder, and what
        it reads once the figure has a value. Both must hold the placeholder as a word, and
        the span must stand in the text, or the rule could never apply."""
        if "filled" not in data:
            return None
        where = (*path, "filled")
        raw = self.table(data["filled"], where, FILLED_KEYS, FILLED_KEYS)
        if raw is None:
            return None
        span = self.text(raw, "replace", where)
        text = self.text(raw, "with", where)
        if not (span and text and placeholder):
            return None
        token = token_pattern([placeholder])
        for key, value in (("replace", span), ("with", text)):
            if not token.search(value):
                self.problem(
                    (*where, key),
                    f"must hold the placeholder '{placeholder}' as a word of its own",
                )
                return None
        if not span_pattern([span]).search(section_text):
            self.problem((*where, "replace"), f"'{span}' does not appear in the section's text")
            return None
        return Rewording(span=span, text=text)

    def question(self, raw: Any, path: Path) -> Question | None:
        data = self.table(raw, path, ("id", "text"), ("id", "text"))
        if data is None:
            return None
        return Question(self.identifier(data, path), self.text(data, "text", path))

    def item(self, raw: Any, path: Path, depth: int) -> Item | None:
        data = self.table(raw, path, ("id", "text", "items"), ("id", "text"))
        if data is None:
            return None
        if depth >= MAX_ITEM_DEPTH and "items" in data:
            self.problem((*path, "items"), f"items nest at most {MAX_ITEM_DEPTH} levels deep")
            children: tuple[Item, ...] = ()
        else:
            children = tuple(
                it
                for i, r in enumerate(self.sequence(data, "items", path, minimum=1))
                if (it := self.item(r, (*path, "items", i), depth + 1)) is not None
            )
        return Item(self.identifier(data, path), self.text(data, "text", path), children)

    def example(self, raw: Any, path: Path) -> Example | None:
        data = self.table(raw, path, ("id", "title", "text"), ("id", "title", "text"))
        if data is None:
            return None
        return Example(
            self.identifier(data, path),
            self.text(data, "title", path),
            self.text(data, "text", path),
        )

    def singletons(self, sections: tuple[Section, ...]) -> None:
        for kind in (SectionKind.COMMITMENTS, SectionKind.WRAPUP, SectionKind.FOLLOW_UP):
            indexes = [i for i, s in enumerate(sections) if s.kind is kind]
            for extra in indexes[1:]:
                self.problem(
                    ("sections", extra, "kind"),
                    f"a workshop has at most one '{kind.value}' section",
                )


def workshop_from_data(
    data: Any, *, newer: bool = False, first: bool = False, session: bool = False
) -> Workshop:
    """Check `data` against the workshop schema; raise Problems listing all that is wrong,
    or with `first`, FirstProblem at the first (all a session file's reader needs to say).

    With `newer` (the workshop inside a session file from a newer facilitator, to be shown
    read-only), keys this version does not know and a newer format_version are passed over;
    everything it does know is checked as usual. With `session` (the workshop inside a
    session file), a follow-up section is allowed."""
    checker = _Checker(newer=newer, first=first, session=session)
    workshop = checker.workshop(data)
    if workshop is None:
        raise Problems(checker.found or [Problem((), "not a workshop")])
    return workshop


def workshop_header(workshop: Workshop) -> dict[str, Any]:
    """The workshop's own keys (all but its sections), in schema order."""
    data: dict[str, Any] = {
        "format_version": workshop.format_version,
        "id": workshop.id,
        "version": workshop.version,
        "language": workshop.language,
        "title": workshop.title,
    }
    if workshop.description:
        data["description"] = workshop.description
    if workshop.next_step:
        data["next_step"] = workshop.next_step
    data["scales"] = {scale.id: [_option(o) for o in scale.options] for scale in workshop.scales}
    return data


def _option(option: ScaleOption) -> dict[str, Any]:
    data: dict[str, Any] = {"id": option.id, "label": option.label}
    if option.open:
        data["open"] = True
    return data


def section_to_data(section: Section) -> dict[str, Any]:
    """A section's definition, without any of its children (they are written by the caller)."""
    data: dict[str, Any] = {
        "id": section.id,
        "kind": section.kind.value,
        "title": section.title,
        "timebox_minutes": section.timebox_minutes,
    }
    if section.text:
        data["text"] = section.text
    if section.scale:
        data["scale"] = section.scale
    return data


def figure_to_data(figure: Figure) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": figure.id,
        "label": figure.label,
        "placeholder": figure.placeholder,
        "type": figure.kind.value,
        "min": figure.minimum,
        "max": figure.maximum,
    }
    if figure.unit:
        data["unit"] = figure.unit
    if figure.ordinal:
        data["ordinal"] = True
    if figure.help:
        data["help"] = figure.help
    if figure.filled is not None:
        data["filled"] = {"replace": figure.filled.span, "with": figure.filled.text}
    return data
