"""Running the live page: listen, say where, wait for Ctrl+C or a signal.

Bound to loopback unless a host is given; the address printed is the one people type or
scan: `--public-url` (an organisation's own reverse proxy) when given, else this machine's
address on the network when listening on all of them.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import socket
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from aiohttp import web

from facilitator.web.app import TOKEN, make_app

LOOPBACK = ("127.0.0.1", "localhost", "::1")
ALL_ADDRESSES = ("0.0.0.0", "::", "")
DEFAULT_PORT = 8765
CLEANUP_SECONDS = 5.0


@dataclass(frozen=True)
class ShareOptions:
    session_path: Path
    host: str = "127.0.0.1"
    port: int = DEFAULT_PORT
    public_url: str = ""
    language: str = ""
    show_notes: bool = False


def is_loopback(host: str) -> bool:
    return host in LOOPBACK or host.startswith("127.")


def shown_host(host: str) -> str:
    """The host in the printed address: this machine's own address when listening on all."""
    if host not in ALL_ADDRESSES:
        return f"[{host}]" if ":" in host else host
    with contextlib.suppress(OSError), socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.connect(("192.0.2.1", 9))  # no packet is sent: this only picks the route
        address: str = probe.getsockname()[0]
        return address
    return socket.gethostname()


def address(options: ShareOptions, port: int, token: str) -> str:
    """The address people open: the public one when given, with the token after it."""
    if options.public_url:
        return f"{options.public_url.rstrip('/')}/{token}/"
    return f"http://{shown_host(options.host)}:{port}/{token}/"


async def start(options: ShareOptions) -> tuple[web.AppRunner, str]:
    """Listen; returns the runner (to stop it) and the address to give people."""
    app = make_app(options.session_path, language=options.language, show_notes=options.show_notes)
    runner = web.AppRunner(app, access_log=None, handle_signals=False, shutdown_timeout=1.0)
    await runner.setup()
    site = web.TCPSite(runner, options.host or None, options.port, reuse_address=True)
    try:
        await site.start()
    except BaseException:
        await runner.cleanup()
        raise
    port = options.port
    for server in runner.addresses:
        if isinstance(server, tuple):
            port = server[1]
            break
    return runner, address(options, port, app[TOKEN])


def serve(options: ShareOptions, announce: Callable[[str], None]) -> None:
    """Run until Ctrl+C or SIGTERM; `announce` is given the address once it listens."""

    async def main() -> None:
        runner, url = await start(options)
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
            with contextlib.suppress(NotImplementedError, ValueError):
                loop.add_signal_handler(sig, stop.set)
        try:
            announce(url)
            await stop.wait()
        finally:
            # Pages that would not let go must not keep the command from ending.
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(runner.cleanup(), CLEANUP_SECONDS)

    asyncio.run(main())
