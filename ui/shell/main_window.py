"""The main window: the frame that owns everything else. Its tabs (Meetings, Growth, To
Reflect), the bar slot above them, the status bar; the menus (``WindowActions``); the
Meetings page, painted first; the features, built late (``Features``). It runs the
meeting operations the menus name (new, open, delete, undo), redraws what a change
touches (``apply_changes``), and closes for good or into the tray. What waits for the
first paint is listed in ``ui.shell.after_paint``."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QPaintEvent,
    QUndoStack,
)
from PySide6.QtWidgets import QDialog, QMainWindow, QPushButton, QTabWidget, QVBoxLayout, QWidget

import journal
from journal.errors import JournalError
from journal.model import Draft
from journal.service import Journal
from ui.common import diagnostics, messages
from ui.common.changes import EVERYTHING, Changes
from ui.common.icons import app_icon
from ui.common.labels import scaled
from ui.common.settings import Settings
from ui.meetings.meetings_page import MeetingsPage
from ui.meetings.undo import MeetingChange
from ui.safety.read_only_banner import ReadOnlyBanner
from ui.shell.after_paint import AfterPaint
from ui.shell.data_folder import open_data_folder
from ui.shell.features import STATUS_COUNT, Features
from ui.shell.tray import Tray
from ui.shell.window_actions import WindowActions

# What a file dropped on the window may be: a client's answers (File → Import Client
# Answers…: a mail, a survey export) or a coach's feedback file with ratings.
PULSE_FILES = {".eml", ".txt", ".csv", ".xlsx", ".xls", ".json"}


class MainWindow(QMainWindow):
    MEETINGS, GROWTH, TO_REFLECT = range(3)  # tab order

    language_changed = Signal(str)
    closed = Signal()  # closed for good (not hidden in the tray, not replaced)

    def __init__(self, journal_: Journal, settings: Settings, language: str):
        super().__init__()
        self.journal = journal_
        self.settings = settings
        self.language = language
        self._painted = False
        self.out_of_sight = False  # hidden on purpose: in the tray, or started at login
        self.minimized_at_login = False  # minimized by the app (no tray), not the person
        self._leaving: str | None = None  # "quit" or "replaced" once closing for good
        self.tray: Tray | None = None  # set by the app where the desktop has a tray
        self.instance_guard = None  # set by the app: its InstanceGuard answers later starts
        self.setWindowTitle(self.tr("Advisor Journal"))
        self.setWindowIcon(app_icon())
        screen = self.screen().availableGeometry()
        self.resize(
            min(scaled(1000), int(screen.width() * 0.9)),
            min(scaled(640), int(screen.height() * 0.9)),
        )

        self.undo_stack = QUndoStack(self)
        self.meetings = MeetingsPage(journal_, language)
        self.meetings.journal_closed = lambda: self.locked
        self.meetings.open_meeting.connect(self.run_reflection)
        self.meetings.new_requested.connect(self.new_reflection)
        self.meetings.import_requested.connect(lambda: self.calendar.choose_and_import())
        self.meetings.search.filters_changed.connect(self.apply_filters)
        self.meetings.refreshed.connect(self._enable_for)
        self.meetings.files_dropped.connect(
            lambda meeting_id, paths: self.features.transcript_dropped(meeting_id, paths)
        )
        # The page's parts by name on the window, as the tests and benchmarks reach them.
        page = self.meetings
        self.model, self.table, self.search = page.model, page.table, page.search
        self.pages, self.empty_state, self.no_results = (
            page.pages,
            page.empty_state,
            page.no_results,
        )
        self.empty_button, self.count_label = page.empty_button, page.count_label

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Views"))
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.meetings, self.tr("Meetings"))
        self.tabs.addTab(QWidget(), self.tr("Growth"))  # the view is built when first opened
        self.tabs.addTab(QWidget(), self.tr("To Reflect"))  # the list comes after painting
        self.tabs.currentChanged.connect(self._tab_changed)
        self.read_only_banner = ReadOnlyBanner()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.read_only_banner)
        self._prompt_slot = QVBoxLayout()
        self._prompt_slot.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self._prompt_slot)
        column.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

        self.setAcceptDrops(True)  # a client's answers dropped on the window
        self.features = Features(self)
        self.features.language_chosen.connect(self.language_changed)
        self.window_actions = WindowActions(self, self.undo_stack, self.table)
        self._connect_actions()
        self._status_ranks: list[int] = []  # of the status bar's widgets, in order
        self.place_in_status_bar(self.count_label, STATUS_COUNT)
        self.statusBar().showMessage(str(journal_.path), 0)
        self._show_read_only()
        self._refresh_view()
        self._restore_geometry()
        self.after_paint = AfterPaint(self)  # the rest, once painted

    # -- building ---------------------------------------------------------------------

    def _connect_actions(self) -> None:
        a, f = self.window_actions, self.features
        # The actions by name on the window: the features, the tests and the benchmarks
        # reach them here.
        self.new_action, self.open_action, self.import_action = (
            a.new_action, a.open_action, a.import_action,
        )  # fmt: skip
        self.export_action, self.feedback_action, self.review_action = (
            a.export_action, a.feedback_action, a.review_action,
        )  # fmt: skip
        self.undo_action, self.redo_action, self.delete_action = (
            a.undo_action, a.redo_action, a.delete_action,
        )  # fmt: skip
        self.find_action, self.client_action, self.intentions_action = (
            a.find_action, a.client_action, a.intentions_action,
        )  # fmt: skip
        self.tags_action, self.settings_action, self.lock_action = (
            a.tags_action, a.settings_action, a.lock_action,
        )  # fmt: skip
        self.back_up_action, self.restore_action = a.back_up_action, a.restore_action
        self.ask_client_action, self.pulse_import_action = (
            a.ask_client_action, a.pulse_import_action,
        )  # fmt: skip
        self.transcript_action = a.transcript_action

        a.new_action.triggered.connect(self.new_reflection)
        a.open_action.triggered.connect(self.open_selected)
        a.import_action.triggered.connect(lambda: self.calendar.choose_and_import())
        a.transcript_action.triggered.connect(lambda: self.add_transcript())
        a.export_action.triggered.connect(lambda: f.open_export())
        a.ask_client_action.triggered.connect(lambda: f.open_ask_client())
        a.pulse_import_action.triggered.connect(lambda: f.open_pulse_import())
        a.feedback_action.triggered.connect(lambda: f.open_feedback())
        a.review_action.triggered.connect(lambda: f.open_review())
        a.back_up_action.triggered.connect(lambda: f.backup_actions.back_up_now())
        a.restore_action.triggered.connect(lambda: f.backup_actions.open_restore())
        a.settings_action.triggered.connect(lambda: f.open_settings())
        a.lock_action.setVisible(self.journal.encrypted)
        a.lock_action.triggered.connect(lambda: f.idle_lock.lock())
        a.quit_action.triggered.connect(self.quit)
        a.delete_action.triggered.connect(lambda: self.delete_selected())
        a.find_action.triggered.connect(self.focus_search)
        a.tags_action.triggered.connect(lambda: f.open_tags())
        a.meetings_action.triggered.connect(lambda: self.tabs.setCurrentIndex(self.MEETINGS))
        a.growth_action.triggered.connect(lambda: self.tabs.setCurrentIndex(self.GROWTH))
        a.to_reflect_action.triggered.connect(self.show_to_reflect)
        a.intentions_action.triggered.connect(lambda: f.open_intentions())
        a.client_action.triggered.connect(lambda: f.open_client_view())
        a.data_folder_action.triggered.connect(
            lambda: open_data_folder(self, self.journal.path.parent)
        )
        a.log_folder_action.triggered.connect(self.show_log_folder)
        a.diagnostics_action.triggered.connect(self.copy_diagnostics)
        a.help_action.triggered.connect(lambda: f.open_help())
        a.about_action.triggered.connect(lambda: messages.about(self, journal.__version__))

    def place_in_status_bar(self, widget: QWidget, rank: int) -> None:
        """A permanent widget in the status bar, after those of a lower or equal rank."""
        index = sum(1 for placed in self._status_ranks if placed <= rank)
        self._status_ranks.insert(index, rank)
        self.statusBar().insertPermanentWidget(index, widget)

    def place_prompt_bar(self, bar: QWidget) -> None:
        """A bar above the tabs (a calendar prompt, the offer of unsaved reflections)."""
        self._prompt_slot.setContentsMargins(10, 8, 10, 4)
        self._prompt_slot.addWidget(bar)

    def place_tab(self, index: int, view: QWidget) -> None:
        """A feature's view in place of its tab's placeholder (same text, same tab shown)."""
        current = self.tabs.currentIndex()
        self.tabs.blockSignals(True)
        placeholder = self.tabs.widget(index)
        text = self.tabs.tabText(index)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, view, text)
        placeholder.deleteLater()
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)

    # -- the features, built late (``Features``) ---------------------------------------

    @property
    def calendar(self):
        return self.features.calendar

    @property
    def backup_actions(self):
        return self.features.backup_actions

    @property
    def idle_lock(self):
        return self.features.idle_lock

    @property
    def draft_offer(self):
        return self.features.draft_offer

    @property
    def growth_view(self):
        return self.features.growth_view

    @property
    def client_view(self):
        return self.features.client_view

    def offer_drafts(self):
        return self.features.offer_drafts()

    def show_growth(self) -> None:
        self.features.show_growth()

    def open_client_view(self, client_id: int | None = None):
        return self.features.open_client_view(client_id)

    def open_intentions(self):
        return self.features.open_intentions()

    def open_tags(self):
        return self.features.open_tags()

    def open_export(self):
        return self.features.open_export()

    def open_feedback(self, path=None):
        return self.features.open_feedback(path)

    def open_review(self, paths=()):
        return self.features.open_review(paths)

    def open_settings(self) -> None:
        self.features.open_settings()

    # -- meetings: new, open, delete, undo ---------------------------------------------

    def new_reflection(self) -> None:
        self.run_reflection(None)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_file(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_file(event.mimeData())
        if path is not None:
            event.acceptProposedAction()
            self.features.open_pulse_import(path)

    @staticmethod
    def _dropped_file(mime: QMimeData) -> Path | None:
        """One local file of a kind Import Client Answers reads (a mail, a survey
        export, a coach's feedback file)."""
        urls = mime.urls() if mime.hasUrls() else []
        if len(urls) != 1 or not urls[0].isLocalFile():
            return None
        path = Path(urls[0].toLocalFile())
        return path if path.suffix.lower() in PULSE_FILES else None

    def open_selected(self) -> None:
        self.meetings.open_selected()

    def selected_client_name(self) -> str | None:
        row = self.meetings.selected_row()
        return self.model.summary(row).client_name if row is not None else None

    def run_reflection(self, meeting_id: int | None, draft: Draft | None = None):
        """Open the reflection on ``meeting_id`` (None: a new meeting), resuming
        ``draft`` if given; the dialog once saved, else None. The change can be undone."""
        if self.locked:
            self.bring_to_front()  # asks for the passphrase first
            return None
        try:
            before = self.journal.snapshot(meeting_id) if meeting_id is not None else None
            dialog = self.features.reflection_dialog(meeting_id, draft)
        except JournalError as error:
            messages.show_error(self, error)
            return None
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.done(dialog.result())  # stops its timers, even if exec was cut short
        dialog.deleteLater()  # its owner is the window, which would keep each one
        if not accepted or not dialog.saved_meeting_id:
            return None
        saved_id = dialog.saved_meeting_id
        title = dialog.meeting_input().title.strip()
        self._push_change(
            saved_id,
            before,
            self.tr("New Meeting “{title}”").format(title=title)
            if before is None
            else self.tr("Edit “{title}”").format(title=title),
        )
        self.calendar.saved(saved_id, dialog.meeting_input().client_name)
        self.changed(select=saved_id)
        self.statusBar().showMessage(self.tr("Reflection saved."), 5000)
        return dialog

    def _push_change(self, meeting_id: int, before, text: str) -> None:
        """Record a change already made, so Ctrl+Z can take it back."""
        try:
            after = self.journal.snapshot(meeting_id)
        except JournalError as error:
            messages.show_error(self, error)
            return
        self.undo_stack.push(
            MeetingChange(
                self.journal, meeting_id, before, after, text, self.changed,
                lambda error: messages.show_error(self, error),
            )
        )  # fmt: skip

    def add_transcript(self) -> bool:
        """Add Transcript…: a transcript's figures for the selected meeting."""
        row = self.meetings.selected_row()
        if row is None or self.journal.read_only:
            return False
        return self.features.add_transcript(self.model.summary(row).id)

    def delete_selected(self) -> bool:
        """Delete the selected meeting and its reflection, after asking; undoable."""
        if self.features.asks_to_unlock():
            return False
        row = self.meetings.selected_row()
        if row is None:
            return False
        summary = self.model.summary(row)
        if not messages.confirm_delete_meeting(self, summary):
            return False
        try:
            before = self.journal.delete_meeting(summary.id)
        except JournalError as error:
            messages.show_error(self, error)
            return False
        self.undo_stack.push(
            MeetingChange(
                self.journal, summary.id, before, None,
                self.tr("Delete “{title}”").format(title=summary.title), self.changed,
                lambda error: messages.show_error(self, error),
            )
        )  # fmt: skip
        self.changed(select=None, row=row)
        self.statusBar().showMessage(
            self.tr("Meeting deleted. Undo with {keys}.").format(
                keys=self.undo_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            ),
            8000,
        )
        return True

    # -- showing the journal as it is ---------------------------------------------------

    def changed(self, select: int | None = None, row: int | None = None) -> None:
        """After a save, delete, undo or redo: every view shows the journal as it is."""
        self.apply_changes(EVERYTHING, select=select, row=row)

    def apply_changes(
        self, changes: Changes, select: int | None = None, row: int | None = None
    ) -> None:
        """Redraw what ``changes`` touch; select meeting ``select`` (else the row at
        ``row``) in the list."""
        if changes.replaced:
            self.undo_stack.clear()  # nothing done before the journal was replaced
        if self.locked:
            return  # unlocking reloads
        f = self.features
        if changes.clients:
            self.search.reload_choices()
        if changes.meetings:
            self.reload(select=select, row=row)
            if f.growth_view is not None:
                f.growth_view.reload_clients()
                f.growth_view.refresh()
        if changes.clients and f.client_view is not None:
            f.client_view.reload()
        if changes.to_reflect:
            self.calendar.refresh()
        if changes.replaced:
            self._show_read_only()

    def apply_filters(self, filters) -> None:
        self.meetings.set_filters(filters)
        self.reload(select=None)

    def reload(self, select: int | None = None, row: int | None = None) -> None:
        """Read the list again; select meeting ``select``, else the row at ``row``."""
        if self.locked:
            return  # unlocking reloads
        self.meetings.reload(select=select, row=row)

    def _refresh_view(self) -> None:
        self.meetings.refresh()

    def _enable_for(self, shown: int) -> None:
        """The actions on the selected meeting, as the list now is."""
        for action in (
            self.open_action,
            self.delete_action,
            self.client_action,
            self.transcript_action,
        ):
            action.setEnabled(shown > 0)
        if self.journal.read_only:
            self.delete_action.setEnabled(False)
            self.transcript_action.setEnabled(False)

    def _show_read_only(self) -> None:
        """The banner and the actions that write, as the journal is now."""
        read_only = self.journal.read_only
        self.read_only_banner.show_for(self.journal)
        why = self.tr("This journal can only be read")
        for action in (self.new_action, self.import_action, self.tags_action, self.restore_action):
            action.setEnabled(not read_only)
            if read_only:
                action.setStatusTip(why)
        for button in self.empty_state.findChildren(QPushButton):  # "Log a meeting", "Import"
            button.setEnabled(not read_only)
        if read_only:
            self.delete_action.setEnabled(False)
            self.transcript_action.setEnabled(False)

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(self.MEETINGS)
        self.meetings.focus_search()

    # -- tabs and the To Reflect list --------------------------------------------------

    def _tab_changed(self, index: int) -> None:
        if index == self.GROWTH and self.growth_view is None:
            self.show_growth()
        elif index == self.TO_REFLECT:
            self.calendar.refresh()  # builds the list if the window has not painted yet

    def show_to_reflect(self) -> None:
        self.bring_to_front()
        self.tabs.setCurrentIndex(self.TO_REFLECT)
        self.calendar.to_reflect.table.setFocus()

    def show_waiting(self, count: int) -> None:
        self.tabs.setTabText(
            self.TO_REFLECT,
            self.tr("To Reflect ({count})").format(count=count) if count else self.tr("To Reflect"),
        )

    # -- locked, shown, closed ----------------------------------------------------------

    @property
    def locked(self) -> bool:
        """The journal is closed (locked, or being rewritten): timers must not read it."""
        features = getattr(self, "features", None)  # made during __init__
        return features is not None and features.locked

    def bring_to_front(self) -> None:
        if self.locked:
            self.features.idle_lock.show_unlock()
            return
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def show_minimized_at_login(self) -> None:
        """Started at login on a desktop without a tray (stock GNOME): closing the window
        would quit the app, so it waits minimized in the task bar or Dock, without
        taking the keyboard from whatever the person opened first."""
        self.minimized_at_login = True
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.showMinimized()
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, False)

    def come_forward(self) -> None:
        """A meeting ended and neither a notification nor a tray could say so. A window
        hidden in the tray (or since login) shows itself, one minimized at login comes
        up, one behind others comes on top; none takes the keyboard from what the person
        is typing elsewhere (no ``activateWindow``). One the person minimized stays so
        and flashes in the task bar (``QApplication.alert``)."""
        if not self.isVisible():
            if self.out_of_sight:  # (never shown at all: a test, a start that failed)
                self._show_quietly(self.show)
        elif self.isMinimized():
            if self.minimized_at_login:
                self.minimized_at_login = False
                self._show_quietly(self.showNormal)
        elif not self.isActiveWindow():
            self.raise_()

    def _show_quietly(self, show) -> None:
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        show()
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, False)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange and not self.isMinimized():
            self.minimized_at_login = False  # the person brought it up: theirs from now

    def show_log_folder(self) -> None:
        """Help → Show Log Folder: the log files, in the file manager."""
        if not diagnostics.open_log_folder():
            messages.log_folder_not_opened(self)

    def copy_diagnostics(self) -> str:
        """Help → Copy Diagnostics: versions, paths and the newest errors on the
        clipboard (never a word the advisor wrote)."""
        diagnostics.attach(self.journal.path.parent, self.journal)
        text = diagnostics.copy_to_clipboard()
        self.statusBar().showMessage(
            self.tr("Diagnostics copied: paste them into your message to us."), 8000
        )
        return text

    def _restore_geometry(self) -> None:
        geometry = self.settings.geometry("main")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.meetings.restore_columns(self.settings)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.after_paint.start()  # in the next pass of the event loop

    def answer_later_starts(self) -> None:
        """A later start of the app brings this window to the front (after the first
        paint: its server needs QtNetwork)."""
        if self.instance_guard is not None:
            self.instance_guard.listen()

    def quit(self) -> None:
        """Close for good, also when the app would otherwise stay in the tray."""
        self._leaving = "quit"
        self.close()

    def retire(self) -> None:
        """Close because a window in another language replaces this one."""
        self._leaving = "replaced"
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.set_geometry("main", self.saveGeometry())
        self.meetings.save_columns(self.settings)
        self.settings.sync()
        if self._leaving is None and self.stays_in_tray():
            event.ignore()
            self.hide()
            self.out_of_sight = True
            if not self.settings.tray_hint_shown:
                self.settings.tray_hint_shown = True
                self.tray.say(
                    self.tr("Advisor Journal keeps running"),
                    self.tr(
                        "It will ask you to reflect when a client meeting ends. Quit from "
                        "this icon's menu; change this in Settings."
                    ),
                )
            return
        self.after_paint.stop()
        self.features.stop()
        super().closeEvent(event)
        if self._leaving != "replaced":
            self.closed.emit()

    def stays_in_tray(self) -> bool:
        return self.tray is not None and self.tray.available and self.settings.keep_in_tray
