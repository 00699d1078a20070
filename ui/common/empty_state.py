"""A page that says there is nothing here yet, and what to do: a title, a line or two
of text and the buttons that get the person going, centred."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

TEXT_WIDTH = 560


def empty_page(title: str, text: str, buttons: list[QPushButton], scale: float = 1.6) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addStretch(2)
    heading = QLabel(title)
    heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
    font = heading.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    heading.setFont(font)
    body = QLabel(text)
    body.setWordWrap(True)
    body.setAlignment(Qt.AlignmentFlag.AlignCenter)
    # A wrapped label centred in a column is squeezed unless its size is set.
    body.setFixedSize(TEXT_WIDTH, body.heightForWidth(TEXT_WIDTH))
    row = QHBoxLayout()
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    layout.addWidget(heading)
    layout.addSpacing(8)
    layout.addWidget(body, 0, Qt.AlignmentFlag.AlignHCenter)
    layout.addSpacing(16)
    layout.addLayout(row)
    layout.addStretch(3)
    return page
