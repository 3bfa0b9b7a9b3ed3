"""Errors a user can cause. Each prints as one clear line (or one line per problem)."""

from __future__ import annotations

from dataclasses import dataclass


class FacilitatorError(Exception):
    """Base of every error that is the user's to fix, not a bug: shown without a traceback."""


@dataclass(frozen=True)
class Located:
    """One problem in a file, at a 1-based line and column when the format can tell."""

    file: str
    message: str
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        if self.line is None:
            return f"{self.file}: {self.message}"
        return f"{self.file}:{self.line}:{self.column or 1}: {self.message}"


class WorkshopError(FacilitatorError):
    """A workshop file that cannot be used, with every problem found in it."""

    def __init__(self, problems: list[Located]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class SessionFileError(FacilitatorError):
    """A session file that cannot be read: damaged, too new, or not a session at all."""


class SessionNotReadable(SessionFileError):
    """A session file that was not read at all: missing, a folder, a named pipe or device,
    too large, or unreadable. `kind` says which (storage.regular_file.Refusal's values), so a
    listing can say what the file is rather than call it damaged."""

    def __init__(self, message: str, kind: str) -> None:
        self.kind = kind
        super().__init__(message)


class SessionTooNew(SessionFileError):
    """A session written by a newer facilitator; it may be shown, never overwritten."""


class SessionWriteProtected(FacilitatorError):
    """A session file whose mode gives nobody write permission (chmod 0444): its owner said
    "do not change this", so it is only shown, even where the system would let us write."""

    def __init__(self, path: str) -> None:
        self.path = path
        super().__init__(f"{path}: write-protected; shown read-only (chmod u+w makes it writable)")


class SessionInUse(FacilitatorError):
    """Another running facilitator holds the session."""

    def __init__(self, path: str, pid: int | None, host: str, since: str) -> None:
        self.path, self.pid, self.host, self.since = path, pid, host, since
        who = f"PID {pid} on {host}" if pid else "another program"
        when = f" since {since}" if since else ""
        super().__init__(f"{path}: in use by {who}{when}")
