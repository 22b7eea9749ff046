from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

if TYPE_CHECKING:
    from ..models.service_log_config import ServiceLogConfig
    from ..models.service_update_result import ServiceUpdateResult


T = TypeVar("T", bound="ServiceUpdateLog")


@_attrs_define
class ServiceUpdateLog(LazyModel):
    """One deployment or configuration update of a service.

    Attributes:
        update_time (int): Time of the update, epoch milliseconds (UTC).
        result (str): Result of the update. Documented values: SUCCESS, FAIL, RUNNING.
        config (list[ServiceLogConfig] | None | Unset): Model configuration applied by the update.
        cluster_id (None | str | Unset): Dedicated resource pool.
        extend_config (list[str] | None | Unset): Personalized configuration.
        success_num (int | None | Unset): Edge only; nodes operated successfully.
        failed_num (int | None | Unset): Edge only; nodes whose operation failed.
        result_detail (list[ServiceUpdateResult] | None | Unset): Edge only; result per node.
    """

    update_time: int
    result: str
    config: list[ServiceLogConfig] | None | Unset = UNSET
    cluster_id: None | str | Unset = UNSET
    extend_config: list[str] | None | Unset = UNSET
    success_num: int | None | Unset = UNSET
    failed_num: int | None | Unset = UNSET
    result_detail: list[ServiceUpdateResult] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        update_time = self.update_time

        result = self.result

        config: list[dict[str, Any]] | None | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, list):
            config = []
            for config_type_0_item_data in self.config:
                config_type_0_item = config_type_0_item_data.to_dict()
                config.append(config_type_0_item)

        else:
            config = self.config

        cluster_id: None | str | Unset
        if isinstance(self.cluster_id, Unset):
            cluster_id = UNSET
        else:
            cluster_id = self.cluster_id

        extend_config: list[str] | None | Unset
        if isinstance(self.extend_config, Unset):
            extend_config = UNSET
        elif isinstance(self.extend_config, list):
            extend_config = self.extend_config

        else:
            extend_config = self.extend_config

        success_num: int | None | Unset
        if isinstance(self.success_num, Unset):
            success_num = UNSET
        else:
            success_num = self.success_num

        failed_num: int | None | Unset
        if isinstance(self.failed_num, Unset):
            failed_num = UNSET
        else:
            failed_num = self.failed_num

        result_detail: list[dict[str, Any]] | None | Unset
        if isinstance(self.result_detail, Unset):
            result_detail = UNSET
        elif isinstance(self.result_detail, list):
            result_detail = []
            for result_detail_type_0_item_data in self.result_detail:
                result_detail_type_0_item = result_detail_type_0_item_data.to_dict()
                result_detail.append(result_detail_type_0_item)

        else:
            result_detail = self.result_detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "update_time": update_time,
                "result": result,
            }
        )
        if config is not UNSET:
            field_dict["config"] = config
        if cluster_id is not UNSET:
            field_dict["cluster_id"] = cluster_id
        if extend_config is not UNSET:
            field_dict["extend_config"] = extend_config
        if success_num is not UNSET:
            field_dict["success_num"] = success_num
        if failed_num is not UNSET:
            field_dict["failed_num"] = failed_num
        if result_detail is not UNSET:
            field_dict["result_detail"] = result_detail

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(
            src_dict,
            (
                "update_time",
                "result",
            ),
        )

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        if _references_pending:
            _import_references()
        d = dict(src_dict)
        update_time = d.pop("update_time")

        result = d.pop("result")

        def _parse_config(data: object) -> list[ServiceLogConfig] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                config_type_0 = []
                _config_type_0 = data
                for config_type_0_item_data in _config_type_0:
                    config_type_0_item = ServiceLogConfig.from_dict(
                        config_type_0_item_data
                    )

                    config_type_0.append(config_type_0_item)

                return config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ServiceLogConfig] | None | Unset, data)

        config = _parse_config(d.pop("config", UNSET))

        def _parse_cluster_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cluster_id = _parse_cluster_id(d.pop("cluster_id", UNSET))

        def _parse_extend_config(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                extend_config_type_0 = cast(list[str], data)

                return extend_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        extend_config = _parse_extend_config(d.pop("extend_config", UNSET))

        def _parse_success_num(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        success_num = _parse_success_num(d.pop("success_num", UNSET))

        def _parse_failed_num(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        failed_num = _parse_failed_num(d.pop("failed_num", UNSET))

        def _parse_result_detail(
            data: object,
        ) -> list[ServiceUpdateResult] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                result_detail_type_0 = []
                _result_detail_type_0 = data
                for result_detail_type_0_item_data in _result_detail_type_0:
                    result_detail_type_0_item = ServiceUpdateResult.from_dict(
                        result_detail_type_0_item_data
                    )

                    result_detail_type_0.append(result_detail_type_0_item)

                return result_detail_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ServiceUpdateResult] | None | Unset, data)

        result_detail = _parse_result_detail(d.pop("result_detail", UNSET))

        type(self).__init__(
            self,
            update_time=update_time,
            result=result,
            config=config,
            cluster_id=cluster_id,
            extend_config=extend_config,
            success_num=success_num,
            failed_num=failed_num,
            result_detail=result_detail,
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
    global ServiceLogConfig
    from ..models.service_log_config import ServiceLogConfig

    global ServiceUpdateResult
    from ..models.service_update_result import ServiceUpdateResult

    _references_pending = False
