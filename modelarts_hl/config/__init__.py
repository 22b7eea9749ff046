"""Configuration classes under their documented import paths (``modelarts_hl.config.model_config``)."""
