"""The script a standalone build runs (packaging/advisor-journal.spec): the same command
as the pip-installed ``advisor-journal``, also for the windowed program on Windows, which
has no stdout or stderr (``main_windowed`` copes with that)."""

import sys

from ui.cli.entry import main_windowed

if __name__ == "__main__":
    sys.exit(main_windowed())
