import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_statements_kind_type_1 import ListStatementsKindType1
from ...models.list_statements_kind_type_2_type_1 import ListStatementsKindType2Type1
from ...models.list_statements_kind_type_3_type_1 import ListStatementsKindType3Type1
from ...models.statement_page import StatementPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    speaker: None | str | Unset = UNSET,
    about: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    language: None | str | Unset = UNSET,
    article_id: None | str | Unset = UNSET,
    kind: ListStatementsKindType1
    | ListStatementsKindType2Type1
    | ListStatementsKindType3Type1
    | None
    | Unset = UNSET,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_speaker: str | Unset | None
    if isinstance(speaker, Unset):
        json_speaker = UNSET
    else:
        json_speaker = speaker
    params["speaker"] = json_speaker

    json_about: str | Unset | None
    if isinstance(about, Unset):
        json_about = UNSET
    else:
        json_about = about
    params["about"] = json_about

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

    json_article_id: str | Unset | None
    if isinstance(article_id, Unset):
        json_article_id = UNSET
    else:
        json_article_id = article_id
    params["article_id"] = json_article_id

    json_kind: str | Unset | None
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif (
        isinstance(kind, ListStatementsKindType1)
        or isinstance(kind, ListStatementsKindType2Type1)
        or isinstance(kind, ListStatementsKindType3Type1)
    ):
        json_kind = kind.value
    else:
        json_kind = kind
    params["kind"] = json_kind

    json_from_: str | Unset | None
    if isinstance(from_, Unset):
        json_from_ = UNSET
    elif isinstance(from_, datetime.date):
        json_from_ = from_.isoformat()
    else:
        json_from_ = from_
    params["from"] = json_from_

    json_to: str | Unset | None
    if isinstance(to, Unset):
        json_to = UNSET
    elif isinstance(to, datetime.date):
        json_to = to.isoformat()
    else:
        json_to = to
    params["to"] = json_to

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
        "url": "/v1/statements",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> StatementPage | None:
    if response.status_code == 200:
        response_200 = StatementPage.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[StatementPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    speaker: None | str | Unset = UNSET,
    about: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    language: None | str | Unset = UNSET,
    article_id: None | str | Unset = UNSET,
    kind: ListStatementsKindType1
    | ListStatementsKindType2Type1
    | ListStatementsKindType3Type1
    | None
    | Unset = UNSET,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> Response[StatementPage]:
    """ListStatements

    Args:
        speaker (None | str | Unset):
        about (None | str | Unset):
        q (None | str | Unset):
        language (None | str | Unset):
        article_id (None | str | Unset):
        kind (ListStatementsKindType1 | ListStatementsKindType2Type1 |
            ListStatementsKindType3Type1 | None | Unset):
        from_ (datetime.date | None | Unset):
        to (datetime.date | None | Unset):
        limit (int | Unset): Page size (1..100). Default: 20.
        cursor (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StatementPage]
    """

    kwargs = _get_kwargs(
        speaker=speaker,
        about=about,
        q=q,
        language=language,
        article_id=article_id,
        kind=kind,
        from_=from_,
        to=to,
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
    speaker: None | str | Unset = UNSET,
    about: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    language: None | str | Unset = UNSET,
    article_id: None | str | Unset = UNSET,
    kind: ListStatementsKindType1
    | ListStatementsKindType2Type1
    | ListStatementsKindType3Type1
    | None
    | Unset = UNSET,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> StatementPage | None:
    """ListStatements

    Args:
        speaker (None | str | Unset):
        about (None | str | Unset):
        q (None | str | Unset):
        language (None | str | Unset):
        article_id (None | str | Unset):
        kind (ListStatementsKindType1 | ListStatementsKindType2Type1 |
            ListStatementsKindType3Type1 | None | Unset):
        from_ (datetime.date | None | Unset):
        to (datetime.date | None | Unset):
        limit (int | Unset): Page size (1..100). Default: 20.
        cursor (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StatementPage
    """

    return sync_detailed(
        client=client,
        speaker=speaker,
        about=about,
        q=q,
        language=language,
        article_id=article_id,
        kind=kind,
        from_=from_,
        to=to,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    speaker: None | str | Unset = UNSET,
    about: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    language: None | str | Unset = UNSET,
    article_id: None | str | Unset = UNSET,
    kind: ListStatementsKindType1
    | ListStatementsKindType2Type1
    | ListStatementsKindType3Type1
    | None
    | Unset = UNSET,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> Response[StatementPage]:
    """ListStatements

    Args:
        speaker (None | str | Unset):
        about (None | str | Unset):
        q (None | str | Unset):
        language (None | str | Unset):
        article_id (None | str | Unset):
        kind (ListStatementsKindType1 | ListStatementsKindType2Type1 |
            ListStatementsKindType3Type1 | None | Unset):
        from_ (datetime.date | None | Unset):
        to (datetime.date | None | Unset):
        limit (int | Unset): Page size (1..100). Default: 20.
        cursor (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StatementPage]
    """

    kwargs = _get_kwargs(
        speaker=speaker,
        about=about,
        q=q,
        language=language,
        article_id=article_id,
        kind=kind,
        from_=from_,
        to=to,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    speaker: None | str | Unset = UNSET,
    about: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    language: None | str | Unset = UNSET,
    article_id: None | str | Unset = UNSET,
    kind: ListStatementsKindType1
    | ListStatementsKindType2Type1
    | ListStatementsKindType3Type1
    | None
    | Unset = UNSET,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> StatementPage | None:
    """ListStatements

    Args:
        speaker (None | str | Unset):
        about (None | str | Unset):
        q (None | str | Unset):
        language (None | str | Unset):
        article_id (None | str | Unset):
        kind (ListStatementsKindType1 | ListStatementsKindType2Type1 |
            ListStatementsKindType3Type1 | None | Unset):
        from_ (datetime.date | None | Unset):
        to (datetime.date | None | Unset):
        limit (int | Unset): Page size (1..100). Default: 20.
        cursor (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StatementPage
    """

    return (
        await asyncio_detailed(
            client=client,
            speaker=speaker,
            about=about,
            q=q,
            language=language,
            article_id=article_id,
            kind=kind,
            from_=from_,
            to=to,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
