"""Contains all the data models used in inputs/outputs.

Models are imported on first attribute access, so importing one operation module does not import every model.
"""

from typing import TYPE_CHECKING

from ..types import lazy_names

if TYPE_CHECKING:
    from .affinity_node import AffinityNode
    from .affinity_pool import AffinityPool
    from .allocated_resources import AllocatedResources
    from .asset_model import AssetModel
    from .auth_scope import AuthScope
    from .auto_search import AutoSearch
    from .auto_search_algo_config import AutoSearchAlgoConfig
    from .auto_search_algo_config_parameter import AutoSearchAlgoConfigParameter
    from .auto_search_param import AutoSearchParam
    from .auto_search_reward_attr import AutoSearchRewardAttr
    from .auto_stop import AutoStop
    from .cpu_info import CpuInfo
    from .create_model_request import CreateModelRequest
    from .create_model_request_install_type_item import (
        CreateModelRequestInstallTypeItem,
    )
    from .create_model_request_source_copy import CreateModelRequestSourceCopy
    from .create_model_response import CreateModelResponse
    from .create_service_request import CreateServiceRequest
    from .create_service_response import CreateServiceResponse
    from .create_training_job_request import CreateTrainingJobRequest
    from .create_user_token_nocatalog import CreateUserTokenNocatalog
    from .custom_metric import CustomMetric
    from .customized_flavor import CustomizedFlavor
    from .delete_model_response import DeleteModelResponse
    from .delete_service_response import DeleteServiceResponse
    from .disk_info import DiskInfo
    from .domain_ref import DomainRef
    from .edge_node import EdgeNode
    from .engine_image_info import EngineImageInfo
    from .engine_response import EngineResponse
    from .error_response import ErrorResponse
    from .flavor_billing import FlavorBilling
    from .flavor_detail import FlavorDetail
    from .flavor_disk import FlavorDisk
    from .flavor_info import FlavorInfo
    from .flavor_response import FlavorResponse
    from .flavor_response_attributes import FlavorResponseAttributes
    from .gpu_info import GpuInfo
    from .inference_form import InferenceForm
    from .inference_request import InferenceRequest
    from .input_data_info import InputDataInfo
    from .input_dataset import InputDataset
    from .job_action_request import JobActionRequest
    from .job_action_request_action_type import JobActionRequestActionType
    from .job_algorithm import JobAlgorithm
    from .job_algorithm_environments import JobAlgorithmEnvironments
    from .job_engine import JobEngine
    from .job_flavor_info import JobFlavorInfo
    from .job_input import JobInput
    from .job_log_preview import JobLogPreview
    from .job_metadata import JobMetadata
    from .job_metadata_annotations import JobMetadataAnnotations
    from .job_metadata_update import JobMetadataUpdate
    from .job_metadata_update_annotation import JobMetadataUpdateAnnotation
    from .job_metric import JobMetric
    from .job_metrics import JobMetrics
    from .job_notification import JobNotification
    from .job_output import JobOutput
    from .job_parameter import JobParameter
    from .job_policies import JobPolicies
    from .job_resource import JobResource
    from .job_response import JobResponse
    from .job_spec import JobSpec
    from .job_spec_update import JobSpecUpdate
    from .job_status import JobStatus
    from .job_volume import JobVolume
    from .list_engines_response import ListEnginesResponse
    from .list_flavors_response import ListFlavorsResponse
    from .list_models_model_status import ListModelsModelStatus
    from .list_models_order import ListModelsOrder
    from .list_models_response import ListModelsResponse
    from .list_models_sort_by import ListModelsSortBy
    from .list_service_logs_response import ListServiceLogsResponse
    from .list_services_order import ListServicesOrder
    from .list_services_response import ListServicesResponse
    from .list_services_sort_by import ListServicesSortBy
    from .list_services_status import ListServicesStatus
    from .list_training_job_flavors_flavor_type import ListTrainingJobFlavorsFlavorType
    from .list_training_jobs_request import ListTrainingJobsRequest
    from .list_training_jobs_request_order import ListTrainingJobsRequestOrder
    from .list_training_jobs_request_train_type import ListTrainingJobsRequestTrainType
    from .list_training_jobs_response import ListTrainingJobsResponse
    from .localized_description import LocalizedDescription
    from .log_export_config import LogExportConfig
    from .log_export_path import LogExportPath
    from .log_report_channel import LogReportChannel
    from .log_volume import LogVolume
    from .lts_configuration import LtsConfiguration
    from .memory_info import MemoryInfo
    from .metric_command import MetricCommand
    from .metric_endpoint import MetricEndpoint
    from .model_additional_properties import ModelAdditionalProperties
    from .model_api import ModelApi
    from .model_api_message import ModelApiMessage
    from .model_delete_failure import ModelDeleteFailure
    from .model_dependency import ModelDependency
    from .model_dependency_detail import ModelDependencyDetail
    from .model_dependency_installer import ModelDependencyInstaller
    from .model_detail import ModelDetail
    from .model_doc import ModelDoc
    from .model_health import ModelHealth
    from .model_json_schema import ModelJsonSchema
    from .model_json_schema_properties import ModelJsonSchemaProperties
    from .model_labels_map import ModelLabelsMap
    from .model_location import ModelLocation
    from .model_metrics import ModelMetrics
    from .model_package import ModelPackage
    from .model_package_detail import ModelPackageDetail
    from .model_package_restraint import ModelPackageRestraint
    from .model_param import ModelParam
    from .model_param_detail import ModelParamDetail
    from .model_param_param_type import ModelParamParamType
    from .model_specification import ModelSpecification
    from .model_summary import ModelSummary
    from .model_template import ModelTemplate
    from .model_template_input import ModelTemplateInput
    from .model_type import ModelType
    from .nfs_volume import NfsVolume
    from .node_selector import NodeSelector
    from .node_selector_requirement import NodeSelectorRequirement
    from .node_selector_term import NodeSelectorTerm
    from .npu_info import NpuInfo
    from .obs_location import ObsLocation
    from .obs_volume import ObsVolume
    from .output_data_info import OutputDataInfo
    from .output_model import OutputModel
    from .parameter_constraint import ParameterConstraint
    from .password_auth import PasswordAuth
    from .password_credentials import PasswordCredentials
    from .password_identity import PasswordIdentity
    from .password_identity_methods_item import PasswordIdentityMethodsItem
    from .password_token_request import PasswordTokenRequest
    from .password_user import PasswordUser
    from .persistent_volume import PersistentVolume
    from .pfs_volume import PfsVolume
    from .preferred_affinity import PreferredAffinity
    from .preferred_scheduling_term import PreferredSchedulingTerm
    from .project_ref import ProjectRef
    from .recover_record import RecoverRecord
    from .remote_constraint import RemoteConstraint
    from .required_affinity import RequiredAffinity
    from .reserved_time import ReservedTime
    from .retention_policy import RetentionPolicy
    from .running_record import RunningRecord
    from .schedule_policy import SchedulePolicy
    from .schedule_update import ScheduleUpdate
    from .search_filter import SearchFilter
    from .search_filter_operator import SearchFilterOperator
    from .security_token_request import SecurityTokenRequest
    from .security_token_response import SecurityTokenResponse
    from .service_additional_properties import ServiceAdditionalProperties
    from .service_affinity import ServiceAffinity
    from .service_config import ServiceConfig
    from .service_config_detail import ServiceConfigDetail
    from .service_config_mapping_type import ServiceConfigMappingType
    from .service_custom_spec import ServiceCustomSpec
    from .service_detail import ServiceDetail
    from .service_envs import ServiceEnvs
    from .service_infer_type import ServiceInferType
    from .service_load_balancer_policy import ServiceLoadBalancerPolicy
    from .service_log_config import ServiceLogConfig
    from .service_mapping_rule import ServiceMappingRule
    from .service_monitor import ServiceMonitor
    from .service_monitor_response import ServiceMonitorResponse
    from .service_node_affinity import ServiceNodeAffinity
    from .service_schedule import ServiceSchedule
    from .service_schedule_detail import ServiceScheduleDetail
    from .service_schedule_time_unit import ServiceScheduleTimeUnit
    from .service_schedule_type import ServiceScheduleType
    from .service_summary import ServiceSummary
    from .service_update_log import ServiceUpdateLog
    from .service_update_result import ServiceUpdateResult
    from .smn_notification import SmnNotification
    from .tag_filter import TagFilter
    from .task_algorithm import TaskAlgorithm
    from .task_algorithm_environments import TaskAlgorithmEnvironments
    from .task_engine import TaskEngine
    from .task_input import TaskInput
    from .task_ip import TaskIp
    from .task_log_export_path import TaskLogExportPath
    from .task_output import TaskOutput
    from .task_response import TaskResponse
    from .task_status import TaskStatus
    from .temporary_credential import TemporaryCredential
    from .token_auth import TokenAuth
    from .token_domain import TokenDomain
    from .token_duration import TokenDuration
    from .token_identity import TokenIdentity
    from .token_identity_methods_item import TokenIdentityMethodsItem
    from .token_info import TokenInfo
    from .token_info_catalog_item import TokenInfoCatalogItem
    from .token_project import TokenProject
    from .token_response import TokenResponse
    from .token_role import TokenRole
    from .token_user import TokenUser
    from .training_experiment_reference import TrainingExperimentReference
    from .update_service_request import UpdateServiceRequest
    from .update_service_request_status import UpdateServiceRequestStatus
    from .update_service_response import UpdateServiceResponse
    from .update_training_job_request import UpdateTrainingJobRequest

_MODULES = {
    "AffinityNode": ".affinity_node",
    "AffinityPool": ".affinity_pool",
    "AllocatedResources": ".allocated_resources",
    "AssetModel": ".asset_model",
    "AuthScope": ".auth_scope",
    "AutoSearch": ".auto_search",
    "AutoSearchAlgoConfig": ".auto_search_algo_config",
    "AutoSearchAlgoConfigParameter": ".auto_search_algo_config_parameter",
    "AutoSearchParam": ".auto_search_param",
    "AutoSearchRewardAttr": ".auto_search_reward_attr",
    "AutoStop": ".auto_stop",
    "CpuInfo": ".cpu_info",
    "CreateModelRequest": ".create_model_request",
    "CreateModelRequestInstallTypeItem": ".create_model_request_install_type_item",
    "CreateModelRequestSourceCopy": ".create_model_request_source_copy",
    "CreateModelResponse": ".create_model_response",
    "CreateServiceRequest": ".create_service_request",
    "CreateServiceResponse": ".create_service_response",
    "CreateTrainingJobRequest": ".create_training_job_request",
    "CreateUserTokenNocatalog": ".create_user_token_nocatalog",
    "CustomMetric": ".custom_metric",
    "CustomizedFlavor": ".customized_flavor",
    "DeleteModelResponse": ".delete_model_response",
    "DeleteServiceResponse": ".delete_service_response",
    "DiskInfo": ".disk_info",
    "DomainRef": ".domain_ref",
    "EdgeNode": ".edge_node",
    "EngineImageInfo": ".engine_image_info",
    "EngineResponse": ".engine_response",
    "ErrorResponse": ".error_response",
    "FlavorBilling": ".flavor_billing",
    "FlavorDetail": ".flavor_detail",
    "FlavorDisk": ".flavor_disk",
    "FlavorInfo": ".flavor_info",
    "FlavorResponse": ".flavor_response",
    "FlavorResponseAttributes": ".flavor_response_attributes",
    "GpuInfo": ".gpu_info",
    "InferenceForm": ".inference_form",
    "InferenceRequest": ".inference_request",
    "InputDataInfo": ".input_data_info",
    "InputDataset": ".input_dataset",
    "JobActionRequest": ".job_action_request",
    "JobActionRequestActionType": ".job_action_request_action_type",
    "JobAlgorithm": ".job_algorithm",
    "JobAlgorithmEnvironments": ".job_algorithm_environments",
    "JobEngine": ".job_engine",
    "JobFlavorInfo": ".job_flavor_info",
    "JobInput": ".job_input",
    "JobLogPreview": ".job_log_preview",
    "JobMetadata": ".job_metadata",
    "JobMetadataAnnotations": ".job_metadata_annotations",
    "JobMetadataUpdate": ".job_metadata_update",
    "JobMetadataUpdateAnnotation": ".job_metadata_update_annotation",
    "JobMetric": ".job_metric",
    "JobMetrics": ".job_metrics",
    "JobNotification": ".job_notification",
    "JobOutput": ".job_output",
    "JobParameter": ".job_parameter",
    "JobPolicies": ".job_policies",
    "JobResource": ".job_resource",
    "JobResponse": ".job_response",
    "JobSpec": ".job_spec",
    "JobSpecUpdate": ".job_spec_update",
    "JobStatus": ".job_status",
    "JobVolume": ".job_volume",
    "ListEnginesResponse": ".list_engines_response",
    "ListFlavorsResponse": ".list_flavors_response",
    "ListModelsModelStatus": ".list_models_model_status",
    "ListModelsOrder": ".list_models_order",
    "ListModelsResponse": ".list_models_response",
    "ListModelsSortBy": ".list_models_sort_by",
    "ListServiceLogsResponse": ".list_service_logs_response",
    "ListServicesOrder": ".list_services_order",
    "ListServicesResponse": ".list_services_response",
    "ListServicesSortBy": ".list_services_sort_by",
    "ListServicesStatus": ".list_services_status",
    "ListTrainingJobFlavorsFlavorType": ".list_training_job_flavors_flavor_type",
    "ListTrainingJobsRequest": ".list_training_jobs_request",
    "ListTrainingJobsRequestOrder": ".list_training_jobs_request_order",
    "ListTrainingJobsRequestTrainType": ".list_training_jobs_request_train_type",
    "ListTrainingJobsResponse": ".list_training_jobs_response",
    "LocalizedDescription": ".localized_description",
    "LogExportConfig": ".log_export_config",
    "LogExportPath": ".log_export_path",
    "LogReportChannel": ".log_report_channel",
    "LogVolume": ".log_volume",
    "LtsConfiguration": ".lts_configuration",
    "MemoryInfo": ".memory_info",
    "MetricCommand": ".metric_command",
    "MetricEndpoint": ".metric_endpoint",
    "ModelAdditionalProperties": ".model_additional_properties",
    "ModelApi": ".model_api",
    "ModelApiMessage": ".model_api_message",
    "ModelDeleteFailure": ".model_delete_failure",
    "ModelDependency": ".model_dependency",
    "ModelDependencyDetail": ".model_dependency_detail",
    "ModelDependencyInstaller": ".model_dependency_installer",
    "ModelDetail": ".model_detail",
    "ModelDoc": ".model_doc",
    "ModelHealth": ".model_health",
    "ModelJsonSchema": ".model_json_schema",
    "ModelJsonSchemaProperties": ".model_json_schema_properties",
    "ModelLabelsMap": ".model_labels_map",
    "ModelLocation": ".model_location",
    "ModelMetrics": ".model_metrics",
    "ModelPackage": ".model_package",
    "ModelPackageDetail": ".model_package_detail",
    "ModelPackageRestraint": ".model_package_restraint",
    "ModelParam": ".model_param",
    "ModelParamDetail": ".model_param_detail",
    "ModelParamParamType": ".model_param_param_type",
    "ModelSpecification": ".model_specification",
    "ModelSummary": ".model_summary",
    "ModelTemplate": ".model_template",
    "ModelTemplateInput": ".model_template_input",
    "ModelType": ".model_type",
    "NfsVolume": ".nfs_volume",
    "NodeSelector": ".node_selector",
    "NodeSelectorRequirement": ".node_selector_requirement",
    "NodeSelectorTerm": ".node_selector_term",
    "NpuInfo": ".npu_info",
    "ObsLocation": ".obs_location",
    "ObsVolume": ".obs_volume",
    "OutputDataInfo": ".output_data_info",
    "OutputModel": ".output_model",
    "ParameterConstraint": ".parameter_constraint",
    "PasswordAuth": ".password_auth",
    "PasswordCredentials": ".password_credentials",
    "PasswordIdentity": ".password_identity",
    "PasswordIdentityMethodsItem": ".password_identity_methods_item",
    "PasswordTokenRequest": ".password_token_request",
    "PasswordUser": ".password_user",
    "PersistentVolume": ".persistent_volume",
    "PfsVolume": ".pfs_volume",
    "PreferredAffinity": ".preferred_affinity",
    "PreferredSchedulingTerm": ".preferred_scheduling_term",
    "ProjectRef": ".project_ref",
    "RecoverRecord": ".recover_record",
    "RemoteConstraint": ".remote_constraint",
    "RequiredAffinity": ".required_affinity",
    "ReservedTime": ".reserved_time",
    "RetentionPolicy": ".retention_policy",
    "RunningRecord": ".running_record",
    "SchedulePolicy": ".schedule_policy",
    "ScheduleUpdate": ".schedule_update",
    "SearchFilter": ".search_filter",
    "SearchFilterOperator": ".search_filter_operator",
    "SecurityTokenRequest": ".security_token_request",
    "SecurityTokenResponse": ".security_token_response",
    "ServiceAdditionalProperties": ".service_additional_properties",
    "ServiceAffinity": ".service_affinity",
    "ServiceConfig": ".service_config",
    "ServiceConfigDetail": ".service_config_detail",
    "ServiceConfigMappingType": ".service_config_mapping_type",
    "ServiceCustomSpec": ".service_custom_spec",
    "ServiceDetail": ".service_detail",
    "ServiceEnvs": ".service_envs",
    "ServiceInferType": ".service_infer_type",
    "ServiceLoadBalancerPolicy": ".service_load_balancer_policy",
    "ServiceLogConfig": ".service_log_config",
    "ServiceMappingRule": ".service_mapping_rule",
    "ServiceMonitor": ".service_monitor",
    "ServiceMonitorResponse": ".service_monitor_response",
    "ServiceNodeAffinity": ".service_node_affinity",
    "ServiceSchedule": ".service_schedule",
    "ServiceScheduleDetail": ".service_schedule_detail",
    "ServiceScheduleTimeUnit": ".service_schedule_time_unit",
    "ServiceScheduleType": ".service_schedule_type",
    "ServiceSummary": ".service_summary",
    "ServiceUpdateLog": ".service_update_log",
    "ServiceUpdateResult": ".service_update_result",
    "SmnNotification": ".smn_notification",
    "TagFilter": ".tag_filter",
    "TaskAlgorithm": ".task_algorithm",
    "TaskAlgorithmEnvironments": ".task_algorithm_environments",
    "TaskEngine": ".task_engine",
    "TaskInput": ".task_input",
    "TaskIp": ".task_ip",
    "TaskLogExportPath": ".task_log_export_path",
    "TaskOutput": ".task_output",
    "TaskResponse": ".task_response",
    "TaskStatus": ".task_status",
    "TemporaryCredential": ".temporary_credential",
    "TokenAuth": ".token_auth",
    "TokenDomain": ".token_domain",
    "TokenDuration": ".token_duration",
    "TokenIdentity": ".token_identity",
    "TokenIdentityMethodsItem": ".token_identity_methods_item",
    "TokenInfo": ".token_info",
    "TokenInfoCatalogItem": ".token_info_catalog_item",
    "TokenProject": ".token_project",
    "TokenResponse": ".token_response",
    "TokenRole": ".token_role",
    "TokenUser": ".token_user",
    "TrainingExperimentReference": ".training_experiment_reference",
    "UpdateServiceRequest": ".update_service_request",
    "UpdateServiceRequestStatus": ".update_service_request_status",
    "UpdateServiceResponse": ".update_service_response",
    "UpdateTrainingJobRequest": ".update_training_job_request",
}

__all__ = (
    "AffinityNode",
    "AffinityPool",
    "AllocatedResources",
    "AssetModel",
    "AuthScope",
    "AutoSearch",
    "AutoSearchAlgoConfig",
    "AutoSearchAlgoConfigParameter",
    "AutoSearchParam",
    "AutoSearchRewardAttr",
    "AutoStop",
    "CpuInfo",
    "CreateModelRequest",
    "CreateModelRequestInstallTypeItem",
    "CreateModelRequestSourceCopy",
    "CreateModelResponse",
    "CreateServiceRequest",
    "CreateServiceResponse",
    "CreateTrainingJobRequest",
    "CreateUserTokenNocatalog",
    "CustomMetric",
    "CustomizedFlavor",
    "DeleteModelResponse",
    "DeleteServiceResponse",
    "DiskInfo",
    "DomainRef",
    "EdgeNode",
    "EngineImageInfo",
    "EngineResponse",
    "ErrorResponse",
    "FlavorBilling",
    "FlavorDetail",
    "FlavorDisk",
    "FlavorInfo",
    "FlavorResponse",
    "FlavorResponseAttributes",
    "GpuInfo",
    "InferenceForm",
    "InferenceRequest",
    "InputDataInfo",
    "InputDataset",
    "JobActionRequest",
    "JobActionRequestActionType",
    "JobAlgorithm",
    "JobAlgorithmEnvironments",
    "JobEngine",
    "JobFlavorInfo",
    "JobInput",
    "JobLogPreview",
    "JobMetadata",
    "JobMetadataAnnotations",
    "JobMetadataUpdate",
    "JobMetadataUpdateAnnotation",
    "JobMetric",
    "JobMetrics",
    "JobNotification",
    "JobOutput",
    "JobParameter",
    "JobPolicies",
    "JobResource",
    "JobResponse",
    "JobSpec",
    "JobSpecUpdate",
    "JobStatus",
    "JobVolume",
    "ListEnginesResponse",
    "ListFlavorsResponse",
    "ListModelsModelStatus",
    "ListModelsOrder",
    "ListModelsResponse",
    "ListModelsSortBy",
    "ListServiceLogsResponse",
    "ListServicesOrder",
    "ListServicesResponse",
    "ListServicesSortBy",
    "ListServicesStatus",
    "ListTrainingJobFlavorsFlavorType",
    "ListTrainingJobsRequest",
    "ListTrainingJobsRequestOrder",
    "ListTrainingJobsRequestTrainType",
    "ListTrainingJobsResponse",
    "LocalizedDescription",
    "LogExportConfig",
    "LogExportPath",
    "LogReportChannel",
    "LogVolume",
    "LtsConfiguration",
    "MemoryInfo",
    "MetricCommand",
    "MetricEndpoint",
    "ModelAdditionalProperties",
    "ModelApi",
    "ModelApiMessage",
    "ModelDeleteFailure",
    "ModelDependency",
    "ModelDependencyDetail",
    "ModelDependencyInstaller",
    "ModelDetail",
    "ModelDoc",
    "ModelHealth",
    "ModelJsonSchema",
    "ModelJsonSchemaProperties",
    "ModelLabelsMap",
    "ModelLocation",
    "ModelMetrics",
    "ModelPackage",
    "ModelPackageDetail",
    "ModelPackageRestraint",
    "ModelParam",
    "ModelParamDetail",
    "ModelParamParamType",
    "ModelSpecification",
    "ModelSummary",
    "ModelTemplate",
    "ModelTemplateInput",
    "ModelType",
    "NfsVolume",
    "NodeSelector",
    "NodeSelectorRequirement",
    "NodeSelectorTerm",
    "NpuInfo",
    "ObsLocation",
    "ObsVolume",
    "OutputDataInfo",
    "OutputModel",
    "ParameterConstraint",
    "PasswordAuth",
    "PasswordCredentials",
    "PasswordIdentity",
    "PasswordIdentityMethodsItem",
    "PasswordTokenRequest",
    "PasswordUser",
    "PersistentVolume",
    "PfsVolume",
    "PreferredAffinity",
    "PreferredSchedulingTerm",
    "ProjectRef",
    "RecoverRecord",
    "RemoteConstraint",
    "RequiredAffinity",
    "ReservedTime",
    "RetentionPolicy",
    "RunningRecord",
    "SchedulePolicy",
    "ScheduleUpdate",
    "SearchFilter",
    "SearchFilterOperator",
    "SecurityTokenRequest",
    "SecurityTokenResponse",
    "ServiceAdditionalProperties",
    "ServiceAffinity",
    "ServiceConfig",
    "ServiceConfigDetail",
    "ServiceConfigMappingType",
    "ServiceCustomSpec",
    "ServiceDetail",
    "ServiceEnvs",
    "ServiceInferType",
    "ServiceLoadBalancerPolicy",
    "ServiceLogConfig",
    "ServiceMappingRule",
    "ServiceMonitor",
    "ServiceMonitorResponse",
    "ServiceNodeAffinity",
    "ServiceSchedule",
    "ServiceScheduleDetail",
    "ServiceScheduleTimeUnit",
    "ServiceScheduleType",
    "ServiceSummary",
    "ServiceUpdateLog",
    "ServiceUpdateResult",
    "SmnNotification",
    "TagFilter",
    "TaskAlgorithm",
    "TaskAlgorithmEnvironments",
    "TaskEngine",
    "TaskInput",
    "TaskIp",
    "TaskLogExportPath",
    "TaskOutput",
    "TaskResponse",
    "TaskStatus",
    "TemporaryCredential",
    "TokenAuth",
    "TokenDomain",
    "TokenDuration",
    "TokenIdentity",
    "TokenIdentityMethodsItem",
    "TokenInfo",
    "TokenInfoCatalogItem",
    "TokenProject",
    "TokenResponse",
    "TokenRole",
    "TokenUser",
    "TrainingExperimentReference",
    "UpdateServiceRequest",
    "UpdateServiceRequestStatus",
    "UpdateServiceResponse",
    "UpdateTrainingJobRequest",
)


# The loader is hidden from type checkers, which would otherwise accept any name of this module; they see the
# imports above.
if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_names(__name__, _MODULES)
