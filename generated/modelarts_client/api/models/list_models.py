from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_models_model_status import ListModelsModelStatus
from ...models.list_models_order import ListModelsOrder
from ...models.list_models_response import ListModelsResponse
from ...models.list_models_sort_by import ListModelsSortBy
from ...models.model_type import ModelType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    *,
    model_name: str | Unset = UNSET,
    exact_match: bool | Unset = UNSET,
    model_version: str | Unset = UNSET,
    model_status: ListModelsModelStatus | Unset = UNSET,
    model_type: ModelType | Unset = UNSET,
    not_model_type: ModelType | Unset = UNSET,
    description: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_by: ListModelsSortBy | Unset = UNSET,
    order: ListModelsOrder | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["model_name"] = model_name

    params["exact_match"] = exact_match

    params["model_version"] = model_version

    json_model_status: str | Unset = UNSET
    if not isinstance(model_status, Unset):
        json_model_status = model_status.value

    params["model_status"] = json_model_status

    json_model_type: str | Unset = UNSET
    if not isinstance(model_type, Unset):
        json_model_type = model_type.value

    params["model_type"] = json_model_type

    json_not_model_type: str | Unset = UNSET
    if not isinstance(not_model_type, Unset):
        json_not_model_type = not_model_type.value

    params["not_model_type"] = json_not_model_type

    params["description"] = description

    params["offset"] = offset

    params["limit"] = limit

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by.value

    params["sort_by"] = json_sort_by

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params["workspace_id"] = workspace_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/models".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListModelsResponse | None:
    if response.status_code == 200:
        response_200 = ListModelsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | ListModelsResponse]:
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
    model_name: str | Unset = UNSET,
    exact_match: bool | Unset = UNSET,
    model_version: str | Unset = UNSET,
    model_status: ListModelsModelStatus | Unset = UNSET,
    model_type: ModelType | Unset = UNSET,
    not_model_type: ModelType | Unset = UNSET,
    description: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_by: ListModelsSortBy | Unset = UNSET,
    order: ListModelsOrder | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> Response[ErrorResponse | ListModelsResponse]:
    """Query the model list

     Models of the project that match the search criteria, one page at a time.

    Args:
        project_id (str):
        model_name (str | Unset):
        exact_match (bool | Unset):
        model_version (str | Unset): Model version as Digit.Digit.Digit, each part 0 to 99 without
            a leading zero (1.0.0 is valid, 01.01.01 is not).
        model_status (ListModelsModelStatus | Unset):
        model_type (ModelType | Unset): Model type of a request (engine of the model package,
            Image for a custom image, Template for a template import). Responses carry model_type as a
            plain string.
        not_model_type (ModelType | Unset): Model type of a request (engine of the model package,
            Image for a custom image, Template for a template import). Responses carry model_type as a
            plain string.
        description (str | Unset):
        offset (int | Unset):
        limit (int | Unset):
        sort_by (ListModelsSortBy | Unset):
        order (ListModelsOrder | Unset):
        workspace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListModelsResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        model_name=model_name,
        exact_match=exact_match,
        model_version=model_version,
        model_status=model_status,
        model_type=model_type,
        not_model_type=not_model_type,
        description=description,
        offset=offset,
        limit=limit,
        sort_by=sort_by,
        order=order,
        workspace_id=workspace_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    model_name: str | Unset = UNSET,
    exact_match: bool | Unset = UNSET,
    model_version: str | Unset = UNSET,
    model_status: ListModelsModelStatus | Unset = UNSET,
    model_type: ModelType | Unset = UNSET,
    not_model_type: ModelType | Unset = UNSET,
    description: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_by: ListModelsSortBy | Unset = UNSET,
    order: ListModelsOrder | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> ErrorResponse | ListModelsResponse | None:
    """Query the model list

     Models of the project that match the search criteria, one page at a time.

    Args:
        project_id (str):
        model_name (str | Unset):
        exact_match (bool | Unset):
        model_version (str | Unset): Model version as Digit.Digit.Digit, each part 0 to 99 without
            a leading zero (1.0.0 is valid, 01.01.01 is not).
        model_status (ListModelsModelStatus | Unset):
        model_type (ModelType | Unset): Model type of a request (engine of the model package,
            Image for a custom image, Template for a template import). Responses carry model_type as a
            plain string.
        not_model_type (ModelType | Unset): Model type of a request (engine of the model package,
            Image for a custom image, Template for a template import). Responses carry model_type as a
            plain string.
        description (str | Unset):
        offset (int | Unset):
        limit (int | Unset):
        sort_by (ListModelsSortBy | Unset):
        order (ListModelsOrder | Unset):
        workspace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListModelsResponse
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        model_name=model_name,
        exact_match=exact_match,
        model_version=model_version,
        model_status=model_status,
        model_type=model_type,
        not_model_type=not_model_type,
        description=description,
        offset=offset,
        limit=limit,
        sort_by=sort_by,
        order=order,
        workspace_id=workspace_id,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    model_name: str | Unset = UNSET,
    exact_match: bool | Unset = UNSET,
    model_version: str | Unset = UNSET,
    model_status: ListModelsModelStatus | Unset = UNSET,
    model_type: ModelType | Unset = UNSET,
    not_model_type: ModelType | Unset = UNSET,
    description: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_by: ListModelsSortBy | Unset = UNSET,
    order: ListModelsOrder | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> Response[ErrorResponse | ListModelsResponse]:
    """Query the model list

     Models of the project that match the search criteria, one page at a time.

    Args:
        project_id (str):
        model_name (str | Unset):
        exact_match (bool | Unset):
        model_version (str | Unset): Model version as Digit.Digit.Digit, each part 0 to 99 without
            a leading zero (1.0.0 is valid, 01.01.01 is not).
        model_status (ListModelsModelStatus | Unset):
        model_type (ModelType | Unset): Model type of a request (engine of the model package,
            Image for a custom image, Template for a template import). Responses carry model_type as a
            plain string.
        not_model_type (ModelType | Unset): Model type of a request (engine of the model package,
            Image for a custom image, Template for a template import). Responses carry model_type as a
            plain string.
        description (str | Unset):
        offset (int | Unset):
        limit (int | Unset):
        sort_by (ListModelsSortBy | Unset):
        order (ListModelsOrder | Unset):
        workspace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListModelsResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        model_name=model_name,
        exact_match=exact_match,
        model_version=model_version,
        model_status=model_status,
        model_type=model_type,
        not_model_type=not_model_type,
        description=description,
        offset=offset,
        limit=limit,
        sort_by=sort_by,
        order=order,
        workspace_id=workspace_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    model_name: str | Unset = UNSET,
    exact_match: bool | Unset = UNSET,
    model_version: str | Unset = UNSET,
    model_status: ListModelsModelStatus | Unset = UNSET,
    model_type: ModelType | Unset = UNSET,
    not_model_type: ModelType | Unset = UNSET,
    description: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_by: ListModelsSortBy | Unset = UNSET,
    order: ListModelsOrder | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> ErrorResponse | ListModelsResponse | None:
    """Query the model list

     Models of the project that match the search criteria, one page at a time.

    Args:
        project_id (str):
        model_name (str | Unset):
        exact_match (bool | Unset):
        model_version (str | Unset): Model version as Digit.Digit.Digit, each part 0 to 99 without
            a leading zero (1.0.0 is valid, 01.01.01 is not).
        model_status (ListModelsModelStatus | Unset):
        model_type (ModelType | Unset): Model type of a request (engine of the model package,
            Image for a custom image, Template for a template import). Responses carry model_type as a
            plain string.
        not_model_type (ModelType | Unset): Model type of a request (engine of the model package,
            Image for a custom image, Template for a template import). Responses carry model_type as a
            plain string.
        description (str | Unset):
        offset (int | Unset):
        limit (int | Unset):
        sort_by (ListModelsSortBy | Unset):
        order (ListModelsOrder | Unset):
        workspace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListModelsResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            model_name=model_name,
            exact_match=exact_match,
            model_version=model_version,
            model_status=model_status,
            model_type=model_type,
            not_model_type=not_model_type,
            description=description,
            offset=offset,
            limit=limit,
            sort_by=sort_by,
            order=order,
            workspace_id=workspace_id,
        )
    ).parsed
