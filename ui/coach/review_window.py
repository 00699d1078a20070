"""The coach's review: one or more exported summaries side by side (several advisors,
or two periods of one), each with its growth view, a table comparing them, and feedback
the coach saves as a small file for the advisor.

Read-only: each summary is read into memory; no journal file is opened, the coach's
own included. A file that cannot be trusted is refused whole, with the reason. Summaries
are read off the window's thread, one after another, with their progress in the status
bar: a 100,000-meeting summary does not freeze the window.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal.coach.feedback import Feedback, PeriodFeedback, read_feedback, to_json
from journal.coach.review_reading import STEPS, ReadSummary, feedback_path, read_summary
from journal.errors import FeedbackUnreadable, InvalidInput, JournalError
from journal.reflect.bank import QuestionBank
from journal.reflect.validation import MAX_NAME, MAX_TEXT
from ui.coach.export_writer import write_file
from ui.coach.review_pane import ReviewPane
from ui.common import messages
from ui.common.background import Background
from ui.common.empty_state import empty_page
from ui.common.settings import Settings

__all__ = ["ReviewWindow", "feedback_path"]


class _Steps(QObject):
    """Lives on the ui thread; the worker reading a summary says each step through it."""

    step = Signal(str)


class ReviewWindow(QMainWindow):
    closed = Signal()
    files_read = Signal(int)  # after open_files: how many of the files were opened

    def __init__(self, bank: QuestionBank, language: str, settings: Settings, clock=None):
        super().__init__()
        self.bank, self.language, self.settings = bank, language, settings
        self.clock = clock or (lambda: datetime.now().astimezone())
        self.panes: list[ReviewPane] = []
        self.unsaved = False
        self.setWindowTitle(self.tr("Coach Review – Advisor Journal"))
        self.resize(1400, 900)

        self.open_action = QAction(self.tr("&Open Summary…"), self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.choose_files)
        self.save_action = QAction(self.tr("&Save Feedback…"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(lambda: self.save_feedback())
        close_action = QAction(self.tr("&Close Review"), self)
        close_action.setShortcut(QKeySequence.StandardKey.Close)
        close_action.triggered.connect(self.close)
        menu = self.menuBar().addMenu(self.tr("&Review"))
        for action in (self.open_action, self.save_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(close_action)
        toolbar = self.addToolBar(self.tr("Review"))
        toolbar.setObjectName("reviewToolbar")
        toolbar.setMovable(False)
        toolbar.addAction(self.open_action)
        toolbar.addAction(self.save_action)
        toolbar.addSeparator()
        coach_label = QLabel(self.tr("Your &name: "))
        self.coach = QLineEdit(settings.coach_name)
        self.coach.setMaxLength(MAX_NAME)
        self.coach.setMaximumWidth(240)
        self.coach.setPlaceholderText(self.tr("signs your feedback"))
        coach_label.setBuddy(self.coach)
        self.coach.editingFinished.connect(self._remember_coach)
        toolbar.addWidget(coach_label)
        toolbar.addWidget(self.coach)

        self.compare = QTableWidget()
        self.compare.setObjectName("reviewCompare")
        self.compare.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.compare.setMaximumHeight(210)
        self.compare.verticalHeader().setVisible(False)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.compare, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.splitter, 1)

        open_button = QPushButton(self.tr("Open Summary…"))
        open_button.clicked.connect(self.choose_files)
        self.empty = empty_page(
            self.tr("Review your advisors' summaries"),
            self.tr(
                "Open one or more summaries (.json) your advisors exported for you. Open two "
                "to compare them side by side: two advisors, or two periods of one. Nothing "
                "is added to a journal, yours included."
            ),
            [open_button],
        )
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(content)
        self.setCentralWidget(self.pages)
        self.progress = QProgressBar()
        self.progress.setRange(0, len(STEPS))
        self.progress.setMaximumWidth(200)
        self.progress.setVisible(False)
        self.statusBar().addPermanentWidget(self.progress)
        self.reader = Background(self)
        self.steps = _Steps(self)
        self.steps.step.connect(self._show_step)
        self._waiting: list[Path] = []  # to be read, one after another
        self._reading: Path | None = None
        self._opened = 0  # in this round of open_files
        self._update()

    # -- opening ----------------------------------------------------------------------

    def choose_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Open Summary"),
            self.settings.last_review_folder or str(Path.home()),
            self.tr("Advisor Journal summary (*.json);;All files (*)"),
        )
        if paths:
            self.settings.last_review_folder = str(Path(paths[0]).parent)
            self.open_files([Path(p) for p in paths])

    def open_files(self, paths: list[Path]) -> None:
        """Read each summary off the window's thread, one after another, and open the
        readable ones; each refused one gets its own message. ``files_read`` says how
        many were opened once all are read."""
        for path in paths:
            if path not in self._waiting and path != self._reading and not self._is_open(path):
                self._waiting.append(path)
        if self._reading is None:
            self._read_next()

    @property
    def busy(self) -> bool:
        return self._reading is not None

    def _is_open(self, path: Path) -> bool:
        return any(_same_file(p.path, path) for p in self.panes)

    def _read_next(self) -> None:
        if not self._waiting:
            self._reading = None
            self.progress.setVisible(False)
            self.statusBar().clearMessage()
            opened, self._opened = self._opened, 0
            self.files_read.emit(opened)
            return
        path = self._reading = self._waiting.pop(0)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        steps, bank = self.steps, self.bank
        self.reader.run(
            lambda: read_summary(path, bank, steps.step.emit),
            self._read,
            lambda error: self._refused(error, path),
        )

    def _show_step(self, name: str) -> None:
        if self._reading is None:
            return
        words = {
            "reading": self.tr("Reading {file}…"),
            "loading": self.tr("Loading the meetings of {file}…"),
            "reporting": self.tr("Working out the growth in {file}…"),
            "feedback": self.tr("Looking for feedback on {file}…"),
        }
        self.progress.setValue(STEPS.index(name) if name in STEPS else 0)
        self.statusBar().showMessage(words.get(name, "{file}").format(file=self._reading.name))

    def _read(self, summary: ReadSummary) -> None:
        if self._is_open(summary.path):  # the same file, opened twice meanwhile
            summary.journal.close()
        else:
            self._add(ReviewPane(summary, self.bank, self.language), summary)
            self._opened += 1
            self._update()
            if summary.own_feedback_error is not None:
                messages.show_error(self, summary.own_feedback_error)
        self._read_next()

    def _refused(self, error: Exception, path: Path) -> None:
        if not isinstance(error, JournalError):  # a bug: the app's handler tells the person
            self._read_next()
            raise error
        messages.show_error(self, error)
        self._read_next()

    def _add(self, pane: ReviewPane, summary: ReadSummary) -> None:
        span = (pane.report.first, pane.report.last)
        saved = (p for f in summary.feedback for p in f.periods if (p.first, p.last) == span)
        earlier = next(saved, None)
        if earlier is not None:
            pane.feedback.load(earlier)
        for saved_feedback in summary.feedback:  # read with the summary, off this thread
            pane.feedback.load_ratings(saved_feedback.ratings)
        pane.close_requested.connect(self.close_pane)
        pane.changed.connect(self._changed)
        self.panes.append(pane)
        self.splitter.addWidget(pane)

    def close_pane(self, pane: ReviewPane) -> None:
        typed = _has_feedback(pane)
        if typed and self.unsaved and not messages.confirm_discard_feedback(self):
            return
        self.panes.remove(pane)
        pane.setParent(None)
        pane.close_journal()
        pane.deleteLater()
        self.unsaved = self.unsaved and any(_has_feedback(p) for p in self.panes)
        self._update()

    def _changed(self) -> None:
        self.unsaved = True
        self._update_title()

    def _update(self) -> None:
        self.pages.setCurrentIndex(1 if self.panes else 0)
        self.save_action.setEnabled(bool(self.panes))
        self._fill_compare()
        self._update_title()

    def _update_title(self) -> None:
        base = self.tr("Coach Review – Advisor Journal")
        self.setWindowTitle(("* " if self.unsaved else "") + base)

    # -- the comparison ---------------------------------------------------------------

    def _fill_compare(self) -> None:
        """Whole-period figures of every open summary, side by side; with two, the
        change from the first to the second."""
        self.compare.setVisible(len(self.panes) >= 2)
        if len(self.panes) < 2:
            return
        two = len(self.panes) == 2
        traits: list[str] = []
        for pane in self.panes:
            traits += [t for t in pane.report.traits if t not in traits]
        headers = (
            [self.tr("Over the whole period")]
            + [f"{p.advisor}\n{p.period_text()}" for p in self.panes]
            + ([self.tr("Change")] if two else [])
        )
        rows: list[tuple[str, list[float | None], int]] = [
            (self.tr("Meetings"), [p.report.meetings for p in self.panes], 0),
            (self.tr("Reflected on"), [p.report.reflected for p in self.panes], 0),
        ]
        for trait in traits:
            label = self.panes[0].feedback.names.get(trait, trait)
            values = []
            for pane in self.panes:
                mean = pane.report.columns[-1].traits.get(trait)
                values.append(mean.value if mean else None)
            rows.append((label, values, 0))
        rows.append(
            (self.tr("Trust"), [p.report.columns[-1].trust.get("composite") for p in self.panes], 0)
        )
        self.compare.clear()
        self.compare.setColumnCount(len(headers))
        self.compare.setRowCount(len(rows))
        self.compare.setHorizontalHeaderLabels(headers)
        for row, (label, values, decimals) in enumerate(rows):
            self.compare.setItem(row, 0, QTableWidgetItem(label))
            for column, value in enumerate(values, start=1):
                self.compare.setItem(row, column, _number_item(value, decimals))
            if two and None not in values:
                change = _as_shown(values[1], decimals) - _as_shown(values[0], decimals)
                self.compare.setItem(row, len(headers) - 1, _number_item(change, decimals, True))
        self.compare.resizeColumnsToContents()
        self.compare.resizeRowsToContents()
        width = sum(self.compare.columnWidth(c) for c in range(len(headers)))
        frame = 2 * self.compare.frameWidth() + self.compare.verticalScrollBar().sizeHint().width()
        self.compare.setFixedWidth(min(width + frame, 1200))

    # -- feedback ---------------------------------------------------------------------

    def _remember_coach(self) -> None:
        self.settings.coach_name = self.coach.text()

    def save_feedback(self, target: Path | None = None) -> list[Path]:
        """Save the feedback, one file per advisor; ``target`` names the file when there
        is one advisor (tests, or a second save). Returns the files written."""
        by_advisor: dict[str, list[ReviewPane]] = {}
        for pane in self.panes:
            by_advisor.setdefault(pane.advisor, []).append(pane)
        written: list[Path] = []
        for advisor, panes in by_advisor.items():
            periods = [p.feedback.feedback() for p in panes]
            ratings = tuple(r for p in panes for r in p.feedback.ratings())
            if all(period.is_empty for period in periods) and not ratings:
                continue
            path = target if target and len(by_advisor) == 1 else self._ask_where(advisor, panes[0])
            if path is None:
                continue
            shown_ids = {m.id for p in panes for m in p.feedback.meetings}
            ratings = _merged_ratings(ratings, path, advisor, shown_ids)
            rated_spans = {(p.feedback.first, p.feedback.last) for p in panes if p.feedback.rated}
            periods = _merged(periods, path, advisor, rated_spans)
            longest = max(len(t) for p in periods for t in (p.overall, *p.traits.values()))
            if longest > MAX_TEXT:
                too_long = InvalidInput("feedback", "too long", length=longest, limit=MAX_TEXT)
                messages.show_error(self, too_long)
                return written  # what was typed stays in the window
            feedback = Feedback(advisor, self.coach.text().strip(), self.clock(), periods, ratings)
            try:
                write_file(path, to_json(feedback))
            except JournalError as error:
                messages.show_error(self, error)
                return written  # what was typed stays in the window
            written.append(path)
        if written:
            self.unsaved = False
            self._update_title()
            self.statusBar().showMessage(
                self.tr("Feedback saved: {files}").format(files=", ".join(p.name for p in written)),
                8000,
            )
        elif self.panes:
            self.statusBar().showMessage(self.tr("There is no feedback to save yet."), 8000)
        return written

    def _ask_where(self, advisor: str, pane: ReviewPane) -> Path | None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save Feedback for {advisor}").format(advisor=advisor),
            str(feedback_path(pane.path)),
            self.tr("Advisor Journal feedback (*.json)"),
        )
        return Path(path) if path else None

    # -- closing ----------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        has_text = any(_has_feedback(p) for p in self.panes)
        if self.unsaved and has_text and not messages.confirm_discard_feedback(self):
            event.ignore()
            return
        self._waiting.clear()
        self.reader.stop()  # a summary being read is dropped
        for pane in self.panes:
            pane.close_journal()
        super().closeEvent(event)
        self.closed.emit()


def _has_feedback(pane: ReviewPane) -> bool:
    return not pane.feedback.feedback().is_empty or bool(pane.feedback.rated)


def _earlier(path: Path, advisor: str) -> Feedback | None:
    """The feedback file already at ``path``, when it is on this advisor."""
    if not path.exists():
        return None
    try:
        earlier = read_feedback(path)
    except FeedbackUnreadable:
        return None  # the person chose to replace it in the save dialog
    return earlier if earlier.advisor == advisor else None


def _merged(
    periods: list[PeriodFeedback], path: Path, advisor: str, rated: set | frozenset = frozenset()
) -> tuple:
    """The periods written now, and those of the file already there (same advisor)
    that are not open in this review: saving never drops earlier feedback. A period
    with ratings but no remark is kept (a feedback file has at least one period)."""
    shown = {(p.first, p.last) for p in periods}
    earlier = _earlier(path, advisor)
    kept = [p for p in earlier.periods if (p.first, p.last) not in shown] if earlier else []
    written = [p for p in periods if not p.is_empty or (p.first, p.last) in rated] + kept
    return tuple(sorted(written, key=lambda p: (p.first, p.last)))


def _same_file(one: Path, other: Path) -> bool:
    try:
        return one.resolve() == other.resolve()
    except (OSError, RuntimeError):  # a symlink loop
        return one == other


def _merged_ratings(ratings: tuple, path: Path, advisor: str, shown: set[int]) -> tuple:
    """The ratings given now, and those of the file already there for meetings not
    open in this review (one open here and no longer rated is taken out)."""
    earlier = _earlier(path, advisor)
    kept = [r for r in earlier.ratings if r.meeting_id not in shown] if earlier else []
    return tuple(sorted((*ratings, *kept), key=lambda r: r.meeting_id))


def _as_shown(value: float, decimals: int) -> float:
    """The number as the table shows it: Qt rounds halves away from zero (52.5 → 53),
    where Python's round() goes to the even one (52)."""
    return float(QLocale.c().toString(float(value), "f", decimals))


def _number_item(value: float | None, decimals: int, signed: bool = False) -> QTableWidgetItem:
    if value is None:
        text = "–"
    else:
        text = QLocale().toString(float(value), "f", decimals)
        if signed and value > 0:
            text = "+" + text
    item = QTableWidgetItem(text)
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item
