"""GET/POST /v1/articles over HTTP (in-process ASGI), against the real database."""

from __future__ import annotations

import httpx
import pytest

from tests.conftest import SEEDS, make_client

PROBLEM = "application/problem+json"


def _seed_bodies() -> dict[str, str]:
    from service.ingest.corpus import split_date_line

    return {p.name: split_date_line(p.read_text("utf-8"))[1] for p in SEEDS.glob("*.txt")}


async def test_lists_the_five_seeds_with_bodies_identical_to_files(
    client: httpx.AsyncClient,
) -> None:
    response = await client.get("/v1/articles", params={"limit": 100})
    assert response.status_code == 200
    page = response.json()
    assert len(page["data"]) == 5 and page["next_cursor"] is None
    assert sorted(a["language"] for a in page["data"]) == ["en", "en", "en", "fr", "fr"]
    bodies = set(_seed_bodies().values())
    for item in page["data"]:
        detail = (await client.get(f"/v1/articles/{item['id']}")).json()
        assert detail["body"] in bodies
        assert detail["word_count"] == len(detail["body"].split())
        assert len(detail["content_sha256"]) == 64


async def test_date_line_is_metadata(client: httpx.AsyncClient) -> None:
    page = (await client.get("/v1/articles", params={"published_from": "2024-05-17"})).json()
    assert len(page["data"]) == 1
    detail = (await client.get(f"/v1/articles/{page['data'][0]['id']}")).json()
    assert detail["body"].startswith("Russia and China")
    assert detail["published"] == "2024-05-17" and detail["published_precision"] == "day"


async def test_full_text_search_is_language_aware(client: httpx.AsyncClient) -> None:
    english = (await client.get("/v1/articles", params={"q": "ceasefire"})).json()["data"]
    assert english and all(a["language"] == "en" for a in english)
    assert all("<mark>" in a["snippet"] for a in english)
    french = (await client.get("/v1/articles", params={"q": "pourparler"})).json()["data"]
    assert len(french) == 2 and all(a["language"] == "fr" for a in french)
    assert all("pourparlers" in a["snippet"] for a in french)


async def test_language_filter(client: httpx.AsyncClient) -> None:
    data = (await client.get("/v1/articles", params={"language": "fr"})).json()["data"]
    assert len(data) == 2 and {a["language"] for a in data} == {"fr"}


async def test_paging_visits_every_article_once(client: httpx.AsyncClient) -> None:
    seen: list[str] = []
    cursor = None
    for _ in range(10):
        params: dict[str, str | int] = {"limit": 2}
        if cursor:
            params["cursor"] = cursor
        page = (await client.get("/v1/articles", params=params)).json()
        assert len(page["data"]) <= 2
        seen += [a["id"] for a in page["data"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert len(seen) == 5 and len(set(seen)) == 5


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/v1/articles/art_doesnotexist", 404),
        ("/v1/articles?limit=100000", 400),
        ("/v1/articles?limit=0", 400),
        ("/v1/articles?cursor=garbage", 400),
        ("/v1/articles?published_from=yesterday", 400),
        ("/v1/articles?nope=1", 400),
        ("/v1/articles?language=english", 400),
        ("/v1/nothing-here", 404),
    ],
)
async def test_bad_requests_are_problems(client: httpx.AsyncClient, path: str, status: int) -> None:
    response = await client.get(path)
    assert response.status_code == status
    assert response.headers["content-type"].startswith(PROBLEM)
    problem = response.json()
    assert problem["status"] == status and problem["title"] and problem["type"]
    assert "Traceback" not in response.text and "asyncpg" not in response.text


async def test_tampered_cursor_is_rejected(client: httpx.AsyncClient) -> None:
    cursor = (await client.get("/v1/articles", params={"limit": 1})).json()["next_cursor"]
    tampered = cursor[:-2] + ("AA" if cursor[-2:] != "AA" else "BB")
    response = await client.get("/v1/articles", params={"cursor": tampered})
    assert response.status_code == 400


async def test_unknown_parameter_names_the_field(client: httpx.AsyncClient) -> None:
    problem = (await client.get("/v1/articles?nope=1")).json()
    assert problem["errors"] == [{"field": "nope", "message": "unknown parameter"}]


async def test_request_id_is_echoed_or_minted(client: httpx.AsyncClient) -> None:
    echoed = await client.get("/health", headers={"X-Request-ID": "abc-123"})
    assert echoed.headers["x-request-id"] == "abc-123"
    minted = await client.get("/v1/articles/missing")
    assert len(minted.headers["x-request-id"]) == 32


async def test_post_is_idempotent_and_infers_language(client: httpx.AsyncClient) -> None:
    body = (
        "Le président français Emmanuel Macron a rencontré jeudi à Berlin le chancelier "
        "allemand Olaf Scholz pour discuter de la guerre en Ukraine et de l'aide européenne."
    )
    first = await client.post("/v1/articles", json={"body": body, "title": "Macron à Berlin"})
    assert first.status_code == 201, first.text
    created = first.json()
    assert created["language"] == "fr" and created["language_inferred"] is True
    assert created["body"] == body and created["title"] == "Macron à Berlin"
    again = await client.post("/v1/articles", json={"body": body})
    assert again.status_code == 200 and again.json()["id"] == created["id"]
    listed = (await client.get("/v1/articles", params={"language": "fr"})).json()["data"]
    assert created["id"] in {a["id"] for a in listed}


async def test_post_dates_an_undated_weekday_by_the_corpus_years(
    client: httpx.AsyncClient,
) -> None:
    """ "ce vendredi 16 juin" names no year: the year is the one the stored corpus is from."""
    await client.post(
        "/v1/articles", json={"body": "The council met today.", "published": "2022-11-02"}
    )
    await client.post(
        "/v1/articles", json={"body": "The council met again.", "published": "2022-11-09"}
    )
    body = "Le Conseil a adopté ce vendredi 16 juin une loi sur l'eau."
    created = (await client.post("/v1/articles", json={"body": body})).json()
    # 16 June fell on a Friday in 2017 and 2023; the corpus is from 2022 (and 2024, the seed).
    assert created["published"] == "2023-06-16" and created["published_inferred"] is True


@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"body": ""},
        {"body": 42},
        {"body": "text", "unknown": 1},
        {"body": "text", "published": "not a date"},
        {"body": "text", "language": "English"},
    ],
)
async def test_post_rejects_bad_bodies(client: httpx.AsyncClient, payload: object) -> None:
    response = await client.post("/v1/articles", json=payload)
    assert response.status_code == 400, response.text
    assert response.headers["content-type"].startswith(PROBLEM)


async def test_post_rejects_malformed_json(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/v1/articles", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert response.status_code == 400
    assert response.headers["content-type"].startswith(PROBLEM)


async def test_post_requires_the_api_key_when_configured(seeded, pipeline) -> None:  # type: ignore[no-untyped-def]
    async with make_client(seeded, pipeline, api_key="s3cret") as http:
        body = {"body": "The United Nations met in Geneva on Monday to discuss the war."}
        assert (await http.post("/v1/articles", json=body)).status_code == 401
        wrong = {"Authorization": "Bearer nope"}
        assert (await http.post("/v1/articles", json=body, headers=wrong)).status_code == 401
        right = {"Authorization": "Bearer s3cret"}
        assert (await http.post("/v1/articles", json=body, headers=right)).status_code == 201
        # Reads stay open.
        assert (await http.get("/v1/articles")).status_code == 200


async def test_health_ready_metrics_and_openapi(client: httpx.AsyncClient) -> None:
    assert (await client.get("/health")).json() == {"status": "ok"}
    ready = await client.get("/ready")
    assert ready.status_code == 200 and ready.json()["status"] == "ready"
    schema = (await client.get("/schema/openapi.json")).json()
    assert "/v1/articles" in schema["paths"] and "/v1/articles/{article_id}" in schema["paths"]
    operations = {op["operationId"] for path in schema["paths"].values() for op in path.values()}
    assert {"listArticles", "getArticle", "createArticle"} <= operations
    docs = await client.get("/schema")
    assert docs.status_code == 200 and "html" in docs.headers["content-type"]
    metrics = await client.get("/metrics")
    assert metrics.status_code == 200 and "newsgraph" in metrics.text
