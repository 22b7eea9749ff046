"""modelarts-hl: a high-level Python client for Huawei Cloud ModelArts and OBS."""

__version__ = "0.1.0"
