"""`facilitator share` as a person runs it: the address and its QR code printed, the page
served there, Ctrl+C ends it; mistakes are one line."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

from unit.helpers import facilitator


def start(session_file: Path, *args: str) -> tuple[subprocess.Popen[str], str]:
    env = {**os.environ, "FACILITATOR_WORKSPACE": str(session_file.parent.parent)}
    process = subprocess.Popen(
        [sys.executable, "-m", "facilitator", "share", str(session_file), "--port", "0", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**env, "LANG": "C.UTF-8"},
    )
    assert process.stdout is not None
    first = process.stdout.readline()
    found = re.search(r"(https?://\S+/)", first)
    assert found, first + (process.stderr.read() if process.stderr else "")
    return process, found.group(1)


def stop(process: subprocess.Popen[str]) -> tuple[str, str]:
    """Ctrl+C, then the rest of its output. Read through the same text streams the address
    was read from: `communicate` reads the pipes underneath them, and what the first
    `readline` had already taken into the stream's buffer (all of it, when the command wrote
    it at once) would be missing from what it returns."""
    process.send_signal(signal.SIGINT)
    process.wait(timeout=20)
    assert process.stdout is not None and process.stderr is not None
    return process.stdout.read(), process.stderr.read()


def test_share_prints_the_address_and_a_qr_code_and_serves_the_page(session_file: Path) -> None:
    process, url = start(session_file)
    try:
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+/[A-Za-z0-9_-]{32}/", url)
        assert process.stdout is not None
        rest = [process.stdout.readline() for _ in range(3)]
        assert any("█" in line or "▀" in line for line in rest)
        with urllib.request.urlopen(url, timeout=10) as response:
            assert "Management group, November" in response.read().decode()
        try:
            urllib.request.urlopen(url.rsplit("/", 2)[0] + "/", timeout=10)
            raise AssertionError("the address without its token answered")
        except urllib.error.HTTPError as error:
            assert error.code == 404
    finally:
        out, err = stop(process)
    assert process.returncode == 0, err
    assert "Only this computer can reach the address" in out
    assert err == ""


def test_the_public_url_is_the_address_given(session_file: Path) -> None:
    process, url = start(session_file, "--public-url", "https://möte.example.se/live/")
    stop(process)
    assert re.fullmatch(r"https://möte\.example\.se/live/[A-Za-z0-9_-]{32}/", url)


def test_share_mistakes_are_one_line(session_file: Path, tmp_path: Path) -> None:
    missing = facilitator("share", "nothing.toml", cwd=tmp_path)
    assert missing.returncode == 1 and missing.stdout == ""
    assert missing.stderr.strip().count("\n") == 0 and "no such session file" in missing.stderr
    bad_url = facilitator("share", str(session_file), "--public-url", "ftp://x", cwd=tmp_path)
    assert bad_url.returncode == 2 and "--public-url" in bad_url.stderr
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        busy = facilitator("share", str(session_file), "--port", port, cwd=tmp_path)
    assert busy.returncode == 1, busy.stderr
    assert busy.stderr.startswith(f"facilitator: cannot listen on 127.0.0.1:{port}")
    assert busy.stderr.strip().count("\n") == 0 and "Traceback" not in busy.stderr
