from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.alias import Alias


T = TypeVar("T", bound="EntityItem")


@_attrs_define
class EntityItem:
    """
    Attributes:
        id (str):
        name (str):
        type_ (str):
        wikidata_id (None | str):
        aliases (list[Alias]):
        mention_count (int):
        article_count (int):
    """

    id: str
    name: str
    type_: str
    wikidata_id: str | None
    aliases: list[Alias]
    mention_count: int
    article_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_

        wikidata_id: str | None
        wikidata_id = self.wikidata_id

        aliases = []
        for aliases_item_data in self.aliases:
            aliases_item = aliases_item_data.to_dict()
            aliases.append(aliases_item)

        mention_count = self.mention_count

        article_count = self.article_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "type": type_,
                "wikidata_id": wikidata_id,
                "aliases": aliases,
                "mention_count": mention_count,
                "article_count": article_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.alias import Alias

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        type_ = d.pop("type")

        def _parse_wikidata_id(data: object) -> str | None:
            if data is None:
                return data
            return cast(None | str, data)

        wikidata_id = _parse_wikidata_id(d.pop("wikidata_id"))

        aliases = []
        _aliases = d.pop("aliases")
        for aliases_item_data in _aliases:
            aliases_item = Alias.from_dict(aliases_item_data)

            aliases.append(aliases_item)

        mention_count = d.pop("mention_count")

        article_count = d.pop("article_count")

        entity_item = cls(
            id=id,
            name=name,
            type_=type_,
            wikidata_id=wikidata_id,
            aliases=aliases,
            mention_count=mention_count,
            article_count=article_count,
        )

        entity_item.additional_properties = d
        return entity_item

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
