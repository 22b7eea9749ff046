from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

if TYPE_CHECKING:
    from ..models.model_specification import ModelSpecification


T = TypeVar("T", bound="ModelSummary")


@_attrs_define
class ModelSummary(LazyModel):
    """A model in a model list.

    Attributes:
        model_id (str): Model id.
        model_name (str): Model name.
        model_version (str): Model version.
        model_status (str | Unset): Model status. Documented values: publishing, published, failed, building,
            building_failed.
        model_type (str | Unset): Model type. Documented values: TensorFlow, MXNet, Caffe, Spark_MLlib, Scikit_Learn,
            XGBoost, MindSpore, Image, PyTorch, Template, Custom (the service may send them in other letter case).
        model_size (int | Unset): Model size in bytes.
        tenant (str | Unset): Account (tenant) the model belongs to.
        project (str | Unset): Project the model belongs to.
        owner (str | Unset): User the model belongs to.
        create_at (int | Unset): Creation time, epoch milliseconds (UTC).
        description (None | str | Unset): Model description.
        source_type (None | str | Unset): Model source type; auto for ExeML models, empty otherwise.
        workspace_id (str | Unset): Workspace id.
        model_source (None | str | Unset): Model source. Documented values: auto (ExeML), algos (built-in algorithm),
            custom.
        tunable (bool | None | Unset): Whether the model can be tuned.
        market_flag (bool | None | Unset): Whether the model is subscribed from the marketplace.
        publishable_flag (bool | None | Unset): Whether the model can be published to the marketplace.
        install_type (list[str] | None | Unset): Service types the model can be deployed as, for example real-time,
            batch, edge.
        subscription_id (None | str | Unset): Subscription id of a marketplace model.
        extra (None | str | Unset): Extension field.
        source_copy (None | str | Unset): Image models only; whether the image was copied ("true" or "false").
        specification (ModelSpecification | None | Unset): Minimum resources to deploy the model.
    """

    model_id: str
    model_name: str
    model_version: str
    model_status: str | Unset = UNSET
    model_type: str | Unset = UNSET
    model_size: int | Unset = UNSET
    tenant: str | Unset = UNSET
    project: str | Unset = UNSET
    owner: str | Unset = UNSET
    create_at: int | Unset = UNSET
    description: None | str | Unset = UNSET
    source_type: None | str | Unset = UNSET
    workspace_id: str | Unset = UNSET
    model_source: None | str | Unset = UNSET
    tunable: bool | None | Unset = UNSET
    market_flag: bool | None | Unset = UNSET
    publishable_flag: bool | None | Unset = UNSET
    install_type: list[str] | None | Unset = UNSET
    subscription_id: None | str | Unset = UNSET
    extra: None | str | Unset = UNSET
    source_copy: None | str | Unset = UNSET
    specification: ModelSpecification | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        model_id = self.model_id

        model_name = self.model_name

        model_version = self.model_version

        model_status = self.model_status

        model_type = self.model_type

        model_size = self.model_size

        tenant = self.tenant

        project = self.project

        owner = self.owner

        create_at = self.create_at

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        source_type: None | str | Unset
        if isinstance(self.source_type, Unset):
            source_type = UNSET
        else:
            source_type = self.source_type

        workspace_id = self.workspace_id

        model_source: None | str | Unset
        if isinstance(self.model_source, Unset):
            model_source = UNSET
        else:
            model_source = self.model_source

        tunable: bool | None | Unset
        if isinstance(self.tunable, Unset):
            tunable = UNSET
        else:
            tunable = self.tunable

        market_flag: bool | None | Unset
        if isinstance(self.market_flag, Unset):
            market_flag = UNSET
        else:
            market_flag = self.market_flag

        publishable_flag: bool | None | Unset
        if isinstance(self.publishable_flag, Unset):
            publishable_flag = UNSET
        else:
            publishable_flag = self.publishable_flag

        install_type: list[str] | None | Unset
        if isinstance(self.install_type, Unset):
            install_type = UNSET
        elif isinstance(self.install_type, list):
            install_type = self.install_type

        else:
            install_type = self.install_type

        subscription_id: None | str | Unset
        if isinstance(self.subscription_id, Unset):
            subscription_id = UNSET
        else:
            subscription_id = self.subscription_id

        extra: None | str | Unset
        if isinstance(self.extra, Unset):
            extra = UNSET
        else:
            extra = self.extra

        source_copy: None | str | Unset
        if isinstance(self.source_copy, Unset):
            source_copy = UNSET
        else:
            source_copy = self.source_copy

        specification: dict[str, Any] | None | Unset
        if isinstance(self.specification, Unset):
            specification = UNSET
        elif isinstance(self.specification, ModelSpecification):
            specification = self.specification.to_dict()
        else:
            specification = self.specification

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model_id": model_id,
                "model_name": model_name,
                "model_version": model_version,
            }
        )
        if model_status is not UNSET:
            field_dict["model_status"] = model_status
        if model_type is not UNSET:
            field_dict["model_type"] = model_type
        if model_size is not UNSET:
            field_dict["model_size"] = model_size
        if tenant is not UNSET:
            field_dict["tenant"] = tenant
        if project is not UNSET:
            field_dict["project"] = project
        if owner is not UNSET:
            field_dict["owner"] = owner
        if create_at is not UNSET:
            field_dict["create_at"] = create_at
        if description is not UNSET:
            field_dict["description"] = description
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if model_source is not UNSET:
            field_dict["model_source"] = model_source
        if tunable is not UNSET:
            field_dict["tunable"] = tunable
        if market_flag is not UNSET:
            field_dict["market_flag"] = market_flag
        if publishable_flag is not UNSET:
            field_dict["publishable_flag"] = publishable_flag
        if install_type is not UNSET:
            field_dict["install_type"] = install_type
        if subscription_id is not UNSET:
            field_dict["subscription_id"] = subscription_id
        if extra is not UNSET:
            field_dict["extra"] = extra
        if source_copy is not UNSET:
            field_dict["source_copy"] = source_copy
        if specification is not UNSET:
            field_dict["specification"] = specification

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(
            src_dict,
            (
                "model_id",
                "model_name",
                "model_version",
            ),
        )

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        if _references_pending:
            _import_references()
        d = dict(src_dict)
        model_id = d.pop("model_id")

        model_name = d.pop("model_name")

        model_version = d.pop("model_version")

        model_status = d.pop("model_status", UNSET)

        model_type = d.pop("model_type", UNSET)

        model_size = d.pop("model_size", UNSET)

        tenant = d.pop("tenant", UNSET)

        project = d.pop("project", UNSET)

        owner = d.pop("owner", UNSET)

        create_at = d.pop("create_at", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_source_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_type = _parse_source_type(d.pop("source_type", UNSET))

        workspace_id = d.pop("workspace_id", UNSET)

        def _parse_model_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model_source = _parse_model_source(d.pop("model_source", UNSET))

        def _parse_tunable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        tunable = _parse_tunable(d.pop("tunable", UNSET))

        def _parse_market_flag(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        market_flag = _parse_market_flag(d.pop("market_flag", UNSET))

        def _parse_publishable_flag(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        publishable_flag = _parse_publishable_flag(d.pop("publishable_flag", UNSET))

        def _parse_install_type(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                install_type_type_0 = cast(list[str], data)

                return install_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        install_type = _parse_install_type(d.pop("install_type", UNSET))

        def _parse_subscription_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subscription_id = _parse_subscription_id(d.pop("subscription_id", UNSET))

        def _parse_extra(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        extra = _parse_extra(d.pop("extra", UNSET))

        def _parse_source_copy(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_copy = _parse_source_copy(d.pop("source_copy", UNSET))

        def _parse_specification(data: object) -> ModelSpecification | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                specification_type_1 = ModelSpecification.from_dict(data)

                return specification_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModelSpecification | None | Unset, data)

        specification = _parse_specification(d.pop("specification", UNSET))

        type(self).__init__(
            self,
            model_id=model_id,
            model_name=model_name,
            model_version=model_version,
            model_status=model_status,
            model_type=model_type,
            model_size=model_size,
            tenant=tenant,
            project=project,
            owner=owner,
            create_at=create_at,
            description=description,
            source_type=source_type,
            workspace_id=workspace_id,
            model_source=model_source,
            tunable=tunable,
            market_flag=market_flag,
            publishable_flag=publishable_flag,
            install_type=install_type,
            subscription_id=subscription_id,
            extra=extra,
            source_copy=source_copy,
            specification=specification,
        )

        self.additional_properties = d

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_references_pending = True


def _import_references() -> None:
    global _references_pending
    global ModelSpecification
    from ..models.model_specification import ModelSpecification

    _references_pending = False
