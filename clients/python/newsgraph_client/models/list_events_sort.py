from enum import StrEnum


class ListEventsSort(StrEnum):
    START = "start"
    VALUE_1 = "-start"

    def __str__(self) -> str:
        return str(self.value)
