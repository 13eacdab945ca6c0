import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.article_page import ArticlePage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    q: None | str | Unset = UNSET,
    language: None | str | Unset = UNSET,
    published_from: datetime.date | None | Unset = UNSET,
    published_to: datetime.date | None | Unset = UNSET,
    source: None | str | Unset = UNSET,
    entity: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_q: str | Unset | None
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

    json_language: str | Unset | None
    if isinstance(language, Unset):
        json_language = UNSET
    else:
        json_language = language
    params["language"] = json_language

    json_published_from: str | Unset | None
    if isinstance(published_from, Unset):
        json_published_from = UNSET
    elif isinstance(published_from, datetime.date):
        json_published_from = published_from.isoformat()
    else:
        json_published_from = published_from
    params["published_from"] = json_published_from

    json_published_to: str | Unset | None
    if isinstance(published_to, Unset):
        json_published_to = UNSET
    elif isinstance(published_to, datetime.date):
        json_published_to = published_to.isoformat()
    else:
        json_published_to = published_to
    params["published_to"] = json_published_to

    json_source: str | Unset | None
    if isinstance(source, Unset):
        json_source = UNSET
    else:
        json_source = source
    params["source"] = json_source

    json_entity: str | Unset | None
    if isinstance(entity, Unset):
        json_entity = UNSET
    else:
        json_entity = entity
    params["entity"] = json_entity

    params["limit"] = limit

    json_cursor: str | Unset | None
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/articles",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ArticlePage | None:
    if response.status_code == 200:
        response_200 = ArticlePage.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ArticlePage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: None | str | Unset = UNSET,
    language: None | str | Unset = UNSET,
    published_from: datetime.date | None | Unset = UNSET,
    published_to: datetime.date | None | Unset = UNSET,
    source: None | str | Unset = UNSET,
    entity: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> Response[ArticlePage]:
    """ListArticles

    Args:
        q (None | str | Unset):
        language (None | str | Unset): ISO 639-1 code, e.g. en.
        published_from (datetime.date | None | Unset):
        published_to (datetime.date | None | Unset):
        source (None | str | Unset):
        entity (None | str | Unset):
        limit (int | Unset): Page size (1..100). Default: 20.
        cursor (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArticlePage]
    """

    kwargs = _get_kwargs(
        q=q,
        language=language,
        published_from=published_from,
        published_to=published_to,
        source=source,
        entity=entity,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    q: None | str | Unset = UNSET,
    language: None | str | Unset = UNSET,
    published_from: datetime.date | None | Unset = UNSET,
    published_to: datetime.date | None | Unset = UNSET,
    source: None | str | Unset = UNSET,
    entity: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> ArticlePage | None:
    """ListArticles

    Args:
        q (None | str | Unset):
        language (None | str | Unset): ISO 639-1 code, e.g. en.
        published_from (datetime.date | None | Unset):
        published_to (datetime.date | None | Unset):
        source (None | str | Unset):
        entity (None | str | Unset):
        limit (int | Unset): Page size (1..100). Default: 20.
        cursor (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArticlePage
    """

    return sync_detailed(
        client=client,
        q=q,
        language=language,
        published_from=published_from,
        published_to=published_to,
        source=source,
        entity=entity,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: None | str | Unset = UNSET,
    language: None | str | Unset = UNSET,
    published_from: datetime.date | None | Unset = UNSET,
    published_to: datetime.date | None | Unset = UNSET,
    source: None | str | Unset = UNSET,
    entity: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> Response[ArticlePage]:
    """ListArticles

    Args:
        q (None | str | Unset):
        language (None | str | Unset): ISO 639-1 code, e.g. en.
        published_from (datetime.date | None | Unset):
        published_to (datetime.date | None | Unset):
        source (None | str | Unset):
        entity (None | str | Unset):
        limit (int | Unset): Page size (1..100). Default: 20.
        cursor (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArticlePage]
    """

    kwargs = _get_kwargs(
        q=q,
        language=language,
        published_from=published_from,
        published_to=published_to,
        source=source,
        entity=entity,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    q: None | str | Unset = UNSET,
    language: None | str | Unset = UNSET,
    published_from: datetime.date | None | Unset = UNSET,
    published_to: datetime.date | None | Unset = UNSET,
    source: None | str | Unset = UNSET,
    entity: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> ArticlePage | None:
    """ListArticles

    Args:
        q (None | str | Unset):
        language (None | str | Unset): ISO 639-1 code, e.g. en.
        published_from (datetime.date | None | Unset):
        published_to (datetime.date | None | Unset):
        source (None | str | Unset):
        entity (None | str | Unset):
        limit (int | Unset): Page size (1..100). Default: 20.
        cursor (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArticlePage
    """

    return (
        await asyncio_detailed(
            client=client,
            q=q,
            language=language,
            published_from=published_from,
            published_to=published_to,
            source=source,
            entity=entity,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
