"""The dialog that asks for the journal's passphrase: at start-up, and after the idle
lock. A wrong passphrase is said inline, under the field (never a message box), and
the file is not touched by trying.

``ask_passphrase(parent, path, wrong)`` returns what was typed, or None when the person
chose Quit (or closed the dialog). With ``check`` the dialog tries each passphrase itself
and stays open, with the inline message, until one fits. ``backups=True`` asks for the
passphrase of the backups instead (restoring one when the journal does not open).

At start-up the dialog also offers "Restore a Backup…" (``offer_restore``): the way out
when the right passphrase is refused because the file is damaged, or when random bytes
only look like an encrypted journal (``looks_damaged``: every backup is plain).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.common.labels import error_banner, fit_height, headline, make_smaller, note_banner, wrapped

STYLE = """
QLabel#lockHeadline { font-weight: 600; }
QLabel#lockFolder { color: palette(placeholder-text); }
QLabel#capsLock { color: rgb(170, 110, 0); }
"""

ICON_SIZE = 56


def ask_passphrase(
    parent: QWidget | None,
    path: Path,
    wrong: bool,
    *,
    minutes: int | None = None,
    check: Callable[[str], bool] | None = None,
    backups: bool = False,
) -> str | None:
    """The passphrase typed, or None (Quit). ``minutes``: locked after that many minutes
    without use (another headline). ``check``: tried on each passphrase; False shows the
    wrong-passphrase message and the dialog stays open. ``backups``: the passphrase of
    the backups is asked for."""
    dialog = UnlockDialog(parent, path, wrong, minutes=minutes, check=check, backups=backups)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    return dialog.passphrase() if accepted else None


class UnlockDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        path: Path,
        wrong: bool = False,
        *,
        minutes: int | None = None,
        check: Callable[[str], bool] | None = None,
        offer_restore: bool = False,
        looks_damaged: bool = False,
        backups: bool = False,
        held: bool = False,
    ):
        """``offer_restore``: a "Restore a Backup…" button (at start-up); after
        ``exec()``, ``restore_chosen`` says it was clicked. ``looks_damaged``: worded as
        a damaged file that may not be encrypted at all. ``backups``: asks for the
        backups' passphrase. ``held``: says that a reflection that could not be saved
        waits in memory."""
        super().__init__(parent)
        self._check = check
        self.restore_chosen = False
        self.setWindowTitle(self.tr("Restore a Backup") if backups else self.tr("Unlock Journal"))
        self.setStyleSheet(STYLE)
        self.setMinimumWidth(520)

        icon = QLabel()
        icon.setPixmap(lock_pixmap(ICON_SIZE, self.palette(), self.devicePixelRatioF()))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        if backups:
            text = self.tr("Type the passphrase of your backups")
            intro_text = self.tr(
                "Your backups are encrypted. Type the passphrase they were made with, and "
                "the newest good one is offered."
            )
        elif looks_damaged:
            text = self.tr("Your journal looks damaged")
            intro_text = self.tr(
                "Its file does not start the way a journal does, and your backups are not "
                "encrypted, so it was most likely never encrypted but damaged. Restore a "
                "backup; or, if you did give it a passphrase, type it to open it."
            )
        elif minutes:
            text = self.tr("Locked after {minutes} minutes without use").format(minutes=minutes)
            intro_text = self.tr("Type your passphrase to open it.")
        else:
            text = self.tr("Your journal is locked")
            intro_text = self.tr("Type your passphrase to open it.")
        self.headline = headline(text, "lockHeadline")
        self.intro = wrapped(intro_text)
        folder = wrapped(str(_folder_of(path)))
        folder.setObjectName("lockFolder")
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        make_smaller(folder)

        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setPlaceholderText(self.tr("Passphrase"))
        self.field.setAccessibleName(self.tr("Passphrase"))
        self.field.textChanged.connect(self._typed)
        self.show_button = QToolButton()
        self.show_button.setCheckable(True)
        self.show_button.setText(self.tr("Show"))
        self.show_button.setToolTip(self.tr("Show or hide what you type"))
        self.show_button.toggled.connect(self._show_typed)
        field_row = QHBoxLayout()
        field_row.setSpacing(6)
        field_row.addWidget(self.field, 1)
        field_row.addWidget(self.show_button)

        self.caps = QLabel(self.tr("Caps Lock seems to be on."))
        self.caps.setObjectName("capsLock")
        self.caps.hide()
        self._caps_watch = _CapsLockWatch(self.caps, self)
        self.field.installEventFilter(self._caps_watch)

        if backups:
            wrong_text = self.tr(
                "That passphrase does not open any of your backups. Check it and try again."
            )
        elif offer_restore:
            wrong_text = self.tr(
                "That passphrase does not open this journal. Check it and try again (the "
                "file was not changed). If you are sure it is right, the file may be "
                "damaged: choose Restore a Backup."
            )
        else:
            wrong_text = self.tr(
                "That passphrase does not open this journal. Check it and try again (the "
                "file was not changed). If you are sure it is right, the file may be "
                "damaged: restore a backup."
            )
        self.wrong = error_banner(wrong_text, "wrongPassphrase")
        self.wrong.setVisible(wrong)
        self.held = note_banner(
            self.tr(
                "What you were writing could not be saved, not even as a draft (is the "
                "disk full?). It waits in memory and comes back when you unlock; if you "
                "quit now, it is lost."
            ),
            "heldReflection",
        )
        self.held.setVisible(held)

        buttons = QDialogButtonBox()
        self.unlock_button = QPushButton(self.tr("&Continue") if backups else self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.setEnabled(False)
        self.quit_button = QPushButton(self.tr("&Back") if backups else self.tr("&Quit"))
        self.quit_chosen = False  # Quit, not Escape or the window's close button
        self.quit_button.clicked.connect(lambda: setattr(self, "quit_chosen", True))
        buttons.addButton(self.unlock_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.restore_button: QPushButton | None = None
        button_row = QHBoxLayout()
        if offer_restore and not backups:
            self.restore_button = QPushButton(self.tr("Restore a &Backup…"))
            self.restore_button.setAutoDefault(False)
            self.restore_button.setToolTip(
                self.tr("Put the newest good backup in the journal's place; the file is kept")
            )
            self.restore_button.clicked.connect(self._choose_restore)
            button_row.addWidget(self.restore_button)
        button_row.addWidget(buttons, 1)

        text_column = QVBoxLayout()
        text_column.setSpacing(6)
        text_column.addWidget(self.headline)
        text_column.addWidget(folder)
        text_column.addSpacing(10)
        text_column.addWidget(self.intro)
        text_column.addSpacing(2)
        text_column.addLayout(field_row)
        text_column.addWidget(self.caps)
        text_column.addWidget(self.wrong)
        text_column.addWidget(self.held)
        text_column.addStretch(1)  # room to spare goes below, not between the lines
        top = QHBoxLayout()
        top.setSpacing(18)
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(text_column, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 22, 22, 16)
        layout.addLayout(top, 1)
        layout.addSpacing(10)
        layout.addLayout(button_row)
        self.field.setFocus()

    def passphrase(self) -> str:
        return self.field.text()

    def show_wrong(self) -> None:
        """The inline message; what was typed is selected, to be typed over."""
        self.wrong.show()
        self.fit()
        self.field.selectAll()
        self.field.setFocus()

    def fit(self) -> None:
        """As tall as what is shown needs (a message appeared or went)."""
        fit_height(self)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.fit()

    def _choose_restore(self) -> None:
        self.restore_chosen = True
        self.done(QDialog.DialogCode.Rejected)

    def accept(self) -> None:
        if not self.field.text():
            return
        if self._check is not None:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                fits = self._check(self.field.text())
            finally:
                QApplication.restoreOverrideCursor()
            if not fits:
                self.show_wrong()
                return
        super().accept()

    def _typed(self, text: str) -> None:
        self.unlock_button.setEnabled(bool(text))

    def _show_typed(self, shown: bool) -> None:
        self.field.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.show_button.setText(self.tr("Hide") if shown else self.tr("Show"))


class _CapsLockWatch(QObject):
    """Qt cannot ask for the Caps Lock state; a letter typed in the "wrong" case for the
    Shift key shows the hint, one in the right case hides it again."""

    def __init__(self, hint: QLabel, parent: QObject):
        super().__init__(parent)
        self.hint = hint

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            text = event.text()
            if len(text) == 1 and text.isalpha() and text.lower() != text.upper():
                shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                on = text.isupper() != shift
                if on == self.hint.isHidden():
                    self.hint.setVisible(on)
                    fit = getattr(self.parent(), "fit", None)
                    if callable(fit):
                        fit()
        return False


def _folder_of(path: Path) -> Path:
    """The journal's folder (a path to the file itself is shown as its folder)."""
    return path.parent if path.suffix == ".sqlite3" else path


def lock_pixmap(size: int, palette: QPalette, ratio: float = 1.0, opened: bool = False) -> QPixmap:
    """A padlock in the palette's highlight colour (``opened``: open, greyed), drawn, so
    no icon theme is needed."""
    pixmap = QPixmap(QSize(round(size * ratio), round(size * ratio)))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    role = QPalette.ColorRole.PlaceholderText if opened else QPalette.ColorRole.Highlight
    colour = QColor(palette.color(role))
    s = size
    lift = s * 0.10 if opened else 0.0  # an open shackle stands up, its right leg free
    shackle = QPainterPath()
    shackle.moveTo(QPointF(s * 0.30, s * 0.47))
    shackle.lineTo(QPointF(s * 0.30, s * 0.30 - lift))
    shackle.arcTo(QRectF(s * 0.30, s * 0.10 - lift, s * 0.40, s * 0.40), 180, -180)
    shackle.lineTo(QPointF(s * 0.70, s * 0.36 - lift if opened else s * 0.47))
    pen = QPen(colour, s * 0.085)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(shackle)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(QRectF(s * 0.16, s * 0.44, s * 0.68, s * 0.50), s * 0.09, s * 0.09)
    painter.setBrush(QColor(palette.color(QPalette.ColorRole.Base)))
    painter.drawEllipse(QPointF(s * 0.5, s * 0.63), s * 0.065, s * 0.065)
    painter.drawRoundedRect(QRectF(s * 0.47, s * 0.64, s * 0.06, s * 0.17), s * 0.02, s * 0.02)
    painter.end()
    return pixmap
