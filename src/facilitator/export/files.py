"""Writing the exports into a folder (the workspace's `exports/` by default).

Names come from the meeting date and a slug of the title (`2026-11-30-ledningens-stod.md`):
lower-case ASCII letters, digits and hyphens only, at most 60 of them, so no title (`../../x`,
`/etc/passwd`, `CON`, 300 characters) can name anything outside the folder or anything a file
system refuses. All formats of one export share one name. When any of those names is taken,
the next free number is added to all of them (`…-2.md`, `…-2.html`, …): an earlier export is
never overwritten unless the caller asks for `replace=True`.

A session written from its file is exported under that file's name instead
(`sessions/2026-11-30-steg-2-ledningens-stod-2.toml` gives `2026-11-30-steg-2-ledningens-stod-2.md`
…): session files in one folder never share a name, so each session has export names of its
own, and exporting it again replaces its own earlier files (the title may have changed since)
rather than adding numbered copies beside them.

Each file is written whole to a temporary file in the same folder, then linked to its name;
all files of an export are written before any is named, so a failure leaves none of them.
A hard link, unlike a rename, fails when the name exists, so a file that appears meanwhile is
never replaced, and a name that is a symbolic link (even a dangling one) counts as taken:
nothing is ever written through a link to elsewhere. Where a file system has no hard links
(FAT on a USB stick), the file is created with O_EXCL|O_NOFOLLOW instead, which refuses the
same things. With `replace=True` the file is renamed over the old one; a symbolic link there
is replaced itself, its target left alone.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import itertools
import os
import re
import secrets
from collections.abc import Iterable, Iterator
from pathlib import Path

from facilitator.domain.session import Session
from facilitator.domain.text import slugify
from facilitator.domain.trend import Trend
from facilitator.export.commitments import commitments_csv, commitments_ics, has_calendar
from facilitator.export.escape import without_isolation
from facilitator.export.html import minutes_html
from facilitator.export.minutes import minutes_language, minutes_marked, minutes_title
from facilitator.export.xlsx import commitments_xlsx
from facilitator.i18n import t
from facilitator.storage.atomic import fsync_folder

FORMATS = ("md", "html", "csv", "xlsx", "ics")
SUFFIXES = {
    "md": ".md",
    "html": ".html",
    "csv": "-commitments.csv",
    "xlsx": "-commitments.xlsx",
    "ics": ".ics",
}
_SAFE_NAME = re.compile(r"^[0-9a-z][0-9a-z-]*(\.md|\.html|\.csv|\.xlsx|\.ics)$")


class UnknownFormat(ValueError):
    def __init__(self, name: str) -> None:
        self.name = name
        super().__init__(f"unknown format {name!r}; choose from {', '.join(FORMATS)}")


def parse_formats(text: str) -> tuple[str, ...]:
    """Formats from a comma-separated list ("md,html"), in the order of FORMATS."""
    asked = {part.strip().lower() for part in text.split(",")}
    for name in sorted(asked):
        if name not in FORMATS:
            raise UnknownFormat(name)
    return tuple(f for f in FORMATS if f in asked)


def export_stem(session: Session, language: str | None = None) -> str:
    """`2026-11-30-ledningens-stod`: the meeting date (or the day the session was created)
    and a slug of the title."""
    day = session.meeting_date() or session.created.date()
    lang = minutes_language(session, language)
    slug = slugify(minutes_title(session)) or t("minutes.file_stem", lang)
    return f"{day.isoformat()}-{slug}"


def session_export_stem(file_stem: str) -> str:
    """The export name of the session whose file is `file_stem`.toml: the stem itself when it
    is already a safe name (as the names facilitator gives are), else its slug with a short
    hash of the stem, so that two files whose names slug alike ("Möte 1", "mote-1") still
    get names of their own."""
    slug = slugify(file_stem)
    if slug == file_stem and _SAFE_NAME.match(slug + ".md"):
        return slug
    digest = hashlib.sha256(file_stem.encode("utf-8", "surrogateescape")).hexdigest()[:8]
    return f"{slug or 'session'}-{digest}"


def render_exports(
    session: Session,
    formats: Iterable[str] = FORMATS,
    language: str | None = None,
    *,
    trend: Trend | None = None,
) -> dict[str, bytes]:
    """The bytes of each asked format. The calendar is left out when neither a commitment
    nor the follow-up has a valid date: an iCalendar file must hold at least one entry.
    `trend`, the session's whole series when the caller has read it, is drawn in the page
    of a follow-up (see `minutes_html`)."""
    with collector_paused():
        return _render(session, set(formats), language, trend)


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Making the files builds some hundreds of thousands of objects that all live until the
    end, and the garbage collector walked them (and everything else in the process) again
    and again as they grew: 10,000 items took 3.4 s with it and 2.7 s without. It is off while
    the files are made, and collects as usual afterwards."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _render(
    session: Session, asked: set[str], language: str | None, trend: Trend | None = None
) -> dict[str, bytes]:
    out: dict[str, bytes] = {}
    markdown = minutes_marked(session, language) if asked & {"md", "html"} else ""
    if "md" in asked:
        out["md"] = without_isolation(markdown).encode("utf-8")
    if "html" in asked:  # the page is made from the same Markdown, not a second rendering
        page = minutes_html(session, language, markdown=markdown, trend=trend)
        out["html"] = page.encode("utf-8")
    if "csv" in asked:
        out["csv"] = commitments_csv(session, language)
    if "xlsx" in asked:
        out["xlsx"] = commitments_xlsx(session, language)
    if "ics" in asked and has_calendar(session):
        out["ics"] = commitments_ics(session, language)
    return out


def write_exports(
    session: Session,
    folder: Path,
    formats: Iterable[str] = FORMATS,
    *,
    language: str | None = None,
    replace: bool = False,
    session_file: Path | None = None,
    trend: Trend | None = None,
) -> list[Path]:
    """Write the asked formats into `folder` (made if missing); return the paths written.

    Given the `session_file` the session was read from, the files are named after it and
    replace that session's own earlier export. Otherwise the name comes from the date and
    title and never overwrites: when a name is taken, all files get the next free number.
    With `replace=True` (after asking the user), the unnumbered names are replaced instead.
    `trend` is passed on to `render_exports`.
    """
    formats = tuple(formats)
    contents = render_exports(session, formats, language, trend=trend)
    folder.mkdir(parents=True, exist_ok=True)
    if session_file is not None:
        replace = True
        stem = session_export_stem(session_file.stem)
    else:
        stem = export_stem(session, language)
    if replace:
        paths = _paths(folder, stem, contents)
        _write_all(paths, contents, replace=True)
        if session_file is not None:
            _remove_left_out(folder, stem, set(formats) - set(contents))
        return list(paths.values())
    for number in itertools.count(1):
        paths = _paths(folder, stem if number == 1 else f"{stem}-{number}", contents)
        if any(os.path.lexists(path) for path in paths.values()):
            continue
        try:
            _write_all(paths, contents, replace=False)
        except FileExistsError:  # another export took a name meanwhile: try the next number
            continue
        return list(paths.values())
    raise AssertionError("unreachable")


def _write_all(paths: dict[str, Path], contents: dict[str, bytes], *, replace: bool) -> None:
    """All the files of one export, or none: each is written whole to a temporary name
    first (where a full disk shows), and only then are they all given their names. When one
    fails, the temporary files and any already named are removed (in `replace` mode, files
    already renamed over older ones stay, being whole), and the OSError names the export
    file that failed, not its temporary name. A half export left an `.md` without its
    `.html`, and the next try wrote `-2.*` beside it."""
    temps: dict[str, Path] = {}
    named: list[Path] = []
    try:
        for fmt, path in paths.items():
            temps[fmt] = _write_temp(path, contents[fmt])
        for fmt, path in paths.items():
            _name(temps[fmt], path, contents[fmt], replace=replace)
            named.append(path)
    except BaseException:
        if not replace:
            for path in named:
                with contextlib.suppress(OSError):
                    path.unlink()
        raise
    finally:
        for temp in temps.values():
            with contextlib.suppress(OSError):
                temp.unlink()
    if paths:
        fsync_folder(next(iter(paths.values())).parent)


def _failed(error: OSError, path: Path) -> OSError:
    """`error` as it concerns `path`, the export file a person knows by name."""
    return OSError(error.errno, error.strerror or str(error), str(path))


def _remove_left_out(folder: Path, stem: str, left_out: set[str]) -> None:
    """Remove this session's own earlier file of a format asked for but now left out (the
    calendar, once no commitment has a date): it would show what the session no longer says."""
    for fmt in left_out:
        path = folder / (stem + SUFFIXES[fmt])
        if path.is_file() and not path.is_symlink():
            path.unlink(missing_ok=True)


def _paths(folder: Path, stem: str, contents: dict[str, bytes]) -> dict[str, Path]:
    paths = {}
    for fmt in contents:
        name = stem + SUFFIXES[fmt]
        if not _SAFE_NAME.match(name):
            raise ValueError(f"unsafe export name {name!r}")
        paths[fmt] = folder / name
    return paths


def _open_new(path: Path) -> int:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    return os.open(path, flags | getattr(os, "O_BINARY", 0), 0o666)


def _write_fd(fd: int, data: bytes) -> None:
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _write_temp(path: Path, data: bytes) -> Path:
    """`data` written whole (and synced) to a new temporary file beside `path`."""
    while True:
        temp = path.parent / f".{path.name}.{secrets.token_hex(6)}.tmp"
        try:
            fd = _open_new(temp)
        except FileExistsError:
            continue
        except OSError as error:
            raise _failed(error, path) from None
        break
    try:
        _write_fd(fd, data)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise _failed(error, path) from None
    return temp


def _name(temp: Path, path: Path, data: bytes, *, replace: bool) -> None:
    """Give the written `temp` its name: over an older file only when `replace`."""
    try:
        if replace:
            os.replace(temp, path)
            return
        try:
            os.link(temp, path)
        except FileExistsError:
            raise
        except OSError:  # no hard links on this file system
            fd = _open_new(path)
            try:
                _write_fd(fd, data)
            except OSError:
                with contextlib.suppress(OSError):
                    os.unlink(path)
                raise
    except FileExistsError:
        raise
    except OSError as error:
        raise _failed(error, path) from None
