from enum import StrEnum


class ServiceLoadBalancerPolicy(StrEnum):
    LEAST_CONNECTIONS = "LEAST_CONNECTIONS"
    ROUND_ROBIN = "ROUND_ROBIN"
    SOURCE_IP = "SOURCE_IP"

    def __str__(self) -> str:
        return str(self.value)
