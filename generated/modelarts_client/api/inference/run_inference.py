from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.inference_request import InferenceRequest
from ...types import Response


def _get_kwargs(
    service_id: str,
    *,
    body: InferenceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/infers/{service_id}".format(
            service_id=quote(str(service_id), safe=""),
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
        response_200 = response.json()
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

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

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
    service_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: InferenceRequest,
) -> Response[Any | ErrorResponse]:
    """Send a prediction request to a running real-time service

     Served by the API gateway host of the service's access_address
    (https://{id}.apig.{region}.huaweicloudapis.com), not by the ModelArts endpoint: call it through a
    client whose base URL is that host. Authenticated by X-Auth-Token, an AK/SK signature or X-Apig-
    AppCode. The body is the JSON the model's customize_service.py expects (at most 12 MB; 40 s per
    prediction); the reply is whatever its _postprocess returns. The service also accepts
    multipart/form-data (file fields); that content type is not declared here because the pinned
    generator cannot produce a working operation with two request content types, so form uploads are
    sent without the generated operation.

    Args:
        service_id (str):
        body (InferenceRequest): JSON body of a prediction request, shaped as the model's API
            expects, for example {"data": {"req_data": [{"sepal_length": 5.1}]}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        service_id=service_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    service_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: InferenceRequest,
) -> Any | ErrorResponse | None:
    """Send a prediction request to a running real-time service

     Served by the API gateway host of the service's access_address
    (https://{id}.apig.{region}.huaweicloudapis.com), not by the ModelArts endpoint: call it through a
    client whose base URL is that host. Authenticated by X-Auth-Token, an AK/SK signature or X-Apig-
    AppCode. The body is the JSON the model's customize_service.py expects (at most 12 MB; 40 s per
    prediction); the reply is whatever its _postprocess returns. The service also accepts
    multipart/form-data (file fields); that content type is not declared here because the pinned
    generator cannot produce a working operation with two request content types, so form uploads are
    sent without the generated operation.

    Args:
        service_id (str):
        body (InferenceRequest): JSON body of a prediction request, shaped as the model's API
            expects, for example {"data": {"req_data": [{"sepal_length": 5.1}]}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        service_id=service_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    service_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: InferenceRequest,
) -> Response[Any | ErrorResponse]:
    """Send a prediction request to a running real-time service

     Served by the API gateway host of the service's access_address
    (https://{id}.apig.{region}.huaweicloudapis.com), not by the ModelArts endpoint: call it through a
    client whose base URL is that host. Authenticated by X-Auth-Token, an AK/SK signature or X-Apig-
    AppCode. The body is the JSON the model's customize_service.py expects (at most 12 MB; 40 s per
    prediction); the reply is whatever its _postprocess returns. The service also accepts
    multipart/form-data (file fields); that content type is not declared here because the pinned
    generator cannot produce a working operation with two request content types, so form uploads are
    sent without the generated operation.

    Args:
        service_id (str):
        body (InferenceRequest): JSON body of a prediction request, shaped as the model's API
            expects, for example {"data": {"req_data": [{"sepal_length": 5.1}]}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        service_id=service_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    service_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: InferenceRequest,
) -> Any | ErrorResponse | None:
    """Send a prediction request to a running real-time service

     Served by the API gateway host of the service's access_address
    (https://{id}.apig.{region}.huaweicloudapis.com), not by the ModelArts endpoint: call it through a
    client whose base URL is that host. Authenticated by X-Auth-Token, an AK/SK signature or X-Apig-
    AppCode. The body is the JSON the model's customize_service.py expects (at most 12 MB; 40 s per
    prediction); the reply is whatever its _postprocess returns. The service also accepts
    multipart/form-data (file fields); that content type is not declared here because the pinned
    generator cannot produce a working operation with two request content types, so form uploads are
    sent without the generated operation.

    Args:
        service_id (str):
        body (InferenceRequest): JSON body of a prediction request, shaped as the model's API
            expects, for example {"data": {"req_data": [{"sepal_length": 5.1}]}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            service_id=service_id,
            client=client,
            body=body,
        )
    ).parsed
