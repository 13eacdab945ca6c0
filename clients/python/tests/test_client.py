"""The generated client drives the real server process over TCP."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph_client import Client
from newsgraph_client.api.articles import (
    create_article,
    get_article,
    list_article_mentions,
    list_articles,
)
from newsgraph_client.api.entities import get_entity, list_entities, list_related_entities
from newsgraph_client.api.events import get_event, list_events
from newsgraph_client.api.statements import get_statement, list_statements
from newsgraph_client.models import ArticleDetail, ArticleIn, ArticlePage
from tests.live_server import LiveServer

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def api(live_server: LiveServer) -> Client:
    """A client of the live server."""
    return Client(base_url=live_server.base_url, timeout=60)


def test_list_page_filter_and_search_articles(api: Client) -> None:
    first = list_articles.sync(client=api, limit=2)
    assert isinstance(first, ArticlePage) and len(first.data) == 2 and first.next_cursor
    rest = list_articles.sync(client=api, limit=100, cursor=first.next_cursor)
    assert isinstance(rest, ArticlePage)
    assert len({a.id for a in first.data + rest.data}) == 5
    french = list_articles.sync(client=api, language="fr")
    assert isinstance(french, ArticlePage) and {a.language for a in french.data} == {"fr"}
    found = list_articles.sync(client=api, q="ceasefire")
    assert isinstance(found, ArticlePage) and found.data and found.data[0].snippet
    dated = list_articles.sync(client=api, published_from=dt.date(2024, 1, 1))
    assert isinstance(dated, ArticlePage) and dated.data
    assert all(a.published and a.published >= dt.date(2024, 1, 1) for a in dated.data)


def test_get_article_and_its_mentions(api: Client) -> None:
    page = list_articles.sync(client=api, limit=1)
    assert isinstance(page, ArticlePage)
    detail = get_article.sync(client=api, article_id=page.data[0].id)
    assert isinstance(detail, ArticleDetail) and detail.body and detail.entities
    mentions = list_article_mentions.sync(client=api, article_id=detail.id)
    assert mentions is not None and mentions.data
    for mention in mentions.data:
        assert detail.body[mention.start : mention.end] == mention.text
    missing = get_article.sync_detailed(client=api, article_id="art_missing")
    assert missing.status_code == 404


def test_post_article_is_idempotent(api: Client) -> None:
    body = (
        "NATO Secretary General Jens Stoltenberg said on Tuesday in Brussels that China "
        "must not supply weapons to Russia. \u201cWe have seen no sign of that,\u201d he said."
    )
    created = create_article.sync_detailed(client=api, body=ArticleIn(body=body))
    assert created.status_code == 201 and isinstance(created.parsed, ArticleDetail)
    assert created.parsed.language == "en" and created.parsed.language_inferred
    again = create_article.sync_detailed(client=api, body=ArticleIn(body=body))
    assert again.status_code == 200 and isinstance(again.parsed, ArticleDetail)
    assert again.parsed.id == created.parsed.id


def test_entities_events_statements(api: Client) -> None:
    entities = list_entities.sync(client=api, q="poutine")
    assert entities is not None and entities.data[0].name == "Vladimir Putin"
    putin = get_entity.sync(client=api, entity_id=entities.data[0].id)
    assert putin is not None and putin.wikidata_id == "Q7747"
    related = list_related_entities.sync(client=api, entity_id=putin.id)
    assert related is not None and related.data
    events = list_events.sync(client=api, participant=putin.id)
    assert events is not None and events.data
    event = get_event.sync(client=api, event_id=events.data[0].id)
    assert event is not None and event.reports
    statements = list_statements.sync(client=api, speaker=putin.id)
    assert statements is not None and statements.data
    statement = get_statement.sync(client=api, statement_id=statements.data[0].id)
    assert statement is not None and statement.speaker is not None
    assert statement.speaker.id == putin.id
