"""End to end: the real server process over TCP, then SIGTERM leaves no postgres behind."""

from __future__ import annotations

import httpx
import pytest

from tests.live_server import LiveServer

pytestmark = pytest.mark.e2e


def test_serves_the_seeds_over_tcp(live_server: LiveServer) -> None:
    page = httpx.get(live_server.base_url + "/v1/articles", params={"limit": 100}).json()
    assert len(page["data"]) == 5
    assert sorted(a["language"] for a in page["data"]) == ["en", "en", "en", "fr", "fr"]
    french = httpx.get(live_server.base_url + "/v1/articles", params={"q": "pourparler"}).json()
    assert len(french["data"]) == 2
    problem = httpx.get(live_server.base_url + "/v1/articles", params={"cursor": "garbage"})
    assert problem.status_code == 400
    assert problem.headers["content-type"].startswith("application/problem+json")


def test_sigterm_stops_server_and_postgres(live_server: LiveServer) -> None:
    assert live_server.postgres_processes(), "the embedded server should be running"
    code = live_server.stop()
    assert code == 0, live_server.log_path.read_text()[-2000:]
    assert live_server.postgres_processes() == []
