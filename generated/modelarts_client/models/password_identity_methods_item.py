from enum import StrEnum


class PasswordIdentityMethodsItem(StrEnum):
    PASSWORD = "password"

    def __str__(self) -> str:
        return str(self.value)
