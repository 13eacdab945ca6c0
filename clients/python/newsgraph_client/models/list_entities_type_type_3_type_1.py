from enum import StrEnum


class ListEntitiesTypeType3Type1(StrEnum):
    LOCATION = "location"
    ORGANIZATION = "organization"
    OTHER = "other"
    PERSON = "person"

    def __str__(self) -> str:
        return str(self.value)
