from enum import StrEnum


class ModelParamParamType(StrEnum):
    ARRAY = "array"
    BOOLEAN = "boolean"
    DATE = "date"
    FILE = "file"
    FLOAT = "float"
    INT = "int"
    INTEGER = "integer"
    NUMBER = "number"
    OBJECT = "object"
    STRING = "string"
    TIMESTAMP = "timestamp"

    def __str__(self) -> str:
        return str(self.value)
