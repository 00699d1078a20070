"""Data files shipped with the app: question bank, translations, icons.

``FOLDER`` is where they are; the package is plain files on disk in a wheel install.
"""

from pathlib import Path

FOLDER = Path(__file__).resolve().parent
