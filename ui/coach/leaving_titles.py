"""Every meeting title and tag of an export as it will leave the laptop (client names
replaced, e-mail addresses and phone numbers taken out), each once with how often: the
advisor can read them all before anything is written, not just the first few."""

from __future__ import annotations

from collections import Counter
from html import escape
from typing import Any

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.common.labels import system_font

IN_PREVIEW = 300  # lines of titles and tags in the preview itself; the rest in the dialog


def leaving(meetings: list[dict[str, Any]]) -> tuple[Counter, Counter]:
    """The titles and the tags of ``meetings``, each with how many meetings have it."""
    titles = Counter(m["title"] for m in meetings)
    tags = Counter(tag for m in meetings for tag in m.get("tags", ()))
    return titles, tags


def lines(counted: Counter) -> list[str]:
    """One line per text, in alphabetical order, "×3" after those that repeat."""
    return [
        text if count == 1 else f"{text}  ×{count}"
        for text, count in sorted(counted.items(), key=lambda item: item[0].casefold())
    ]


def preview_html(heading: str, counted: Counter, more: str) -> str:
    """The first ``IN_PREVIEW`` lines as an HTML list under ``heading``; ``more`` (with
    {count}) says how many are in the dialog only."""
    shown = lines(counted)
    html = f"<p>{escape(heading)}</p><ul>"
    html += "".join(f"<li>{escape(line)}</li>" for line in shown[:IN_PREVIEW])
    html += "</ul>"
    if len(shown) > IN_PREVIEW:
        html += f"<p><i>{escape(more.format(count=len(shown) - IN_PREVIEW))}</i></p>"
    return html


class LeavingTitlesDialog(QDialog):
    def __init__(self, titles: Counter, tags: Counter, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Every Title That Will Leave"))
        self.resize(640, 560)
        text = [self.tr("Meeting titles ({count}):").format(count=len(titles)), *lines(titles)]
        if tags:
            text += ["", self.tr("Tags ({count}):").format(count=len(tags)), *lines(tags)]
        self.text = QPlainTextEdit("\n".join(text))
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Every title and tag that will leave"))
        self.text.setFont(system_font(QFontDatabase.SystemFont.GeneralFont))
        explained = QLabel(
            self.tr(
                "As they will be in the file: client names replaced (unless you chose real "
                "names), e-mail addresses and phone numbers taken out."
            )
        )
        explained.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(explained)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
