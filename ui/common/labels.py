"""What the dialogs share: a headline, wrapped and smaller text, the red banner that says
what went wrong, fitting a dialog's height to its wrapped text, and ``tr()`` for module
level helpers."""

from __future__ import annotations

from PySide6 import QtGui  # QtGui.QAccessible: built by PySide when a banner first speaks
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QKeySequence, QPalette, QShowEvent
from PySide6.QtWidgets import QLabel, QWidget

HEADLINE_SCALE = 1.4

ERROR_STYLE = """
QLabel { background: rgba(200, 40, 40, 35); border: 1px solid rgba(200, 40, 40, 140);
         border-radius: 6px; padding: 8px; }
"""
NOTE_STYLE = """
QLabel { background: rgba(230, 180, 40, 40); border: 1px solid rgba(200, 150, 20, 120);
         border-radius: 6px; padding: 8px; }
"""


def tr(text: str) -> str:
    """Translate outside a QObject (lupdate files these under the empty context)."""
    return QCoreApplication.translate("", text)


def keys(sequence: QKeySequence | QKeySequence.StandardKey | str) -> str:
    """A shortcut as this system spells it: "Ctrl+N" on Windows and Linux, "⌘N" on
    macOS (for tooltips and sentences)."""
    return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)


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


def wrapped(text: str = "", kind: type[QLabel] = QLabel) -> QLabel:
    label = kind(text)
    label.setWordWrap(True)
    return label


MIN_CONTRAST = 4.5  # WCAG AA for body text


def quiet(widget: QWidget) -> None:
    """Secondary text (a hint, a note): softer than the body text, yet at least 4.5:1
    against the window in light and dark palettes. The palette's placeholder grey is
    not (about 4:1 on white), so the text colour is mixed toward the window only as far
    as that allows."""
    palette = widget.palette()
    text = palette.color(QPalette.ColorRole.WindowText)
    back = palette.color(QPalette.ColorRole.Window)
    colour = text
    for share in (0.6, 0.7, 0.8, 0.9):  # of the text colour in the mix
        mixed = _mix(text, back, share)
        if contrast(mixed, back) >= MIN_CONTRAST:
            colour = mixed
            break
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    palette.setColor(QPalette.ColorRole.Text, colour)
    widget.setPalette(palette)


def contrast(one: QColor, other: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""

    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(colour.redF())
            + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF())
        )

    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _mix(one: QColor, other: QColor, share: float) -> QColor:
    return QColor.fromRgbF(
        one.redF() * share + other.redF() * (1 - share),
        one.greenF() * share + other.greenF() * (1 - share),
        one.blueF() * share + other.blueF() * (1 - share),
    )


def make_smaller(label: QLabel, factor: float = 0.85) -> None:
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    label.setFont(font)


def error_banner(text: str = "", object_name: str = "errorBanner") -> QLabel:
    """The red banner that says inline what went wrong; hidden until there is something
    to say. Its text can be selected (to copy a path or a reason)."""
    return _banner(text, object_name, ERROR_STYLE)


def note_banner(text: str = "", object_name: str = "noteBanner") -> QLabel:
    """An amber banner: something to know or to do, not a failure."""
    return _banner(text, object_name, NOTE_STYLE)


class Banner(QLabel):
    """A banner that a screen reader announces when it appears or its words change
    while shown (an alert, as a message box would be)."""

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self._announce()

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        changed = text != self.text()
        super().setText(text)
        if changed and self.isVisible():
            self._announce()

    def _announce(self) -> None:
        if self.text():
            accessible = QtGui.QAccessible  # its enum classes: not before the first paint
            accessible.updateAccessibility(QtGui.QAccessibleEvent(self, accessible.Event.Alert))


def _banner(text: str, object_name: str, style: str) -> QLabel:
    label = wrapped(text, Banner)
    label.setObjectName(object_name)
    label.setStyleSheet(style)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def fit_height(widget: QWidget, width: int | None = None) -> None:
    """Make ``widget`` (a dialog) as tall as its text needs at ``width`` (default: its
    width now, at least its minimum): Qt guesses the height of wrapped labels, and does
    not grow a dialog when a hidden label appears."""
    widget.ensurePolished()
    layout = widget.layout()
    if layout is not None:
        layout.activate()
    if width is None:
        width = widget.width() if widget.isVisible() else widget.sizeHint().width()
    width = max(width, widget.minimumWidth(), widget.minimumSizeHint().width())
    height = widget.heightForWidth(width)
    widget.resize(width, max(height, widget.minimumSizeHint().height()))
