"""Rules the handlers apply come from the OpenAPI document they serve, never from a copy of it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from modelarts_hl.local import LocalBackend
from modelarts_hl.local.server.handlers.search import OPERATORS
from modelarts_hl.local.server.rules import SpecRules
from modelarts_hl.local.server.spec import find_spec_path, load_spec
from modelarts_hl.local.store.documents import SCHEDULE_UNIT_SECONDS

from ...conftest import records_backend
from ..conftest import issue_token
from .test_operations import assert_error, batch_body, create_model, unique, v1


@pytest.fixture(scope="module")
def rules() -> SpecRules:
    return SpecRules(load_spec())


class TestReading:
    def test_properties_in_document_order(self, rules: SpecRules) -> None:
        schema = load_spec()["components"]["schemas"]["ModelSummary"]
        assert rules.properties("ModelSummary") == tuple(schema["properties"])

    def test_properties_shared_by_several_schemas(self, rules: SpecRules) -> None:
        shared = rules.properties("ServiceConfig", "ServiceConfigDetail")
        assert "instance_count" in shared and "mapping_rule" in shared
        # Only ServiceConfig has it (a request field the reported configuration leaves out).
        assert "deploy_timeout_in_seconds" in rules.properties("ServiceConfig")
        assert "deploy_timeout_in_seconds" not in shared
        # Only ServiceConfigDetail has it (reported, never requested).
        assert "model_name" not in shared

    def test_all_of_parts_are_merged(self, rules: SpecRules) -> None:
        # JobSpec.resource is {allOf: [$ref JobResource], description: ...}.
        resource = rules.property("JobSpec", "resource")
        assert "node_count" in resource["properties"]
        assert resource["description"].startswith("Resources of the job")

    def test_enums(self, rules: SpecRules) -> None:
        assert set(rules.enum("SearchFilter", "operator")) == {"like", "in", "not", "between"}
        assert rules.query_enum("listModels", "sort_by") == ("create_at", "model_version", "model_size")

    def test_query_fields(self, rules: SpecRules) -> None:
        fields = rules.query_fields("listModels", "ModelSummary")
        assert {"model_version", "model_status", "model_type", "workspace_id"} <= set(fields)
        # Parameters that name no field of a model: a flag, a negation, paging and sorting.
        assert not {"exact_match", "not_model_type", "offset", "limit", "sort_by"} & set(fields)

    def test_extension(self, rules: SpecRules) -> None:
        required = rules.extension("ServiceConfig", "x-required-by-infer-type")
        assert required["batch"] == ["src_path", "dest_path", "req_uri", "mapping_type"]
        assert rules.extension("ServiceSchedule", "x-required-by-infer-type") is None
        with pytest.raises(ValueError, match="x-"):
            rules.extension("ServiceConfig", "required")

    def test_pick(self, rules: SpecRules) -> None:
        source = {"model_id": "m", "weight": 10, "model_name": "not requested", "colour": "red"}
        assert rules.pick(source, "ServiceConfig", "ServiceConfigDetail") == {"model_id": "m", "weight": 10}
        assert rules.pick(source, "ServiceConfig", leave_out=("weight",)) == {"model_id": "m"}


class TestHandlersCoverTheDocument:
    """Where a handler says what a value of the document means, it knows every value the document allows."""

    def test_search_operators(self, rules: SpecRules) -> None:
        assert set(OPERATORS) == set(rules.enum("SearchFilter", "operator"))

    def test_schedule_units(self, rules: SpecRules) -> None:
        assert set(SCHEDULE_UNIT_SECONDS) == set(rules.enum("ServiceSchedule", "time_unit"))

    @pytest.mark.parametrize(
        ("operation_id", "path"), [("listModels", "/models"), ("listServices", "/services")]
    )
    @pytest.mark.parametrize("order", ["asc", "desc"])
    def test_every_sort_key_sorts(
        self,
        rules: SpecRules,
        api: httpx.Client,
        local_backend: LocalBackend,
        operation_id: str,
        path: str,
        order: str,
    ) -> None:
        model_id = create_model(api, local_backend)
        for _ in range(2):
            config = [{"model_id": model_id, "weight": 100, "specification": "s", "instance_count": 1}]
            body = {"service_name": unique("svc"), "infer_type": "real-time", "config": config}
            assert api.post(v1(local_backend, "/services"), json=body).status_code == 200
        create_model(api, local_backend)
        collection = path.strip("/")
        for sort_by in rules.query_enum(operation_id, "sort_by"):
            params = {"sort_by": sort_by, "order": order}
            items = api.get(v1(local_backend, path), params=params).json()[collection]
            assert len(items) >= 2
            values = [_sortable(sort_by, item[sort_by]) for item in items]
            assert values == sorted(values, reverse=order == "desc"), sort_by

    def test_parameters_named_like_fields_select_by_equality(
        self, rules: SpecRules, api: httpx.Client, local_backend: LocalBackend
    ) -> None:
        name = unique("eq")
        create_model(api, local_backend, name)
        other = {"model_version": "9.9.9", "model_status": "failed", "model_type": "TensorFlow"}
        other["workspace_id"] = "1"
        fields = set(rules.query_fields("listModels", "ModelSummary")) - {"model_name", "description"}
        assert fields == set(other)
        exact = {"model_name": name, "exact_match": "true"}
        (model,) = api.get(v1(local_backend, "/models"), params=exact).json()["models"]
        for field in fields:
            same = api.get(v1(local_backend, "/models"), params={**exact, field: model[field]}).json()
            assert same["total_count"] == 1, field
            differs = api.get(v1(local_backend, "/models"), params={**exact, field: other[field]}).json()
            assert differs["total_count"] == 0, field


def _sortable(field: str, value: Any) -> Any:
    return tuple(int(part) for part in value.split(".")) if field == "model_version" else value


class TestServedDocumentWins:
    """A backend serving another document follows that document's rules."""

    @pytest.fixture(scope="class")
    def altered(self, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalBackend]:
        spec = yaml.safe_load(find_spec_path().read_text(encoding="utf-8"))
        schemas = spec["components"]["schemas"]
        del schemas["ModelSummary"]["properties"]["model_size"]
        del schemas["ServiceSummary"]["properties"]["progress"]
        schemas["ServiceConfig"]["x-required-by-infer-type"]["batch"].append("src_type")
        path = Path(tmp_path_factory.mktemp("spec")) / "modelarts.yaml"
        path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
        with records_backend(spec_path=path) as backend:
            yield backend

    @pytest.fixture
    def altered_api(self, altered: LocalBackend) -> Iterator[httpx.Client]:
        headers = {"X-Auth-Token": issue_token(altered)}
        with httpx.Client(base_url=altered.endpoint, headers=headers, timeout=30) as client:
            yield client

    def test_summaries_show_the_fields_of_the_summary_schema(
        self, altered: LocalBackend, altered_api: httpx.Client
    ) -> None:
        model_id = create_model(altered_api, altered)
        model = altered_api.get(v1(altered, "/models"), params={"limit": 1}).json()["models"][0]
        assert "model_size" not in model
        assert altered_api.get(v1(altered, f"/models/{model_id}")).json()["model_size"] == 0
        config = [{"model_id": model_id, "weight": 100, "specification": "s", "instance_count": 1}]
        body = {"service_name": unique("svc"), "infer_type": "real-time", "config": config}
        assert altered_api.post(v1(altered, "/services"), json=body).status_code == 200
        service = altered_api.get(v1(altered, "/services")).json()["services"][0]
        assert "progress" not in service
        assert "status" in service

    def test_fields_required_by_a_mode(self, altered: LocalBackend, altered_api: httpx.Client) -> None:
        body = batch_body(create_model(altered_api, altered))
        response = altered_api.post(v1(altered, "/services"), json=body)
        assert_error(response, 400, "'config[0].src_type'", "needed for batch")


@pytest.mark.parametrize("field", ["src_path", "dest_path", "req_uri", "mapping_type"])
def test_batch_needs_its_fields(api: httpx.Client, local_backend: LocalBackend, field: str) -> None:
    body = batch_body(create_model(api, local_backend))
    del body["config"][0][field]
    assert_error(api.post(v1(local_backend, "/services"), json=body), 400, f"'config[0].{field}'")


def test_real_time_needs_weights(api: httpx.Client, local_backend: LocalBackend) -> None:
    config = {"model_id": create_model(api, local_backend), "specification": "s", "instance_count": 1}
    body = {"service_name": unique("svc"), "infer_type": "real-time", "config": [config]}
    assert_error(api.post(v1(local_backend, "/services"), json=body), 400, "'config[0].weight'")


def test_requests_keep_their_fields(api: httpx.Client, local_backend: LocalBackend) -> None:
    model_id = create_model(api, local_backend)
    config = [{"model_id": model_id, "weight": 100, "specification": "s", "instance_count": 1, "envs": {}}]
    network = {"vpc_id": "vpc-1", "subnet_network_id": "net-1", "security_group_id": "sg-1"}
    body = {"service_name": unique("svc"), "infer_type": "real-time", "config": config, **network}
    service_id = api.post(v1(local_backend, "/services"), json=body).json()["service_id"]
    service = api.get(v1(local_backend, f"/services/{service_id}")).json()
    assert {name: service[name] for name in network} == network
    assert service["config"][0]["envs"] == {}
    assert "model_name" in service["config"][0]
