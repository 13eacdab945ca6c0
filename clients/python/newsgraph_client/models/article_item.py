from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ArticleItem")


@_attrs_define
class ArticleItem:
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
        snippet (None | str | Unset):
    """

    id: str
    title: str | None
    language: str
    published: datetime.date | None
    published_precision: str | None
    source: str | None
    url: str | None
    word_count: int
    snippet: str | Unset | None = UNSET
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

        snippet: str | Unset | None
        if isinstance(self.snippet, Unset):
            snippet = UNSET
        else:
            snippet = self.snippet

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
            }
        )
        if snippet is not UNSET:
            field_dict["snippet"] = snippet

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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

        def _parse_snippet(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        snippet = _parse_snippet(d.pop("snippet", UNSET))

        article_item = cls(
            id=id,
            title=title,
            language=language,
            published=published,
            published_precision=published_precision,
            source=source,
            url=url,
            word_count=word_count,
            snippet=snippet,
        )

        article_item.additional_properties = d
        return article_item

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
