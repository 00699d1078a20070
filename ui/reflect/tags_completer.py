"""Completes the tag being typed in a comma-separated list ("tender, ki" → "kick-off")."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit


class TagsCompleter(QCompleter):
    def __init__(self, tags: list[str], edit: QLineEdit):
        super().__init__(QStringListModel(tags), edit)
        self._edit = edit
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def splitPath(self, path: str) -> list[str]:
        return [path.split(",")[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        """The text with its last tag completed; the tags before it stay."""
        done = self._edit.text().split(",")[:-1]
        return ", ".join([*(t.strip() for t in done), str(index.data())])
