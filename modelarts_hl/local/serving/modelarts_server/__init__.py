"""The inference server process of the local backend: loads one model folder and answers predictions."""
