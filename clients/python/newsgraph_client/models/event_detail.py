from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.entity_ref import EntityRef
    from ..models.event_report import EventReport


T = TypeVar("T", bound="EventDetail")


@_attrs_define
class EventDetail:
    """
    Attributes:
        id (str):
        type_ (str):
        title (str):
        start (datetime.date | None):
        end (datetime.date | None):
        precision (None | str):
        location (EntityRef | None):
        participants (list[EntityRef]):
        article_count (int):
        reports (list[EventReport]):
    """

    id: str
    type_: str
    title: str
    start: datetime.date | None
    end: datetime.date | None
    precision: str | None
    location: EntityRef | None
    participants: list[EntityRef]
    article_count: int
    reports: list[EventReport]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.entity_ref import EntityRef

        id = self.id

        type_ = self.type_

        title = self.title

        start: str | None
        if isinstance(self.start, datetime.date):
            start = self.start.isoformat()
        else:
            start = self.start

        end: str | None
        if isinstance(self.end, datetime.date):
            end = self.end.isoformat()
        else:
            end = self.end

        precision: str | None
        precision = self.precision

        location: dict[str, Any] | None
        if isinstance(self.location, EntityRef):
            location = self.location.to_dict()
        else:
            location = self.location

        participants = []
        for participants_item_data in self.participants:
            participants_item = participants_item_data.to_dict()
            participants.append(participants_item)

        article_count = self.article_count

        reports = []
        for reports_item_data in self.reports:
            reports_item = reports_item_data.to_dict()
            reports.append(reports_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "title": title,
                "start": start,
                "end": end,
                "precision": precision,
                "location": location,
                "participants": participants,
                "article_count": article_count,
                "reports": reports,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.entity_ref import EntityRef
        from ..models.event_report import EventReport

        d = dict(src_dict)
        id = d.pop("id")

        type_ = d.pop("type")

        title = d.pop("title")

        def _parse_start(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_type_0 = datetime.date.fromisoformat(data)

                return start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        start = _parse_start(d.pop("start"))

        def _parse_end(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_type_0 = datetime.date.fromisoformat(data)

                return end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        end = _parse_end(d.pop("end"))

        def _parse_precision(data: object) -> str | None:
            if data is None:
                return data
            return cast(None | str, data)

        precision = _parse_precision(d.pop("precision"))

        def _parse_location(data: object) -> EntityRef | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                location_type_0 = EntityRef.from_dict(data)

                return location_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EntityRef | None, data)

        location = _parse_location(d.pop("location"))

        participants = []
        _participants = d.pop("participants")
        for participants_item_data in _participants:
            participants_item = EntityRef.from_dict(participants_item_data)

            participants.append(participants_item)

        article_count = d.pop("article_count")

        reports = []
        _reports = d.pop("reports")
        for reports_item_data in _reports:
            reports_item = EventReport.from_dict(reports_item_data)

            reports.append(reports_item)

        event_detail = cls(
            id=id,
            type_=type_,
            title=title,
            start=start,
            end=end,
            precision=precision,
            location=location,
            participants=participants,
            article_count=article_count,
            reports=reports,
        )

        event_detail.additional_properties = d
        return event_detail

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
