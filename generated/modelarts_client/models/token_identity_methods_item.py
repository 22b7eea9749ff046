from enum import StrEnum


class TokenIdentityMethodsItem(StrEnum):
    TOKEN = "token"

    def __str__(self) -> str:
        return str(self.value)
