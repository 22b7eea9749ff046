from enum import StrEnum


class ListTrainingJobsRequestTrainType(StrEnum):
    FTJOB = "ftjob"
    JOB = "job"

    def __str__(self) -> str:
        return str(self.value)
