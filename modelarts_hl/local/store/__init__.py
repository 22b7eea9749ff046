"""What the local backend keeps: documents in SQLite (:mod:`.state`, kinds in :mod:`.documents`), identities
(:mod:`.iam`), the catalog of flavors and engines (:mod:`.catalog`) and the object store (:mod:`.obs_store`).

Nothing here knows the API server or the runtimes: both read and write through these modules.
"""
