"""The few label styles the dialogs share: a headline, wrapped text, smaller text."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

HEADLINE_SCALE = 1.4


def headline(text: str = "", object_name: str = "") -> QLabel:
    """A dialog's headline: larger, bold, wrapped."""
    label = QLabel(text)
    if object_name:
        label.setObjectName(object_name)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * HEADLINE_SCALE)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def wrapped(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def make_smaller(label: QLabel, factor: float = 0.85) -> None:
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    label.setFont(font)
