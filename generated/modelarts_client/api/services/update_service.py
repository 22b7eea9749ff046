from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.update_service_request import UpdateServiceRequest
from ...models.update_service_response import UpdateServiceResponse
from ...types import Response


def _get_kwargs(
    project_id: str,
    service_id: str,
    *,
    body: UpdateServiceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/{project_id}/services/{service_id}".format(
            project_id=quote(str(project_id), safe=""),
            service_id=quote(str(service_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | UpdateServiceResponse | None:
    if response.status_code == 200:
        response_200 = UpdateServiceResponse.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

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
) -> Response[ErrorResponse | UpdateServiceResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    service_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateServiceRequest,
) -> Response[ErrorResponse | UpdateServiceResponse]:
    """Update the configuration of a service, or start or stop it

     status and config cannot change in one call: when both are given only status is applied. Fields left
    out are not changed.

    Args:
        project_id (str):
        service_id (str):
        body (UpdateServiceRequest): Request body of updateService; fields left out are not
            changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UpdateServiceResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        service_id=service_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    service_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateServiceRequest,
) -> ErrorResponse | UpdateServiceResponse | None:
    """Update the configuration of a service, or start or stop it

     status and config cannot change in one call: when both are given only status is applied. Fields left
    out are not changed.

    Args:
        project_id (str):
        service_id (str):
        body (UpdateServiceRequest): Request body of updateService; fields left out are not
            changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UpdateServiceResponse
    """

    return sync_detailed(
        project_id=project_id,
        service_id=service_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    service_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateServiceRequest,
) -> Response[ErrorResponse | UpdateServiceResponse]:
    """Update the configuration of a service, or start or stop it

     status and config cannot change in one call: when both are given only status is applied. Fields left
    out are not changed.

    Args:
        project_id (str):
        service_id (str):
        body (UpdateServiceRequest): Request body of updateService; fields left out are not
            changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UpdateServiceResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        service_id=service_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    service_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateServiceRequest,
) -> ErrorResponse | UpdateServiceResponse | None:
    """Update the configuration of a service, or start or stop it

     status and config cannot change in one call: when both are given only status is applied. Fields left
    out are not changed.

    Args:
        project_id (str):
        service_id (str):
        body (UpdateServiceRequest): Request body of updateService; fields left out are not
            changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UpdateServiceResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            service_id=service_id,
            client=client,
            body=body,
        )
    ).parsed
