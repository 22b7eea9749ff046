"""The main job: the whole ModelArts lifecycle, runnable with ``python -m modelarts_hl.demo``."""
