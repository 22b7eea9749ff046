"""The documented import path of the training parameters: ``from modelarts_hl.train_params import ...``."""

from modelarts_hl.training import InputData, OutputData, TrainingFiles

__all__ = ["InputData", "OutputData", "TrainingFiles"]
