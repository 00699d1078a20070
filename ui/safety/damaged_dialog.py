"""The dialog for a journal that cannot be read (found at start-up, or by the check in
the background): what was found in plain words, where the file is, and the way out —
restore the newest good backup, start with an empty journal, show the folder, quit.

It never changes a file itself: the choices call back into the flow that owns the
journal (``restore``, ``start_empty``), which moves the damaged file aside first and
returns where it went. The dialog then says so on its second page. A choice that fails
is said inline and the choices stay.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QCommandLinkButton,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journal.errors import JournalError
from journal.safety.backups import Backup
from ui.common import messages
from ui.common.labels import error_banner, fit_height, make_smaller, tr, wrapped
from ui.common.labels import headline as headline_label
from ui.common.period_text import day_and_time

STYLE = """
QLabel#damagedHeadline { font-weight: 600; }
QLabel#damagedPath { color: palette(placeholder-text); }
QLabel#damagedKept { background: palette(alternate-base); border: 1px solid palette(mid);
                     border-radius: 6px; padding: 8px; }
"""

ICON_SIZE = 56
WIDTH = 600

# What a problem is called in the core (NotAJournal.problem, Health.kind) → its words;
# "unopened": an encrypted journal (or what looks like one) that no passphrase opened.
KINDS = (
    "damaged", "truncated", "zeroed", "emptied", "text_file", "not_sqlite", "foreign",
    "too_new", "unopened",
)  # fmt: skip
DAMAGED_KINDS = ("damaged", "truncated", "zeroed", "emptied")  # the journal's own file, harmed
# What a check may find in a journal SQLite reads: no reason to replace it, nor for this
# dialog (a newer version's journal, changes a read-only folder keeps unread, a search
# index that is built again, a journal another program holds for a moment).
QUIET_KINDS = ("wal_unread", "search_index", "busy", "locked")  # no dialog for these
READABLE_KINDS = ("too_new", *QUIET_KINDS)


@dataclass(frozen=True)
class GoodBackup:
    """The newest backup that passed its check, how many meetings it holds, and the
    passphrase that opened it (None: a plain backup)."""

    backup: Backup
    meetings: int | None
    passphrase: str | None = field(default=None, repr=False)


@dataclass(frozen=True)
class Finding:
    """What is wrong with the journal at ``path``: ``kind`` (one of ``KINDS``, anything
    else is worded as "damaged"), the technical ``detail``, the backup to offer."""

    path: Path
    kind: str
    detail: str
    good: GoodBackup | None = None

    @property
    def replaceable(self) -> bool:
        """A journal SQLite reads (a newer version's) is never replaced, only waited for:
        neither a backup nor an empty journal is offered in its place."""
        return self.kind not in READABLE_KINDS


def headline(kind: str) -> str:
    words = {
        "damaged": tr("Your journal is damaged"),
        "truncated": tr("Your journal file is incomplete"),
        "zeroed": tr("The start of your journal file was wiped"),
        "emptied": tr("Your journal file is empty"),
        "text_file": tr("A text file is where your journal should be"),
        "not_sqlite": tr("The journal file is not a journal"),
        "foreign": tr("Another program's file is where your journal should be"),
        "too_new": tr("Your journal was written by a newer version"),
        "unopened": tr("Your encrypted journal cannot be opened"),
    }
    return words.get(kind, words["damaged"])


def explanation(kind: str) -> str:
    words = {
        "damaged": tr(
            "Part of the journal file cannot be read. This can happen when the computer "
            "lost power, the disk was full, or a disk or sync program failed."
        ),
        "truncated": tr(
            "The end of the journal file is missing, as if a copy or a sync stopped halfway."
        ),
        "zeroed": tr(
            "The first bytes of the file, which say what it is, have been overwritten with "
            "zeros. This can happen after a crash or a disk problem."
        ),
        "emptied": tr(
            "The journal file has no bytes left, while its backups (or the changes "
            "waiting beside it) show it held your journal. This can happen when a disk "
            "filled up, or a sync program failed."
        ),
        "text_file": tr(
            "The journal file holds plain text instead of your journal. Perhaps another "
            "program saved over it."
        ),
        "not_sqlite": tr(
            "The journal file holds something other than your journal. Perhaps another "
            "program saved over it."
        ),
        "foreign": tr(
            "The journal file is a database of another program, not your journal. "
            "Perhaps a file was copied to the wrong place."
        ),
        "too_new": tr(
            "A newer version of Advisor Journal has used this journal, and this version "
            "cannot read it safely. Install the newer version again to open it."
        ),
        "unopened": tr(
            "An encrypted journal opens only with its passphrase, and not at all when its "
            "file is damaged. Whatever you choose, the journal file is kept, so it can "
            "still be opened if the passphrase turns up."
        ),
    }
    return words.get(kind, words["damaged"])


def backup_words(good: GoodBackup) -> str:
    """Made on Fri 20 Nov 2026 16:15, with 1,234 meetings."""
    when = day_and_time(good.backup.made)
    if good.meetings is None:
        return tr("Made on {date}.").format(date=when)
    if good.meetings == 1:
        return tr("Made on {date}, with 1 meeting.").format(date=when)
    return tr("Made on {date}, with {count} meetings.").format(
        date=when, count=QLocale().toString(good.meetings)
    )


def reveal(path: Path) -> None:
    """Open the folder that holds ``path`` in the file manager."""
    folder = path if path.is_dir() else path.parent
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class DamagedDialog(QDialog):
    """Ask what to do with a journal that cannot be read.

    ``restore`` and ``start_empty`` do the work and return where the damaged file went
    (raising ``JournalError`` or ``OSError`` when they could not); None leaves that
    choice out. ``running``: found while the app runs, so the way out is "Keep Working"
    rather than "Quit". After ``exec()``, ``outcome`` is "restored", "emptied" or ""
    (nothing was changed)."""

    def __init__(
        self,
        finding: Finding,
        parent: QWidget | None = None,
        *,
        restore: Callable[[], Path] | None = None,
        start_empty: Callable[[], Path] | None = None,
        running: bool = False,
    ):
        super().__init__(parent)
        self.finding = finding
        self.outcome = ""
        self.kept_at: Path | None = None
        self._restore = restore if finding.good and finding.replaceable else None
        self._start_empty = start_empty if finding.replaceable else None
        self.setWindowTitle(self.tr("Advisor Journal"))
        self.setStyleSheet(STYLE)
        self.setMinimumWidth(WIDTH)
        self.choices = self._choices_page(running)
        self.done_page: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(22, 22, 22, 16)
        self._layout.addWidget(self.choices)
        self._fit()

    # -- the first page: what was found, and the choices ---------------------------------

    def _choices_page(self, running: bool) -> QWidget:
        finding = self.finding
        self.headline = headline_label(headline(finding.kind), "damagedHeadline")
        self.explanation = wrapped(explanation(finding.kind))
        where = wrapped(self.tr("The file: {path}").format(path=finding.path))
        where.setObjectName("damagedPath")
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        make_smaller(where)
        self.advice = wrapped(self._advice(running))

        self.restore_button = None
        self.empty_button = None
        links = QVBoxLayout()
        links.setSpacing(4)
        if self._restore is not None and finding.good is not None:
            self.restore_button = QCommandLinkButton(
                self.tr("Restore the newest good backup"),
                backup_words(finding.good) + " " + self.tr("What you wrote after it is not in it."),
            )
            self.restore_button.clicked.connect(lambda: self._act("restored", self._restore))
            links.addWidget(self.restore_button)
        if self._start_empty is not None:
            self.empty_button = QCommandLinkButton(
                self.tr("Start with an empty journal"),
                self.tr("The damaged file is moved aside and kept; nothing is deleted.")
                if finding.kind in DAMAGED_KINDS
                else self.tr("The file is moved aside and kept; nothing is deleted."),
            )
            self.empty_button.clicked.connect(lambda: self._act("emptied", self._start_empty))
            links.addWidget(self.empty_button)

        self.failed = error_banner(object_name="damagedFailed")

        self.details_button = QToolButton()
        self.details_button.setText(self.tr("Details"))
        self.details_button.setCheckable(True)
        self.details_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_button.setArrowType(Qt.ArrowType.RightArrow)
        self.details_button.setAutoRaise(True)
        self.details_button.toggled.connect(self._show_details)
        self.details = QPlainTextEdit(self._details_text())
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(110)
        self.details.hide()

        self.folder_button = QPushButton(self.tr("Show the &Folder"))
        self.folder_button.clicked.connect(lambda: reveal(finding.path))
        self.leave_button = QPushButton(self.tr("&Keep Working") if running else self.tr("&Quit"))
        self.leave_button.clicked.connect(self.reject)
        if self.restore_button is None and self.empty_button is None:
            self.leave_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.details_button)
        buttons.addStretch(1)
        buttons.addWidget(self.folder_button)
        buttons.addWidget(self.leave_button)

        column = QVBoxLayout()
        column.setSpacing(6)
        column.addWidget(self.headline)
        column.addWidget(where)
        column.addSpacing(8)
        column.addWidget(self.explanation)
        column.addWidget(self.advice)
        if links.count():
            column.addSpacing(6)
            column.addLayout(links)
        column.addWidget(self.failed)
        column.addStretch(1)
        icon = _icon(self, QStyle.StandardPixmap.SP_MessageBoxInformation
                     if finding.kind == "too_new" else QStyle.StandardPixmap.SP_MessageBoxWarning)  # fmt: skip
        top = QHBoxLayout()
        top.setSpacing(18)
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(column, 1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addSpacing(10)
        layout.addLayout(buttons)
        layout.addWidget(self.details)
        return page

    def _advice(self, running: bool) -> str:
        finding = self.finding
        if not finding.replaceable:
            return self.tr(
                "This version leaves the file exactly as it is, so nothing is lost. "
                "Quit, and open the journal with the newer version."
            )
        if running:
            first = self.tr(
                "Advisor Journal found this while checking your journal in the background. "
                "Nothing has been changed or deleted."
            )
        else:
            first = self.tr("Nothing has been changed or deleted.")
        if finding.good is not None:
            kept = (
                self.tr(
                    "The damaged file is moved aside and kept in the journal's folder, in "
                    "case you or someone helping you wants to look at it."
                )
                if finding.kind in DAMAGED_KINDS
                else self.tr(
                    "The file that is there now is moved aside and kept in the journal's "
                    "folder, in case you or someone helping you wants to look at it."
                )
            )
            return first + " " + self.tr("You can go back to your newest good backup.") + " " + kept
        if running:
            return (
                first
                + " "
                + self.tr(
                    "No good backup was found. Keep working with care, and show the file to "
                    "someone who can help before you write much more."
                )
            )
        return (
            first
            + " "
            + self.tr(
                "No good backup was found. You can start with an empty journal; the file "
                "stays in its folder, so someone who can help can still look at it."
            )
        )

    def _details_text(self) -> str:
        finding = self.finding
        lines = [finding.detail, str(finding.path)]
        if finding.good is not None:
            lines.append(str(finding.good.backup.path))
        return "\n".join(lines)

    def _show_details(self, shown: bool) -> None:
        self.details_button.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )
        self.details.setVisible(shown)
        self._fit()

    def _act(self, outcome: str, work: Callable[[], Path]) -> None:
        self.failed.hide()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            kept = work()
        except JournalError as error:
            self._failed(messages.describe(error))
            return
        except OSError as error:
            self._failed(
                self.tr("That did not work: {reason}. Nothing was changed.").format(
                    reason=error.strerror or str(error)
                )
            )
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.outcome = outcome
        self.kept_at = kept
        self.choices.hide()
        self.done_page = self._done_page(outcome, kept)
        self._layout.addWidget(self.done_page)
        self.continue_button.setFocus()
        self._fit()
        QTimer.singleShot(0, self, self._fit)  # once the new page is laid out

    def _failed(self, text: str) -> None:
        self.failed.setText(text)
        self.failed.show()
        self._fit()

    def _fit(self) -> None:
        fit_height(self, max(self.width(), WIDTH) if self.isVisible() else WIDTH)

    # -- the second page: what was done, and where the old file went ---------------------

    def _done_page(self, outcome: str, kept: Path) -> QWidget:
        good = self.finding.good
        if outcome == "restored" and good is not None:
            title = self.tr("Your journal was restored")
            text = self.tr("It now holds the newest good backup.") + " " + backup_words(good)
        else:
            title = self.tr("You start with an empty journal")
            text = self.tr(
                "Your meetings can come back later: restore a backup with File → Restore "
                "from Backup…"
            )
        self.done_headline = headline_label(title, "damagedHeadline")
        body = wrapped(text)
        self.kept = wrapped(
            self.tr("The old file was kept as {name}, in the same folder.").format(name=kept.name)
        )
        self.kept.setObjectName("damagedKept")
        self.kept.setToolTip(str(kept))
        self.kept.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column = QVBoxLayout()
        column.setSpacing(8)
        column.addWidget(self.done_headline)
        column.addWidget(body)
        column.addWidget(self.kept)
        column.addStretch(1)
        top = QHBoxLayout()
        top.setSpacing(18)
        top.addWidget(_icon(self, QStyle.StandardPixmap.SP_DialogApplyButton), 0,
                      Qt.AlignmentFlag.AlignTop)  # fmt: skip
        top.addLayout(column, 1)
        folder = QPushButton(self.tr("Show the &Folder"))
        folder.clicked.connect(lambda: reveal(kept))
        self.continue_button = QPushButton(self.tr("&Continue"))
        self.continue_button.setDefault(True)
        self.continue_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(folder)
        buttons.addWidget(self.continue_button)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addSpacing(10)
        layout.addLayout(buttons)
        return page

    def reject(self) -> None:
        if self.outcome:  # done already: closing the window is "Continue"
            self.accept()
            return
        super().reject()


def _icon(widget: QWidget, which: QStyle.StandardPixmap) -> QLabel:
    label = QLabel()
    label.setPixmap(widget.style().standardIcon(which).pixmap(ICON_SIZE, ICON_SIZE))
    label.setAlignment(Qt.AlignmentFlag.AlignTop)
    return label
