"""The way back from a damaged session file: the good copy and `facilitator restore`."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from tests.unit.helpers import SWEDISH_WORKSHOP, facilitator

from facilitator.domain.errors import FacilitatorError, SessionFileError
from facilitator.domain.session import Session
from facilitator.paths import Workspace
from facilitator.storage import session_toml
from facilitator.storage.backup import good_copy_path, restore_good_copy
from facilitator.storage.sessions import create_session, open_session, read_session
from facilitator.storage.workshop_yaml import load_workshop


def session_with_notes(workspace: Workspace, notes: str) -> Path:
    created = create_session(workspace, Session(load_workshop(SWEDISH_WORKSHOP)))
    created.close()
    store = open_session(created.path)
    store.session.set_notes("underlag", notes)
    store.save()
    store.close()
    return created.path


def test_closing_keeps_a_good_copy_that_loads(workspace: Workspace) -> None:
    path = session_with_notes(workspace, "Det viktiga")
    copy = good_copy_path(path)
    assert copy.read_bytes() == path.read_bytes()
    assert read_session(copy).sections["underlag"].notes == "Det viktiga"
    assert workspace.session_files() == [path]  # the copy is hidden, not listed as a session


def test_closing_keeps_as_good_only_what_reads_back(workspace: Workspace) -> None:
    """The bytes this process wrote are no proof: a writer that puts down a value the
    reader refuses (a time zone offset with seconds did) must not replace the good copy."""
    path = session_with_notes(workspace, "Det viktiga")
    good = good_copy_path(path).read_bytes()
    store = open_session(path)
    unreadable = re.sub(rb"(created = \S+ \S+[+-]\d\d:\d\d)", rb"\1:30", path.read_bytes())
    assert unreadable != path.read_bytes()
    path.write_bytes(unreadable)
    store.wrote(unreadable)  # as if the autosave had written it
    store.close()
    assert good_copy_path(path).read_bytes() == good
    assert read_session(good_copy_path(path)).sections["underlag"].notes == "Det viktiga"


def test_opening_reads_the_file_once_for_itself_and_its_good_copy(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = session_with_notes(workspace, "Det viktiga")
    good_copy_path(path).unlink()
    loads = session_toml.loads_session
    read: list[str] = []
    monkeypatch.setattr(
        session_toml, "loads_session", lambda *a, **k: read.append("") or loads(*a, **k)
    )
    open_session(path).lock.release()  # type: ignore[union-attr]
    assert len(read) == 1
    assert good_copy_path(path).read_bytes() == path.read_bytes()


def test_closing_checks_a_file_another_program_changed(workspace: Workspace) -> None:
    path = session_with_notes(workspace, "Det viktiga")
    good = good_copy_path(path).read_bytes()
    store = open_session(path)
    store.session.set_notes("underlag", "Mer")
    store.save()
    path.write_bytes(b"kind = [broken")  # a sync tool, after our last save
    store.close()
    assert good_copy_path(path).read_bytes() == good  # the damage is not kept as good


def test_a_damaged_file_says_how_to_get_back(workspace: Workspace) -> None:
    path = session_with_notes(workspace, "Det viktiga")
    damaged = path.read_bytes()[:2000]
    path.write_bytes(damaged)
    with pytest.raises(SessionFileError) as error:
        read_session(path)
    message = str(error.value)
    assert "\n" not in message
    assert "a good copy from" in message and f"facilitator restore {path}" in message
    assert path.read_bytes() == damaged  # reading never changes the file


def test_restore_puts_the_copy_back_and_keeps_the_damaged_file(workspace: Workspace) -> None:
    path = session_with_notes(workspace, "Det viktiga")
    path.write_bytes(b"kind = [broken")
    result = facilitator("restore", str(path), cwd=workspace.root)
    assert result.returncode == 0, result.stderr
    assert read_session(path).sections["underlag"].notes == "Det viktiga"
    kept = list(path.parent.glob(f"{path.name}.damaged-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == b"kind = [broken"
    assert str(kept[0]) in result.stdout


def test_restore_without_a_copy_changes_nothing(workspace: Workspace) -> None:
    path = workspace.ensure(workspace.sessions) / "lost.toml"
    path.write_bytes(b"not a session")
    with pytest.raises(FacilitatorError, match="no good copy"):
        restore_good_copy(path)
    assert path.read_bytes() == b"not a session"
    result = facilitator("restore", str(path), cwd=workspace.root)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1
