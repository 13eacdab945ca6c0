"""End to end: the real server process over TCP, then SIGTERM leaves no postgres behind."""

from __future__ import annotations

import httpx
import pytest

from service.ingest.corpus import split_date_line
from tests.live_server import ROOT, LiveServer

pytestmark = pytest.mark.e2e


def test_serves_the_seeds_over_tcp(live_server: LiveServer) -> None:
    # Other tests may POST articles to the same server: look for the seeds among them.
    page = httpx.get(live_server.base_url + "/v1/articles", params={"limit": 100}).json()
    served = {}
    for item in page["data"]:
        detail = httpx.get(f"{live_server.base_url}/v1/articles/{item['id']}").json()
        served[detail["body"]] = detail["language"]
    seeds = sorted(ROOT.joinpath("seeds").glob("*.txt"))
    assert len(seeds) == 5
    languages = [served.get(split_date_line(path.read_text("utf-8"))[1]) for path in seeds]
    assert sorted(map(str, languages)) == ["en", "en", "en", "fr", "fr"]
    french = httpx.get(live_server.base_url + "/v1/articles", params={"q": "pourparler"}).json()
    assert len(french["data"]) == 2
    problem = httpx.get(live_server.base_url + "/v1/articles", params={"cursor": "garbage"})
    assert problem.status_code == 400
    assert problem.headers["content-type"].startswith("application/problem+json")


def test_sigterm_stops_server_and_postgres(own_server: LiveServer) -> None:
    assert own_server.postgres_processes(), "the embedded server should be running"
    code = own_server.stop()
    assert code == 0, own_server.log_path.read_text()[-2000:]
    assert own_server.postgres_processes() == []
