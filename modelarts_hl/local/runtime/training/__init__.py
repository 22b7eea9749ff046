"""Parts of the local training runtime (:mod:`modelarts_hl.local.training_runtime`): the job's work area and
command lines, OBS staging, and runtime metrics."""
