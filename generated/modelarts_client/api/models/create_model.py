from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_model_request import CreateModelRequest
from ...models.create_model_response import CreateModelResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    project_id: str,
    *,
    body: CreateModelRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/{project_id}/models".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateModelResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CreateModelResponse.from_dict(response.json())

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
) -> Response[CreateModelResponse | ErrorResponse]:
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
    body: CreateModelRequest,
) -> Response[CreateModelResponse | ErrorResponse]:
    """Import a model

     Creates a model from a model package in OBS (model files, config.json and customize_service.py) or
    from a container image. Fields read from the package's config.json (apis, dependencies,
    model_algorithm, metrics) may be left out. The model is published asynchronously: poll showModel
    until model_status is published (or failed).

    Args:
        project_id (str):
        body (CreateModelRequest): Request body of createModel. A template model (model_type
            Template) needs template and no source_location; every other model needs source_location.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateModelResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateModelRequest,
) -> CreateModelResponse | ErrorResponse | None:
    """Import a model

     Creates a model from a model package in OBS (model files, config.json and customize_service.py) or
    from a container image. Fields read from the package's config.json (apis, dependencies,
    model_algorithm, metrics) may be left out. The model is published asynchronously: poll showModel
    until model_status is published (or failed).

    Args:
        project_id (str):
        body (CreateModelRequest): Request body of createModel. A template model (model_type
            Template) needs template and no source_location; every other model needs source_location.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateModelResponse | ErrorResponse
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateModelRequest,
) -> Response[CreateModelResponse | ErrorResponse]:
    """Import a model

     Creates a model from a model package in OBS (model files, config.json and customize_service.py) or
    from a container image. Fields read from the package's config.json (apis, dependencies,
    model_algorithm, metrics) may be left out. The model is published asynchronously: poll showModel
    until model_status is published (or failed).

    Args:
        project_id (str):
        body (CreateModelRequest): Request body of createModel. A template model (model_type
            Template) needs template and no source_location; every other model needs source_location.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateModelResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateModelRequest,
) -> CreateModelResponse | ErrorResponse | None:
    """Import a model

     Creates a model from a model package in OBS (model files, config.json and customize_service.py) or
    from a container image. Fields read from the package's config.json (apis, dependencies,
    model_algorithm, metrics) may be left out. The model is published asynchronously: poll showModel
    until model_status is published (or failed).

    Args:
        project_id (str):
        body (CreateModelRequest): Request body of createModel. A template model (model_type
            Template) needs template and no source_location; every other model needs source_location.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateModelResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
        )
    ).parsed
