"""HTTP handlers of /v1/articles."""

from __future__ import annotations

import datetime as dt
import functools
from typing import Annotated

import anyio.to_thread
import asyncpg
import msgspec
from litestar import Controller, Request, Response, get, post
from litestar.datastructures import State
from litestar.di import NamedDependency
from litestar.openapi.datastructures import ResponseSpec
from litestar.params import FromPath, FromQuery, JSONBody, QueryParameter

from service.articles.repository import ArticleFilters, ArticleRepository
from service.articles.schemas import ArticleDetail, ArticleIn, ArticleItem, MentionOut
from service.errors import NotFound
from service.ingest.corpus import ArticleInput
from service.ingest.load import known_years, store_article, to_text
from service.pagination import CursorCodec
from service.web import require_api_key

Limit = Annotated[int, QueryParameter(ge=1, le=100, description="Page size (1..100).")]
Language = Annotated[
    str | None,
    QueryParameter(pattern=r"^([a-z]{2,3}|und)$", description="ISO 639-1 code, e.g. en."),
]


class ArticlePage(msgspec.Struct, frozen=True, kw_only=True):
    """A page of articles."""

    data: list[ArticleItem]
    next_cursor: str | None


class MentionPage(msgspec.Struct, frozen=True, kw_only=True):
    """The mentions of one article, in text order."""

    data: list[MentionOut]
    next_cursor: str | None


class ArticleController(Controller):
    """Articles: the corpus itself."""

    path = "/articles"
    tags = ["articles"]  # noqa: RUF012 - Litestar reads it as a class attribute

    @get("/", operation_id="listArticles")
    async def list_articles(
        self,
        conn: NamedDependency[asyncpg.Connection],
        cursor_codec: NamedDependency[CursorCodec],
        q: Annotated[str | None, QueryParameter(min_length=1, max_length=500)] = None,
        language: Language = None,
        published_from: FromQuery[dt.date | None] = None,
        published_to: FromQuery[dt.date | None] = None,
        source: FromQuery[str | None] = None,
        entity: FromQuery[str | None] = None,
        limit: Limit = 20,
        cursor: FromQuery[str | None] = None,
    ) -> ArticlePage:
        """List articles, newest first, with full-text search and filters."""
        after = None
        if cursor:
            day, last_id = cursor_codec.decode(cursor, 2)
            after = (dt.date.fromisoformat(day), str(last_id))
        filters = ArticleFilters(
            q=q,
            language=language,
            published_from=published_from,
            published_to=published_to,
            source=source,
            entity=entity,
        )
        rows = await ArticleRepository(conn).list(filters, after=after, limit=limit + 1)
        next_cursor = None
        if len(rows) > limit:
            rows = rows[:limit]
            last = rows[-1]
            next_cursor = cursor_codec.encode([last["sort_date"].isoformat(), last["id"]])
        return ArticlePage(
            data=[msgspec.convert(r, ArticleItem, from_attributes=True) for r in rows],
            next_cursor=next_cursor,
        )

    @get("/{article_id:str}", operation_id="getArticle")
    async def get_article(
        self, conn: NamedDependency[asyncpg.Connection], article_id: FromPath[str]
    ) -> ArticleDetail:
        """One article with its body, provenance and the entities it mentions."""
        row = await ArticleRepository(conn).get(article_id)
        if row is None:
            raise NotFound(f"No article with id {article_id!r}.")
        return msgspec.convert(dict(row), ArticleDetail)

    @get("/{article_id:str}/mentions", operation_id="listArticleMentions")
    async def list_mentions(
        self, conn: NamedDependency[asyncpg.Connection], article_id: FromPath[str]
    ) -> MentionPage:
        """Every entity mention in the article, with character offsets into its body."""
        repo = ArticleRepository(conn)
        if not await repo.exists(article_id):
            raise NotFound(f"No article with id {article_id!r}.")
        rows = await repo.mentions(article_id)
        return MentionPage(
            data=[msgspec.convert(dict(r), MentionOut) for r in rows], next_cursor=None
        )

    @post(
        "/",
        operation_id="createArticle",
        guards=[require_api_key],
        responses={
            200: ResponseSpec(
                data_container=ArticleDetail, description="Already stored: the existing article"
            )
        },
    )
    async def create_article(
        self,
        request: Request[None, None, State],
        conn: NamedDependency[asyncpg.Connection],
        data: JSONBody[ArticleIn],
    ) -> Response[ArticleDetail]:
        """Ingest one article: extract it and store it atomically (idempotent by content)."""
        article = ArticleInput(
            body=data.body,
            title=data.title,
            language=data.language,
            published=data.published,
            source=data.source,
            url=data.url,
        )
        pipeline = request.app.state.pipeline
        # Extraction is CPU-bound: keep it off the event loop.
        # An undated text's weekday + day + month takes the year the corpus is mostly from;
        # the corpus is asked only when the metadata gives no date.
        years = await known_years(conn) if article.published is None else []
        extraction = await anyio.to_thread.run_sync(
            functools.partial(pipeline.extract, to_text(article), near_years=years)
        )
        result = await store_article(conn, article, extraction)
        row = await ArticleRepository(conn).get(result.id)
        assert row is not None
        detail = msgspec.convert(dict(row), ArticleDetail)
        return Response(detail, status_code=201 if result.created else 200)
