"""Why the spec differs from huaweicloudsdkmodelarts where it does (sdk_comparison.py lists the differences).

Keys are ``"<request|response> <path>"``; an entry for a field explains its whole subtree. A test fails on a
difference without an entry and on an entry that explains nothing.
"""

_REFERENCE_MAP = (
    "The SDK reference (Tables 6-15 and 6-67, JobAlgorithmResponse) gives `Map<String, String>`, as requests "
    "take it; the SDK's response model types it as a list of maps. The reference wins."
)
_ONE_FLAVOR_SCHEMA = (
    "One schema (FlavorResponse, Table 6-42 of the SDK reference) serves the flavor list and a task's "
    "flavor; the SDK's flavor list model has these fields, its task flavor model not. A task's flavor never "
    "carries them."
)
_NO_SUMMARY = (
    "Visualization logs of TensorBoard/MindInsight jobs read from PFS or NFS: visualization jobs (kind "
    "visualization_job) are outside the SDK reference and this client."
)
_NO_ENDPOINTS = (
    "Remote access to a running job's containers (SSH key pairs; JupyterLab, TensorBoard and MindStudio "
    "Insight addresses and tokens): the SDK reference has no call for it, and a local job has no container "
    "to enter."
)
_NO_FINE_TUNING = (
    "Internals of the fine-tuning jobs of ModelArts' model service (checkpoints, task environment of its "
    "pipelines): such jobs are created by that service, not by the training calls of the SDK reference."
)

EXPLAINED: dict[str, str] = {
    "request algorithm.inputs[].remote.dataset.obs_url": (
        "Resolved by the service from the dataset id and version (`readOnly` in the spec); the SDK's request "
        "model lets it be sent."
    ),
    "request algorithm.summary": _NO_SUMMARY,
    "response algorithm.summary": _NO_SUMMARY,
    "response algorithm.environments": _REFERENCE_MAP,
    "request endpoints": _NO_ENDPOINTS,
    "response endpoints": _NO_ENDPOINTS,
    "request ftjob_config": _NO_FINE_TUNING,
    "response ftjob_config": _NO_FINE_TUNING,
    "request tasks": (
        "Heterogeneous jobs' task list in requests: the API reference says the function is not implemented; "
        "the tasks of a job are reported in responses (TaskResponse, Table 6-33)."
    ),
    "response tasks[].task_resource.support_engines": _ONE_FLAVOR_SCHEMA,
    "response tasks[].task_resource.support_groups": _ONE_FLAVOR_SCHEMA,
}
