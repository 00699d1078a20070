"""Draws the cells of the meeting list straight from the row's cells the model made:
a cell with matched words marked (``journal.find.search`` markers) has the matches bold
on a soft highlight, the rest as usual, elided at the cell's end; any other cell looks
exactly as Qt's own delegate draws it.

Why not Qt's own delegate for the plain cells: it asks the model for seven roles per
cell, each a call into Python, and lays its text out anew on every paint. Here each text
is laid out once per width and font (a ``QStaticText``) and drawn from there: a repaint
of the list after a search costs about half (``benchmarks/search.py``). The cell with
the keyboard focus still goes through Qt's own code, which draws the focus frame.

Only under the styles known to draw a cell's text in the palette's text colours over
their item panel (``DRAWN_HERE``, compared pixel for pixel in the tests). Windows' own
styles (``windowsvista``, ``windows11``) and macOS's draw item views their own way (a
light selection with dark text, in some views), which cannot be looked at on the Linux
machine this was written on; under those, and any other, the plain cells are Qt's own:
slower, but certainly as the style draws them.

Installed on the list after the window's first paint (``ui.shell.after_paint``), or when
a text search starts before that: its styles and painter cost about 10 ms to load."""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QPointF, QRect, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QImage,
    QPainter,
    QPalette,
    QStaticText,
    QTextOption,
)
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from journal.find.search import MARK_START, marked_spans
from ui.meetings.meeting_model import MeetingTableModel

MATCH_COLOUR = QColor(255, 200, 40, 110)  # reads on light and dark, selected or not
_LEFT = Qt.AlignmentFlag.AlignLeft
_LEFT_VCENTRED = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_CENTRED = Qt.AlignmentFlag.AlignCenter
_PANEL = QStyle.PrimitiveElement.PE_PanelItemViewItem
# The state as plain ints: each operation on a Qt flag in Python costs a few µs.
_SELECTED = QStyle.StateFlag.State_Selected.value
_FOCUSED = QStyle.StateFlag.State_HasFocus.value
_ACTIVE = QStyle.StateFlag.State_Active.value
_ENABLED = QStyle.StateFlag.State_Enabled.value
_GROUPS = {  # the text's colour group by state, as ``QCommonStyle`` picks it
    _ENABLED | _ACTIVE: QPalette.ColorGroup.Active,
    _ENABLED: QPalette.ColorGroup.Inactive,
    _ACTIVE: QPalette.ColorGroup.Disabled,
    0: QPalette.ColorGroup.Disabled,
}
_TEXT = QPalette.ColorRole.Text
_SELECTED_TEXT = QPalette.ColorRole.HighlightedText
_NOT_ONE_LINE = re.compile("[\x00-\x1f\u2028\u2029]")
DRAWN_HERE = frozenset({"fusion", "windows"})  # styles whose plain cells are drawn here
_LAID_OUT_MAX = 4000  # a few screens of cells; searches move on


def _static(text: str, width: int | None = None, centred: bool = False) -> QStaticText:
    """``text`` as plain text (never rich text) on one line, centred in ``width`` or
    from the left."""
    static = QStaticText(text)
    static.setTextFormat(Qt.TextFormat.PlainText)
    if width is not None:
        static.setTextWidth(width)
    option = QTextOption(_CENTRED if centred else _LEFT)
    option.setWrapMode(QTextOption.WrapMode.ManualWrap)
    static.setTextOption(option)
    return static


def _warm_up() -> None:
    """Paint a marked word once, off screen: the first ``fillRect`` makes PySide build
    the enum classes of ``QGradient`` (its overloads), ~5 ms that would otherwise fall
    on the first search that marks a word. Done with the delegate, after first paint."""
    image = QImage(4, 4, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    painter.fillRect(0, 0, 2, 2, MATCH_COLOUR)
    painter.drawStaticText(QPointF(0, 0), _static("a"))
    painter.end()


class MarkedTextDelegate(QStyledItemDelegate):
    """Paints every column of ``model``'s list: from the model's cells, each text laid
    out once per text, font and width."""

    def __init__(self, model: MeetingTableModel, parent: QObject | None = None):
        super().__init__(parent)
        self._model = model
        _warm_up()
        self._font: QFont | None = None  # what the layouts below were made in
        self._bold = QFont()  # the same, bold: matched words
        self._metrics = QFontMetrics(self._bold), QFontMetrics(self._bold)  # plain, bold
        self._exact = QFontMetricsF(self._bold), QFontMetricsF(self._bold)  # unrounded
        # (text, width, height, centred) → (static text, left, top) within the cell.
        self._plain: dict[tuple[str, int, int, bool], tuple[QStaticText, int, float]] = {}
        # (marked text, room) → [(x, width, text, matched)], from the left of the text's area.
        self._laid_out: dict[tuple[str, int], list[tuple[int, int, str, bool]]] = {}

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        # Straight from the model: ``index.data`` is a round trip through Qt per role.
        column = index.column()
        cells = self._model.row_cells(index.row())
        if cells is None:
            return
        marked = cells[3][column]
        state = option.state.value
        is_marked = marked is not None and MARK_START in marked
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        if not is_marked and (
            state & _FOCUSED
            or style.name() not in DRAWN_HERE
            or _NOT_ONE_LINE.search(cells[0][column])
        ):
            # Qt's own: the focus frame is the style's to draw, and so are text with line
            # breaks or tabs (several lines, tab stops), which no meeting's list cell has
            # unless a title came in with them, and every cell of a style not known here.
            super().paint(painter, option, index)
            return
        if state & _FOCUSED:  # the background and the focus frame, without the text
            self.initStyleOption(option, index)
            option.text = ""
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        else:  # the background: selected, or not
            style.drawPrimitive(_PANEL, option, painter, widget)
        font = option.font
        if font != self._font:  # the layouts made in another font are of no use
            self._font = QFont(font)
            self._bold = QFont(font)
            self._bold.setBold(True)
            self._metrics = QFontMetrics(font), QFontMetrics(self._bold)
            self._exact = QFontMetricsF(font), QFontMetricsF(self._bold)
            self._plain.clear()
            self._laid_out.clear()
        if is_marked:
            self._paint_marked(painter, option, style, font, marked)
        elif text := cells[0][column]:
            centred = cells[1][column] is not None
            self._paint_plain(painter, option, state, style, font, text, centred)

    def _paint_plain(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        state: int,
        style: QStyle,
        font: QFont,
        text: str,
        centred: bool,
    ) -> None:
        """The text as Qt's style draws it over the background: in the style's margins,
        elided at the end, centred if the model says so."""
        rect = option.rect
        key = (text, rect.width(), rect.height(), centred)
        laid = self._plain.get(key)
        if laid is None:
            laid = self._plain[key] = self._lay_out_plain(style, option.widget, key)
        static, left, top = laid
        role = _SELECTED_TEXT if state & _SELECTED else _TEXT
        painter.setPen(option.palette.color(_GROUPS[state & (_ENABLED | _ACTIVE)], role))
        painter.setFont(font)
        painter.drawStaticText(QPointF(rect.left() + left, rect.top() + top), static)

    def _lay_out_plain(
        self, style: QStyle, widget, key: tuple[str, int, int, bool]
    ) -> tuple[QStaticText, int, float]:
        """Where Qt's style puts a cell's text (``QCommonStyle``'s item view text: the
        focus frame's margin plus one on each side, one line, vertically centred)."""
        if len(self._plain) > _LAID_OUT_MAX:
            self._plain.clear()
        text, width, height, centred = key
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        room = width - 2 * margin
        metrics = self._metrics[0]
        if self._exact[0].horizontalAdvance(text) > room:  # unrounded, as Qt compares
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
        static = _static(text, room, centred)
        line = int(metrics.ascent() + metrics.descent())
        return static, margin, (height - line) // 2

    def _paint_marked(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        style: QStyle,
        font: QFont,
        marked: str,
    ) -> None:
        """The pieces of ``marked`` one after the other, the matched words bold on the
        highlight, elided at the end of the cell."""
        role = _SELECTED_TEXT if option.state.value & _SELECTED else _TEXT
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 2
        rect = option.rect
        room = rect.width() - 2 * margin - 1  # as it always was: right() - left()
        pieces = self._pieces(room, marked)
        left, top, height = rect.left() + margin, rect.top(), rect.height()
        bold = self._bold
        painter.save()
        painter.setClipRect(rect.adjusted(margin, 0, -margin, 0))
        painter.setPen(option.palette.color(role))
        for x, width, text, matched in pieces:
            if matched:
                painter.fillRect(left + x - 1, top + 3, width + 2, height - 6, MATCH_COLOUR)
            painter.setFont(bold if matched else font)
            # As before: ``drawText`` in the piece's own rectangle clips a glyph that
            # reaches past it (the hook of an "f"); a static text would not.
            painter.drawText(QRect(left + x, top, width, height), _LEFT_VCENTRED, text)
        painter.restore()

    def _pieces(self, room: int, marked: str) -> list[tuple[int, int, str, bool]]:
        """Where each piece of ``marked`` goes in a cell ``room`` wide: its offset, width
        and text (elided at the cell's end), and whether it is a matched word."""
        key = (marked, room)
        pieces = self._laid_out.get(key)
        if pieces is not None:
            return pieces
        if len(self._laid_out) > _LAID_OUT_MAX:
            self._laid_out.clear()
        plain_metrics, bold_metrics = self._metrics
        pieces = []
        x = 0
        for piece, matched in marked_spans(" ".join(marked.split())):
            metrics = bold_metrics if matched else plain_metrics
            if room - x <= 0:
                break
            advance = self._exact[matched].horizontalAdvance(piece)
            if advance <= room - x:  # fits: ``elidedText`` would give it back as it is
                text, width = piece, math.floor(advance + 0.5)  # rounded as Qt rounds
            else:
                text = metrics.elidedText(piece, Qt.TextElideMode.ElideRight, room - x)
                width = metrics.horizontalAdvance(text)
            pieces.append((x, width, text, matched))
            x += width
            if text != piece:
                break
        self._laid_out[key] = pieces
        return pieces
