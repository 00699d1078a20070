"""Draws a list cell whose text has matched words marked (``journal.find.search`` markers):
the matches bold on a soft highlight, the rest as usual, elided at the cell's end.

Installed on the list after the window's first paint (``ui.shell.after_paint``), or when
a text search starts before that: its styles and painter cost about 10 ms to load."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from journal.find.search import MARK_START, marked_spans
from ui.meetings.meeting_model import MARKED_ROLE

MATCH_COLOUR = QColor(255, 200, 40, 110)  # reads on light and dark, selected or not


class MarkedTextDelegate(QStyledItemDelegate):
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        marked = index.data(MARKED_ROLE)
        if not marked or MARK_START not in marked:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 2
        area = option.rect.adjusted(margin, 0, -margin, 0)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setClipRect(area)
        painter.setPen(option.palette.color(role))
        self._draw_spans(painter, option.font, area, marked)
        painter.restore()

    @staticmethod
    def _draw_spans(painter: QPainter, font: QFont, area: QRect, marked: str) -> None:
        bold = QFont(font)
        bold.setBold(True)
        x = area.left()
        for piece, matched in marked_spans(" ".join(marked.split())):
            chosen = bold if matched else font
            metrics = QFontMetrics(chosen)
            room = area.right() - x
            if room <= 0:
                break
            text = metrics.elidedText(piece, Qt.TextElideMode.ElideRight, room)
            width = metrics.horizontalAdvance(text)
            rect = QRect(x, area.top(), width, area.height())
            if matched:
                painter.fillRect(rect.adjusted(-1, 3, 1, -3), MATCH_COLOUR)
            painter.setFont(chosen)
            painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
            x += width
            if text != piece:
                break
