"""The main window: the list of meetings, newest first, the meetings waiting for a
reflection, the growth view, and the actions around them."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

import journal
from journal.errors import JournalError
from journal.service import Journal
from ui.calendar.calendar_flow import CalendarFlow
from ui.common import messages
from ui.common.empty_state import empty_page
from ui.common.icons import app_icon
from ui.common.settings import Settings
from ui.meetings.marked_text_delegate import MarkedTextDelegate
from ui.meetings.meeting_model import MeetingTableModel
from ui.meetings.search_bar import SearchBar
from ui.shell.tray import Tray


class MainWindow(QMainWindow):
    MEETINGS, GROWTH, TO_REFLECT = range(3)  # tab order

    language_changed = Signal(str)
    closed = Signal()  # closed for good (not hidden in the tray, not replaced)

    def __init__(self, journal_: Journal, settings: Settings, language: str):
        super().__init__()
        self.journal = journal_
        self.settings = settings
        self.language = language
        self._writing_prepared = False
        self._leaving: str | None = None  # "quit" or "replaced" once closing for good
        self.tray: Tray | None = None  # set by the app where the desktop has a tray
        self.setWindowTitle(self.tr("Advisor Journal"))
        self.setWindowIcon(app_icon())
        self.resize(1000, 640)

        self.undo_stack = QUndoStack(self)
        self.model = MeetingTableModel(journal_, self)
        self.model.failed.connect(lambda error: messages.show_error(self, error))
        self.table = self._make_table()
        self.search = SearchBar(journal_, language)
        self.search.filters_changed.connect(self.apply_filters)
        self.search.done_typing.connect(self._focus_list)
        self.empty_state = self._make_empty_state()
        self.no_results = self._make_no_results()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty_state)
        self.pages.addWidget(self.table)
        self.pages.addWidget(self.no_results)
        meetings_page = QWidget()
        meetings_column = QVBoxLayout(meetings_page)
        meetings_column.setContentsMargins(0, 0, 0, 0)
        meetings_column.setSpacing(0)
        meetings_column.addWidget(self.search)
        meetings_column.addWidget(self.pages, 1)
        self.growth_view = None  # built the first time its tab opens (it loads QtCharts)
        self.client_view = None  # a window of its own, built when first asked for
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(meetings_page, self.tr("Meetings"))
        self.tabs.addTab(QWidget(), self.tr("Growth"))
        self.calendar = CalendarFlow(self)
        self.tabs.addTab(QWidget(), self.tr("To Reflect"))  # the list comes after painting
        self.calendar.waiting_changed.connect(self._show_waiting)
        self.tabs.currentChanged.connect(self._tab_changed)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self._prompt_slot = QVBoxLayout()
        self._prompt_slot.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self._prompt_slot)
        column.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        from ui.safety.backup_actions import BackupActions

        self.backup_actions = BackupActions(self)  # back up, restore, check, read-only
        self._make_actions()
        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.calendar.busy)
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().showMessage(str(journal_.path), 0)
        self._refresh_view()
        self._restore_geometry()
        from ui.safety.idle_lock import IdleLock

        self.idle_lock = IdleLock(self)  # an encrypted journal locks after a time unused

    # -- building ---------------------------------------------------------------------

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(MeetingTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        table.setColumnWidth(MeetingTableModel.DATE, 190)
        table.setColumnWidth(MeetingTableModel.CLIENT, 240)
        table.setColumnWidth(MeetingTableModel.REFLECTED, 100)
        table.setColumnWidth(MeetingTableModel.TRUST, 80)
        table.setColumnWidth(MeetingTableModel.MATCH, 320)
        table.setColumnHidden(MeetingTableModel.MATCH, True)  # shown while searching text
        table.setItemDelegate(MarkedTextDelegate(table))
        table.activated.connect(self._open_index)
        table.setAccessibleName(self.tr("Meetings"))
        return table

    def _make_empty_state(self) -> QWidget:
        button = QPushButton(self.tr("Log a meeting and reflect"))
        button.setDefault(True)
        button.clicked.connect(self.new_reflection)
        self.empty_button = button
        import_button = QPushButton(self.tr("Import Your Calendar…"))
        import_button.setToolTip(
            self.tr("Then Advisor Journal asks you to reflect when a client meeting ends")
        )
        import_button.clicked.connect(lambda: self.calendar.choose_and_import())
        return empty_page(
            self.tr("Your journal is empty"),
            self.tr(
                "Right after your next client meeting, take two minutes to look back: "
                "did you listen, were you honest about what you did not know, did you take "
                "the client's fears away? Over the weeks you will see each trait grow."
            ),
            [button, import_button],
        )

    def _make_no_results(self) -> QWidget:
        button = QPushButton(self.tr("Clear the Search"))
        button.clicked.connect(self.search.reset)
        return empty_page(
            self.tr("No meetings found"),
            self.tr(
                "Nothing in your journal matches the search and filters. Try fewer or "
                "shorter words, or clear a filter."
            ),
            [button],
            scale=1.3,
        )

    def _make_actions(self) -> None:
        self.new_action = QAction(self.tr("&New Reflection…"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.setToolTip(self.tr("Log a meeting and reflect on it (Ctrl+N)"))
        self.new_action.triggered.connect(self.new_reflection)

        self.open_action = QAction(self.tr("&Open Meeting"), self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.setToolTip(self.tr("Open the selected meeting (Enter)"))
        self.open_action.triggered.connect(self.open_selected)

        self.import_action = QAction(self.tr("&Import Calendar…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.setToolTip(
            self.tr("Bring in client meetings from a calendar file (.ics) (Ctrl+I)")
        )
        self.import_action.triggered.connect(self.calendar.choose_and_import)

        self.export_action = QAction(self.tr("&Export for Your Coach…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.setToolTip(
            self.tr("A summary or the data of a period, private by default (Ctrl+E)")
        )
        self.export_action.triggered.connect(self.open_export)
        self.feedback_action = QAction(self.tr("Open Coach &Feedback…"), self)
        self.feedback_action.triggered.connect(lambda: self.open_feedback())
        self.review_action = QAction(self.tr("&Review Summaries (for Coaches)…"), self)
        self.review_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.review_action.triggered.connect(lambda: self.open_review())

        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.delete_action = QAction(self.tr("&Delete Meeting…"), self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(lambda: self.delete_selected())
        self.table.addAction(self.delete_action)  # Delete in the list, not in a text box
        self.find_action = QAction(self.tr("&Find…"), self)
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.triggered.connect(self.focus_search)
        self.client_action = QAction(self.tr("&Client…"), self)
        self.client_action.setShortcut(QKeySequence("Ctrl+L"))
        self.client_action.setToolTip(
            self.tr("Everything about the selected meeting's client (Ctrl+L)")
        )
        self.client_action.triggered.connect(lambda: self.open_client_view())
        self.intentions_action = QAction(self.tr("Open &Intentions…"), self)
        self.intentions_action.setShortcut(QKeySequence("Ctrl+4"))
        self.intentions_action.triggered.connect(lambda: self.open_intentions())
        self.tags_action = QAction(self.tr("Rename &Tags…"), self)
        self.tags_action.triggered.connect(lambda: self.open_tags())

        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.triggered.connect(self.open_settings)

        self.lock_action = QAction(self.tr("&Lock Now"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.lock_action.setToolTip(self.tr("Close the journal until you type its passphrase"))
        self.lock_action.setVisible(self.journal.encrypted)
        self.lock_action.triggered.connect(lambda: self.idle_lock.lock())

        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.quit)

        about_action = QAction(self.tr("&About Advisor Journal"), self)
        about_action.triggered.connect(lambda: messages.about(self, journal.__version__))

        meetings_action = QAction(self.tr("&Meetings"), self)
        meetings_action.setShortcut(QKeySequence("Ctrl+1"))
        meetings_action.triggered.connect(lambda: self.tabs.setCurrentIndex(self.MEETINGS))
        growth_action = QAction(self.tr("&Growth"), self)
        growth_action.setShortcut(QKeySequence("Ctrl+2"))
        growth_action.triggered.connect(lambda: self.tabs.setCurrentIndex(self.GROWTH))
        to_reflect_action = QAction(self.tr("&To Reflect"), self)
        to_reflect_action.setShortcut(QKeySequence("Ctrl+3"))
        to_reflect_action.triggered.connect(self.show_to_reflect)

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.feedback_action)
        file_menu.addAction(self.review_action)
        file_menu.addSeparator()
        self.backup_actions.add_to(file_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.lock_action)
        file_menu.addAction(quit_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.delete_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addAction(self.tags_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(meetings_action)
        view_menu.addAction(growth_action)
        view_menu.addAction(to_reflect_action)
        view_menu.addAction(self.intentions_action)
        view_menu.addSeparator()
        view_menu.addAction(self.client_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(about_action)

        toolbar = QToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.new_action)
        toolbar.addAction(self.open_action)
        toolbar.addAction(self.client_action)
        toolbar.addSeparator()
        toolbar.addAction(self.import_action)
        toolbar.addAction(self.export_action)
        toolbar.addAction(self.settings_action)
        self.addToolBar(toolbar)

    # -- behaviour --------------------------------------------------------------------

    def new_reflection(self) -> None:
        self._run_reflection(None)

    def open_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._open_index(rows[0])

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self._run_reflection(self.model.meeting_id(index.row()))

    def _run_reflection(self, meeting_id: int | None) -> None:
        self.run_reflection(meeting_id)

    def run_reflection(self, meeting_id: int | None, draft=None):
        """Open the reflection on ``meeting_id`` (None: a new meeting), resuming
        ``draft`` if given; the dialog once saved, else None. The change can be undone."""
        if self.locked:
            self.bring_to_front()  # asks for the passphrase first
            return None
        from ui.reflect.reflection_dialog import (
            ReflectionDialog,  # loaded on first use, not at start
        )

        try:
            before = self.journal.snapshot(meeting_id) if meeting_id is not None else None
            dialog = ReflectionDialog(
                self.journal, self.language, meeting_id, self, settings=self.settings,
                draft=draft,
            )  # fmt: skip
        except JournalError as error:
            messages.show_error(self, error)
            return None
        accepted = dialog.exec() == ReflectionDialog.DialogCode.Accepted
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
        from ui.meetings.undo import MeetingChange

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

    def delete_selected(self) -> bool:
        """Delete the selected meeting and its reflection, after asking; undoable."""
        if self._asks_to_unlock():
            return False
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return False
        row = rows[0].row()
        summary = self.model.summary(row)
        if not messages.confirm_delete_meeting(self, summary):
            return False
        try:
            before = self.journal.delete_meeting(summary.id)
        except JournalError as error:
            messages.show_error(self, error)
            return False
        from ui.meetings.undo import MeetingChange

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

    def changed(self, select: int | None = None, row: int | None = None) -> None:
        """After a save, delete, undo or redo: every view shows the journal as it is."""
        if self.locked:
            return  # unlocking reloads
        self.search.reload_choices()
        self.reload(select=select, row=row)
        if self.growth_view is not None:
            self.growth_view.reload_clients()
            self.growth_view.refresh()
        if self.client_view is not None:
            self.client_view.reload()
        self.calendar.refresh()

    def apply_filters(self, filters) -> None:
        self.model.filters = filters
        self._show_match_column(bool(filters.text.strip()))
        self.reload(select=None)

    def _show_match_column(self, shown: bool) -> None:
        """While searching text, "Found in" takes the room the title has otherwise."""
        header = self.table.horizontalHeader()
        if shown == (not self.table.isColumnHidden(MeetingTableModel.MATCH)):
            return
        self.table.setColumnHidden(MeetingTableModel.MATCH, not shown)
        stretched, fixed = (
            (MeetingTableModel.MATCH, MeetingTableModel.TITLE)
            if shown
            else (MeetingTableModel.TITLE, MeetingTableModel.MATCH)
        )
        header.setSectionResizeMode(fixed, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(stretched, QHeaderView.ResizeMode.Stretch)
        if shown:
            self.table.setColumnWidth(MeetingTableModel.TITLE, 220)

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(self.MEETINGS)
        self.search.focus_search()

    def _focus_list(self) -> None:
        if self.pages.currentWidget() is self.table:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_client_view(self, client_id: int | None = None):
        """Everything about one client: the selected meeting's, unless one is given."""
        from ui.meetings.client_view import ClientView

        if self._asks_to_unlock():
            return None
        if client_id is None:
            rows = self.table.selectionModel().selectedRows()
            name = self.model.summary(rows[0].row()).client_name if rows else None
            try:
                client = self.journal.client_by_name(name) if name else None
                clients = self.journal.clients()
            except JournalError as error:
                messages.show_error(self, error)
                return None
            if client is None and not clients:
                return None
            client_id = (client or clients[0]).id
        if self.client_view is None:
            view = ClientView(self.journal, self.language, client_id, self)
            view.setWindowFlag(Qt.WindowType.Window)
            view.open_meeting.connect(self.run_reflection)
            view.changed.connect(lambda: self.changed())
            view.destroyed.connect(lambda: setattr(self, "client_view", None))
            view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.client_view = view
        else:
            self.client_view.show_client(client_id)
        self.client_view.show()
        self.client_view.raise_()
        self.client_view.activateWindow()
        return self.client_view

    def open_intentions(self):
        from ui.reflect.intentions_dialog import IntentionsDialog

        if self._asks_to_unlock():
            return None
        dialog = IntentionsDialog(self.journal, self.language, self)
        dialog.changed.connect(lambda: self.changed())
        dialog.open_meeting.connect(self.run_reflection)
        dialog.show()
        return dialog

    def open_tags(self):
        from ui.meetings.tags_dialog import TagsDialog

        if self._asks_to_unlock():
            return None
        dialog = TagsDialog(self.journal, self)
        dialog.changed.connect(lambda: self.changed())
        dialog.show()
        return dialog

    def open_export(self):
        from ui.coach.export_dialog import ExportDialog

        if self._asks_to_unlock():
            return None
        dialog = ExportDialog(self.journal, self.language, self)
        if dialog.exec() == ExportDialog.DialogCode.Accepted and dialog.written:
            self.statusBar().showMessage(
                self.tr("Exported to {file}.").format(file=dialog.written), 8000
            )
        return dialog

    def open_feedback(self, path=None):
        """Read a feedback file from the coach; ``path`` skips the file dialog."""
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        from journal.coach.feedback import read_feedback
        from ui.coach.feedback_dialog import FeedbackDialog

        if path is None:
            chosen, _filter = QFileDialog.getOpenFileName(
                self,
                self.tr("Open Coach Feedback"),
                "",
                self.tr("Advisor Journal feedback (*.json);;All files (*)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        try:
            feedback = read_feedback(path)
        except JournalError as error:
            messages.show_error(self, error)
            return None
        dialog = FeedbackDialog(feedback, self.journal.bank, self.language, self)
        dialog.show()
        return dialog

    def open_review(self, paths=()):
        """The coach's review in a window of its own; it never reads this journal."""
        from ui.coach.review_window import ReviewWindow

        if getattr(self, "review", None) is None:
            self.review = ReviewWindow(self.journal.bank, self.language, self.settings)
            self.review.closed.connect(lambda: setattr(self, "review", None))
        self.review.show()
        self.review.raise_()
        if paths:
            self.review.open_files(list(paths))
        elif not self.review.panes:
            self.review.choose_files()
        return self.review

    def open_settings(self) -> None:
        from ui.shell.settings_dialog import SettingsDialog

        if self._asks_to_unlock():
            return
        following = self.settings.watched_calendar
        available = self.tray is not None and self.tray.available
        dialog = SettingsDialog(self.journal, self.settings, self.language, self, available)
        if dialog.exec() != SettingsDialog.DialogCode.Accepted:
            return
        if self.settings.watched_calendar != following:
            self.calendar.follow(self.settings.watched_calendar)
            if self.settings.watched_calendar is not None:
                self.calendar.importer.start(self.settings.watched_calendar)
        self.language_changed.emit(self.settings.language)

    def _tab_changed(self, index: int) -> None:
        if index == self.GROWTH and self.growth_view is None:
            self.show_growth()
        elif index == self.TO_REFLECT:
            self.calendar.refresh()  # builds the list if the window has not painted yet

    def show_to_reflect(self) -> None:
        self.bring_to_front()
        self.tabs.setCurrentIndex(self.TO_REFLECT)
        self.calendar.to_reflect.table.setFocus()

    def place_prompt_bar(self, bar: QWidget) -> None:
        self._prompt_slot.setContentsMargins(10, 8, 10, 4)
        self._prompt_slot.addWidget(bar)

    def place_to_reflect(self, view: QWidget) -> None:
        current = self.tabs.currentIndex()
        self.tabs.blockSignals(True)
        placeholder = self.tabs.widget(self.TO_REFLECT)
        text = self.tabs.tabText(self.TO_REFLECT)
        self.tabs.removeTab(self.TO_REFLECT)
        self.tabs.insertTab(self.TO_REFLECT, view, text)
        placeholder.deleteLater()
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)

    def _show_waiting(self, count: int) -> None:
        self.tabs.setTabText(
            self.TO_REFLECT,
            self.tr("To Reflect ({count})").format(count=count) if count else self.tr("To Reflect"),
        )

    @property
    def locked(self) -> bool:
        """The journal is closed (locked, or being rewritten): timers must not read it."""
        lock = getattr(self, "idle_lock", None)  # made last in __init__
        return lock is not None and lock.locked

    def _asks_to_unlock(self) -> bool:
        """While the journal is closed nothing may read it: True, and the unlock dialog
        is shown (when it is locked; a rewrite or restore ends by itself)."""
        if not self.locked:
            return False
        self.bring_to_front()
        return True

    def bring_to_front(self) -> None:
        if self.locked:
            self.idle_lock.show_unlock()
            return
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def show_growth(self) -> None:
        """Build the growth view on first use and show its tab."""
        if self._asks_to_unlock():
            return
        if self.growth_view is None:
            from ui.growth.growth_view import GrowthView  # loads QtCharts: not at start-up

            try:
                view = GrowthView(self.journal, self.language)
            except JournalError as error:
                messages.show_error(self, error)
                return
            self.growth_view = view
            self.tabs.blockSignals(True)
            placeholder = self.tabs.widget(self.GROWTH)
            self.tabs.removeTab(self.GROWTH)
            self.tabs.insertTab(self.GROWTH, view, self.tr("Growth"))
            placeholder.deleteLater()
            self.tabs.blockSignals(False)
        self.tabs.setCurrentIndex(self.GROWTH)

    def reload(self, select: int | None = None, row: int | None = None) -> None:
        """Read the list again; select meeting ``select``, else the row at ``row``."""
        if self.locked:
            return  # unlocking reloads
        try:
            self.model.reload()
        except JournalError as error:
            messages.show_error(self, error)
        self._refresh_view()
        found = self.model.row_of(select) if select is not None else None
        if found is None and row is not None and self.model.rowCount():
            found = min(row, self.model.rowCount() - 1)
        if found is not None:
            self.table.selectRow(found)
            self.table.scrollTo(self.model.index(found, 0))

    def _refresh_view(self) -> None:
        shown = self.model.rowCount()
        searching = self.model.searching
        try:
            empty = (self.journal.count_meetings() if searching else shown) == 0
        except JournalError:
            empty = shown == 0
        page = self.empty_state if empty else self.no_results if shown == 0 else self.table
        self.pages.setCurrentWidget(page)
        self.search.setVisible(not empty)
        for action in (self.open_action, self.delete_action, self.client_action):
            action.setEnabled(shown > 0)
        if self.journal.read_only:
            self.delete_action.setEnabled(False)
        if self.model.counted:
            self._show_count()
        else:  # counted once the list is drawn: the first rows matter more
            QTimer.singleShot(0, self, self._show_count)
        focus = QApplication.focusWidget()
        if focus is None or not self.search.isAncestorOf(focus):
            (self.empty_button if empty else self.table).setFocus()
        if shown and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    def _show_count(self) -> None:
        if self.locked:  # closed meanwhile (a restore, an encryption change): counted after
            return
        count = QLocale().toString(self.model.total)
        self.count_label.setText(
            self.tr("Found: {count}").format(count=count)
            if self.model.searching
            else self.tr("Meetings: {count}").format(count=count)
        )

    def _restore_geometry(self) -> None:
        geometry = self.settings.geometry("main")
        if geometry is not None:
            self.restoreGeometry(geometry)
        header = self.settings.geometry("main_header")
        if header is not None:
            self.table.horizontalHeader().restoreState(header)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._writing_prepared:
            self._writing_prepared = True
            # Once the window is on screen, load what the first save needs.
            QTimer.singleShot(0, self.journal.prepare_for_writing)
            QTimer.singleShot(0, self.calendar, self.calendar.start)
            QTimer.singleShot(0, self.backup_actions, self.backup_actions.start)
            QTimer.singleShot(0, self, self._offer_drafts)

    def _offer_drafts(self) -> None:
        """Reflections left unsaved (a crash, a kill): offer to resume them."""
        from ui.reflect.draft_offer import DraftOffer

        self.draft_offer = DraftOffer.offer(self)

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
        self.settings.set_geometry("main_header", self.table.horizontalHeader().saveState())
        self.settings.sync()
        if self._leaving is None and self._stays_in_tray():
            event.ignore()
            self.hide()
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
        self.calendar.stop()
        super().closeEvent(event)
        if self._leaving != "replaced":
            self.closed.emit()

    def _stays_in_tray(self) -> bool:
        return self.tray is not None and self.tray.available and self.settings.keep_in_tray
