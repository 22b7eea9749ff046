from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_training_job_request import CreateTrainingJobRequest
from ...models.error_response import ErrorResponse
from ...models.job_response import JobResponse
from ...types import Response


def _get_kwargs(
    project_id: str,
    *,
    body: CreateTrainingJobRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/{project_id}/training-jobs".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | JobResponse | None:
    if response.status_code == 201:
        response_201 = JobResponse.from_dict(response.json())

        return response_201

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
) -> Response[ErrorResponse | JobResponse]:
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
    body: CreateTrainingJobRequest,
) -> Response[ErrorResponse | JobResponse]:
    """Create a training job

     Creates and starts a training job from an algorithm (code_dir + boot_file with a preset engine, a
    custom image with a command, or an algorithm id) on a flavor of a public or dedicated resource pool.
    The job runs asynchronously; poll showTrainingJob for status.phase.

    Args:
        project_id (str):
        body (CreateTrainingJobRequest): Request body of createTrainingJob.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | JobResponse]
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
    body: CreateTrainingJobRequest,
) -> ErrorResponse | JobResponse | None:
    """Create a training job

     Creates and starts a training job from an algorithm (code_dir + boot_file with a preset engine, a
    custom image with a command, or an algorithm id) on a flavor of a public or dedicated resource pool.
    The job runs asynchronously; poll showTrainingJob for status.phase.

    Args:
        project_id (str):
        body (CreateTrainingJobRequest): Request body of createTrainingJob.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | JobResponse
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
    body: CreateTrainingJobRequest,
) -> Response[ErrorResponse | JobResponse]:
    """Create a training job

     Creates and starts a training job from an algorithm (code_dir + boot_file with a preset engine, a
    custom image with a command, or an algorithm id) on a flavor of a public or dedicated resource pool.
    The job runs asynchronously; poll showTrainingJob for status.phase.

    Args:
        project_id (str):
        body (CreateTrainingJobRequest): Request body of createTrainingJob.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | JobResponse]
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
    body: CreateTrainingJobRequest,
) -> ErrorResponse | JobResponse | None:
    """Create a training job

     Creates and starts a training job from an algorithm (code_dir + boot_file with a preset engine, a
    custom image with a command, or an algorithm id) on a flavor of a public or dedicated resource pool.
    The job runs asynchronously; poll showTrainingJob for status.phase.

    Args:
        project_id (str):
        body (CreateTrainingJobRequest): Request body of createTrainingJob.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | JobResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
        )
    ).parsed
