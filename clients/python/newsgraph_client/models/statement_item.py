from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.entity_ref import EntityRef


T = TypeVar("T", bound="StatementItem")


@_attrs_define
class StatementItem:
    """
    Attributes:
        id (str):
        text (str):
        kind (str):
        speaker (EntityRef | None):
        speaker_text (None | str):
        cue (None | str):
        article_id (str):
        language (str):
        start (int):
        end (int):
        date (datetime.date | None):
        about (list[EntityRef]):
    """

    id: str
    text: str
    kind: str
    speaker: EntityRef | None
    speaker_text: str | None
    cue: str | None
    article_id: str
    language: str
    start: int
    end: int
    date: datetime.date | None
    about: list[EntityRef]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.entity_ref import EntityRef

        id = self.id

        text = self.text

        kind = self.kind

        speaker: dict[str, Any] | None
        if isinstance(self.speaker, EntityRef):
            speaker = self.speaker.to_dict()
        else:
            speaker = self.speaker

        speaker_text: str | None
        speaker_text = self.speaker_text

        cue: str | None
        cue = self.cue

        article_id = self.article_id

        language = self.language

        start = self.start

        end = self.end

        date: str | None
        if isinstance(self.date, datetime.date):
            date = self.date.isoformat()
        else:
            date = self.date

        about = []
        for about_item_data in self.about:
            about_item = about_item_data.to_dict()
            about.append(about_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "text": text,
                "kind": kind,
                "speaker": speaker,
                "speaker_text": speaker_text,
                "cue": cue,
                "article_id": article_id,
                "language": language,
                "start": start,
                "end": end,
                "date": date,
                "about": about,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.entity_ref import EntityRef

        d = dict(src_dict)
        id = d.pop("id")

        text = d.pop("text")

        kind = d.pop("kind")

        def _parse_speaker(data: object) -> EntityRef | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                speaker_type_0 = EntityRef.from_dict(data)

                return speaker_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EntityRef | None, data)

        speaker = _parse_speaker(d.pop("speaker"))

        def _parse_speaker_text(data: object) -> str | None:
            if data is None:
                return data
            return cast(None | str, data)

        speaker_text = _parse_speaker_text(d.pop("speaker_text"))

        def _parse_cue(data: object) -> str | None:
            if data is None:
                return data
            return cast(None | str, data)

        cue = _parse_cue(d.pop("cue"))

        article_id = d.pop("article_id")

        language = d.pop("language")

        start = d.pop("start")

        end = d.pop("end")

        def _parse_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_type_0 = datetime.date.fromisoformat(data)

                return date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        date = _parse_date(d.pop("date"))

        about = []
        _about = d.pop("about")
        for about_item_data in _about:
            about_item = EntityRef.from_dict(about_item_data)

            about.append(about_item)

        statement_item = cls(
            id=id,
            text=text,
            kind=kind,
            speaker=speaker,
            speaker_text=speaker_text,
            cue=cue,
            article_id=article_id,
            language=language,
            start=start,
            end=end,
            date=date,
            about=about,
        )

        statement_item.additional_properties = d
        return statement_item

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
