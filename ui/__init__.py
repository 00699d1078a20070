"""The PySide6 side of Advisor Journal."""
