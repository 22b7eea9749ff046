from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_model_response import DeleteModelResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    model_id: str,
    *,
    cascade: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cascade"] = cascade

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/{project_id}/models/{model_id}".format(
            project_id=quote(str(project_id), safe=""),
            model_id=quote(str(model_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteModelResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DeleteModelResponse.from_dict(response.json())

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
) -> Response[DeleteModelResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    model_id: str,
    *,
    client: AuthenticatedClient | Client,
    cascade: bool | Unset = UNSET,
) -> Response[DeleteModelResponse | ErrorResponse]:
    """Delete a model

     Deletes the model (with cascade=true also the other versions of the same name, at most 20). A model
    used by a service is not deleted: it is listed in delete_failed_list of a 200 response.

    Args:
        project_id (str):
        model_id (str):
        cascade (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteModelResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        model_id=model_id,
        cascade=cascade,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    model_id: str,
    *,
    client: AuthenticatedClient | Client,
    cascade: bool | Unset = UNSET,
) -> DeleteModelResponse | ErrorResponse | None:
    """Delete a model

     Deletes the model (with cascade=true also the other versions of the same name, at most 20). A model
    used by a service is not deleted: it is listed in delete_failed_list of a 200 response.

    Args:
        project_id (str):
        model_id (str):
        cascade (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteModelResponse | ErrorResponse
    """

    return sync_detailed(
        project_id=project_id,
        model_id=model_id,
        client=client,
        cascade=cascade,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    model_id: str,
    *,
    client: AuthenticatedClient | Client,
    cascade: bool | Unset = UNSET,
) -> Response[DeleteModelResponse | ErrorResponse]:
    """Delete a model

     Deletes the model (with cascade=true also the other versions of the same name, at most 20). A model
    used by a service is not deleted: it is listed in delete_failed_list of a 200 response.

    Args:
        project_id (str):
        model_id (str):
        cascade (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteModelResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        model_id=model_id,
        cascade=cascade,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    model_id: str,
    *,
    client: AuthenticatedClient | Client,
    cascade: bool | Unset = UNSET,
) -> DeleteModelResponse | ErrorResponse | None:
    """Delete a model

     Deletes the model (with cascade=true also the other versions of the same name, at most 20). A model
    used by a service is not deleted: it is listed in delete_failed_list of a 200 response.

    Args:
        project_id (str):
        model_id (str):
        cascade (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteModelResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            model_id=model_id,
            client=client,
            cascade=cascade,
        )
    ).parsed
