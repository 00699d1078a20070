"""Draws a list cell whose text has matched words marked (``journal.find.search`` markers):
the matches bold on a soft highlight, the rest as usual, elided at the cell's end.

Installed on the list after the window's first paint (``ui.shell.after_paint``), or when
a text search starts before that: its styles and painter cost about 10 ms to load."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from journal.find.search import MARK_START, marked_spans
from ui.meetings.meeting_model import MeetingTableModel

MATCH_COLOUR = QColor(255, 200, 40, 110)  # reads on light and dark, selected or not
_LEFT_CENTRED = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft


class MarkedTextDelegate(QStyledItemDelegate):
    """Paints the marked columns of ``model``. A cell without a matched word is Qt's own
    painting; a marked cell's pieces are laid out once per text, font and width."""

    def __init__(self, model: MeetingTableModel, parent: QObject | None = None):
        super().__init__(parent)
        self._model = model
        # (marked text, font, width) → [(x, width, piece, matched)], drawn as they are.
        self._laid_out: dict[tuple[str, str, int], list[tuple[int, int, str, bool]]] = {}

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        # Straight from the model: ``index.data`` is a round trip through Qt.
        marked = self._model.marked_text(index.row(), index.column())
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
        font = option.font
        pieces = self._pieces(font, area.right() - area.left(), marked)
        painter.save()
        painter.setClipRect(area)
        painter.setPen(option.palette.color(role))
        bold = QFont(font)
        bold.setBold(True)
        left, top, height = area.left(), area.top(), area.height()
        for x, width, text, matched in pieces:
            rect = QRect(left + x, top, width, height)
            if matched:
                painter.fillRect(rect.adjusted(-1, 3, 1, -3), MATCH_COLOUR)
            painter.setFont(bold if matched else font)
            painter.drawText(rect, _LEFT_CENTRED, text)
        painter.restore()

    def _pieces(self, font: QFont, room: int, marked: str) -> list[tuple[int, int, str, bool]]:
        """Where each piece of ``marked`` goes in a cell ``room`` wide: its offset, width
        and text (elided at the cell's end), and whether it is a matched word."""
        key = (marked, font.key(), room)
        pieces = self._laid_out.get(key)
        if pieces is not None:
            return pieces
        if len(self._laid_out) > 2000:  # a few screens of cells; searches move on
            self._laid_out.clear()
        bold = QFont(font)
        bold.setBold(True)
        plain_metrics, bold_metrics = QFontMetrics(font), QFontMetrics(bold)
        pieces = []
        x = 0
        for piece, matched in marked_spans(" ".join(marked.split())):
            metrics = bold_metrics if matched else plain_metrics
            if room - x <= 0:
                break
            text = metrics.elidedText(piece, Qt.TextElideMode.ElideRight, room - x)
            width = metrics.horizontalAdvance(text)
            pieces.append((x, width, text, matched))
            x += width
            if text != piece:
                break
        self._laid_out[key] = pieces
        return pieces
