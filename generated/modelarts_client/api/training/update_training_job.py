from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.update_training_job_request import UpdateTrainingJobRequest
from ...types import Response


def _get_kwargs(
    project_id: str,
    training_job_id: str,
    *,
    body: UpdateTrainingJobRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v2/{project_id}/training-jobs/{training_job_id}".format(
            project_id=quote(str(project_id), safe=""),
            training_job_id=quote(str(training_job_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
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
) -> Response[Any | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    training_job_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateTrainingJobRequest,
) -> Response[Any | ErrorResponse]:
    """Change the description of a training job

    Args:
        project_id (str):
        training_job_id (str):
        body (UpdateTrainingJobRequest): Request body of updateTrainingJob: the description (which
            the SDK reference's update_job_configs always sends) and, optionally, the job's
            annotations, notification and scheduling priority.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        training_job_id=training_job_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    training_job_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateTrainingJobRequest,
) -> Any | ErrorResponse | None:
    """Change the description of a training job

    Args:
        project_id (str):
        training_job_id (str):
        body (UpdateTrainingJobRequest): Request body of updateTrainingJob: the description (which
            the SDK reference's update_job_configs always sends) and, optionally, the job's
            annotations, notification and scheduling priority.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        project_id=project_id,
        training_job_id=training_job_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    training_job_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateTrainingJobRequest,
) -> Response[Any | ErrorResponse]:
    """Change the description of a training job

    Args:
        project_id (str):
        training_job_id (str):
        body (UpdateTrainingJobRequest): Request body of updateTrainingJob: the description (which
            the SDK reference's update_job_configs always sends) and, optionally, the job's
            annotations, notification and scheduling priority.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        training_job_id=training_job_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    training_job_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateTrainingJobRequest,
) -> Any | ErrorResponse | None:
    """Change the description of a training job

    Args:
        project_id (str):
        training_job_id (str):
        body (UpdateTrainingJobRequest): Request body of updateTrainingJob: the description (which
            the SDK reference's update_job_configs always sends) and, optionally, the job's
            annotations, notification and scheduling priority.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            training_job_id=training_job_id,
            client=client,
            body=body,
        )
    ).parsed
