"""The `facilitator` command.

Commands that only read or write files (workshops, validate, sessions, export) never import
Textual, so they start quickly and work on a machine without a terminal. Errors a user can
cause print one line on stderr and exit 1; usage errors exit 2.
"""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from facilitator.domain.errors import FacilitatorError, WorkshopError
from facilitator.i18n import Translator, ui_language
from facilitator.paths import Workspace

THEMES = ("projector-light", "projector-dark", "textual-dark", "textual-light")


class VersionAction(argparse.Action):
    """`--version`, looking the version up only when asked (see `facilitator.__getattr__`)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **_: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help="show the version and exit")

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        import facilitator

        parser.exit(message=f"facilitator {facilitator.__version__}\n")


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
    parser = argparse.ArgumentParser(
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
    command("sessions", "list the sessions in the workspace")
    export = command("export", "write the minutes of a session without opening the screen")
    export.add_argument("session", metavar="SESSION", help="session file")
    export.add_argument(
        "--format",
        default="md,html,csv,xlsx,ics",
        metavar="FORMATS",
        help="comma-separated: md, html, csv, xlsx, ics (default: all)",
    )
    export.add_argument("--out", metavar="DIR", help="folder to write to (default: exports/)")
    restore = command("restore", "put back the last good copy of a damaged session file")
    restore.add_argument("session", metavar="SESSION", help="session file")
    validate = command("validate", "check workshop files")
    validate.add_argument("files", nargs="+", metavar="FILE")
    command("workshops", "list the built-in and workspace workshops")
    return parser


def _table(rows: list[list[str]]) -> str:
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
            rows.append([info.id, "-", "-", f"({tr('cli.invalid')}: {info.problems[0]})", source])
        else:
            rows.append([info.id, info.language, str(info.sections), info.title, source])
    print(_table(rows))
    return 0


def cmd_validate(args: argparse.Namespace, workspace: Workspace, tr: Translator) -> int:
    from facilitator.storage.workshop_yaml import load_workshop

    status = 0
    for name in args.files:
        try:
            workshop = load_workshop(Path(name), name=name)
        except WorkshopError as error:
            print(error, file=sys.stderr)
            status = 1
            continue
        print(tr("cli.valid", file=name, id=workshop.id, sections=len(workshop.sections)))
    return status


def cmd_sessions(args: argparse.Namespace, workspace: Workspace, tr: Translator) -> int:
    from facilitator.storage.sessions import list_sessions

    summaries = list_sessions(workspace)
    if not summaries:
        print(tr("cli.no_sessions", folder=workspace.sessions))
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
    for s in summaries:
        if s.problem:
            rows.append(["-", "-", "-", "-", tr("cli.damaged"), str(s.path)])
            continue
        state = tr("cli.finished") if s.finished else tr("cli.unfinished")
        title = s.title or tr("cli.untitled")
        rows.append([title, s.workshop, s.date, f"{s.done}/{s.total}", state, str(s.path)])
    print(_table(rows))
    return 0


def session_path(given: str, workspace: Workspace) -> Path:
    """A session file as given, or a bare name from `facilitator sessions` in the workspace."""
    path = Path(given)
    if not path.exists() and (workspace.sessions / path).is_file():
        return workspace.sessions / path
    return path


def cmd_export(args: argparse.Namespace, workspace: Workspace, tr: Translator) -> int:
    """Write the minutes of a session file. Reading only: this works while another
    facilitator has the session open, and never writes the session file. An unknown format
    is a usage error (exit 2); a missing or damaged session file is exit 1."""
    from facilitator.export import FORMATS, UnknownFormat, parse_formats, write_exports
    from facilitator.storage.sessions import read_session

    try:
        formats = parse_formats(args.format)
    except UnknownFormat as error:
        message = tr("minutes.unknown_format", format=error.name, choices=", ".join(FORMATS))
        print(f"facilitator: {message}", file=sys.stderr)
        return 2
    session = read_session(session_path(args.session, workspace))
    folder = Path(args.out) if args.out else workspace.exports
    written = write_exports(session, folder, formats, language=args.lang)
    for written_path in written:
        print(written_path)
    if "ics" in formats and not any(p.suffix == ".ics" for p in written):
        print(f"facilitator: {tr('minutes.no_calendar')}", file=sys.stderr)
    return 0


def cmd_restore(args: argparse.Namespace, workspace: Workspace, tr: Translator) -> int:
    """Put back the good copy kept when the session last opened or closed cleanly; the file
    it replaces is kept beside it, never deleted."""
    from facilitator.storage.backup import restore_good_copy

    path = session_path(args.session, workspace)
    aside, kept = restore_good_copy(path)
    print(tr("cli.restored", path=path, time=kept.strftime("%Y-%m-%d %H:%M")))
    if aside is not None:
        print(tr("cli.kept_aside", path=aside))
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace, Workspace, Translator], int]] = {
    "workshops": cmd_workshops,
    "validate": cmd_validate,
    "sessions": cmd_sessions,
    "export": cmd_export,
    "restore": cmd_restore,
}


def run(argv: Sequence[str] | None = None) -> int:
    """Parse and run; returns the exit status (the entry point exits with it)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    workspace = Workspace.choose(args.workspace)
    tr = Translator(ui_language(args.lang))
    handler = COMMANDS.get(args.command or "")
    if handler is None:
        if args.command == "resume" and args.session:
            args.session = str(session_path(args.session, workspace))
        # Starting the screens makes some hundred thousand objects and almost no garbage;
        # the collector would walk them all a dozen times before the first frame (about
        # 30 ms). It is off until the app has drawn (see lifecycle.start_up_over).
        gc.disable()
        from facilitator.tui.launch import launch  # the screens, and only then Textual

        status: int = launch(args, workspace)
        return status
    return handler(args, workspace, tr)


def main(argv: Sequence[str] | None = None) -> None:
    try:
        status = run(argv)
    except FacilitatorError as error:
        print(f"facilitator: {error}", file=sys.stderr)
        status = 1
    except OSError as error:
        where = f": {error.filename}" if error.filename else ""
        print(f"facilitator: {error.strerror or error}{where}", file=sys.stderr)
        status = 1
    except KeyboardInterrupt:
        status = 130
    sys.exit(status)
