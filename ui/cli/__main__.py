"""`python -m ui.cli`: the command line, as the installed `advisor-journal` runs it."""

import sys

from ui.cli.entry import main

sys.exit(main())
