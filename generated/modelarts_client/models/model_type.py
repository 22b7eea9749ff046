from enum import StrEnum


class ModelType(StrEnum):
    CAFFE = "Caffe"
    CUSTOM = "Custom"
    IMAGE = "Image"
    MINDSPORE = "MindSpore"
    MXNET = "MXNet"
    PYTORCH = "PyTorch"
    SCIKIT_LEARN = "Scikit_Learn"
    SPARK_MLLIB = "Spark_MLlib"
    TEMPLATE = "Template"
    TENSORFLOW = "TensorFlow"
    XGBOOST = "XGBoost"

    def __str__(self) -> str:
        return str(self.value)
