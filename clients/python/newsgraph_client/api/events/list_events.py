import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.event_page import EventPage
from ...models.list_events_sort import ListEventsSort
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    type_: None | str | Unset = UNSET,
    participant: None | str | Unset = UNSET,
    location: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    sort: ListEventsSort | Unset = ListEventsSort.START,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

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

    json_type_: str | Unset | None
    if isinstance(type_, Unset):
        json_type_ = UNSET
    else:
        json_type_ = type_
    params["type"] = json_type_

    json_participant: str | Unset | None
    if isinstance(participant, Unset):
        json_participant = UNSET
    else:
        json_participant = participant
    params["participant"] = json_participant

    json_location: str | Unset | None
    if isinstance(location, Unset):
        json_location = UNSET
    else:
        json_location = location
    params["location"] = json_location

    json_q: str | Unset | None
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

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
        "url": "/v1/events",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EventPage | None:
    if response.status_code == 200:
        response_200 = EventPage.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EventPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    type_: None | str | Unset = UNSET,
    participant: None | str | Unset = UNSET,
    location: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    sort: ListEventsSort | Unset = ListEventsSort.START,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> Response[EventPage]:
    """ListEvents

    Args:
        from_ (datetime.date | None | Unset):
        to (datetime.date | None | Unset):
        type_ (None | str | Unset):
        participant (None | str | Unset):
        location (None | str | Unset):
        q (None | str | Unset):
        sort (ListEventsSort | Unset):  Default: ListEventsSort.START.
        limit (int | Unset): Page size (1..100). Default: 20.
        cursor (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EventPage]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        type_=type_,
        participant=participant,
        location=location,
        q=q,
        sort=sort,
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
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    type_: None | str | Unset = UNSET,
    participant: None | str | Unset = UNSET,
    location: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    sort: ListEventsSort | Unset = ListEventsSort.START,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> EventPage | None:
    """ListEvents

    Args:
        from_ (datetime.date | None | Unset):
        to (datetime.date | None | Unset):
        type_ (None | str | Unset):
        participant (None | str | Unset):
        location (None | str | Unset):
        q (None | str | Unset):
        sort (ListEventsSort | Unset):  Default: ListEventsSort.START.
        limit (int | Unset): Page size (1..100). Default: 20.
        cursor (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EventPage
    """

    return sync_detailed(
        client=client,
        from_=from_,
        to=to,
        type_=type_,
        participant=participant,
        location=location,
        q=q,
        sort=sort,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    type_: None | str | Unset = UNSET,
    participant: None | str | Unset = UNSET,
    location: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    sort: ListEventsSort | Unset = ListEventsSort.START,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> Response[EventPage]:
    """ListEvents

    Args:
        from_ (datetime.date | None | Unset):
        to (datetime.date | None | Unset):
        type_ (None | str | Unset):
        participant (None | str | Unset):
        location (None | str | Unset):
        q (None | str | Unset):
        sort (ListEventsSort | Unset):  Default: ListEventsSort.START.
        limit (int | Unset): Page size (1..100). Default: 20.
        cursor (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EventPage]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        type_=type_,
        participant=participant,
        location=location,
        q=q,
        sort=sort,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    type_: None | str | Unset = UNSET,
    participant: None | str | Unset = UNSET,
    location: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    sort: ListEventsSort | Unset = ListEventsSort.START,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> EventPage | None:
    """ListEvents

    Args:
        from_ (datetime.date | None | Unset):
        to (datetime.date | None | Unset):
        type_ (None | str | Unset):
        participant (None | str | Unset):
        location (None | str | Unset):
        q (None | str | Unset):
        sort (ListEventsSort | Unset):  Default: ListEventsSort.START.
        limit (int | Unset): Page size (1..100). Default: 20.
        cursor (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EventPage
    """

    return (
        await asyncio_detailed(
            client=client,
            from_=from_,
            to=to,
            type_=type_,
            participant=participant,
            location=location,
            q=q,
            sort=sort,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
