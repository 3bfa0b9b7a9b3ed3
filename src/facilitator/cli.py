"""The `facilitator` command.

Commands that only read or write files (workshops, validate, sessions, export) never import
Textual, so they start quickly and work on a machine without a terminal. Errors a user can
cause print one line on stderr and exit 1; usage errors exit 2.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from facilitator.domain.errors import FacilitatorError, WorkshopError
from facilitator.domain.text import terminal_safe
from facilitator.i18n import Translator, ui_language
from facilitator.paths import Workspace

THEMES = ("projector-light", "projector-dark", "textual-dark", "textual-light")
# A table cell longer than this is cut with "…" (all but the last column, the file's path):
# a title of a million characters padded every row of `facilitator sessions` to its width.
MAX_CELL = 48


def say(text: str, *, error: bool = False) -> None:
    """Print a message, each line made safe for a terminal (`terminal_safe`): file names,
    titles, keys and lock owners come from files, and an escape sequence among them would
    be run by the terminal. What the terminal's encoding cannot show is replaced (see
    `main`), so no message ends in a traceback."""
    lines = (terminal_safe(line) for line in text.split("\n"))
    print("\n".join(lines), file=sys.stderr if error else sys.stdout)


class Parser(argparse.ArgumentParser):
    """argparse's own messages (usage errors) made terminal-safe as well."""

    def _print_message(self, message: str, file: object = None) -> None:
        if message:
            say(message.rstrip("\n"), error=file is not sys.stdout)


class VersionAction(argparse.Action):
    """`--version`, looking the version up only when asked (see `facilitator.__getattr__`)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **_: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help="show the version and exit")

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        import facilitator

        print(f"facilitator {facilitator.__version__}")  # on stdout, like --help
        parser.exit()


def _common(parser: argparse.ArgumentParser, *, sub: bool) -> None:
    """Options accepted both before and after the command. In a sub-parser they default to
    SUPPRESS, so `--lang en workshops` is not undone by the sub-parser's own default."""
    default = argparse.SUPPRESS if sub else None
    parser.add_argument(
        "--workspace",
        metavar="DIR",
        default=default,
        help="folder holding sessions/, exports/ and workshops/ "
        "(default: $FACILITATOR_WORKSPACE or the current folder)",
    )
    parser.add_argument(
        "--lang",
        choices=("sv", "en"),
        default=default,
        help="language of the screens and minutes (default: the workshop's)",
    )
    parser.add_argument(
        "--theme", choices=THEMES, default=default, help="colour theme (default: projector-light)"
    )


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="facilitator",
        description="Run a facilitated workshop on a shared screen and keep its minutes. "
        "Without a command, the start screen opens.",
    )
    parser.add_argument("--version", action=VersionAction)
    _common(parser, sub=False)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        _common(sub, sub=True)
        return sub

    new = command("new", "start a new session")
    new.add_argument(
        "workshop",
        nargs="?",
        metavar="WORKSHOP",
        help="built-in or workspace workshop id, or a YAML file (default: the built-in step 2)",
    )
    resume = command("resume", "resume a session")
    resume.add_argument(
        "session",
        nargs="?",
        metavar="SESSION",
        help="session file, or its name in the workspace's sessions folder (default: the most"
        " recently changed unfinished one)",
    )
    resume.add_argument(
        "--read-only",
        action="store_true",
        help="open without changing anything, even if another program holds it",
    )
    follow_up = command(
        "follow-up", "start the next meeting of a series from an earlier session (left unchanged)"
    )
    follow_up.add_argument(
        "session", metavar="SESSION", help="the earlier session's file, or its name in sessions/"
    )
    command("sessions", "list the sessions in the workspace")
    trend = command(
        "trend", "print how a series' answers, figures and commitments moved, meeting by meeting"
    )
    trend.add_argument(
        "series",
        metavar="SESSION|SERIES",
        help="a session file of the series (or its name in sessions/), or the series' id",
    )
    trend.add_argument(
        "--csv", action="store_true", help="CSV in long format instead of Markdown tables"
    )
    export = command("export", "write the minutes of a session without opening the screen")
    export.add_argument("session", metavar="SESSION", help="session file")
    export.add_argument(
        "--format",
        action="append",
        metavar="FORMATS",
        help="comma-separated: md, html, csv, xlsx, ics (default: all); may be repeated",
    )
    export.add_argument("--out", metavar="DIR", help="folder to write to (default: exports/)")
    restore = command("restore", "put back the last good copy of a damaged session file")
    restore.add_argument("session", metavar="SESSION", help="session file")
    share = command("share", "show a session live on the participants' own devices")
    share.add_argument(
        "session",
        nargs="?",
        metavar="SESSION",
        help="session file, or its name in the workspace's sessions folder (default: the most"
        " recently changed unfinished one)",
    )
    share.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to listen on (default: 127.0.0.1, this computer only; 0.0.0.0 for all)",
    )
    share.add_argument(
        "--port", type=int, default=8765, help="port to listen on (default: 8765; 0: any free)"
    )
    share.add_argument(
        "--public-url",
        default="",
        metavar="URL",
        help="the address people use when a reverse proxy forwards to this one",
    )
    share.add_argument(
        "--show-notes", action="store_true", help="show the discussion notes on the live page"
    )
    # For the session screen, which starts the server and shows the address itself.
    share.add_argument("--address-only", action="store_true", help=argparse.SUPPRESS)
    validate = command("validate", "check workshop files")
    validate.add_argument("files", nargs="+", metavar="FILE")
    command("workshops", "list the built-in and workspace workshops")
    return parser


def _cell(text: str, *, last: bool) -> str:
    text = terminal_safe(text)
    return text if last or len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


def _table(rows: list[list[str]]) -> str:
    rows = [[_cell(c, last=i == len(row) - 1) for i, c in enumerate(row)] for row in rows]
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in rows
    )


def cmd_workshops(args: argparse.Namespace, workspace: Workspace, tr: Translator) -> int:
    from facilitator.storage.catalog import list_workshops

    rows = [
        [
            tr("cli.col.id"),
            tr("cli.col.language"),
            tr("cli.col.sections"),
            tr("cli.col.title"),
            tr("cli.col.source"),
        ]
    ]
    for info in list_workshops(workspace):
        source = tr("cli.builtin") if info.builtin else info.source
        if info.problems:
            # The file is named in the last column; the problem says where in it.
            problem = info.problems[0].removeprefix(f"{info.source}:").lstrip()
            rows.append([info.id, "-", "-", f"({tr('cli.invalid')}: {problem})", source])
        else:
            rows.append([info.id, info.language, str(info.sections), info.title, source])
    say(_table(rows))
    return 0


def cmd_validate(args: argparse.Namespace, workspace: Workspace, tr: Translator) -> int:
    from facilitator.storage.workshop_yaml import load_workshop

    status = 0
    for name in args.files:
        try:
            workshop = load_workshop(Path(name), name=name)
        except WorkshopError as error:
            say(str(error), error=True)
            status = 1
            continue
        say(tr("cli.valid", file=name, id=workshop.id, sections=len(workshop.sections)))
        taken = id_taken(Path(name), workshop.id, workspace, tr)
        if taken:
            say(taken)
    return status


def id_taken(path: Path, workshop_id: str, workspace: Workspace, tr: Translator) -> str:
    """A note when another workshop has this file's id: both are listed and can be started
    from the start screen, but `facilitator new ID` opens only one of them."""
    from facilitator.storage.catalog import sharing_id

    real = path.resolve()
    sharing = sharing_id(workshop_id, workspace)
    others = [w for w in sharing if Path(w.source).resolve() != real]
    if not others:
        return ""

    def named(source: str, builtin: bool) -> str:
        return tr("cli.builtin_workshop") if builtin else source

    first = sharing[0]
    opened = (
        tr("cli.this_file")
        if Path(first.source).resolve() == real
        else named(first.source, first.builtin)
    )
    return tr(
        "cli.id_taken",
        file=str(path),
        id=workshop_id,
        others=", ".join(named(w.source, w.builtin) for w in others),
        opened=opened,
    )


def cmd_sessions(args: argparse.Namespace, workspace: Workspace, tr: Translator) -> int:
    """The sessions, most recently changed first, each series together: its first meeting,
    then each follow-up under it, marked with its place in the series."""
    from facilitator.storage.sessions import in_series, list_sessions

    summaries = list_sessions(workspace)
    if not summaries:
        say(tr("cli.no_sessions", folder=workspace.sessions))
        return 0
    rows = [
        [
            tr("cli.col.title"),
            tr("cli.col.workshop"),
            tr("cli.col.date"),
            tr("cli.col.progress"),
            tr("cli.col.state"),
            tr("cli.col.path"),
        ]
    ]
    for s in (summary for group in in_series(summaries) for summary in group):
        if s.problem:
            kind = tr(f"cli.problem.{s.problem_kind or 'damaged'}")  # what the file is
            rows.append(["-", "-", "-", "-", kind, str(s.path)])
            continue
        state = tr("cli.finished") if s.finished else tr("cli.unfinished")
        title = s.title or tr("cli.untitled")
        if s.follow_up:
            title = tr("cli.follow_up", number=s.series_number, title=title)
        rows.append([title, s.workshop, s.date, f"{s.done}/{s.total}", state, str(s.path)])
    say(_table(rows))
    return 0


def cmd_trend(args: argparse.Namespace, workspace: Workspace, tr: Translator) -> int:
    """Print a series' trend to stdout; a file of the series that is missing, damaged or
    points somewhere it should not is named in one line on stderr, and the trend is drawn
    from what exists. Reading only."""
    from facilitator.export.trend import note_lines, trend_csv, trend_markdown
    from facilitator.storage.series import read_series

    found = read_series(args.series, workspace)
    language = args.lang or found.language or tr.language
    trend = found.trend(language)
    text = trend_csv(trend, language) if args.csv else trend_markdown(trend, language)
    say(text.removesuffix("\n"))
    for line in note_lines(trend, language):
        say(f"facilitator: {line}", error=True)
    return 0


def session_path(given: str, workspace: Workspace) -> Path:
    """A session file as given, or a name in the workspace's sessions folder, with or
    without its `.toml` (`facilitator export 2026-11-30-steg-2`): the same for resume,
    restore and export."""
    path = Path(given)
    if path.exists() or not given:
        return path
    for candidate in (workspace.sessions / path, workspace.sessions / f"{given}.toml"):
        if candidate.exists():
            return candidate
    return path


def cmd_export(args: argparse.Namespace, workspace: Workspace, tr: Translator) -> int:
    """Write the minutes of a session file. Reading only: this works while another
    facilitator has the session open, and never writes the session file. An unknown format
    is a usage error (exit 2); a missing or damaged session file is exit 1."""
    from facilitator.export import FORMATS, UnknownFormat, parse_formats, write_exports
    from facilitator.export.undated import left_out_line
    from facilitator.storage.sessions import read_session

    try:
        formats = parse_formats(",".join(args.format or FORMATS))
    except UnknownFormat as error:
        message = tr("minutes.unknown_format", format=error.name, choices=", ".join(FORMATS))
        say(f"facilitator: {message}", error=True)
        return 2
    if args.out is not None and not args.out.strip():
        say(f"facilitator: {tr('cli.empty_out', folder=workspace.exports)}", error=True)
        return 2
    path = session_path(args.session, workspace)
    session = read_session(path)
    folder = Path(args.out) if args.out else workspace.exports
    trend = None
    if "html" in formats:  # a follow-up's page draws its series' key figures
        from facilitator.storage.series import minutes_trend

        trend, problems = minutes_trend(session, path, workspace, args.lang, said_in=tr.language)
        for problem in problems:
            say(f"facilitator: {problem}", error=True)
    written = write_exports(
        session, folder, formats, language=args.lang, session_file=path, trend=trend
    )
    for written_path in written:
        say(str(written_path))
    if "ics" in formats and not any(p.suffix == ".ics" for p in written):
        say(f"facilitator: {tr('minutes.no_calendar')}", error=True)
    elif "ics" in formats and (left_out := left_out_line(session, tr.language)):
        say(f"facilitator: {left_out}", error=True)
    return 0


def cmd_restore(args: argparse.Namespace, workspace: Workspace, tr: Translator) -> int:
    """Put back the good copy kept when the session last opened or closed cleanly; the file
    it replaces is kept beside it, never deleted."""
    from facilitator.storage.backup import restore_good_copy

    path = session_path(args.session, workspace)
    aside, kept = restore_good_copy(path)
    say(tr("cli.restored", path=path, time=kept.strftime("%Y-%m-%d %H:%M")))
    if aside is not None:
        say(tr("cli.kept_aside", path=aside))
    return 0


def cmd_share(args: argparse.Namespace, workspace: Workspace, tr: Translator) -> int:
    """Serve the live page of one session until Ctrl+C. Reads the session file, never
    writes it; the address (with its secret token) and a QR code of it are printed."""
    from facilitator.storage.sessions import latest_unfinished

    if args.session:
        path = session_path(args.session, workspace)
    else:
        found = latest_unfinished(workspace)
        if found is None:
            raise FacilitatorError(tr("cli.no_sessions", folder=workspace.sessions))
        path = found
    if args.public_url and not args.public_url.startswith(("http://", "https://")):
        say(f"facilitator: {tr('share.bad_public_url', url=args.public_url)}", error=True)
        return 2
    if not 0 <= args.port <= 65535:
        message = tr("share.bad_port", host=args.host, port=args.port, reason="0-65535")
        say(f"facilitator: {message}", error=True)
        return 2
    from facilitator.web.qr import qr_for_terminal
    from facilitator.web.serve import ShareOptions, is_loopback, serve

    options = ShareOptions(
        path, args.host, args.port, args.public_url, args.lang or "", args.show_notes
    )

    def announce(url: str) -> None:
        if args.address_only:
            print(url, flush=True)
            return
        say(tr("share.address", url=url))
        print(qr_for_terminal(url, colour=sys.stdout.isatty()), flush=True)
        say(tr("share.loopback") if is_loopback(args.host) else tr("share.reachable"))
        say(tr("share.stop"))
        sys.stdout.flush()

    try:
        serve(options, announce)
    except OSError as error:
        if error.filename:
            raise
        reason = error.strerror or str(error)
        raise FacilitatorError(
            tr("share.bad_port", host=args.host, port=args.port, reason=reason)
        ) from None
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace, Workspace, Translator], int]] = {
    "workshops": cmd_workshops,
    "validate": cmd_validate,
    "sessions": cmd_sessions,
    "trend": cmd_trend,
    "export": cmd_export,
    "restore": cmd_restore,
    "share": cmd_share,
}


def run(argv: Sequence[str] | None = None) -> int:
    """Parse and run; returns the exit status (the entry point exits with it)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    tr = Translator(ui_language(args.lang))
    try:
        workspace = Workspace.choose(args.workspace)
    except FileNotFoundError:  # the current folder was deleted: getcwd names no path
        raise FacilitatorError(tr("cli.no_folder")) from None
    handler = COMMANDS.get(args.command or "")
    if handler is None:
        if args.command in ("resume", "follow-up") and args.session:
            args.session = str(session_path(args.session, workspace))
        # Starting the screens makes some hundred thousand objects and almost no garbage;
        # the collector would walk them all a dozen times before the first frame (about
        # 30 ms). It is off until the app has drawn (see lifecycle.start_up_over).
        gc.disable()
        from facilitator.tui.launch import launch  # the screens, and only then Textual

        status: int = launch(args, workspace)
        return status
    return handler(args, workspace, tr)


def _replace_unprintable() -> None:
    """Characters the terminal's encoding cannot show (a title in a Latin-1 or ASCII locale,
    a file name that is not UTF-8) print as "?" instead of ending in UnicodeEncodeError."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")


def main(argv: Sequence[str] | None = None) -> None:
    _replace_unprintable()
    try:
        status = run(argv)
    except FacilitatorError as error:
        say(f"facilitator: {error}", error=True)
        status = 1
    except BrokenPipeError:  # `facilitator sessions | head`: the reader has had enough
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        status = 141  # 128 + SIGPIPE, as a shell reports it
    except OSError as error:
        where = f": {error.filename}" if error.filename else ""
        say(f"facilitator: {error.strerror or error}{where}", error=True)
        status = 1
    except KeyboardInterrupt:
        status = 130
    sys.exit(status)
