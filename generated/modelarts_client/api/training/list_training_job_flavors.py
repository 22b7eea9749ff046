from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_flavors_response import ListFlavorsResponse
from ...models.list_training_job_flavors_flavor_type import (
    ListTrainingJobFlavorsFlavorType,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    *,
    flavor_type: ListTrainingJobFlavorsFlavorType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_flavor_type: str | Unset = UNSET
    if not isinstance(flavor_type, Unset):
        json_flavor_type = flavor_type.value

    params["flavor_type"] = json_flavor_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/training-job-flavors".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListFlavorsResponse | None:
    if response.status_code == 200:
        response_200 = ListFlavorsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ListFlavorsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    flavor_type: ListTrainingJobFlavorsFlavorType | Unset = UNSET,
) -> Response[ErrorResponse | ListFlavorsResponse]:
    """List the public resource flavors for training jobs

    Args:
        project_id (str):
        flavor_type (ListTrainingJobFlavorsFlavorType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListFlavorsResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        flavor_type=flavor_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    flavor_type: ListTrainingJobFlavorsFlavorType | Unset = UNSET,
) -> ErrorResponse | ListFlavorsResponse | None:
    """List the public resource flavors for training jobs

    Args:
        project_id (str):
        flavor_type (ListTrainingJobFlavorsFlavorType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListFlavorsResponse
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        flavor_type=flavor_type,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    flavor_type: ListTrainingJobFlavorsFlavorType | Unset = UNSET,
) -> Response[ErrorResponse | ListFlavorsResponse]:
    """List the public resource flavors for training jobs

    Args:
        project_id (str):
        flavor_type (ListTrainingJobFlavorsFlavorType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListFlavorsResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        flavor_type=flavor_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    flavor_type: ListTrainingJobFlavorsFlavorType | Unset = UNSET,
) -> ErrorResponse | ListFlavorsResponse | None:
    """List the public resource flavors for training jobs

    Args:
        project_id (str):
        flavor_type (ListTrainingJobFlavorsFlavorType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListFlavorsResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            flavor_type=flavor_type,
        )
    ).parsed
