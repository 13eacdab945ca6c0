from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.entity_page import EntityPage
from ...models.list_entities_type_type_1 import ListEntitiesTypeType1
from ...models.list_entities_type_type_2_type_1 import ListEntitiesTypeType2Type1
from ...models.list_entities_type_type_3_type_1 import ListEntitiesTypeType3Type1
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    q: None | str | Unset = UNSET,
    type_: ListEntitiesTypeType1
    | ListEntitiesTypeType2Type1
    | ListEntitiesTypeType3Type1
    | None
    | Unset = UNSET,
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

    json_type_: str | Unset | None
    if isinstance(type_, Unset):
        json_type_ = UNSET
    elif (
        isinstance(type_, ListEntitiesTypeType1)
        or isinstance(type_, ListEntitiesTypeType2Type1)
        or isinstance(type_, ListEntitiesTypeType3Type1)
    ):
        json_type_ = type_.value
    else:
        json_type_ = type_
    params["type"] = json_type_

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
        "url": "/v1/entities",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EntityPage | None:
    if response.status_code == 200:
        response_200 = EntityPage.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EntityPage]:
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
    type_: ListEntitiesTypeType1
    | ListEntitiesTypeType2Type1
    | ListEntitiesTypeType3Type1
    | None
    | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> Response[EntityPage]:
    """ListEntities

    Args:
        q (None | str | Unset):
        type_ (ListEntitiesTypeType1 | ListEntitiesTypeType2Type1 | ListEntitiesTypeType3Type1 |
            None | Unset):
        limit (int | Unset): Page size (1..100). Default: 20.
        cursor (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EntityPage]
    """

    kwargs = _get_kwargs(
        q=q,
        type_=type_,
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
    type_: ListEntitiesTypeType1
    | ListEntitiesTypeType2Type1
    | ListEntitiesTypeType3Type1
    | None
    | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> EntityPage | None:
    """ListEntities

    Args:
        q (None | str | Unset):
        type_ (ListEntitiesTypeType1 | ListEntitiesTypeType2Type1 | ListEntitiesTypeType3Type1 |
            None | Unset):
        limit (int | Unset): Page size (1..100). Default: 20.
        cursor (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EntityPage
    """

    return sync_detailed(
        client=client,
        q=q,
        type_=type_,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: None | str | Unset = UNSET,
    type_: ListEntitiesTypeType1
    | ListEntitiesTypeType2Type1
    | ListEntitiesTypeType3Type1
    | None
    | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> Response[EntityPage]:
    """ListEntities

    Args:
        q (None | str | Unset):
        type_ (ListEntitiesTypeType1 | ListEntitiesTypeType2Type1 | ListEntitiesTypeType3Type1 |
            None | Unset):
        limit (int | Unset): Page size (1..100). Default: 20.
        cursor (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EntityPage]
    """

    kwargs = _get_kwargs(
        q=q,
        type_=type_,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    q: None | str | Unset = UNSET,
    type_: ListEntitiesTypeType1
    | ListEntitiesTypeType2Type1
    | ListEntitiesTypeType3Type1
    | None
    | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> EntityPage | None:
    """ListEntities

    Args:
        q (None | str | Unset):
        type_ (ListEntitiesTypeType1 | ListEntitiesTypeType2Type1 | ListEntitiesTypeType3Type1 |
            None | Unset):
        limit (int | Unset): Page size (1..100). Default: 20.
        cursor (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EntityPage
    """

    return (
        await asyncio_detailed(
            client=client,
            q=q,
            type_=type_,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
