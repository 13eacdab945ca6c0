from enum import StrEnum


class ListStatementsKindType1(StrEnum):
    DIRECT = "direct"
    INDIRECT = "indirect"

    def __str__(self) -> str:
        return str(self.value)
