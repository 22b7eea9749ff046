"""The ``modelarts-hl`` command line (also ``python -m modelarts_hl``): thin over the library.

One module per command group (``configure``, ``jobs``, ``models``, ``services``, ``obs``, ``local``,
``completion``), and a small core: :mod:`.context` (global options and the session), :mod:`.output` (JSON
and tables), :mod:`.failures` (error lines and exit codes), :mod:`.inputs` (options and files of arguments).
Every behaviour comes from the library; nothing of it imports this package.
"""
