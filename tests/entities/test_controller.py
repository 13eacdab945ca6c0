"""GET /v1/entities and the entity parts of /v1/articles, over the seeds."""

from __future__ import annotations

import httpx
import pytest


async def _first(client: httpx.AsyncClient, q: str) -> dict[str, object]:
    response = await client.get("/v1/entities", params={"q": q})
    assert response.status_code == 200, response.text
    data = response.json()["data"]
    assert data, f"nothing found for {q!r}"
    return data[0]  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("poutine", "Vladimir Putin"),
        ("Putin", "Vladimir Putin"),
        ("Pekin", "Beijing"),
        ("Pékin", "Beijing"),
        ("Zelenskiy", "Volodymyr Zelensky"),
        ("OTAN", "NATO"),
        ("Kouleba", "Dmytro Kuleba"),
        ("kuleba", "Dmytro Kuleba"),
        ("Moscou", "Moscow"),
    ],
)
async def test_any_spelling_finds_the_entity(
    client: httpx.AsyncClient, query: str, name: str
) -> None:
    assert (await _first(client, query))["name"] == name


async def test_putin_is_one_entity_across_languages(client: httpx.AsyncClient) -> None:
    putin = await _first(client, "Vladimir Putin")
    assert putin["type"] == "person" and putin["wikidata_id"] == "Q7747"
    assert putin["article_count"] == 5
    texts = {a["text"] for a in putin["aliases"]}  # type: ignore[attr-defined]
    assert {"Putin", "Poutine"} <= texts
    people = (await client.get("/v1/entities", params={"q": "putin", "type": "person"})).json()
    assert [e["name"] for e in people["data"]].count("Vladimir Putin") == 1


async def test_list_is_most_mentioned_first_and_pages(client: httpx.AsyncClient) -> None:
    first = (await client.get("/v1/entities", params={"limit": 3})).json()
    counts = [e["mention_count"] for e in first["data"]]
    assert counts == sorted(counts, reverse=True) and first["next_cursor"]
    second = (
        await client.get("/v1/entities", params={"limit": 3, "cursor": first["next_cursor"]})
    ).json()
    assert not {e["id"] for e in first["data"]} & {e["id"] for e in second["data"]}
    assert second["data"][0]["mention_count"] <= counts[-1]


async def test_type_filter_and_bad_type(client: httpx.AsyncClient) -> None:
    places = (await client.get("/v1/entities", params={"type": "location", "limit": 100})).json()
    assert places["data"] and {e["type"] for e in places["data"]} == {"location"}
    assert (await client.get("/v1/entities", params={"type": "planet"})).status_code == 400


async def test_entity_detail_related_and_article_filter(client: httpx.AsyncClient) -> None:
    xi = await _first(client, "Xi Jinping")
    detail = (await client.get(f"/v1/entities/{xi['id']}")).json()
    assert detail["name"] == "Xi Jinping" and detail["mention_count"] >= 10
    related = (await client.get(f"/v1/entities/{xi['id']}/related")).json()["data"]
    shared = {r["entity"]["name"]: r["articles"] for r in related}
    assert shared["Vladimir Putin"] == 5 and "Xi Jinping" not in shared
    counts = [r["articles"] for r in related]
    assert counts == sorted(counts, reverse=True)
    articles = (await client.get("/v1/articles", params={"entity": xi["id"]})).json()["data"]
    assert len(articles) == 5
    assert (await client.get("/v1/entities/ent_missing")).status_code == 404
    assert (await client.get("/v1/entities/ent_missing/related")).status_code == 404


async def test_article_mentions_point_at_the_body(client: httpx.AsyncClient) -> None:
    article = (await client.get("/v1/articles", params={"language": "fr", "limit": 1})).json()
    article_id = article["data"][0]["id"]
    detail = (await client.get(f"/v1/articles/{article_id}")).json()
    mentions = (await client.get(f"/v1/articles/{article_id}/mentions")).json()["data"]
    assert mentions
    for mention in mentions:
        assert detail["body"][mention["start"] : mention["end"]] == mention["text"]
        assert set(mention["entity"]) == {"id", "name", "type"}
    counted = {e["id"]: e["mentions"] for e in detail["entities"]}
    assert sum(counted.values()) == len(mentions)
    assert (await client.get("/v1/articles/art_missing/mentions")).status_code == 404
