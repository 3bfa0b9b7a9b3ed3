"""Reading a series from the workspace: a session's file and the sessions it follows, or
every session of a series id, as the trend's `MeetingRecord`s. Only reads, never writes.

From a session file the `follows` links are walked back (each relative to the folder of the
file that holds it), then the sessions folder is searched for the rest of the series: the
files whose `[series] id` is the series' id, or whose own id is (the first meeting). The
search reads only the head of each file (`session_head`); only the series' files are read
whole.

Files point at each other, and any of them may be wrong. Each problem is one `SeriesNote`
(said in one line where the trend is shown) and the trend is drawn from what exists: a
missing or damaged earlier file, one outside the workspace (never read), one that is the
file itself, one that is another session than the link names (`follows_id`), or a session of
another workshop is replaced by the copy of its answers the follow-up keeps; a loop of links
is followed once around. Every file is read at most once, so no chain can hang the reading.
"""

from __future__ import annotations

import os
import stat
import tomllib
from collections import Counter
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from facilitator.domain.errors import FacilitatorError, SessionFileError
from facilitator.domain.trend import MeetingRecord, Trend, series_trend
from facilitator.i18n import t
from facilitator.paths import Workspace
from facilitator.storage.series_read import MeetingFile, meeting_of, read_meeting

if TYPE_CHECKING:
    from facilitator.domain.session import Session

# The head of a session file (its ids and `[series]`) comes before `[meeting]`: this much
# holds it with room to spare (a `[view]` table and long ids included).
HEAD_BYTES = 16_384


class Problem(StrEnum):
    """What is wrong with a file of the series; each value is the key of its words."""

    MISSING = "series.missing"
    DAMAGED = "series.damaged"
    OUTSIDE = "series.outside"  # outside the workspace: not read
    ITSELF = "series.itself"  # a follow-up that names its own file (or id) as the one it follows
    LOOP = "series.loop"  # links that lead round to a file already read
    NOT_THAT_SESSION = "series.not_that_session"  # the file's id is not the `follows_id`
    OTHER_WORKSHOP = "series.other_workshop"
    DUPLICATE = "series.duplicate"  # a second file with a session id already read


@dataclass(frozen=True)
class SeriesNote:
    """A file of the series that could not be used, and why: said in one line."""

    problem: Problem
    file: str  # as the reader knows it: relative to the sessions folder where possible
    detail: str = ""

    def line(self, language: str) -> str:
        """One line naming the file and what is wrong with it."""
        return t(self.problem.value, language, file=self.file, detail=self.detail)


@dataclass
class SeriesRead:
    """What was read: the series' id, the workshop's language, the meetings and the notes."""

    series: str
    language: str
    records: list[MeetingRecord] = field(default_factory=list)
    notes: list[SeriesNote] = field(default_factory=list)

    def trend(self, language: str | None = None) -> Trend:
        """The trend of what was read, its notes in `language` (the workshop's by default)."""
        language = language or self.language
        notes = [note.line(language) for note in self.notes]
        return series_trend(self.records, series=self.series, language=language, notes=notes)

    def leading_to(self, session_id: str) -> SeriesRead:
        """Only the meetings that lead to `session_id`: it and the meetings it follows, link
        by link. The minutes of a meeting show the trend up to that meeting, not a later
        one nor another branch of the series."""
        by_id = {record.session: record for record in self.records}
        chain: list[MeetingRecord] = []
        seen: set[str] = set()
        record = by_id.get(session_id)
        while record is not None and record.session not in seen:
            seen.add(record.session)
            chain.append(record)
            record = by_id.get(record.follows_id) if record.follows_id else None
        return replace(self, records=chain[::-1])


class SeriesNotFound(FacilitatorError):
    """Neither a session file nor the id of a series in the sessions folder."""


def session_head(path: Path) -> dict[str, Any] | None:
    """The top of a session file (its keys up to `[meeting]`: `id`, `[series]` …) parsed as
    TOML, or None when it is not a readable session file. Only regular files are opened, and
    only HEAD_BYTES of them are read, unless the head is longer (then the whole file is).
    The one place that knows how a head is read, so a faster reader can take its place."""
    try:
        before = os.stat(path)
        if not stat.S_ISREG(before.st_mode):
            return None
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
        fd = os.open(path, flags)
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                return None
            raw = os.read(fd, HEAD_BYTES)
        finally:
            os.close(fd)
    except OSError:
        return None
    text = raw.decode("utf-8", errors="replace")
    end = text.find("\n[meeting]")
    if end < 0:
        end = text.find("\n[workshop]")
    if end < 0:
        if len(raw) < HEAD_BYTES:
            return None  # the whole file, and no session in it
        return _head_of(path)
    try:
        doc = tomllib.loads(text[:end])
    except (tomllib.TOMLDecodeError, RecursionError, ValueError):
        return None
    if doc.get("kind") != "facilitator-session":
        return None
    return doc if "id" in doc else _head_of(path)  # a file from before ids: see _head_of


def _head_of(path: Path) -> dict[str, Any] | None:
    """The head of a file whose head is not enough (longer than HEAD_BYTES, or from before
    session ids, whose id is made from its workshop): read from the whole file."""
    try:
        meeting = read_meeting(path, path.name)
    except SessionFileError:
        return None
    head: dict[str, Any] = {"id": meeting.id, "kind": "facilitator-session"}
    if meeting.series is not None:
        head["series"] = {"id": meeting.series.id}
    return head


def _series_of(head: dict[str, Any]) -> tuple[str, str]:
    """A head's own id and its series' id (its own for a first meeting); "" if not said."""
    own = head.get("id")
    own = own if isinstance(own, str) else ""
    series = head.get("series")
    link = series.get("id") if isinstance(series, dict) else None
    return own, link if isinstance(link, str) and link else own


class _Reading:
    """One reading of a series: what has been read, by file and by id."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        # Every file's real path, asked for again and again as links are followed (a
        # series of 50 asked 300 times): each is looked up on the disk once per reading.
        self.real: dict[Path, Path] = {}
        self.root = _resolved(workspace.root)
        self.sessions = _resolved(workspace.sessions)
        self.records: dict[str, MeetingRecord] = {}  # by session id
        self.files: dict[Path, str] = {}  # resolved file → session id
        self.workshop = ""
        self.language = ""
        self.notes: list[SeriesNote] = []
        self.copies: dict[str, MeetingRecord] = {}
        self.read: list[tuple[MeetingFile, Path]] = []  # every meeting read, and its file
        self.walked: set[str] = set()  # meetings whose link has been followed

    def resolved(self, path: Path) -> Path:
        found = self.real.get(path)
        if found is None:
            found = self.real[path] = _resolved(path)
        return found

    def name(self, path: Path) -> str:
        """A file as the reader knows it: relative to the sessions folder when inside it."""
        resolved = self.resolved(path)
        try:
            return resolved.relative_to(self.sessions).as_posix()
        except ValueError:
            return str(path)

    def note(self, problem: Problem, file: str, detail: str = "") -> None:
        found = SeriesNote(problem, file, detail)
        if found not in self.notes:
            self.notes.append(found)

    def read_file(self, path: Path) -> MeetingFile:
        return read_meeting(path, self.name(path))

    def keep(self, meeting: MeetingFile, path: Path) -> None:
        self.records[meeting.id] = meeting.record
        self.files[self.resolved(path)] = meeting.id
        self.read.append((meeting, path))
        self.workshop = self.workshop or meeting.workshop
        self.language = self.language or meeting.language

    def copy_of_earlier(self, follow_up: MeetingFile) -> None:
        copy = follow_up.copy
        if copy is None:
            return
        if copy.session not in self.records:
            self.copies.setdefault(copy.session, copy)
        mine = self.records.get(follow_up.id)
        if mine is not None and mine.follows_id != copy.session:  # its link was not used
            self.records[follow_up.id] = replace(mine, follows_id=copy.session)

    def walk_back(self, meeting: MeetingFile, path: Path) -> MeetingFile:
        """Follow `follows` from `meeting` (in `path`) back to the first meeting, or to one
        already read; returns the earliest meeting this walk read. Each meeting's link is
        followed once in a reading, however many walks reach it."""
        node, node_path = meeting, path
        while node.series is not None and node.series.follows and node.id not in self.walked:
            self.walked.add(node.id)
            link = node.series
            target = node_path.parent / link.follows
            resolved = self.resolved(target)
            named = self.name(target) if _inside(resolved, self.root) else link.follows
            if resolved == self.resolved(node_path) or link.follows_id == node.id:
                self.note(Problem.ITSELF, self.name(node_path))
                self.copy_of_earlier(node)
                break
            if not _inside(resolved, self.root):
                self.note(Problem.OUTSIDE, self.name(node_path), link.follows)
                self.copy_of_earlier(node)
                break
            if resolved in self.files:  # read already: a loop, if any, is found at the end
                if self.files[resolved] != link.follows_id:
                    self.note(Problem.NOT_THAT_SESSION, self.name(node_path), named)
                    self.copy_of_earlier(node)
                break
            try:
                earlier = self.read_file(resolved)
            except SessionFileError as error:
                problem = Problem.DAMAGED if resolved.exists() else Problem.MISSING
                self.note(problem, named, _why(error, resolved))
                self.copy_of_earlier(node)
                break
            if earlier.id != link.follows_id:
                self.note(Problem.NOT_THAT_SESSION, self.name(node_path), named)
                self.copy_of_earlier(node)
                break
            if earlier.workshop != self.workshop:
                self.note(Problem.OTHER_WORKSHOP, named, earlier.workshop)
                self.copy_of_earlier(node)
                break
            if earlier.id in self.records:  # the same session in another file
                self.note(Problem.DUPLICATE, named, self.records[earlier.id].file)
                break
            self.keep(earlier, resolved)
            node, node_path = earlier, resolved
        return node

    def search(self, series: str) -> None:
        """Read the series' other files in the sessions folder (their heads first). When
        no file was read before, the series' workshop is its first meeting's (the file
        whose own id is the series' id), else the one most of its files have."""
        found: list[tuple[MeetingFile, Path]] = []
        for path in self.workspace.session_files():
            if self.resolved(path) in self.files:
                continue
            head = session_head(path)
            if head is None:
                continue
            own, of = _series_of(head)
            if series not in (own, of):
                continue
            try:
                found.append((self.read_file(path), path))
            except SessionFileError as error:
                self.note(Problem.DAMAGED, self.name(path), _why(error, path))
        if not self.workshop and found:
            first = [m for m, _ in found if m.id == series]
            counts = Counter(m.workshop for m, _ in found)
            self.workshop = first[0].workshop if first else counts.most_common(1)[0][0]
        for meeting, path in found:
            if meeting.id in self.records:
                self.note(Problem.DUPLICATE, self.name(path), self.records[meeting.id].file)
            elif meeting.workshop != self.workshop:
                self.note(Problem.OTHER_WORKSHOP, self.name(path), meeting.workshop)
            else:
                self.keep(meeting, path)

    def walk_all(self) -> None:
        """Walk back from every meeting read (names each wrong link once), break any loop
        of links, and show a meeting that could not be read with the copy its follow-up
        keeps."""
        index = 0
        while index < len(self.read):  # a walk may read more; those are walked too
            self.walk_back(*self.read[index])
            index += 1
        self.break_loops()
        for copy in self.copies.values():
            if copy.session not in self.records:
                self.records[copy.session] = copy

    def break_loops(self) -> None:
        """Links that lead round in a ring (A follows B, B follows A): the link of the ring's
        earliest meeting is not used, and named, so the ring reads as a line."""
        done: set[str] = set()

        def order(record: MeetingRecord) -> tuple[int, str, str]:
            return (record.number, record.date, record.session)

        for start in sorted(self.records.values(), key=order):
            path: list[str] = []
            current = start.session
            while current in self.records and current not in done and current not in path:
                path.append(current)
                current = self.records[current].follows_id
            if current in path:
                ring = [self.records[i] for i in path[path.index(current) :]]
                first = min(ring, key=order)
                parent = self.records[first.follows_id]
                self.note(Problem.LOOP, first.file, parent.file)
                self.records[first.session] = replace(first, follows_id="")
            done.update(path)


def read_series(
    given: str,
    workspace: Workspace,
    *,
    current: tuple[Session | MeetingFile, Path] | None = None,
) -> SeriesRead:
    """The series of the session file `given` (a path, or a name in the sessions folder),
    or the series whose id is `given`. `current` is a session open in memory and its file:
    it stands in for that file, and the series is read from it (`given` is then unused);
    the app passes it as a MeetingFile made on its own thread (`meeting_of`), so a worker
    thread reading the files never reads the session while it is being changed.
    A session file that cannot be read raises SessionFileError, an id no file has
    SeriesNotFound: one line each."""
    reading = _Reading(workspace)
    start: tuple[MeetingFile, Path] | None = None
    if current is not None:
        open_one, where = current
        if not isinstance(open_one, MeetingFile):
            open_one = meeting_of(open_one, reading.name(where))
        start = (open_one, where)
    elif (found := _session_file(given, workspace)) is not None:
        start = (reading.read_file(found), found)
    series = given
    if start is not None:
        reading.keep(*start)
        series = reading.walk_back(*start).record.series
    reading.search(series)
    if not reading.records:
        raise SeriesNotFound(f"no session file or series '{given}' in {workspace.sessions}")
    reading.walk_all()
    return SeriesRead(series, reading.language, list(reading.records.values()), reading.notes)


def _session_file(given: str, workspace: Workspace) -> Path | None:
    """`given` as a session file (as given, or in the sessions folder, with or without its
    `.toml`), or None if no such file exists (then it may be a series id)."""
    path = Path(given)
    for candidate in (path, workspace.sessions / path, workspace.sessions / f"{given}.toml"):
        if given and candidate.exists():
            return candidate
    return None


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # a link loop
        return path.absolute()


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def _why(error: SessionFileError, path: Path) -> str:
    """The reason alone: the message starts with the file's name, which the note gives."""
    lines = str(error).splitlines()
    return lines[0].removeprefix(f"{path}: ").removeprefix("damaged: ") if lines else ""


def minutes_trend(
    session: Session,
    path: Path,
    workspace: Workspace,
    language: str | None = None,
    *,
    said_in: str | None = None,
) -> tuple[Trend | None, list[str]]:
    """The trend a follow-up's minutes in `language` draw, read from the series' files up to
    this meeting (`session`, open in memory, stands in for its file `path`), and the lines,
    in `said_in` (the minutes' language by default), that name what could not be read.
    (None, []) for a first meeting: its minutes have no trend. When the series cannot be
    read at all, (None, [why]): the minutes then draw the earlier meeting and this one from
    the copy the follow-up keeps."""
    if session.series is None:
        return None, []
    try:
        found = read_series("", workspace, current=(session, path)).leading_to(session.id)
    except (FacilitatorError, OSError) as error:
        return None, [str(error).splitlines()[0]]
    said_in = said_in or language or found.language
    return found.trend(language), [note.line(said_in) for note in found.notes]
