"""The API server of the local backend: the OpenAPI document's routes (:mod:`.app`), authentication
(:mod:`.authn`), fault injection (:mod:`.faults`), and the handlers of each operation (:mod:`.handlers`).

Handlers own the records a client sees right after a call and hand the work to the runtimes
(:mod:`modelarts_hl.local.runtime`); nothing below this package imports it.
"""
