"""What the dialogs share: a headline, wrapped and smaller text, the red banner that says
what went wrong, fitting a dialog's height to its wrapped text, and ``tr()`` for module
level helpers.

Text sizes are shares of the application font, never fixed points, so a person who sets
a larger font on their system gets larger text everywhere; nothing is smaller than
``MIN_SCALE`` of it. Style sheets say sizes in ``em`` (Qt's style sheets know only pt
and px) and go through ``sized``."""

from __future__ import annotations

import re

from PySide6 import QtGui  # QtGui.QAccessible, QFontDatabase: built by PySide when first used
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontInfo,
    QGuiApplication,
    QKeySequence,
    QPalette,
    QShowEvent,
)
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

HEADLINE_SCALE = 1.4
MIN_SCALE = 0.85  # the smallest text, as a share of the application font
BASE_POINTS = 9.0  # the font size that fixed widths in pixels were chosen at
_EM = re.compile(r"font-size:\s*([0-9.]+)em")

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


def readable_placeholder(palette: QPalette) -> QPalette:
    """The palette with its placeholder grey (also what style sheets call
    ``palette(placeholder-text)``: hints, notes, facts) at least 4.5:1 against both the
    window and the fields, in each colour group. Styles ship it at about 4:1 on white;
    it is mixed from the text toward the background only as far as the contrast
    allows."""
    palette = QPalette(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        text = palette.color(group, QPalette.ColorRole.Text)
        backs = (
            palette.color(group, QPalette.ColorRole.Window),
            palette.color(group, QPalette.ColorRole.Base),
        )
        current = palette.color(group, QPalette.ColorRole.PlaceholderText)
        if all(contrast(current, back) >= MIN_CONTRAST for back in backs):
            continue
        colour = text
        for share in (0.6, 0.7, 0.8, 0.9):  # of the text colour in the mix
            mixed = _mix(text, backs[1], share)
            if all(contrast(mixed, back) >= MIN_CONTRAST for back in backs):
                colour = mixed
                break
        palette.setColor(group, QPalette.ColorRole.PlaceholderText, colour)
    return palette


def keep_placeholder_readable(app: QGuiApplication) -> None:
    """Apply ``readable_placeholder`` to the application's palette now and again when
    the system switches between light and dark."""

    def apply() -> None:
        palette = app.palette()
        readable = readable_placeholder(palette)
        if readable != palette:
            app.setPalette(readable)

    apply()
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: QTimer.singleShot(0, apply))


def secondary_colour() -> str:
    """The placeholder grey as a name, for rich text that cannot say ``palette(…)``."""
    return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText).name()


def contrast(one: QColor, other: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21); a translucent ``one`` is seen
    over ``other`` (Qt's placeholder grey is the text colour at half opacity)."""
    if one.alphaF() < 1:
        one = _mix(one, other, one.alphaF())

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


def make_smaller(label: QLabel, factor: float = MIN_SCALE) -> None:
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * max(factor, MIN_SCALE))
    label.setFont(font)


def app_point_size() -> float:
    """The application font's size in points (also when it was set in pixels)."""
    font = QGuiApplication.font()
    size = font.pointSizeF()
    return size if size > 0 else QFontInfo(font).pointSizeF()


def point_size(scale: float) -> float:
    """``scale`` times the application font, in points; never below ``MIN_SCALE``."""
    return round(app_point_size() * max(scale, MIN_SCALE), 2)


def system_font(kind: QtGui.QFontDatabase.SystemFont) -> QFont:
    """The system's font of ``kind`` (fixed width …) at the application font's size."""
    font = QtGui.QFontDatabase.systemFont(kind)
    font.setPointSizeF(app_point_size())
    return font


def scaled(pixels: int) -> int:
    """A width or height chosen for text at ``BASE_POINTS``, for the application font
    now (never smaller): a column of dates, a dialog's first size."""
    return round(pixels * max(1.0, app_point_size() / BASE_POINTS))


def sized(style: str) -> str:
    """A style sheet with each ``font-size: <x>em`` as that share of the application
    font in points (``point_size``)."""
    return _EM.sub(lambda match: f"font-size: {point_size(float(match.group(1)))}pt", style)


def name_for_screen_readers(widget: QWidget, name: str) -> None:
    """``name`` as what a screen reader says for ``widget`` (a control with no label it
    can find) and for the line edit inside it that takes the focus (a date, a number,
    an editable list)."""
    widget.setAccessibleName(name)
    for inner in widget.children():
        if isinstance(inner, QLineEdit):
            inner.setAccessibleName(name)


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
