"""The web application: one meeting, reached only through a secret token in the address.

Every route sits under `/{token}/`, the token a fresh `secrets.token_urlsafe` (at least
128 bits) at every start; any other path is a plain 404 that says nothing about the meeting.
Every response carries a Content-Security-Policy without inline script or style, `nosniff`
and `no-referrer`; request bodies are capped and answers rate-limited per device.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import re
import secrets
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

from aiohttp import web

from facilitator.i18n import Translator
from facilitator.storage.sharing import Answer
from facilitator.web.limits import RateLimit
from facilitator.web.live import LiveMeeting
from facilitator.web.page import live_part, page, poll_options, poll_part

TOKEN_BYTES = 24  # 192 bits, 32 characters in the address
MAX_BODY = 4096
MAX_STREAMS = 500
KEEPALIVE_SECONDS = 15.0
COOKIE = "facilitator-device"
_DEVICE = re.compile(r"^[A-Za-z0-9_-]{22,64}$")

SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; "
    "connect-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; "
    "frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
}
STATIC = {
    "live.js": "text/javascript",
    "live.css": "text/css",
    "icon.svg": "image/svg+xml",
}
MESSAGES = {
    "saved": "web.poll.saved",
    "not_open": "web.poll.not_open",
    "not_a_choice": "web.poll.not_a_choice",
    "too_fast": "web.poll.too_fast",
    "not_saved": "web.poll.not_saved",
}

MEETING = web.AppKey("meeting", LiveMeeting)
TOKEN = web.AppKey("token", str)
LIMIT = web.AppKey("limit", RateLimit)
STREAMS: web.AppKey[set[asyncio.Task[object]]] = web.AppKey("streams")


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def make_app(
    session_path: Path,
    *,
    token: str | None = None,
    language: str = "",
    show_notes: bool = False,
    limit: RateLimit | None = None,
) -> web.Application:
    """The application for one session file (read here once, so a file that cannot be read
    is an error before anything listens)."""
    meeting = LiveMeeting(session_path, language=language, show_notes=show_notes)
    app = web.Application(client_max_size=MAX_BODY)
    app[MEETING] = meeting
    app[TOKEN] = token or new_token()
    app[LIMIT] = limit or RateLimit()
    app[STREAMS] = set()
    base = f"/{app[TOKEN]}"
    app.router.add_get(f"{base}/", show_page)
    app.router.add_get(f"{base}/events", events)
    app.router.add_post(f"{base}/answer", take_answer)
    for name in STATIC:
        app.router.add_get(f"{base}/static/{name}", static_file)
    app.on_response_prepare.append(_security_headers)
    app.on_shutdown.append(_end_streams)
    app.cleanup_ctx.append(_watching)
    return app


async def _security_headers(_: web.Request, response: web.StreamResponse) -> None:
    for name, header in SECURITY_HEADERS.items():
        response.headers.setdefault(name, header)
    response.headers.pop("Server", None)


async def _watching(app: web.Application) -> AsyncIterator[None]:
    meeting = app[MEETING]
    task = asyncio.create_task(meeting.watch())
    yield
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
    meeting.close()


async def _end_streams(app: web.Application) -> None:
    """Pages following the meeting would hold the server open for ever: end them first."""
    streams = app[STREAMS]
    for stream in tuple(streams):
        stream.cancel()


# -- the device ------------------------------------------------------------------------


def device_cookie(request: web.Request) -> str | None:
    found = request.cookies.get(COOKIE, "")
    return found if _DEVICE.match(found) else None


def device_key(cookie: str) -> str:
    """What the answers file records: a digest, never the cookie that answers as the device."""
    return hashlib.sha256(cookie.encode("ascii")).hexdigest()[:32]


def _give_cookie(response: web.StreamResponse, cookie: str) -> None:
    response.set_cookie(
        COOKIE, cookie, path="/", httponly=True, samesite="Strict", max_age=7 * 24 * 3600
    )


# -- pages -----------------------------------------------------------------------------


def _render(request: web.Request, device: str | None, message: str = "") -> tuple[str, str]:
    """(the whole page, its live part) for one device. Made once per change of the meeting
    and choice on a device (50 pages following a change cost a handful of renderings)."""
    meeting = request.app[MEETING]
    mine = meeting.mine(device) if device else None

    def make() -> tuple[str, str]:
        view = meeting.view(request.app[TOKEN])
        body = live_part(view, poll_part(view, mine, message), message)
        return page(view, body), body

    return meeting.rendered((mine or "", message), make)


async def show_page(request: web.Request) -> web.Response:
    cookie = device_cookie(request)
    said = MESSAGES.get(request.query.get("said", ""), "")
    meeting = request.app[MEETING]
    message = Translator(meeting.view(request.app[TOKEN]).lang)(said) if said else ""
    whole, _ = _render(request, device_key(cookie) if cookie else None, message)
    response = web.Response(text=whole, content_type="text/html", charset="utf-8")
    if cookie is None:
        _give_cookie(response, secrets.token_urlsafe(16))
    return response


async def static_file(request: web.Request) -> web.Response:
    name = request.path.rsplit("/", 1)[-1]
    body = resources.files("facilitator.web").joinpath("static", name).read_bytes()
    charset = None if name.endswith(".svg") else "utf-8"
    return web.Response(body=body, content_type=STATIC[name], charset=charset)


async def events(request: web.Request) -> web.StreamResponse:
    """Server-sent events: the live part of the page, for this device, at every change."""
    streams = request.app[STREAMS]
    if len(streams) >= MAX_STREAMS:
        raise web.HTTPServiceUnavailable(text="busy")
    cookie = device_cookie(request)
    device = device_key(cookie) if cookie else None
    meeting = request.app[MEETING]
    response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
    await response.prepare(request)
    task: asyncio.Task[object] | None = asyncio.current_task()
    assert task is not None
    streams.add(task)
    seen = -1
    try:
        while True:
            if meeting.version != seen:
                seen = meeting.version
                _, body = _render(request, device)
                data = json.dumps({"html": body, "version": seen})
                await response.write(f"event: page\ndata: {data}\n\n".encode())
            else:
                await response.write(b": still here\n\n")
            await meeting.wait_change(seen, KEEPALIVE_SECONDS)
    except (ConnectionResetError, asyncio.CancelledError):
        pass
    finally:
        streams.discard(task)
    return response


async def take_answer(request: web.Request) -> web.StreamResponse:
    """One device's choice on the open question. Acknowledged only once it is on disk."""
    meeting = request.app[MEETING]
    form = await request.post()
    cookie = device_cookie(request)
    new_cookie = cookie is None
    if cookie is None:
        cookie = secrets.token_urlsafe(16)
    device = device_key(cookie)
    poll = meeting.share.poll
    choice = form.get("choice")
    status, said = 200, "saved"
    if not request.app[LIMIT].allow(device):
        status, said = 429, "too_fast"
    elif poll is not None and meeting.is_new_device_past_cap(poll.id, device):
        # A script dropping its cookie is a new device at every answer: the rate limit
        # cannot see it, this cap on devices per question bounds what it can write.
        status, said = 429, "too_fast"
    elif poll is None or not poll.open or form.get("poll") != poll.id:
        status, said = 409, "not_open"
    elif not isinstance(choice, str) or choice not in poll_options(meeting.session, poll.question):
        status, said = 400, "not_a_choice"
    else:
        at = datetime.now(UTC).isoformat(timespec="seconds")
        try:
            await meeting.answer(Answer(poll.id, poll.question, device, choice, at))
        except OSError:  # not on disk, so not acknowledged: the device is told to try again
            status, said = 503, "not_saved"
    response = _answer_response(request, device, status, said)
    if new_cookie:
        _give_cookie(response, cookie)
    return response


def _answer_response(
    request: web.Request, device: str, status: int, said: str
) -> web.StreamResponse:
    token = request.app[TOKEN]
    if "application/json" in request.headers.get("Accept", ""):
        lang = request.app[MEETING].view(token).lang
        message = Translator(lang)(MESSAGES[said])
        _, body = _render(request, device)
        reply = {"ok": status == 200, "html": body, "message": message}
        return web.json_response(reply, status=status)
    if status == 200:  # after a post, a redirect: reloading the page does not post again
        return web.Response(status=303, headers={"Location": f"/{token}/?said=saved"})
    message = Translator(request.app[MEETING].view(token).lang)(MESSAGES[said])
    whole, _ = _render(request, device, message)
    return web.Response(text=whole, status=status, content_type="text/html", charset="utf-8")
