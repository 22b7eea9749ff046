"""Property-based conformance: schemathesis generates valid and invalid requests for every operation of the
project's document; the backend must never answer 5xx or a response the document does not allow.

Creating a service (or a job on a given flavor) refers to resources by id; schema-valid requests that name
resources which do not exist are rightly refused with 400, so positive_data_acceptance allows 400 there.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any

import hypothesis
import pytest
import schemathesis
from schemathesis.checks import not_a_server_error
from schemathesis.config import SchemathesisConfig
from schemathesis.core.result import Ok
from schemathesis.generation import GenerationMode
from schemathesis.schemas import APIOperation
from schemathesis.specs.openapi.checks import (
    negative_data_rejection,
    positive_data_acceptance,
    response_schema_conformance,
)

from modelarts_hl.local import LocalBackend
from modelarts_hl.local.server.spec import find_spec_path

from ...conftest import records_backend
from ...foundation.spec_walk import HTTP_METHODS
from ..conftest import issue_token

PROJECT_ID = "0123456789abcdef0123456789abcdef"
MAX_EXAMPLES = 40
# Creates store a record per case and answer with the whole resource: fewer examples keep the suite's time.
COSTLY = {
    "createTrainingJob": 12,
    "createModel": 20,
    "createService": 20,
    "updateService": 25,
    "listTrainingJobs": 25,
}
STATEFUL_SCENARIOS = 30
# Operations whose schema-valid bodies may name resources that do not exist (flavors, engines, models,
# names already taken, sort fields the service does not support).
REFERENCING = ["createTrainingJob", "listTrainingJobs", "createModel", "createService", "updateService"]

CONFIG = SchemathesisConfig.from_dict(
    {
        "seed": 1,
        "parameters": {"project_id": PROJECT_ID},
        "generation": {"max-examples": MAX_EXAMPLES},
        "operations": [
            {
                "include-operation-id": REFERENCING,
                "checks": {
                    "positive_data_acceptance": {
                        "expected-statuses": ["2xx", "400", "401", "403", "404", "409", "429"]
                    }
                },
            },
            *[
                {"include-operation-id": [operation], "generation": {"max-examples": examples}}
                for operation, examples in COSTLY.items()
            ],
        ],
    }
)
schema = schemathesis.openapi.from_path(find_spec_path(), config=CONFIG)
CHECKS = [not_a_server_error, response_schema_conformance, negative_data_rejection, positive_data_acceptance]


OPERATIONS = [result.ok() for result in schema.get_all_operations()]


@pytest.mark.parametrize("mode", list(GenerationMode), ids=str)
@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda operation: operation.label)
def test_every_operation_is_fuzzable(operation: APIOperation, mode: GenerationMode) -> None:
    """schemathesis loads every operation of the document and draws valid and invalid requests for each
    (an operation whose schema it cannot generate from fails here, not silently in the conformance run)."""
    drawn: list[schemathesis.Case[Any]] = []

    @hypothesis.settings(
        max_examples=2, deadline=None, database=None, suppress_health_check=list(hypothesis.HealthCheck)
    )
    @hypothesis.given(operation.as_strategy(generation_mode=mode))
    def draw(case: schemathesis.Case[Any]) -> None:
        drawn.append(case)

    draw()
    assert drawn


def test_the_document_loads_without_errors() -> None:
    errors = [result for result in schema.get_all_operations() if not isinstance(result, Ok)]
    assert errors == []
    assert len(OPERATIONS) == sum(
        1 for item in schema.raw_schema["paths"].values() for method in item if method in HTTP_METHODS
    )


@pytest.fixture(scope="module")
def fuzzed_backend() -> Iterator[LocalBackend]:
    with records_backend(project_id=PROJECT_ID, validate_responses=True) as backend:
        yield backend


@pytest.fixture(scope="module")
def fuzz_token(fuzzed_backend: LocalBackend) -> str:
    return issue_token(fuzzed_backend)


@pytest.fixture(scope="module")
def case_counts(request: pytest.FixtureRequest) -> Iterator[Counter[str]]:
    counts: Counter[str] = Counter()
    yield counts
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        total = sum(counts.values())
        reporter.write_line(f"schemathesis: {total} cases over {len(counts)} operations")


@pytest.mark.slow
@schema.parametrize()
def test_conforms_to_the_document(
    case: schemathesis.Case[Any], fuzzed_backend: LocalBackend, fuzz_token: str, case_counts: Counter[str]
) -> None:
    case_counts[case.operation.label] += 1
    case.call_and_validate(
        base_url=fuzzed_backend.endpoint, headers={"X-Auth-Token": fuzz_token}, checks=CHECKS, timeout=30
    )


@pytest.mark.slow
def test_stateful_sequences_conform(fuzzed_backend: LocalBackend, fuzz_token: str) -> None:
    """Create-then-use sequences along the document's links (create a job, then show/terminate/delete it)."""
    call_kwargs: dict[str, Any] = {
        "base_url": fuzzed_backend.endpoint,
        "headers": {"X-Auth-Token": fuzz_token},
        "timeout": 30,
    }

    class Workflow(schema.as_state_machine()):  # type: ignore[misc]
        def get_call_kwargs(self, case: schemathesis.Case[Any]) -> dict[str, Any]:
            return call_kwargs

        def validate_response(
            self,
            response: schemathesis.Response,
            case: schemathesis.Case[Any],
            additional_checks: Any = None,
            **kwargs: Any,
        ) -> None:
            case.validate_response(response, checks=CHECKS, transport_kwargs=kwargs)

    Workflow.run(
        settings=hypothesis.settings(
            max_examples=STATEFUL_SCENARIOS,
            stateful_step_count=6,
            deadline=None,
            suppress_health_check=list(hypothesis.HealthCheck),
            database=None,
        )
    )
