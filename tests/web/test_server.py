"""The live page's server as a browser meets it: the token, the headers, the answers, the
caps and limits, and the page following the session file."""

from __future__ import annotations

import asyncio
import base64
import json
import time
from pathlib import Path

import pytest

from facilitator.storage.sessions import read_session
from facilitator.storage.sharing import (
    Poll,
    ShareState,
    answers_path,
    read_answers,
    share_path,
    write_share_state,
)
from facilitator.web.app import COOKIE, MAX_BODY, make_app
from facilitator.web.limits import RateLimit
from unit.helpers import example_session

from .conftest import MakeClient, open_poll, rewrite


async def test_the_page_is_at_the_token_and_nowhere_else(serve: MakeClient) -> None:
    client = await serve()
    token = client.token
    page = await client.get(f"/{token}/")
    assert page.status == 200
    assert "Management group, November" in await page.text()
    for path in [
        "/",
        "/events",
        "/answer",
        "/static/live.js",
        f"/{token}",
        f"/{token[:-1]}/",
        f"/{token}x/",
        f"/x/{token}/",
        f"/{token.upper() if token != token.upper() else token.lower()}/",
        "/favicon.ico",
    ]:
        response = await client.get(path)
        assert response.status == 404, path
        assert "Management" not in await response.text(), path
    assert (await client.post("/answer", data={"choice": "yes"})).status == 404


def test_each_start_has_a_new_token_of_at_least_128_bits(session_file: Path) -> None:
    from facilitator.web.app import TOKEN

    tokens = {make_app(session_file)[TOKEN] for _ in range(20)}
    assert len(tokens) == 20
    for token in tokens:
        assert len(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))) * 8 >= 128


@pytest.mark.parametrize("where", ["/{token}/", "/{token}/static/live.js", "/nothing"])
async def test_every_response_carries_the_security_headers(serve: MakeClient, where: str) -> None:
    client = await serve()
    response = await client.get(where.format(token=client.token))
    csp = response.headers["Content-Security-Policy"]
    assert "default-src 'none'" in csp
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "no-referrer"


async def test_the_page_has_no_inline_script_and_fetches_nothing_from_elsewhere(
    serve: MakeClient,
) -> None:
    client = await serve()
    html = await (await client.get(f"/{client.token}/")).text()
    assert '<html lang="en">' in html
    assert "<script>" not in html and "<style" not in html and "style=" not in html
    for attribute in ('src="', 'href="'):
        for found in html.split(attribute)[1:]:
            assert found.startswith(f"/{client.token}/"), found[:40]
    js = await client.get(f"/{client.token}/static/live.js")
    assert js.status == 200 and js.content_type == "text/javascript"
    assert "EventSource" in await js.text()


async def test_the_page_shows_the_current_section_with_its_figures_filled_in(
    serve: MakeClient, session_file: Path
) -> None:
    session = read_session(session_file)
    session.go_to("where-we-stand")
    rewrite(session_file, session)
    client = await serve()
    html = await (await client.get(f"/{client.token}/")).text()
    assert "Section 1 of 6" in html and "Where we stand" in html
    assert 'Meetings take up <strong class="figure"><bdi>42.5</bdi></strong> percent' in html
    assert 'our <strong class="figure"><bdi>3rd</bdi></strong> largest' in html
    # the answers and commitments so far
    assert "Answer: Partly · Agreement: Majority · 1 reservation" in html
    assert "Survey the meeting rooms on every floor" in html


async def test_notes_are_shown_only_when_the_screen_says_so(
    serve: MakeClient, session_file: Path
) -> None:
    session = read_session(session_file)
    session.go_to("questions")
    rewrite(session_file, session)
    client = await serve()
    url = f"/{client.token}/"
    assert "A long discussion about the rooms." not in await (await client.get(url)).text()
    write_share_state(share_path(session_file), ShareState(show_notes=True))
    await asyncio.sleep(0.3)
    assert "A long discussion about the rooms." in await (await client.get(url)).text()


async def test_a_change_to_the_session_reaches_the_events_within_a_second(
    serve: MakeClient, session_file: Path
) -> None:
    client = await serve()
    events = await client.get(f"/{client.token}/events")
    assert events.headers["Content-Type"].startswith("text/event-stream")
    first = await _next_page(events)
    assert "What is in place" in first
    session = read_session(session_file)
    session.go_to("others")
    rewrite(session_file, session)
    changed = time.monotonic()
    second = await asyncio.wait_for(_next_page(events), 1.0)
    assert time.monotonic() - changed < 1.0
    assert "What others do" in second and "What is in place" not in second
    events.close()


async def _next_page(events: object) -> str:
    lines = []
    while True:
        line = (await events.content.readline()).decode()  # type: ignore[attr-defined]
        if line == "\n" and any(x.startswith("data: ") for x in lines):
            break
        lines.append(line)
    data = next(x for x in lines if x.startswith("data: "))
    html: str = json.loads(data[len("data: ") :])["html"]
    return html


async def test_an_answer_is_on_disk_and_on_the_page_once_acknowledged(
    serve: MakeClient, session_file: Path
) -> None:
    poll = open_poll(session_file)
    client = await serve()
    page = await client.get(f"/{client.token}/")
    assert COOKIE in page.cookies
    html = await page.text()
    assert 'name="choice" value="partly" aria-pressed="false"' in html
    said = await client.post(
        f"/{client.token}/answer", data={"poll": poll.id, "choice": "partly"}, allow_redirects=False
    )
    assert said.status == 303
    [answer] = read_answers(answers_path(session_file))
    assert (answer.poll, answer.question, answer.choice) == ("p1", "rooms", "partly")
    assert client.session.cookie_jar.filter_cookies(client.make_url("/"))[COOKIE].value not in (
        answers_path(session_file).read_text()
    )
    html = await (await client.get(f"/{client.token}/?said=saved")).text()
    assert 'value="partly" aria-pressed="true"' in html
    assert "Your answer is saved." in html and "1 answer so far" in html
    assert "Your saved answer: Partly" in html


async def test_a_device_can_change_its_answer_and_counts_once(
    serve: MakeClient, session_file: Path
) -> None:
    poll = open_poll(session_file)
    client = await serve()
    await client.get(f"/{client.token}/")
    for choice in ("yes", "no", "partly"):
        await client.post(f"/{client.token}/answer", data={"poll": poll.id, "choice": choice})
    html = await (await client.get(f"/{client.token}/")).text()
    assert "1 answer so far" in html and 'value="partly" aria-pressed="true"' in html


async def test_answers_to_a_closed_or_missing_question_are_refused(
    serve: MakeClient, session_file: Path
) -> None:
    client = await serve()
    url = f"/{client.token}/answer"
    assert (await client.post(url, data={"poll": "p1", "choice": "yes"})).status == 409
    open_poll(session_file)
    await asyncio.sleep(0.3)
    assert (await client.post(url, data={"poll": "old", "choice": "yes"})).status == 409
    assert (await client.post(url, data={"poll": "p1", "choice": "maybe"})).status == 400
    assert (await client.post(url, data={"poll": "p1"})).status == 400
    write_share_state(share_path(session_file), ShareState(poll=Poll("p1", "rooms", open=False)))
    await asyncio.sleep(0.3)
    refused = await client.post(url, data={"poll": "p1", "choice": "yes"})
    assert refused.status == 409
    assert "no longer open" in await refused.text()
    assert read_answers(answers_path(session_file)) == []


async def test_the_answer_with_script_gets_the_page_back(
    serve: MakeClient, session_file: Path
) -> None:
    poll = open_poll(session_file)
    client = await serve()
    said = await client.post(
        f"/{client.token}/answer",
        data={"poll": poll.id, "choice": "no"},
        headers={"Accept": "application/json"},
    )
    reply = await said.json()
    assert said.status == 200 and reply["ok"] is True
    assert 'value="no" aria-pressed="true"' in reply["html"]


async def test_a_large_body_is_refused_and_writes_nothing(
    serve: MakeClient, session_file: Path
) -> None:
    poll = open_poll(session_file)
    client = await serve()
    refused = await client.post(
        f"/{client.token}/answer", data={"poll": poll.id, "choice": "yes", "x": "y" * MAX_BODY}
    )
    assert refused.status == 413
    assert read_answers(answers_path(session_file)) == []


async def test_answers_are_rate_limited_per_device(serve: MakeClient, session_file: Path) -> None:
    now = [0.0]
    poll = open_poll(session_file)
    client = await serve(limit=RateLimit(burst=5, per_second=1.0, clock=lambda: now[0]))
    await client.get(f"/{client.token}/")
    url = f"/{client.token}/answer"
    statuses = [
        (await client.post(url, data={"poll": poll.id, "choice": "yes"})).status for _ in range(7)
    ]
    assert statuses == [200] * 5 + [429] * 2
    now[0] += 1.0
    assert (await client.post(url, data={"poll": poll.id, "choice": "no"})).status == 200
    assert len(read_answers(answers_path(session_file))) == 6


async def test_the_server_never_writes_the_session_file(
    serve: MakeClient, session_file: Path
) -> None:
    before = (session_file.read_bytes(), session_file.stat().st_mtime_ns)
    poll = open_poll(session_file)
    client = await serve()
    await client.get(f"/{client.token}/")
    await client.post(f"/{client.token}/answer", data={"poll": poll.id, "choice": "yes"})
    await asyncio.sleep(0.3)
    assert (session_file.read_bytes(), session_file.stat().st_mtime_ns) == before
    assert sorted(p.name for p in session_file.parent.iterdir()) == [
        "2026-11-30-check-in.answers.jsonl",
        "2026-11-30-check-in.share.json",
        "2026-11-30-check-in.toml",
    ]


async def test_a_damaged_session_file_leaves_the_last_page_marked(
    serve: MakeClient, session_file: Path
) -> None:
    client = await serve()
    session_file.write_text("not a session")
    await asyncio.sleep(0.3)
    html = await (await client.get(f"/{client.token}/")).text()
    assert "What is in place" in html and "cannot be read just now" in html
    rewrite(session_file, example_session())
    await asyncio.sleep(0.3)
    assert "cannot be read" not in await (await client.get(f"/{client.token}/")).text()


async def test_devices_per_question_are_capped(
    serve: MakeClient, session_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A script that drops its cookie is a new device each time; the cap stops it."""
    from facilitator.web import live

    monkeypatch.setattr(live, "MAX_DEVICES_PER_POLL", 3)
    poll = open_poll(session_file)
    client = await serve()
    url = f"/{client.token}/answer"
    statuses = []
    for _ in range(5):
        client.session.cookie_jar.clear()
        said = await client.post(url, data={"poll": poll.id, "choice": "yes"})
        statuses.append(said.status)
    assert statuses == [200, 200, 200, 429, 429]
    assert len(read_answers(answers_path(session_file))) == 3


async def test_an_answer_that_cannot_be_written_is_not_acknowledged(
    serve: MakeClient, session_file: Path
) -> None:
    poll = open_poll(session_file)
    answers_path(session_file).mkdir()  # no file can be appended there
    client = await serve()
    said = await client.post(f"/{client.token}/answer", data={"poll": poll.id, "choice": "yes"})
    assert said.status == 503
    html = await said.text()
    assert "The answer could not be saved. Try again." in html
    assert 'value="yes" aria-pressed="false"' in html and "0 answers so far" in html
