"""Base classes of ModelArts inference scripts (``customize_service.py``), as the local backend has them."""
