from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.statement_item import StatementItem
from ...types import Response


def _get_kwargs(
    statement_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/statements/{statement_id}".format(
            statement_id=quote(str(statement_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> StatementItem | None:
    if response.status_code == 200:
        response_200 = StatementItem.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[StatementItem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    statement_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[StatementItem]:
    """GetStatement

    Args:
        statement_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StatementItem]
    """

    kwargs = _get_kwargs(
        statement_id=statement_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    statement_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> StatementItem | None:
    """GetStatement

    Args:
        statement_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StatementItem
    """

    return sync_detailed(
        statement_id=statement_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    statement_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[StatementItem]:
    """GetStatement

    Args:
        statement_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StatementItem]
    """

    kwargs = _get_kwargs(
        statement_id=statement_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    statement_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> StatementItem | None:
    """GetStatement

    Args:
        statement_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StatementItem
    """

    return (
        await asyncio_detailed(
            statement_id=statement_id,
            client=client,
        )
    ).parsed
