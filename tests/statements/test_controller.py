"""GET /v1/statements over the seeds."""

from __future__ import annotations

import httpx


async def _entity_id(client: httpx.AsyncClient, q: str) -> str:
    data = (await client.get("/v1/entities", params={"q": q})).json()["data"]
    assert data, q
    return str(data[0]["id"])


async def test_kirby_said_it(client: httpx.AsyncClient) -> None:
    kirby = await _entity_id(client, "John Kirby")
    response = await client.get("/v1/statements", params={"speaker": kirby})
    assert response.status_code == 200
    texts = [s["text"] for s in response.json()["data"]]
    assert "We do not support calls for a ceasefire at this time" in " ".join(texts)
    statement = next(s for s in response.json()["data"] if "ceasefire" in s["text"])
    assert statement["kind"] == "direct" and statement["speaker"]["name"] == "John Kirby"
    assert statement["language"] == "en" and statement["cue"]
    article = (await client.get(f"/v1/articles/{statement['article_id']}")).json()
    assert article["body"][statement["start"] : statement["end"]] == statement["text"]
    one = (await client.get(f"/v1/statements/{statement['id']}")).json()
    assert one == statement


async def test_french_statements_keep_their_french_cue(client: httpx.AsyncClient) -> None:
    data = (await client.get("/v1/statements", params={"language": "fr", "limit": 100})).json()
    assert data["data"] and {s["language"] for s in data["data"]} == {"fr"}
    cues = {s["cue"] for s in data["data"]}
    assert cues & {"a déclaré", "a indiqué", "selon", "a écrit", "écrit"}
    kremlin = [s for s in data["data"] if (s["speaker_text"] or "").endswith("Kremlin")]
    assert kremlin


async def test_filters_compose(client: httpx.AsyncClient) -> None:
    putin = await _entity_id(client, "Putin")
    by_putin = (await client.get("/v1/statements", params={"speaker": putin})).json()["data"]
    assert by_putin and all(s["speaker"]["id"] == putin for s in by_putin)
    direct = (await client.get("/v1/statements", params={"kind": "direct"})).json()["data"]
    assert direct and all(s["kind"] == "direct" for s in direct)
    found = (await client.get("/v1/statements", params={"q": "ceasefire"})).json()["data"]
    assert found and all("ceasefire" in s["text"].lower() for s in found)
    china = await _entity_id(client, "China")
    about = (await client.get("/v1/statements", params={"about": china})).json()["data"]
    assert about and all(china in {e["id"] for e in s["about"]} for s in about)


async def test_statement_errors(client: httpx.AsyncClient) -> None:
    assert (await client.get("/v1/statements/st_missing")).status_code == 404
    assert (await client.get("/v1/statements", params={"kind": "rumour"})).status_code == 400
    assert (await client.get("/v1/statements", params={"from": "soon"})).status_code == 400
    assert (await client.get("/v1/statements", params={"who": "x"})).status_code == 400
