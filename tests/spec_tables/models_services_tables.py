"""Where each table of chapters 7 (models) and 8 (services) of the SDK reference lives in the spec.

TABLES maps a table describing JSON fields of a REST payload to (component schema, documented field names).
Field names are the REST names; where the reference spells a field differently (an SDK keyword or a typo of
the document), RENAMED_FIELDS records the reference's spelling.
"""

from __future__ import annotations

_MODEL_PARAM = ["url", "param_name", "param_type", "min", "max", "param_desc"]
_MODEL_DEPENDENCY = ["installer", "packages"]
_MODEL_PACKAGE = ["package_name", "package_version", "restraint"]
_MODEL_LIST = ["total_count", "count", "models"]
_MODEL_SUMMARY = [
    "model_id",
    "model_name",
    "model_version",
    "model_type",
    "model_size",
    "tenant",
    "project",
    "owner",
    "create_at",
    "description",
    "source_type",
]
_PREDICTOR_CONFIG = ["model_id", "weight", "specification", "instance_count", "envs"]
_TRANSFORMER_CONFIG = [
    "model_id",
    "specification",
    "instance_count",
    "envs",
    "src_path",
    "dest_path",
    "req_uri",
    "mapping_type",
]
_SERVICE_LIST = ["total_count", "count", "services"]
_SERVICE_SUMMARY = [
    "service_id",
    "service_name",
    "description",
    "tenant",
    "project",
    "owner",
    "publish_at",
    "infer_type",
    "status",
    "progress",
    "invocation_times",
    "failed_times",
    "is_shared",
    "shared_count",
]

TABLES: dict[str, tuple[str, list[str]]] = {
    "7-2": (
        "CreateModelRequest",
        [
            "model_name",
            "model_version",
            "source_location",
            "source_job_id",
            "source_job_version",
            "source_type",
            "model_type",
            "model_algorithm",
            "description",
            "execution_code",
            "input_params",
            "output_params",
            "dependencies",
            "apis",
        ],
    ),
    "7-3": ("ModelParam", _MODEL_PARAM),
    "7-4": ("ModelDependency", _MODEL_DEPENDENCY),
    "7-5": ("ModelPackage", _MODEL_PACKAGE),
    "7-8": ("ListModelsResponse", _MODEL_LIST),
    "7-9": ("ModelSummary", _MODEL_SUMMARY),
    "7-11": ("ListModelsResponse", _MODEL_LIST),
    "7-12": ("ModelSummary", _MODEL_SUMMARY),
    "7-13": (
        "ModelDetail",
        [
            "model_id",
            "model_name",
            "model_version",
            "tenant",
            "project",
            "owner",
            "create_at",
            "source_location",
            "source_job_id",
            "source_job_version",
            "source_type",
            "model_type",
            "model_size",
            "model_status",
            "description",
            "execution_code",
            "schema_doc",
            "image_address",
            "input_params",
            "output_params",
            "dependencies",
            "model_metrics",
            "apis",
        ],
    ),
    "7-14": ("ModelParamDetail", _MODEL_PARAM),
    "7-15": ("ModelDependencyDetail", _MODEL_DEPENDENCY),
    "7-16": ("ModelPackageDetail", _MODEL_PACKAGE),
    "7-17": ("ModelMetrics", ["f1", "recall", "precision", "accuracy"]),
    "8-2": (
        "CreateServiceRequest",
        [
            "service_name",
            "description",
            "infer_type",
            "vpc_id",
            "subnet_network_id",
            "security_group_id",
            "config",
            "schedule",
        ],
    ),
    "8-3": ("ServiceConfig", _PREDICTOR_CONFIG),
    "8-4": ("ServiceConfig", _TRANSFORMER_CONFIG),
    "8-6": ("ServiceSchedule", ["type", "time_unit", "duration"]),
    "8-7": (
        "ServiceDetail",
        [
            "service_id",
            "service_name",
            "description",
            "tenant",
            "project",
            "owner",
            "publish_at",
            "infer_type",
            "vpc_id",
            "subnet_network_id",
            "security_group_id",
            "status",
            "error_msg",
            "config",
            "access_address",
            "invocation_times",
            "failed_times",
            "is_shared",
            "shared_count",
            "progress",
        ],
    ),
    "8-8": (
        "ServiceConfigDetail",
        [
            "model_id",
            "model_name",
            "model_version",
            "source_type",
            "status",
            "weight",
            "specification",
            "envs",
            "instance_count",
            "scaling",
        ],
    ),
    "8-9": (
        "ServiceConfigDetail",
        [
            "model_id",
            "model_name",
            "model_version",
            "specification",
            "envs",
            "instance_count",
            "src_path",
            "dest_path",
            "req_uri",
            "mapping_type",
            "mapping_rule",
        ],
    ),
    "8-11": ("ListServicesResponse", _SERVICE_LIST),
    "8-12": ("ServiceSummary", _SERVICE_SUMMARY),
    "8-14": ("ListServicesResponse", _SERVICE_LIST),
    "8-15": ("ServiceSummary", _SERVICE_SUMMARY),
    "8-16": ("UpdateServiceRequest", ["description", "status", "config"]),
    "8-17": ("ServiceConfig", _PREDICTOR_CONFIG),
    "8-18": ("ServiceConfig", [*_TRANSFORMER_CONFIG, "mapping_rule"]),
    # The body of a failed updateService call: the shared error schema.
    "8-19": ("ErrorResponse", ["error_code", "error_msg"]),
    "8-20": ("ServiceMonitorResponse", ["service_id", "service_name", "monitors"]),
    "8-21": (
        "ServiceMonitor",
        [
            "model_id",
            "model_name",
            "model_version",
            "invocation_times",
            "failed_times",
            "cpu_core_usage",
            "cpu_core_total",
            "cpu_memory_usage",
            "cpu_memory_total",
            "gpu_usage",
            "gpu_total",
        ],
    ),
    "8-22": ("ListServiceLogsResponse", ["service_id", "service_name", "logs"]),
    "8-23": ("ServiceUpdateLog", ["update_time", "result", "config"]),
    "8-24": (
        "ServiceLogConfig",
        ["model_id", "model_name", "model_version", "weight", "specification", "instance_count", "envs"],
    ),
    "8-25": ("ServiceUpdateResult", ["node_name", "operation", "result"]),
}

SDK_ONLY_TABLES: dict[str, str] = {
    "7-1": "Model(session, model_id=...) constructor arguments of the Python SDK",
    "7-6": "create_model result: the SDK's Model object (the REST body is CreateModelResponse)",
    "7-7": "query parameters of listModels, not a JSON payload (checked by QUERY_TABLES)",
    "7-10": "query parameters of listModels, not a JSON payload (checked by QUERY_TABLES)",
    "8-1": "Predictor(session, service_id=...) constructor arguments of the Python SDK",
    "8-5": "deploy_predictor result: the SDK's Predictor object (the REST body is CreateServiceResponse)",
    "8-10": "query parameters of listServices, not a JSON payload (checked by QUERY_TABLES)",
    "8-13": "query parameters of listServices, not a JSON payload (checked by QUERY_TABLES)",
}

_MODEL_QUERY = [
    "model_name",
    "model_version",
    "model_status",
    "description",
    "offset",
    "limit",
    "sort_by",
    "order",
    "workspace_id",
]
_SERVICE_QUERY = [
    "service_id",
    "service_name",
    "infer_type",
    "offset",
    "limit",
    "sort_by",
    "order",
    "model_id",
]

# Query-parameter tables: operationId -> documented REST query parameter names (SDK-only arguments such as
# session and is_show are left out).
QUERY_TABLES: dict[str, tuple[str, list[str]]] = {
    "7-7": ("listModels", _MODEL_QUERY),
    "7-10": ("listModels", _MODEL_QUERY),
    "8-10": ("listServices", [*_SERVICE_QUERY, "status"]),
    "8-13": ("listServices", _SERVICE_QUERY),
}

# (table, name as spelled in the reference) -> REST field name used above.
RENAMED_FIELDS: dict[tuple[str, str], str] = {
    ("7-3", "param_des_c"): "param_desc",
    ("8-2", "configs"): "config",
    ("8-6", "op_type"): "type",
    ("8-7", "access_addresses"): "access_address",
    ("8-10", "service_status"): "status",
    ("8-15", "failed_time_s"): "failed_times",
    ("8-16", "configs"): "config",
}

# Arguments listed in payload tables that exist only in the Python SDK, not in the REST body.
SDK_ONLY_FIELDS: dict[str, list[str]] = {
    "7-2": ["session", "publish", "source_location_type", "environment"],
    "8-10": ["session"],
    "8-13": ["session", "is_show"],
}
