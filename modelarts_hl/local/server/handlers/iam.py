"""IAM: password tokens and temporary access keys for the configured local user."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from ...errors import AUTH_FAILED, ApiError
from ..registry import OperationRequest, Operations, Reply

__all__ = ["api", "iso8601"]

api = Operations()

_DEFAULT_TEMPORARY_SECONDS = 900


def iso8601(moment: datetime) -> str:
    """IAM's timestamp format: UTC with microseconds and a ``Z``."""
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@api.operation("createUserToken")
def create_user_token(request: OperationRequest) -> Reply:
    config = request.context.config
    auth = request.body["auth"]
    user = auth["identity"]["password"]["user"]
    project = auth["scope"]["project"]
    # IAM refuses a scope outside the user's projects as an authentication failure, like a wrong password.
    known = {"id": config.project_id, "name": config.region_name}
    if not project or any(project[key] != known[key] for key in known if key in project):
        raise ApiError(401, AUTH_FAILED, "The scope 'auth.scope.project' is not a project of this user")
    credentials = request.context.credentials
    if not credentials.check_password(user["domain"]["name"], user["name"], user["password"]):
        raise ApiError(401, AUTH_FAILED, "The account, user name or password is wrong")
    token = credentials.issue_token(user["name"])
    domain = {"id": credentials.domain_id, "name": config.account}
    body: dict[str, Any] = {
        "token": {
            "expires_at": iso8601(token.expires_at),
            "issued_at": iso8601(token.issued_at),
            "methods": ["password"],
            "user": {
                "id": credentials.user_id,
                "name": user["name"],
                "domain": domain,
                "password_expires_at": "",
            },
            "project": {"id": config.project_id, "name": config.region_name, "domain": domain},
            "roles": [{"id": "0", "name": "te_admin"}, {"id": "1", "name": "modelarts_adm"}],
        }
    }
    if request.query.get("nocatalog") != "true":
        body["token"]["catalog"] = _catalog(request)
    return Reply(body, status=201, headers={"X-Subject-Token": token.value})


def _catalog(request: OperationRequest) -> list[dict[str, Any]]:
    context = request.context
    region = context.config.region_name
    services = (("modelarts", context.endpoint), ("iam", context.endpoint), ("obs", context.obs_endpoint))
    return [
        {
            "id": f"local-{name}",
            "name": name,
            "type": name,
            "endpoints": [
                {
                    "id": f"local-{name}-public",
                    "interface": "public",
                    "region": region,
                    "region_id": region,
                    "url": url,
                }
            ],
        }
        for name, url in services
    ]


@api.operation("createTemporaryCredentials")
def create_temporary_credentials(request: OperationRequest) -> Reply:
    principal = request.principal
    assert principal is not None  # the operation is not public
    identity = request.body["auth"]["identity"]
    seconds = identity.get("token", {}).get("duration_seconds", _DEFAULT_TEMPORARY_SECONDS)
    credential = request.context.credentials.issue_temporary(principal.user, timedelta(seconds=seconds))
    body = {
        "credential": {
            "access": credential.access,
            "secret": credential.secret,
            "securitytoken": credential.security_token,
            "expires_at": iso8601(credential.expires_at),
        }
    }
    return Reply(body, status=201)
