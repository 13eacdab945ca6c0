from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.article_entity import ArticleEntity


T = TypeVar("T", bound="ArticleDetail")


@_attrs_define
class ArticleDetail:
    """
    Attributes:
        id (str):
        title (None | str):
        language (str):
        published (datetime.date | None):
        published_precision (None | str):
        source (None | str):
        url (None | str):
        word_count (int):
        body (str):
        content_sha256 (str):
        ingested_at (datetime.datetime):
        extractor_version (None | str):
        language_inferred (bool):
        published_inferred (bool):
        entities (list[ArticleEntity] | Unset):
    """

    id: str
    title: str | None
    language: str
    published: datetime.date | None
    published_precision: str | None
    source: str | None
    url: str | None
    word_count: int
    body: str
    content_sha256: str
    ingested_at: datetime.datetime
    extractor_version: str | None
    language_inferred: bool
    published_inferred: bool
    entities: list[ArticleEntity] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title: str | None
        title = self.title

        language = self.language

        published: str | None
        if isinstance(self.published, datetime.date):
            published = self.published.isoformat()
        else:
            published = self.published

        published_precision: str | None
        published_precision = self.published_precision

        source: str | None
        source = self.source

        url: str | None
        url = self.url

        word_count = self.word_count

        body = self.body

        content_sha256 = self.content_sha256

        ingested_at = self.ingested_at.isoformat()

        extractor_version: str | None
        extractor_version = self.extractor_version

        language_inferred = self.language_inferred

        published_inferred = self.published_inferred

        entities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.entities, Unset):
            entities = []
            for entities_item_data in self.entities:
                entities_item = entities_item_data.to_dict()
                entities.append(entities_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "language": language,
                "published": published,
                "published_precision": published_precision,
                "source": source,
                "url": url,
                "word_count": word_count,
                "body": body,
                "content_sha256": content_sha256,
                "ingested_at": ingested_at,
                "extractor_version": extractor_version,
                "language_inferred": language_inferred,
                "published_inferred": published_inferred,
            }
        )
        if entities is not UNSET:
            field_dict["entities"] = entities

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.article_entity import ArticleEntity

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_title(data: object) -> str | None:
            if data is None:
                return data
            return cast(None | str, data)

        title = _parse_title(d.pop("title"))

        language = d.pop("language")

        def _parse_published(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_type_0 = datetime.date.fromisoformat(data)

                return published_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        published = _parse_published(d.pop("published"))

        def _parse_published_precision(data: object) -> str | None:
            if data is None:
                return data
            return cast(None | str, data)

        published_precision = _parse_published_precision(d.pop("published_precision"))

        def _parse_source(data: object) -> str | None:
            if data is None:
                return data
            return cast(None | str, data)

        source = _parse_source(d.pop("source"))

        def _parse_url(data: object) -> str | None:
            if data is None:
                return data
            return cast(None | str, data)

        url = _parse_url(d.pop("url"))

        word_count = d.pop("word_count")

        body = d.pop("body")

        content_sha256 = d.pop("content_sha256")

        ingested_at = datetime.datetime.fromisoformat(d.pop("ingested_at"))

        def _parse_extractor_version(data: object) -> str | None:
            if data is None:
                return data
            return cast(None | str, data)

        extractor_version = _parse_extractor_version(d.pop("extractor_version"))

        language_inferred = d.pop("language_inferred")

        published_inferred = d.pop("published_inferred")

        _entities = d.pop("entities", UNSET)
        entities: list[ArticleEntity] | Unset = UNSET
        if _entities is not UNSET:
            entities = []
            for entities_item_data in _entities:
                entities_item = ArticleEntity.from_dict(entities_item_data)

                entities.append(entities_item)

        article_detail = cls(
            id=id,
            title=title,
            language=language,
            published=published,
            published_precision=published_precision,
            source=source,
            url=url,
            word_count=word_count,
            body=body,
            content_sha256=content_sha256,
            ingested_at=ingested_at,
            extractor_version=extractor_version,
            language_inferred=language_inferred,
            published_inferred=published_inferred,
            entities=entities,
        )

        article_detail.additional_properties = d
        return article_detail

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
