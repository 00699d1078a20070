"""Settings → Privacy: encrypting the journal with a passphrase, changing it, removing
it, and the time after which an encrypted journal locks.

Each change rewrites the journal and its backups (``journal.safety.encryption.rewrite``) on a
worker thread while a modal progress dialog shows; the journal is closed meanwhile
through the idle lock (the window's timers pause, as when it is locked), then opened
with the new passphrase, and the page says so (``changed``): the window reloads. When the rewrite fails, the journal is opened as it was and the page
says why. The rewrite itself never leaves a journal that neither passphrase opens. Files
it could not rewrite (a damaged backup, a journal moved aside earlier) are named on the
page: they may hold notes in their old form.
"""

from __future__ import annotations

import dataclasses
import hmac
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QThreadPool, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from zxcvbn import zxcvbn

from journal.errors import JournalError, JournalNotWritable
from journal.safety import encryption
from journal.service import Journal
from journal.store.connection import database_errors, encryption_available
from ui.common import messages
from ui.common.background import Background
from ui.common.changes import EVERYTHING
from ui.common.labels import error_banner, fit_height, keys, note_banner, tr
from ui.common.settings import LOCK_MINUTES, Settings
from ui.safety.idle_lock import IdleLock
from ui.safety.unlock_dialog import lock_pixmap

MIN_LENGTH = 8
QWIDGETSIZE_MAX = (1 << 24) - 1

STYLE = """
QLabel#privacyState { font-weight: 600; }
QLabel#privacyHint, QLabel#strengthHint { color: palette(placeholder-text); }
QLabel#strengthHint[level="bad"] { color: rgb(190, 40, 40); }
QLabel#strengthHint[level="good"] { color: rgb(30, 130, 60); }
QLabel#doneBanner { background: rgba(40, 160, 80, 35); border: 1px solid rgba(40, 160, 80, 140);
                    border-radius: 6px; padding: 8px; }
"""

ENCRYPT, CHANGE, REMOVE = "encrypt", "change", "remove"


def mode_of(old: str | None, new: str | None) -> str:
    """Which change a rewrite from ``old`` to ``new`` is."""
    if old is None:
        return ENCRYPT
    return REMOVE if new is None else CHANGE


def passphrase_problem(text: str) -> str | None:
    """Why ``text`` cannot be a passphrase, or None when it can."""
    if len(text) < MIN_LENGTH:
        return tr("Use at least {count} characters.").format(count=MIN_LENGTH)
    if len(set(text)) == 1:
        return tr("Use more than one kind of character.")
    if "\x00" in text:
        return tr("The passphrase contains a character that cannot be used.")
    return None


# zxcvbn's 0–4 guess score: what we call it, and how the hint is coloured.
STRENGTH = {0: "bad", 1: "bad", 2: "ok", 3: "good", 4: "good"}
CHECKED_LENGTH = 100  # zxcvbn slows down on very long input; past this it is strong anyway


def strength_hint(text: str) -> tuple[str, str]:
    """A short word on the passphrase typed so far, and its level: "", bad, ok, good.

    How hard it is to guess is zxcvbn's estimate (dictionaries of common passwords,
    names and words, keyboard patterns, repeats, sequences, dates), not its length:
    "Password12345678" is weak. zxcvbn explains itself in English only, so the reason
    shown is our own sentence for the kind of pattern it found."""
    if not text:
        return (
            tr(
                "At least {count} characters. A few unrelated words are easy to remember "
                "and hard to guess."
            ).format(count=MIN_LENGTH),
            "",
        )
    problem = passphrase_problem(text)
    if problem:
        return problem, "bad"
    result = zxcvbn(text[:CHECKED_LENGTH])
    score = result["score"]
    verdict = {
        0: tr("Very weak: easy to guess."),
        1: tr("Weak: easy to guess."),
        2: tr("Fair. Add a word or two that do not belong together."),
        3: tr("Good."),
        4: tr("Strong."),
    }[score]
    reason = _weakness(result["sequence"]) if score < 3 else ""
    return " ".join(filter(None, [verdict, reason])), STRENGTH[score]


def _weakness(sequence: list[dict]) -> str:
    """Our own words for the longest guessable part zxcvbn found ("" if none)."""
    found = [m for m in sequence if m["pattern"] != "bruteforce"]
    if not found:
        return ""
    match = max(found, key=lambda m: len(m["token"]))
    pattern = match["pattern"]
    if pattern == "dictionary":
        return {
            "passwords": tr("It is close to a password many people use."),
            "surnames": tr("Names are easy to guess."),
            "male_names": tr("Names are easy to guess."),
            "female_names": tr("Names are easy to guess."),
        }.get(match.get("dictionary_name", ""), tr("A common word on its own is easy to guess."))
    return {
        "spatial": tr("Rows and patterns on the keyboard are easy to guess."),
        "repeat": tr("Repeated characters or words are easy to guess."),
        "sequence": tr("Sequences such as abc or 6543 are easy to guess."),
        "regex": tr("Years are easy to guess."),
        "date": tr("Dates are easy to guess."),
    }.get(pattern, "")


class PassphraseDialog(QDialog):
    """Asks what one change needs: the new passphrase twice (encrypt), the current one
    and the new one twice (change), or the current one (remove). The current one is
    compared with the one in memory; the file is not touched here."""

    def __init__(self, mode: str, current: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.mode = mode
        self._current = current
        self.setStyleSheet(STYLE)
        self.setMinimumWidth(500)
        self.setWindowTitle(
            {
                ENCRYPT: self.tr("Encrypt the Journal"),
                CHANGE: self.tr("Change the Passphrase"),
                REMOVE: self.tr("Remove Encryption"),
            }[mode]
        )
        intro = QLabel(
            {
                ENCRYPT: self.tr(
                    "Your journal, its drafts and its backups will be stored encrypted. "
                    "Advisor Journal asks for the passphrase each time it starts."
                ),
                CHANGE: self.tr(
                    "Your journal and its backups are rewritten with the new passphrase."
                ),
                REMOVE: self.tr(
                    "Your journal, its drafts and its backups will be stored without "
                    "encryption: anyone who can read your files can read your notes. Type "
                    "your passphrase to confirm."
                ),
            }[mode]
        )
        intro.setWordWrap(True)

        self.current = self._field()
        self.new = self._field()
        self.repeat = self._field()
        self.new.textChanged.connect(self._update_hint)
        self.repeat.textChanged.connect(self._update_hint)
        self.hint = QLabel()
        self.hint.setObjectName("strengthHint")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.show_typed = QCheckBox(self.tr("&Show what I type"))
        self.show_typed.toggled.connect(self._show_typed)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        if mode in (CHANGE, REMOVE):
            form.addRow(self.tr("&Current passphrase:"), self.current)
        if mode in (ENCRYPT, CHANGE):
            form.addRow(self.tr("&New passphrase:"), self.new)
            form.addRow("", self.hint)
            form.addRow(self.tr("&Type it again:"), self.repeat)
        form.addRow("", self.show_typed)

        self.warning = note_banner(
            self.tr(
                "<b>If you forget the passphrase, nobody can open your journal, not even "
                "with a backup.</b> Keep it somewhere safe, such as a password manager."
            ),
            "forgetWarning",
        )
        self.warning.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.warning.setVisible(mode != REMOVE)

        self.error = error_banner()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = QPushButton(
            {
                ENCRYPT: self.tr("&Encrypt"),
                CHANGE: self.tr("C&hange Passphrase"),
                REMOVE: self.tr("&Remove Encryption"),
            }[mode]
        )
        self.ok_button.setDefault(True)
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)
        (self.current if mode in (CHANGE, REMOVE) else self.new).setFocus()
        self._update_hint()

    def _field(self) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setMinimumWidth(260)
        return field

    def _show_typed(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for field in (self.current, self.new, self.repeat):
            field.setEchoMode(mode)

    def _update_hint(self, *_args) -> None:
        text, level = strength_hint(self.new.text())
        changed = text != self.hint.text()
        self.hint.setText(text)
        self.hint.setProperty("level", level)
        self.hint.style().unpolish(self.hint)
        self.hint.style().polish(self.hint)
        if changed and self.isVisible():
            self.fit()

    def fit(self) -> None:
        """As tall as what is shown needs (an error appeared, the hint changed)."""
        self._pin_hint()
        fit_height(self)
        self._pin_hint()

    def _pin_hint(self) -> None:
        """A form gives a wrapped label the height it needs at its preferred width, not
        at the width it has (a gap under the hint): pin it to the height it needs."""
        width = self.hint.width()
        if width > 0:
            self.hint.setMinimumHeight(0)  # measured free, not at the height pinned before
            self.hint.setMaximumHeight(QWIDGETSIZE_MAX)
            self.hint.setFixedHeight(self.hint.heightForWidth(width))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._pin_hint()

    def problem(self) -> tuple[str, QLineEdit] | None:
        """What stops the change, and the field to fix; None when it can go ahead."""
        if self.mode in (CHANGE, REMOVE):
            typed = self.current.text().encode()
            known = (self._current or "").encode()
            if not typed:
                return self.tr("Type your current passphrase."), self.current
            if not hmac.compare_digest(typed, known):
                return (
                    self.tr("That is not the current passphrase of this journal."),
                    self.current,
                )
        if self.mode in (ENCRYPT, CHANGE):
            problem = passphrase_problem(self.new.text())
            if problem:
                return problem, self.new
            if self.repeat.text() != self.new.text():
                return self.tr("The two new passphrases are not the same."), self.repeat
            if self.mode == CHANGE and self.new.text() == self.current.text():
                return (
                    self.tr("The new passphrase is the same as the current one."),
                    self.new,
                )
        return None

    def accept(self) -> None:
        found = self.problem()
        if found is not None:
            text, field = found
            # The hint under the new passphrase already says what is wrong with it.
            self.error.setText(text)
            self.error.setVisible(field is not self.new or text != self.hint.text())
            self.fit()
            field.selectAll()
            field.setFocus()
            return
        super().accept()

    def old_passphrase(self) -> str | None:
        return self._current if self.mode in (CHANGE, REMOVE) else None

    def new_passphrase(self) -> str | None:
        return self.new.text() if self.mode in (ENCRYPT, CHANGE) else None

    def forget(self) -> None:
        for field in (self.current, self.new, self.repeat):
            field.clear()


class ProgressDialog(QDialog):
    """Modal while the journal is rewritten; it cannot be closed until that is done."""

    def __init__(self, text: str, parent: QWidget | None = None, mode: str = CHANGE):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Advisor Journal"))
        self.setModal(True)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.setMinimumWidth(420)
        icon = QLabel()
        icon.setPixmap(lock_pixmap(40, self.palette(), self.devicePixelRatioF()))
        label = QLabel(text)
        label.setWordWrap(True)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        # A kill leaves each file as it was or as it is meant to be: never neither.
        self.detail = QLabel(
            {
                ENCRYPT: self.tr(
                    "This can take a moment for a large journal. If the computer stops "
                    "meanwhile, nothing is lost: the journal then opens either without a "
                    "passphrase, as before, or with the new one."
                ),
                CHANGE: self.tr(
                    "This can take a moment for a large journal. If the computer stops "
                    "meanwhile, nothing is lost: the journal then opens with either the old "
                    "passphrase or the new one."
                ),
                REMOVE: self.tr(
                    "This can take a moment for a large journal. If the computer stops "
                    "meanwhile, nothing is lost: the journal then opens either with your "
                    "passphrase, as before, or without one."
                ),
            }[mode]
        )
        detail = self.detail
        detail.setWordWrap(True)
        bar = QProgressBar()
        bar.setRange(0, 0)
        bar.setTextVisible(False)
        column = QVBoxLayout()
        column.addWidget(label)
        column.addWidget(detail)
        column.addSpacing(6)
        column.addWidget(bar)
        row = QHBoxLayout(self)
        row.setContentsMargins(20, 20, 20, 20)
        row.setSpacing(16)
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(column, 1)
        self._finished = False

    def finish(self) -> None:
        self._finished = True
        self.accept()

    def reject(self) -> None:
        if self._finished:
            super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() != Qt.Key.Key_Escape:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self._finished:
            event.ignore()


@dataclass
class Outcome:
    error: JournalError | None  # why the rewrite failed (None: it worked)
    opened_with: str | None  # the passphrase the journal is open with now
    opened: bool  # False: it could not be opened again at all
    left_as_they_were: list[Path] = dataclasses.field(default_factory=list)  # not rewritten


def rewrite_journal(
    journal: Journal,
    old: str | None,
    new: str | None,
    text: str,
    parent: QWidget | None = None,
    lock: IdleLock | None = None,
    rewrite: Callable[..., list[Path] | None] | None = None,
) -> Outcome:
    """Close the journal (through the window's idle lock, when given: it pauses what
    reads the journal), rewrite it (and its backups) from ``old`` to ``new`` on a
    worker thread behind a modal progress dialog, and open it again: with ``new`` when
    that worked, else with whichever passphrase opens it now. The files the rewrite
    could not change (``encryption.rewrite``'s answer) are in the outcome."""
    # A backup or check still running reads the file: let it finish first.
    QThreadPool.globalInstance().waitForDone(120_000)
    if lock is not None:
        lock.close_journal()
    else:
        journal.store.close()
    failure: list[BaseException] = []
    left: list[Path] = []
    progress = ProgressDialog(text, parent, mode_of(old, new))
    runner = Background(progress)
    path = journal.path
    work = rewrite or encryption.rewrite
    runner.run(
        lambda: work(path, old, new),
        lambda result: (left.extend(result or []), progress.finish()),
        lambda error: (failure.append(error), progress.finish()),
    )
    progress.exec()
    progress.deleteLater()
    error = _as_journal_error(failure[0], path) if failure else None

    tried: list[str | None] = [new, old] if error is None else [old, new]
    opened_with: str | None = None
    opened = False
    last: JournalError | None = None
    for passphrase in tried:
        try:
            if lock is not None:
                lock.open_journal(passphrase)
            else:
                journal.store.reopen(passphrase)
        except JournalError as problem:
            last = problem
            continue
        opened, opened_with = True, passphrase
        break
    if not opened and error is None:
        error = last
    return Outcome(error, opened_with, opened, left)


def _as_journal_error(error: BaseException, path) -> JournalError:
    if isinstance(error, JournalError):
        return error
    if isinstance(error, (OSError, *database_errors())):
        return JournalNotWritable(path, str(error))
    traceback.print_exception(error)  # a bug: worded plainly, the details for a report
    return JournalNotWritable(path, repr(error))


class PrivacyPage(QWidget):
    """The Privacy page of Settings. ``lock``, the window's idle lock, closes the journal
    for a rewrite and follows the lock time."""

    changed = Signal(object)  # Changes: the journal was rewritten and opened again

    def __init__(self, journal: Journal, settings: Settings, lock: IdleLock | None = None):
        super().__init__()
        self.journal = journal
        self.settings = settings
        self.lock = lock
        self.setStyleSheet(STYLE)

        box = QGroupBox(self.tr("Encryption"))
        self.icon = QLabel()
        self.state = QLabel()
        self.state.setObjectName("privacyState")
        self.state.setWordWrap(True)
        self.explanation = QLabel()
        self.explanation.setObjectName("privacyHint")
        self.explanation.setWordWrap(True)
        self.encrypt_button = QPushButton(self.tr("&Encrypt with a Passphrase…"))
        self.encrypt_button.clicked.connect(lambda: self.run(ENCRYPT))
        self.change_button = QPushButton(self.tr("C&hange Passphrase…"))
        self.change_button.clicked.connect(lambda: self.run(CHANGE))
        self.remove_button = QPushButton(self.tr("&Remove Encryption…"))
        self.remove_button.clicked.connect(lambda: self.run(REMOVE))
        buttons = QHBoxLayout()
        buttons.addWidget(self.encrypt_button)
        buttons.addWidget(self.change_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        text = QVBoxLayout()
        text.addWidget(self.state)
        text.addWidget(self.explanation)
        text.addSpacing(4)
        text.addLayout(buttons)
        top = QHBoxLayout(box)
        top.setSpacing(14)
        top.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(text, 1)

        self.lock_box = QGroupBox(self.tr("Locking"))
        self.lock_minutes = QComboBox()
        for minutes in LOCK_MINUTES:
            self.lock_minutes.addItem(
                self.tr("Never")
                if minutes == 0
                else self.tr("After {minutes} minutes").format(minutes=minutes),
                minutes,
            )
        self.lock_minutes.setCurrentIndex(max(0, self.lock_minutes.findData(settings.lock_minutes)))
        lock_hint = QLabel(
            self.tr(
                "Locking closes the journal until you type the passphrase again; what you "
                "were writing is kept as a draft. Reminders for ended meetings wait until "
                "you unlock. Lock at once with File → Lock Now ({keys})."
            ).format(keys=keys("Ctrl+Shift+L"))
        )
        lock_hint.setObjectName("privacyHint")
        lock_hint.setWordWrap(True)
        lock_form = QFormLayout(self.lock_box)
        lock_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        lock_form.addRow(self.tr("&Lock when not used:"), self.lock_minutes)
        lock_form.addRow(lock_hint)

        self.done_banner = QLabel()
        self.done_banner.setObjectName("doneBanner")
        self.done_banner.setWordWrap(True)
        self.done_banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.done_banner.hide()
        self.error_banner = error_banner()
        self.left_banner = note_banner(object_name="leftBanner")  # files not rewritten
        self.left_banner.setTextFormat(Qt.TextFormat.PlainText)

        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(self.lock_box)
        layout.addWidget(self.done_banner)
        layout.addWidget(self.error_banner)
        layout.addWidget(self.left_banner)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        encrypted = self.journal.encrypted
        available = encryption_available()
        writable = not self.journal.read_only
        if encrypted:
            self.state.setText(self.tr("Your journal is encrypted with a passphrase."))
            self.explanation.setText(
                self.tr(
                    "The journal, its drafts and its backups are stored encrypted. Advisor "
                    "Journal asks for the passphrase each time it starts."
                )
            )
        else:
            self.state.setText(self.tr("Your journal is not encrypted."))
            self.explanation.setText(
                self.tr(
                    "Anyone who can read your files, such as someone with your laptop's "
                    "disk, can read your notes. With a passphrase the journal, its drafts "
                    "and its backups are stored encrypted."
                )
            )
        if not available:
            self.explanation.setText(
                self.explanation.text()
                + " "
                + self.tr(
                    "Encryption needs SQLCipher (the Python package sqlcipher3), which is "
                    "not installed with this copy of Advisor Journal."
                )
            )
        elif not writable:
            self.explanation.setText(
                self.explanation.text()
                + " "
                + self.tr("The journal is read-only here, so this cannot be changed now.")
            )
        self.icon.setPixmap(
            lock_pixmap(40, self.palette(), self.devicePixelRatioF(), opened=not encrypted)
        )
        self.encrypt_button.setVisible(not encrypted)
        self.change_button.setVisible(encrypted)
        self.remove_button.setVisible(encrypted)
        for button in (self.encrypt_button, self.change_button, self.remove_button):
            button.setEnabled(available and writable)
        self.lock_box.setVisible(encrypted)

    def chosen_lock_minutes(self) -> int:
        return int(self.lock_minutes.currentData())

    def save(self) -> None:
        """With the dialog's OK: the lock time (a number only)."""
        self.settings.lock_minutes = self.chosen_lock_minutes()
        if self.lock is not None:
            self.lock.update()

    def run(self, mode: str) -> Outcome | None:
        """Ask what the change needs, then rewrite the journal; None when cancelled."""
        self.done_banner.hide()
        self.error_banner.hide()
        self.left_banner.hide()
        dialog = PassphraseDialog(mode, self.journal.store.passphrase, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            dialog.forget()
            return None
        old, new = dialog.old_passphrase(), dialog.new_passphrase()
        dialog.forget()
        dialog.deleteLater()
        text = {
            ENCRYPT: self.tr("Encrypting your journal and its backups…"),
            CHANGE: self.tr("Changing the passphrase of your journal and its backups…"),
            REMOVE: self.tr("Removing the encryption from your journal and its backups…"),
        }[mode]
        outcome = rewrite_journal(self.journal, old, new, text, self, self.lock)
        if outcome.opened:
            self.changed.emit(EVERYTHING)
        self._report(mode, outcome, new)
        self.refresh()
        if self.lock is not None:
            self.lock.update()
        return outcome

    def _report(self, mode: str, outcome: Outcome, new: str | None) -> None:
        self._report_left(mode, outcome.left_as_they_were)
        if outcome.error is None:
            count = len(self.journal.backups())
            self._show(
                {
                    ENCRYPT: self.tr(
                        "Your journal and its backups ({count}) are now encrypted. Under "
                        "Locking, choose whether it locks by itself when you are away."
                    ),
                    CHANGE: self.tr("The passphrase is changed, also for the backups ({count})."),
                    REMOVE: self.tr(
                        "Your journal and its backups ({count}) are no longer encrypted."
                    ),
                }[mode].format(count=count),
                "doneBanner",
            )
            return
        reason = messages.describe(outcome.error)
        if not outcome.opened:
            text = self.tr("The journal could not be opened again: {reason}").format(reason=reason)
        elif self.journal.store.passphrase == new:  # the journal changed, a backup not
            text = {
                ENCRYPT: self.tr(
                    "Your journal is now encrypted, but not every backup could be "
                    "rewritten: {reason} Those backups are still stored without encryption."
                ),
                CHANGE: self.tr(
                    "The journal now has the new passphrase, but not every backup could be "
                    "rewritten: {reason} Those backups still open with the old passphrase."
                ),
                REMOVE: self.tr(
                    "Your journal is no longer encrypted, but not every backup could be "
                    "rewritten: {reason} Those backups still need the passphrase."
                ),
            }[mode].format(reason=reason)
        else:
            text = self.tr("Nothing was changed: {reason}").format(reason=reason)
        self._show(text, "errorBanner")

    def _report_left(self, mode: str, left: list[Path]) -> None:
        """Name the files the rewrite could not change, and what that means."""
        if not left:
            self.left_banner.hide()
            return
        folder = self.journal.path.parent
        names = []
        for path in left:
            try:
                names.append(str(path.relative_to(folder)))
            except ValueError:
                names.append(str(path))
        head = {
            ENCRYPT: self.tr(
                "These files could not be encrypted, so they are still stored without encryption:"
            ),
            CHANGE: self.tr(
                "These files could not be given the new passphrase; they still open the way "
                "they did before (with an older passphrase, or with none):"
            ),
            REMOVE: self.tr(
                "These files could not be decrypted and still need the passphrase they were "
                "encrypted with:"
            ),
        }[mode]
        tail = (
            self.tr(
                "They may hold notes from your journal (a damaged backup, or a journal "
                "moved aside earlier). Delete them if you do not need them."
            )
            if mode != REMOVE
            else self.tr("Delete them if you do not need them.")
        )
        listed = "\n".join(f"• {name}" for name in names)
        self.left_banner.setText(
            f"{head}\n{listed}\n"
            + self.tr("In the folder {folder}.").format(folder=folder)
            + "\n"
            + tail
        )
        self.left_banner.show()

    def _show(self, text: str, kind: str) -> None:
        banner = self.done_banner if kind == "doneBanner" else self.error_banner
        banner.setText(text)
        banner.show()
