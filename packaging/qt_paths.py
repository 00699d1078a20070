"""The standalone build's run-time hook (packaging/advisor-journal.spec): where Qt's
plugins are in the bundle, as PyInstaller's own PySide6 hook says it, without importing
Qt.

PyInstaller's hook imports ``PySide6.QtCore`` in every process, to give Qt a ``qt.conf``
that PySide6 from PyPI registers itself the moment QtCore is imported (the hook then
does nothing more). A search on the command line never needs Qt, and that import alone
made it three times slower. So the spec leaves PyInstaller's hook out and runs this one:
the same paths, set in the environment before anything starts."""

import os
import sys

if sys.platform.startswith("win"):  # PySide6's Windows wheel has no Qt/ folder
    _qt = os.path.join(sys._MEIPASS, "PySide6")
    # As PyInstaller's hook: DLLs bundled beside the program are found first.
    os.environ["PATH"] = sys._MEIPASS + os.pathsep + os.environ.get("PATH", "")
else:
    _qt = os.path.join(sys._MEIPASS, "PySide6", "Qt")
os.environ["QT_PLUGIN_PATH"] = os.path.join(_qt, "plugins")
del _qt
