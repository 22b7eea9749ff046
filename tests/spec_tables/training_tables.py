"""Where each payload table of chapter 6 (Training Management) of the SDK reference lives in the spec.

TABLES maps a reference table id to (schema in components/schemas, field names the table documents). The
reference repeats the JobResponse tree for get_job_list, get_job_info and control_job_by_id; every copy points
at the same schema. Tables that only describe Python SDK arguments or SDK return values are in
SDK_ONLY_TABLES with the reason.
"""

_ERROR = ["error_msg", "error_code", "error_solution"]
_JOB_RESPONSE = ["kind", "metadata", "status", "algorithm", "tasks", "spec"]
_METADATA = ["id", "name", "workspace_id", "description", "create_time", "user_name", "annotations"]
_STATUS = [
    "phase",
    "secondary_phase",
    "duration",
    "node_count_metrics",
    "tasks",
    "start_time",
    "task_statuses",
]
_TASK_STATUS = ["task", "exit_code", "message"]
_ALGORITHM = [
    "id",
    "name",
    "code_dir",
    "boot_file",
    "autosearch_config_path",
    "autosearch_framework_path",
    "command",
    "parameters",
    "policies",
    "inputs",
    "outputs",
    "engine",
    "environments",
]
_PARAMETER = ["name", "value", "description", "constraint", "i18n_description"]
_CONSTRAINT = ["type", "editable", "required", "sensitive", "valid_type", "valid_range"]
_I18N = ["language", "description"]
_POLICIES = ["auto_search"]
_AUTO_SEARCH = ["skip_search_params", "reward_attrs", "search_params", "algo_configs"]
_REWARD_ATTR = ["name", "mode", "regex"]
_SEARCH_PARAM = ["name", "param_type", "lower_bound", "upper_bound", "discrete_points_num", "discrete_values"]
_ALGO_CONFIG = ["name", "params"]
_ALGO_CONFIG_PARAMETER = ["key", "value", "type"]
_INPUT = ["name", "description", "local_dir", "remote", "remote_constraint"]
_OBS_ONLY = ["obs"]
_OBS_URL = ["obs_url"]
_REMOTE_CONSTRAINT = ["data_type"]
_OUTPUT = ["name", "description", "local_dir", "remote"]
_JOB_ENGINE = ["engine_id", "engine_name", "engine_version", "image_url"]
_TASK = ["role", "algorithm", "task_resource"]
_TASK_ALGORITHM = ["code_dir", "boot_file", "inputs", "outputs", "engine"]
_TASK_INPUT = ["name", "local_dir", "remote"]
_TASK_OUTPUT = ["name", "local_dir", "remote", "mode", "period"]
_TASK_ENGINE = ["engine_id", "engine_name", "engine_version", "v1_compatible", "run_user"]
_FLAVOR = ["flavor_id", "flavor_name", "max_num", "flavor_type", "billing", "flavor_info", "attributes"]
_BILLING = ["code", "unit_num"]
_FLAVOR_INFO = ["max_num", "cpu", "gpu", "memory"]
_FLAVOR_INFO_WITH_DISK = [*_FLAVOR_INFO, "disk"]
_CPU = ["arch", "core_num"]
_GPU = ["unit_num", "product_name", "memory"]
_SIZE_UNIT = ["size", "unit"]
_SPEC = ["resource", "volumes", "log_export_path"]
_RESOURCE = ["policy", "flavor_id", "flavor_name", "node_count", "pool_id", "flavor_detail"]
_FLAVOR_DETAIL = ["flavor_type", "billing", "flavor_info"]
_VOLUME = ["nfs"]
_NFS = ["nfs_server_path", "local_path", "read_only"]
_LOG_EXPORT_PATH = ["obs_url", "host_path"]

TABLES: dict[str, tuple[str, list[str]]] = {
    # 6.1.1 Creating a training job
    "6-7": ("ErrorResponse", _ERROR),
    # 6.1.2 Obtaining training jobs (6-8 without the SDK's session argument, see SDK_ONLY_FIELDS)
    "6-8": ("ListTrainingJobsRequest", ["offset", "limit", "sort_by", "order", "group_by", "filters"]),
    "6-9": ("SearchFilter", ["key", "operator", "value"]),
    "6-10": (
        "ListTrainingJobsResponse",
        [
            "total",
            "count",
            "limit",
            "offset",
            "sort_by",
            "order",
            "group_by",
            "workspace_id",
            "ai_project",
            "items",
        ],
    ),
    "6-11": ("JobResponse", ["kind", "metadata", "status", "tasks", "spec"]),
    "6-12": ("JobMetadata", _METADATA),
    "6-13": ("JobStatus", _STATUS),
    "6-14": ("TaskStatus", _TASK_STATUS),
    "6-15": ("JobAlgorithm", _ALGORITHM),
    "6-16": ("JobParameter", _PARAMETER),
    "6-17": ("ParameterConstraint", _CONSTRAINT),
    "6-18": ("LocalizedDescription", _I18N),
    "6-19": ("JobPolicies", _POLICIES),
    "6-20": ("AutoSearch", _AUTO_SEARCH),
    "6-21": ("AutoSearchRewardAttr", _REWARD_ATTR),
    "6-22": ("AutoSearchParam", _SEARCH_PARAM),
    "6-23": ("AutoSearchAlgoConfig", _ALGO_CONFIG),
    "6-24": ("AutoSearchAlgoConfigParameter", _ALGO_CONFIG_PARAMETER),
    "6-25": ("JobInput", _INPUT),
    "6-26": ("InputDataInfo", _OBS_ONLY),
    "6-27": ("ObsLocation", _OBS_URL),
    "6-28": ("RemoteConstraint", _REMOTE_CONSTRAINT),
    "6-29": ("JobOutput", _OUTPUT),
    "6-30": ("OutputDataInfo", _OBS_ONLY),
    "6-31": ("ObsLocation", _OBS_URL),
    "6-32": ("JobEngine", _JOB_ENGINE),
    "6-33": ("TaskResponse", _TASK),
    "6-34": ("TaskAlgorithm", _TASK_ALGORITHM),
    "6-35": ("TaskInput", _TASK_INPUT),
    "6-36": ("OutputDataInfo", _OBS_ONLY),
    "6-37": ("ObsLocation", _OBS_URL),
    "6-38": ("TaskOutput", _TASK_OUTPUT),
    "6-39": ("OutputDataInfo", _OBS_ONLY),
    "6-40": ("ObsLocation", _OBS_URL),
    "6-41": ("TaskEngine", _TASK_ENGINE),
    "6-42": ("FlavorResponse", _FLAVOR),
    "6-43": ("FlavorBilling", _BILLING),
    "6-44": ("FlavorInfo", _FLAVOR_INFO),
    "6-45": ("CpuInfo", _CPU),
    "6-46": ("GpuInfo", _GPU),
    "6-47": ("MemoryInfo", _SIZE_UNIT),
    "6-48": ("JobSpec", _SPEC),
    "6-49": ("JobResource", _RESOURCE),
    "6-50": ("FlavorDetail", _FLAVOR_DETAIL),
    "6-51": ("FlavorBilling", _BILLING),
    "6-52": ("JobFlavorInfo", _FLAVOR_INFO_WITH_DISK),
    "6-53": ("CpuInfo", _CPU),
    "6-54": ("GpuInfo", _GPU),
    "6-55": ("MemoryInfo", _SIZE_UNIT),
    "6-56": ("DiskInfo", _SIZE_UNIT),
    "6-57": ("JobVolume", _VOLUME),
    "6-58": ("NfsVolume", _NFS),
    "6-59": ("LogExportPath", _LOG_EXPORT_PATH),
    "6-60": ("ErrorResponse", _ERROR),
    "6-61": ("ErrorResponse", _ERROR),
    # 6.1.3 Obtaining the details about a training job
    "6-63": ("JobResponse", _JOB_RESPONSE),
    "6-64": ("JobMetadata", _METADATA),
    "6-65": ("JobStatus", _STATUS),
    "6-66": ("TaskStatus", _TASK_STATUS),
    "6-67": ("JobAlgorithm", _ALGORITHM),
    "6-68": ("JobParameter", _PARAMETER),
    "6-69": ("ParameterConstraint", _CONSTRAINT),
    "6-70": ("LocalizedDescription", _I18N),
    "6-71": ("JobPolicies", _POLICIES),
    # spelled skipSearchParams / reward_attributes in the reference, see REFERENCE_SPELLINGS
    "6-72": ("AutoSearch", _AUTO_SEARCH),
    "6-73": ("AutoSearchRewardAttr", _REWARD_ATTR),
    "6-74": ("AutoSearchParam", _SEARCH_PARAM),
    "6-75": ("AutoSearchAlgoConfig", _ALGO_CONFIG),
    "6-76": ("AutoSearchAlgoConfigParameter", _ALGO_CONFIG_PARAMETER),
    "6-77": ("JobInput", _INPUT),
    "6-78": ("InputDataInfo", _OBS_ONLY),
    "6-79": ("ObsLocation", _OBS_URL),
    "6-80": ("RemoteConstraint", _REMOTE_CONSTRAINT),
    "6-81": ("JobOutput", _OUTPUT),
    "6-82": ("OutputDataInfo", _OBS_ONLY),
    "6-83": ("ObsLocation", _OBS_URL),
    "6-84": ("JobEngine", _JOB_ENGINE),
    "6-85": ("TaskResponse", _TASK),
    "6-86": ("TaskAlgorithm", _TASK_ALGORITHM),
    "6-87": ("TaskInput", _TASK_INPUT),
    "6-88": ("OutputDataInfo", _OBS_ONLY),
    "6-89": ("ObsLocation", _OBS_URL),
    "6-90": ("TaskOutput", _TASK_OUTPUT),
    "6-91": ("OutputDataInfo", _OBS_ONLY),
    "6-92": ("ObsLocation", _OBS_URL),
    "6-93": ("TaskEngine", _TASK_ENGINE),
    "6-94": ("FlavorResponse", _FLAVOR),
    "6-95": ("FlavorBilling", _BILLING),
    "6-96": ("FlavorInfo", _FLAVOR_INFO),
    "6-97": ("CpuInfo", _CPU),
    "6-98": ("GpuInfo", _GPU),
    "6-99": ("MemoryInfo", _SIZE_UNIT),
    "6-100": ("JobSpec", _SPEC),
    "6-101": ("JobResource", _RESOURCE),
    "6-102": ("FlavorDetail", _FLAVOR_DETAIL),
    "6-103": ("FlavorBilling", _BILLING),
    "6-104": ("JobFlavorInfo", _FLAVOR_INFO_WITH_DISK),
    "6-105": ("CpuInfo", _CPU),
    "6-106": ("GpuInfo", _GPU),
    "6-107": ("MemoryInfo", _SIZE_UNIT),
    "6-108": ("DiskInfo", _SIZE_UNIT),
    "6-109": ("JobVolume", _VOLUME),
    "6-110": ("NfsVolume", _NFS),
    "6-111": ("LogExportPath", _LOG_EXPORT_PATH),
    "6-112": ("ErrorResponse", _ERROR),
    # 6.1.4 Modifying the description of a training job
    "6-114": ("UpdateTrainingJobRequest", ["description"]),
    "6-115": ("ErrorResponse", _ERROR),
    # 6.1.5 Deleting a training job
    "6-117": ("ErrorResponse", _ERROR),
    # 6.1.6 Terminating a training job (the response is the job)
    "6-119": ("JobResponse", _JOB_RESPONSE),
    "6-120": ("JobMetadata", _METADATA),
    "6-121": ("JobStatus", _STATUS),
    "6-122": ("TaskStatus", _TASK_STATUS),
    "6-123": ("JobAlgorithm", _ALGORITHM),
    "6-124": ("JobParameter", _PARAMETER),
    "6-125": ("ParameterConstraint", _CONSTRAINT),
    "6-126": ("LocalizedDescription", _I18N),
    "6-127": ("JobPolicies", _POLICIES),
    # spelled reward_attributes in the reference, see REFERENCE_SPELLINGS
    "6-128": ("AutoSearch", _AUTO_SEARCH),
    "6-129": ("AutoSearchRewardAttr", _REWARD_ATTR),
    "6-130": ("AutoSearchParam", _SEARCH_PARAM),
    "6-131": ("AutoSearchAlgoConfig", _ALGO_CONFIG),
    "6-132": ("AutoSearchAlgoConfigParameter", _ALGO_CONFIG_PARAMETER),
    "6-133": ("JobInput", _INPUT),
    "6-134": ("InputDataInfo", ["dataset", "obs"]),
    "6-135": ("InputDataset", ["id", "version_id", "obs_url"]),
    "6-136": ("ObsLocation", _OBS_URL),
    "6-137": ("RemoteConstraint", _REMOTE_CONSTRAINT),
    "6-138": ("JobOutput", _OUTPUT),
    "6-139": ("OutputDataInfo", _OBS_ONLY),
    "6-140": ("ObsLocation", _OBS_URL),
    "6-141": ("JobEngine", _JOB_ENGINE),
    "6-142": ("TaskResponse", _TASK),
    "6-143": ("TaskAlgorithm", _TASK_ALGORITHM),
    "6-144": ("TaskInput", _TASK_INPUT),
    "6-145": ("OutputDataInfo", _OBS_ONLY),
    "6-146": ("ObsLocation", _OBS_URL),
    "6-147": ("TaskOutput", _TASK_OUTPUT),
    "6-148": ("OutputDataInfo", _OBS_ONLY),
    "6-149": ("ObsLocation", _OBS_URL),
    "6-150": ("TaskEngine", _TASK_ENGINE),
    "6-151": ("FlavorResponse", _FLAVOR),
    "6-152": ("FlavorBilling", _BILLING),
    "6-153": ("FlavorInfo", _FLAVOR_INFO),
    "6-154": ("CpuInfo", _CPU),
    "6-155": ("GpuInfo", _GPU),
    "6-156": ("MemoryInfo", _SIZE_UNIT),
    "6-157": ("JobSpec", _SPEC),
    "6-158": ("JobResource", _RESOURCE),
    "6-159": ("FlavorDetail", _FLAVOR_DETAIL),
    "6-160": ("FlavorBilling", _BILLING),
    "6-161": ("JobFlavorInfo", _FLAVOR_INFO_WITH_DISK),
    "6-162": ("CpuInfo", _CPU),
    "6-163": ("GpuInfo", _GPU),
    "6-164": ("MemoryInfo", _SIZE_UNIT),
    "6-165": ("DiskInfo", _SIZE_UNIT),
    "6-166": ("JobVolume", _VOLUME),
    "6-167": ("NfsVolume", _NFS),
    "6-168": ("LogExportPath", _LOG_EXPORT_PATH),
    "6-169": ("ErrorResponse", _ERROR),
    # 6.1.7 Obtaining training logs
    "6-172": ("JobLogPreview", ["content", "current_size", "full_size"]),
    "6-173": ("ErrorResponse", ["error_message", "error_code", "error_solution"]),
    # 6.1.8 Obtaining the runtime metrics of a training job
    "6-176": ("JobMetrics", ["metrics"]),
    "6-177": ("JobMetric", ["metric", "value"]),
    "6-178": ("ErrorResponse", _ERROR),
    # 6.2.1 Obtaining resource flavors (the list items are 6-42 FlavorResponse)
    "6-181": ("ErrorResponse", _ERROR),
    # 6.2.2 Obtaining engine types
    "6-185": ("ErrorResponse", _ERROR),
}

_ESTIMATOR_JOB_ID = "Estimator(session, job_id): job_id becomes the {training_job_id} path parameter"
_TASK_ID = "get_job_log/get_job_metrics argument task_id becomes the {task_id} path parameter"
_SESSION_ONLY = "the only argument is the SDK session"

SDK_ONLY_TABLES: dict[str, str] = {
    "6-1": "Estimator constructor arguments; the SDK turns them into the CreateTrainingJobRequest body",
    "6-2": "TrainingFiles constructor arguments; become JobAlgorithm.code_dir and boot_file",
    "6-3": "OutputData constructor arguments; become JobOutput.name and remote.obs.obs_url",
    "6-4": "Estimator.fit arguments; job_name becomes JobMetadata.name, inputs become JobAlgorithm.inputs",
    "6-5": "InputData constructor arguments; become JobInput.name and remote.obs.obs_url",
    "6-6": "fit returns a TrainingJob Python object, not a JSON body (the REST response is JobResponse)",
    "6-62": _ESTIMATOR_JOB_ID,
    "6-113": _ESTIMATOR_JOB_ID,
    "6-116": "delete_job_by_id(session, job_id): job_id becomes the {training_job_id} path parameter",
    "6-118": "control_job_by_id(session, job_id): job_id becomes the {training_job_id} path parameter",
    "6-170": _ESTIMATOR_JOB_ID,
    "6-171": _TASK_ID,
    "6-174": _ESTIMATOR_JOB_ID,
    "6-175": _TASK_ID,
    "6-179": _SESSION_ONLY,
    "6-180": "the SDK returns the flavors list; the REST body is ListFlavorsResponse {total_count, flavors}",
    "6-182": _SESSION_ONLY,
    "6-183": "the SDK returns a list; the REST body is ListEnginesResponse {total, items}",
    "6-184": (
        "items of the SDK's get_framework_list result; framework_type and framework_version are the SDK's "
        "names for EngineResponse.engine_name and engine_version, the REST body has no such keys"
    ),
}

# Fields of mapped tables that are SDK arguments rather than JSON fields.
SDK_ONLY_FIELDS: dict[str, dict[str, str]] = {
    "6-8": {"session": "the SDK session object"},
}

# Field names the reference misspells in a copy of a table, mapped to the name the service uses (and that the
# other copies of the table and the public API reference use).
REFERENCE_SPELLINGS: dict[str, dict[str, str]] = {
    "6-72": {"skipSearchParams": "skip_search_params", "reward_attributes": "reward_attrs"},
    "6-128": {"reward_attributes": "reward_attrs"},
}
