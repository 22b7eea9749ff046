"""``python -m modelarts_hl``: the ``modelarts-hl`` command line."""

import sys

from modelarts_hl.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
