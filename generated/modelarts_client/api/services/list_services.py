from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_services_order import ListServicesOrder
from ...models.list_services_response import ListServicesResponse
from ...models.list_services_sort_by import ListServicesSortBy
from ...models.list_services_status import ListServicesStatus
from ...models.service_infer_type import ServiceInferType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    *,
    service_id: str | Unset = UNSET,
    service_name: str | Unset = UNSET,
    model_id: str | Unset = UNSET,
    cluster_id: str | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
    infer_type: ServiceInferType | Unset = UNSET,
    status: ListServicesStatus | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_by: ListServicesSortBy | Unset = UNSET,
    order: ListServicesOrder | Unset = UNSET,
    tags: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["service_id"] = service_id

    params["service_name"] = service_name

    params["model_id"] = model_id

    params["cluster_id"] = cluster_id

    params["workspace_id"] = workspace_id

    json_infer_type: str | Unset = UNSET
    if not isinstance(infer_type, Unset):
        json_infer_type = infer_type.value

    params["infer_type"] = json_infer_type

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

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

    params["tags"] = tags

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/services".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListServicesResponse | None:
    if response.status_code == 200:
        response_200 = ListServicesResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | ListServicesResponse]:
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
    service_id: str | Unset = UNSET,
    service_name: str | Unset = UNSET,
    model_id: str | Unset = UNSET,
    cluster_id: str | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
    infer_type: ServiceInferType | Unset = UNSET,
    status: ListServicesStatus | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_by: ListServicesSortBy | Unset = UNSET,
    order: ListServicesOrder | Unset = UNSET,
    tags: str | Unset = UNSET,
) -> Response[ErrorResponse | ListServicesResponse]:
    """Query the service list

    Args:
        project_id (str):
        service_id (str | Unset):
        service_name (str | Unset):
        model_id (str | Unset):
        cluster_id (str | Unset):
        workspace_id (str | Unset):
        infer_type (ServiceInferType | Unset): Inference mode of a request: real-time (a web
            service that keeps running) or batch (processes the input data once and stops), the modes
            of the SDK reference (Tables 8-2 and 8-10); edge services are out of its scope. Responses
            carry infer_type as a plain string.
        status (ListServicesStatus | Unset):
        offset (int | Unset):
        limit (int | Unset):
        sort_by (ListServicesSortBy | Unset):
        order (ListServicesOrder | Unset):
        tags (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListServicesResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        service_id=service_id,
        service_name=service_name,
        model_id=model_id,
        cluster_id=cluster_id,
        workspace_id=workspace_id,
        infer_type=infer_type,
        status=status,
        offset=offset,
        limit=limit,
        sort_by=sort_by,
        order=order,
        tags=tags,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    service_id: str | Unset = UNSET,
    service_name: str | Unset = UNSET,
    model_id: str | Unset = UNSET,
    cluster_id: str | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
    infer_type: ServiceInferType | Unset = UNSET,
    status: ListServicesStatus | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_by: ListServicesSortBy | Unset = UNSET,
    order: ListServicesOrder | Unset = UNSET,
    tags: str | Unset = UNSET,
) -> ErrorResponse | ListServicesResponse | None:
    """Query the service list

    Args:
        project_id (str):
        service_id (str | Unset):
        service_name (str | Unset):
        model_id (str | Unset):
        cluster_id (str | Unset):
        workspace_id (str | Unset):
        infer_type (ServiceInferType | Unset): Inference mode of a request: real-time (a web
            service that keeps running) or batch (processes the input data once and stops), the modes
            of the SDK reference (Tables 8-2 and 8-10); edge services are out of its scope. Responses
            carry infer_type as a plain string.
        status (ListServicesStatus | Unset):
        offset (int | Unset):
        limit (int | Unset):
        sort_by (ListServicesSortBy | Unset):
        order (ListServicesOrder | Unset):
        tags (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListServicesResponse
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        service_id=service_id,
        service_name=service_name,
        model_id=model_id,
        cluster_id=cluster_id,
        workspace_id=workspace_id,
        infer_type=infer_type,
        status=status,
        offset=offset,
        limit=limit,
        sort_by=sort_by,
        order=order,
        tags=tags,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    service_id: str | Unset = UNSET,
    service_name: str | Unset = UNSET,
    model_id: str | Unset = UNSET,
    cluster_id: str | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
    infer_type: ServiceInferType | Unset = UNSET,
    status: ListServicesStatus | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_by: ListServicesSortBy | Unset = UNSET,
    order: ListServicesOrder | Unset = UNSET,
    tags: str | Unset = UNSET,
) -> Response[ErrorResponse | ListServicesResponse]:
    """Query the service list

    Args:
        project_id (str):
        service_id (str | Unset):
        service_name (str | Unset):
        model_id (str | Unset):
        cluster_id (str | Unset):
        workspace_id (str | Unset):
        infer_type (ServiceInferType | Unset): Inference mode of a request: real-time (a web
            service that keeps running) or batch (processes the input data once and stops), the modes
            of the SDK reference (Tables 8-2 and 8-10); edge services are out of its scope. Responses
            carry infer_type as a plain string.
        status (ListServicesStatus | Unset):
        offset (int | Unset):
        limit (int | Unset):
        sort_by (ListServicesSortBy | Unset):
        order (ListServicesOrder | Unset):
        tags (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListServicesResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        service_id=service_id,
        service_name=service_name,
        model_id=model_id,
        cluster_id=cluster_id,
        workspace_id=workspace_id,
        infer_type=infer_type,
        status=status,
        offset=offset,
        limit=limit,
        sort_by=sort_by,
        order=order,
        tags=tags,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    service_id: str | Unset = UNSET,
    service_name: str | Unset = UNSET,
    model_id: str | Unset = UNSET,
    cluster_id: str | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
    infer_type: ServiceInferType | Unset = UNSET,
    status: ListServicesStatus | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_by: ListServicesSortBy | Unset = UNSET,
    order: ListServicesOrder | Unset = UNSET,
    tags: str | Unset = UNSET,
) -> ErrorResponse | ListServicesResponse | None:
    """Query the service list

    Args:
        project_id (str):
        service_id (str | Unset):
        service_name (str | Unset):
        model_id (str | Unset):
        cluster_id (str | Unset):
        workspace_id (str | Unset):
        infer_type (ServiceInferType | Unset): Inference mode of a request: real-time (a web
            service that keeps running) or batch (processes the input data once and stops), the modes
            of the SDK reference (Tables 8-2 and 8-10); edge services are out of its scope. Responses
            carry infer_type as a plain string.
        status (ListServicesStatus | Unset):
        offset (int | Unset):
        limit (int | Unset):
        sort_by (ListServicesSortBy | Unset):
        order (ListServicesOrder | Unset):
        tags (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListServicesResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            service_id=service_id,
            service_name=service_name,
            model_id=model_id,
            cluster_id=cluster_id,
            workspace_id=workspace_id,
            infer_type=infer_type,
            status=status,
            offset=offset,
            limit=limit,
            sort_by=sort_by,
            order=order,
            tags=tags,
        )
    ).parsed
