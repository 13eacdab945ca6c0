"""GET /v1/events over the seeds: one event, many reports."""

from __future__ import annotations

import httpx


async def _entity_id(client: httpx.AsyncClient, q: str) -> str:
    data = (await client.get("/v1/entities", params={"q": q})).json()["data"]
    assert data, q
    return str(data[0]["id"])


async def test_the_march_2023_state_visit_is_one_event(client: httpx.AsyncClient) -> None:
    params = {"type": "state_visit", "from": "2023-03-20", "to": "2023-03-22"}
    events = (await client.get("/v1/events", params=params)).json()["data"]
    visits = [e for e in events if e["start"] == "2023-03-20" and e["end"] == "2023-03-22"]
    assert len(visits) == 1, events
    visit = visits[0]
    names = {p["name"] for p in visit["participants"]}
    assert {"Xi Jinping", "Vladimir Putin"} <= names
    detail = (await client.get(f"/v1/events/{visit['id']}")).json()
    assert len(detail["reports"]) == visit["article_count"]
    # The four 2023 articles report it; the 2024 one may recall it ("visited Moscow in March
    # last year"), which is a true background report.
    reporting = {r["article_id"] for r in detail["reports"]}
    articles = (await client.get("/v1/articles", params={"limit": 100})).json()["data"]
    of_2023 = {a["id"] for a in articles if a["published"] is None or a["published"] < "2024"}
    assert of_2023 <= reporting, (of_2023, detail["reports"])
    assert {r["language"] for r in detail["reports"]} == {"en", "fr"}
    for report in detail["reports"]:
        body = (await client.get(f"/v1/articles/{report['article_id']}")).json()["body"]
        assert body[report["start"] : report["end"]] == report["text"]


async def test_the_may_2024_visit_is_another_event(client: httpx.AsyncClient) -> None:
    events = (await client.get("/v1/events", params={"from": "2024-05-01"})).json()["data"]
    assert events
    march = await client.get("/v1/events", params={"from": "2023-03-20", "to": "2023-03-22"})
    assert not {e["id"] for e in events} & {e["id"] for e in march.json()["data"]}


async def test_order_filters_and_errors(client: httpx.AsyncClient) -> None:
    events = (await client.get("/v1/events", params={"limit": 100})).json()["data"]
    starts = [e["start"] for e in events if e["start"]]
    assert starts == sorted(starts)
    newest = (await client.get("/v1/events", params={"sort": "-start", "limit": 100})).json()
    dated = [e["start"] for e in newest["data"] if e["start"]]
    assert dated == sorted(dated, reverse=True)
    xi = await _entity_id(client, "Xi Jinping")
    with_xi = (await client.get("/v1/events", params={"participant": xi})).json()["data"]
    assert with_xi and all(xi in {p["id"] for p in e["participants"]} for e in with_xi)
    assert (await client.get("/v1/events", params={"type": "party"})).status_code == 400
    assert (await client.get("/v1/events", params={"sort": "up"})).status_code == 400
    assert (await client.get("/v1/events/ev_missing")).status_code == 404
