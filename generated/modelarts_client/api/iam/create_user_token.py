from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_user_token_nocatalog import CreateUserTokenNocatalog
from ...models.error_response import ErrorResponse
from ...models.password_token_request import PasswordTokenRequest
from ...models.token_response import TokenResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: PasswordTokenRequest,
    nocatalog: CreateUserTokenNocatalog | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_nocatalog: str | Unset = UNSET
    if not isinstance(nocatalog, Unset):
        json_nocatalog = nocatalog.value

    params["nocatalog"] = json_nocatalog

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/auth/tokens",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TokenResponse | None:
    if response.status_code == 201:
        response_201 = TokenResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | TokenResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PasswordTokenRequest,
    nocatalog: CreateUserTokenNocatalog | Unset = UNSET,
) -> Response[ErrorResponse | TokenResponse]:
    """Obtain an IAM user token with a password

     The token is returned in the X-Subject-Token response header, not in the body; send it as X-Auth-
    Token. A token is valid for about 24 hours (token.expires_at).

    Args:
        nocatalog (CreateUserTokenNocatalog | Unset):
        body (PasswordTokenRequest): Request body of createUserToken.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        nocatalog=nocatalog,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: PasswordTokenRequest,
    nocatalog: CreateUserTokenNocatalog | Unset = UNSET,
) -> ErrorResponse | TokenResponse | None:
    """Obtain an IAM user token with a password

     The token is returned in the X-Subject-Token response header, not in the body; send it as X-Auth-
    Token. A token is valid for about 24 hours (token.expires_at).

    Args:
        nocatalog (CreateUserTokenNocatalog | Unset):
        body (PasswordTokenRequest): Request body of createUserToken.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TokenResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        nocatalog=nocatalog,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PasswordTokenRequest,
    nocatalog: CreateUserTokenNocatalog | Unset = UNSET,
) -> Response[ErrorResponse | TokenResponse]:
    """Obtain an IAM user token with a password

     The token is returned in the X-Subject-Token response header, not in the body; send it as X-Auth-
    Token. A token is valid for about 24 hours (token.expires_at).

    Args:
        nocatalog (CreateUserTokenNocatalog | Unset):
        body (PasswordTokenRequest): Request body of createUserToken.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        nocatalog=nocatalog,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PasswordTokenRequest,
    nocatalog: CreateUserTokenNocatalog | Unset = UNSET,
) -> ErrorResponse | TokenResponse | None:
    """Obtain an IAM user token with a password

     The token is returned in the X-Subject-Token response header, not in the body; send it as X-Auth-
    Token. A token is valid for about 24 hours (token.expires_at).

    Args:
        nocatalog (CreateUserTokenNocatalog | Unset):
        body (PasswordTokenRequest): Request body of createUserToken.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TokenResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            nocatalog=nocatalog,
        )
    ).parsed
