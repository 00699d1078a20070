"""The window's features: each built when it is first needed, and connected to the
window here. The one place in ui/ that loads a feature package late.

The window paints its menus and the Meetings page first. Every feature below is
built later, by this table, and imported as it is built (so its modules, and the
libraries they bring, cost nothing before the first paint):

    feature                                   package      built
    the idle lock (File → Lock Now)           ui.safety    after the first paint
    backups, the check after start-up         ui.safety    after the first paint
    the calendar: import, prompt, To Reflect  ui.calendar  after the first paint
    unsaved reflections offered               ui.reflect   after the first paint
    the growth view (QtCharts)                ui.growth    when its tab is first opened
    the reflection dialog                     ui.reflect   when a meeting is first opened
    the client view, Rename Tags              ui.meetings  when first asked for
    Open Intentions                           ui.reflect   when first asked for
    export, coach feedback, review            ui.coach     when first asked for
    settings                                  ui.shell     when first asked for

A feature asked for earlier (a test, the tray, a window hidden in the tray that never
paints) is built then. Features never import the window: each is handed what it needs
(the journal, a parent, the status bar) and says what happened in signals, which are
connected here to the window (``Window``: what the features may ask of it).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QStatusBar, QWidget

from journal.errors import JournalError
from journal.model import Draft
from journal.service import Journal
from ui.common import messages
from ui.common.changes import Changes
from ui.common.settings import Settings
from ui.shell.tray import Tray

if TYPE_CHECKING:  # each is imported where it is built, below
    from ui.calendar.calendar_flow import CalendarFlow
    from ui.coach.review_window import ReviewWindow
    from ui.growth.growth_view import GrowthView
    from ui.meetings.client_view import ClientView
    from ui.reflect.draft_offer import DraftOffer
    from ui.reflect.reflection_dialog import ReflectionDialog
    from ui.safety.backup_actions import BackupActions
    from ui.safety.idle_lock import IdleLock


class Window(Protocol):
    """What the features may ask of the main window (a QMainWindow: also the parent of
    their dialogs)."""

    GROWTH: int  # the tabs
    TO_REFLECT: int
    journal: Journal
    settings: Settings
    language: str
    tray: Tray | None
    import_action: QAction
    lock_action: QAction

    def statusBar(self) -> QStatusBar: ...  # noqa: N802 (Qt's name)
    def place_in_status_bar(self, widget: QWidget, rank: int) -> None: ...
    def place_prompt_bar(self, bar: QWidget) -> None: ...
    def place_tab(self, index: int, view: QWidget) -> None: ...
    def show_tab(self, index: int) -> None: ...
    def show_waiting(self, count: int) -> None: ...
    def selected_client_name(self) -> str | None: ...
    def apply_changes(self, changes: Changes) -> None: ...
    def run_reflection(self, meeting_id: int | None, draft: Draft | None = None): ...
    def show_to_reflect(self) -> None: ...
    def bring_to_front(self) -> None: ...
    def stays_in_tray(self) -> bool: ...
    def quit(self) -> None: ...


# The order of the widgets in the status bar: the backups', the import's, the count.
STATUS_BACKUP, STATUS_IMPORT, STATUS_COUNT = 0, 1, 2


class Features(QObject):
    language_chosen = Signal(str)  # in Settings: the window is rebuilt in that language

    def __init__(self, window: Window):
        super().__init__(window)
        self.window = window
        self.parent_widget: QWidget = window  # the window: also every dialog's parent
        self._idle_lock: IdleLock | None = None
        self._backups: BackupActions | None = None
        self._calendar: CalendarFlow | None = None
        self.draft_offer: DraftOffer | None = None
        self.growth_view: GrowthView | None = None
        self.client_view: ClientView | None = None
        self.review: ReviewWindow | None = None
        self._stopped = False  # the window closed: nothing more starts

    @property
    def journal(self) -> Journal:
        return self.window.journal

    # -- after the first paint ---------------------------------------------------------

    def after_first_paint(self) -> None:
        """Each in a pass of its own, so the window stays responsive meanwhile."""
        for start in (self._start_lock, self._start_calendar, self._start_backups):
            QTimer.singleShot(0, self, start)
        QTimer.singleShot(0, self, self.offer_drafts)

    def in_background(self) -> None:
        """Hidden in the tray at login the window never paints: what must run anyway
        (the lock, the prompts, the check and the daily backup)."""
        for start in (self._start_lock, self._start_calendar, self._start_backups):
            QTimer.singleShot(0, self, start)

    def _start_lock(self) -> None:
        self.idle_lock.update()  # built: it watches for use from now on

    def _start_calendar(self) -> None:
        if not self._stopped:
            self.calendar.start()

    def _start_backups(self) -> None:
        self.backup_actions.start()

    def stop(self) -> None:
        """The window closes: the calendar stops (and a start still queued never runs)."""
        self._stopped = True
        if self._calendar is not None:
            self._calendar.stop()

    @property
    def idle_lock(self) -> IdleLock:
        """Locks an encrypted journal after a time unused, and by hand (Lock Now)."""
        if self._idle_lock is None:
            from ui.safety.idle_lock import IdleLock

            window = self.window
            lock = IdleLock(window.journal, window.settings, self.parent_widget, window.lock_action)
            lock.closing.connect(self._journal_closing)
            lock.opened.connect(self._journal_opened)
            lock.changed.connect(window.apply_changes)
            lock.reopen.connect(lambda meeting_id, draft: window.run_reflection(meeting_id, draft))
            lock.unlock_dismissed.connect(self._unlock_dismissed)
            self._idle_lock = lock
        return self._idle_lock

    @property
    def locked(self) -> bool:
        """The journal is closed (locked, or being rewritten): nothing may read it."""
        return self._idle_lock is not None and self._idle_lock.locked

    def asks_to_unlock(self) -> bool:
        """While the journal is closed nothing may read it: True, and the unlock dialog
        is shown (when it is locked; a rewrite or restore ends by itself)."""
        if not self.locked:
            return False
        self.window.bring_to_front()
        return True

    def _journal_closing(self) -> None:
        if self._calendar is not None:
            self._calendar.pause()
        if self._backups is not None:
            self._backups.wait()  # its check or backup reads the file on a worker thread

    def _journal_opened(self) -> None:
        if self._calendar is not None:
            self._calendar.resume()

    def _unlock_dismissed(self, quit_chosen: bool) -> None:
        if quit_chosen or not self.window.stays_in_tray():
            self.window.quit()
        # else: closed with the tray icon there: stays locked until asked for again

    @property
    def backup_actions(self) -> BackupActions:
        """Back Up Now, Restore, the check after start-up and the daily backup."""
        if self._backups is None:
            from ui.safety.backup_actions import BackupActions

            window = self.window
            backups = BackupActions(
                window.journal, self.idle_lock, self.parent_widget, window.statusBar()
            )
            backups.changed.connect(window.apply_changes)
            backups.quit_requested.connect(window.quit)
            window.place_in_status_bar(backups.failure_button, STATUS_BACKUP)
            window.place_in_status_bar(backups.backed_up_label, STATUS_BACKUP)
            self._backups = backups
        return self._backups

    @property
    def calendar(self) -> CalendarFlow:
        """Calendar import, the prompt after a client meeting, the To Reflect list."""
        if self._calendar is None:
            from ui.calendar.calendar_flow import CalendarFlow, Places

            window = self.window
            places = Places(
                window.place_prompt_bar, lambda v: window.place_tab(window.TO_REFLECT, v)
            )
            flow = CalendarFlow(
                window.journal, window.settings, self.parent_widget, window.statusBar(), places
            )
            flow.waiting_changed.connect(window.show_waiting)
            flow.changed.connect(window.apply_changes)
            flow.open_meeting.connect(lambda meeting_id: window.run_reflection(meeting_id))
            flow.show_all.connect(window.show_to_reflect)
            flow.attention.connect(self._meetings_ended)
            flow.importing.connect(lambda busy: window.import_action.setEnabled(not busy))
            window.place_in_status_bar(flow.busy, STATUS_IMPORT)
            if self.locked:
                flow.pause()
            self._calendar = flow
        return self._calendar

    def _meetings_ended(self, due: list) -> None:
        """A notification from the tray where there is one, else the window asks for
        attention."""
        tray = self.window.tray
        if tray is None or not tray.notify(due):
            QApplication.alert(self.parent_widget)

    def offer_drafts(self) -> DraftOffer:
        """Reflections left unsaved (a crash, a kill): the bar offering to resume them,
        as on a start (made the first time)."""
        if self.draft_offer is None:
            from ui.reflect.draft_offer import DraftOffer

            bar = DraftOffer(self.journal)
            bar.resume_requested.connect(
                lambda meeting_id, draft: self.window.run_reflection(meeting_id, draft)
            )
            self.window.place_prompt_bar(bar)
            self.draft_offer = bar
        self.draft_offer.offer()
        return self.draft_offer

    # -- on first use ------------------------------------------------------------------

    def reflection_dialog(self, meeting_id: int | None, draft: Draft | None) -> ReflectionDialog:
        """The reflection on ``meeting_id`` (None: a new meeting); raises JournalError."""
        from ui.reflect.reflection_dialog import ReflectionDialog

        window = self.window
        return ReflectionDialog(
            window.journal, window.language, meeting_id, self.parent_widget,
            settings=window.settings, draft=draft,
        )  # fmt: skip

    def show_growth(self) -> None:
        """Build the growth view on first use and show its tab."""
        if self.asks_to_unlock():
            return
        if self.growth_view is None:
            from ui.growth.growth_view import GrowthView  # loads QtCharts

            try:
                view = GrowthView(self.journal, self.window.language)
            except JournalError as error:
                messages.show_error(self.parent_widget, error)
                return
            self.growth_view = view
            self.window.place_tab(self.window.GROWTH, view)
        self.window.show_tab(self.window.GROWTH)

    def open_client_view(self, client_id: int | None = None) -> ClientView | None:
        """Everything about one client: the selected meeting's, unless one is given."""
        if self.asks_to_unlock():
            return None
        journal = self.journal
        if client_id is None:
            name = self.window.selected_client_name()
            try:
                client = journal.client_by_name(name) if name else None
                clients = journal.clients()
            except JournalError as error:
                messages.show_error(self.parent_widget, error)
                return None
            if client is None and not clients:
                return None
            client_id = (client or clients[0]).id
        if self.client_view is None:
            from ui.meetings.client_view import ClientView

            view = ClientView(journal, self.window.language, client_id, self.parent_widget)
            view.setWindowFlag(Qt.WindowType.Window)
            view.open_meeting.connect(lambda meeting_id: self.window.run_reflection(meeting_id))
            view.changed.connect(self.window.apply_changes)
            view.destroyed.connect(lambda: setattr(self, "client_view", None))
            view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.client_view = view
        else:
            self.client_view.show_client(client_id)
        self.client_view.show()
        self.client_view.raise_()
        self.client_view.activateWindow()
        return self.client_view

    def open_intentions(self) -> QDialog | None:
        if self.asks_to_unlock():
            return None
        from ui.reflect.intentions_dialog import IntentionsDialog

        dialog = IntentionsDialog(self.journal, self.window.language, self.parent_widget)
        dialog.changed.connect(self.window.apply_changes)
        dialog.open_meeting.connect(lambda meeting_id: self.window.run_reflection(meeting_id))
        dialog.show()
        return dialog

    def open_tags(self) -> QDialog | None:
        if self.asks_to_unlock():
            return None
        from ui.meetings.tags_dialog import TagsDialog

        dialog = TagsDialog(self.journal, self.parent_widget)
        dialog.changed.connect(self.window.apply_changes)
        dialog.show()
        return dialog

    def open_export(self) -> QDialog | None:
        if self.asks_to_unlock():
            return None
        from ui.coach.export_dialog import ExportDialog

        dialog = ExportDialog(self.journal, self.window.language, self.parent_widget)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.written:
            self.window.statusBar().showMessage(
                self.tr("Exported to {file}.").format(file=dialog.written), 8000
            )
        return dialog

    def open_feedback(self, path: Path | None = None) -> QDialog | None:
        """Read a feedback file from the coach; ``path`` skips the file dialog."""
        from journal.coach.feedback import read_feedback
        from ui.coach.feedback_dialog import FeedbackDialog

        if path is None:
            chosen, _filter = QFileDialog.getOpenFileName(
                self.parent_widget,
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
            messages.show_error(self.parent_widget, error)
            return None
        dialog = FeedbackDialog(
            feedback, self.journal.bank, self.window.language, self.parent_widget
        )
        dialog.show()
        return dialog

    def open_review(self, paths: tuple[Path, ...] | list[Path] = ()) -> ReviewWindow:
        """The coach's review in a window of its own; it never reads this journal."""
        if self.review is None:
            self.review = review_window(
                self.journal.bank, self.window.language, self.window.settings
            )
            self.review.closed.connect(lambda: setattr(self, "review", None))
        self.review.show()
        self.review.raise_()
        if paths:
            self.review.open_files(list(paths))
        elif not self.review.panes:
            self.review.choose_files()
        return self.review

    def open_settings(self) -> None:
        """Settings; a changed calendar file is followed (and read) at once, a changed
        language rebuilds the window (the window's ``language_changed``)."""
        if self.asks_to_unlock():
            return
        from ui.shell.settings_dialog import SettingsDialog

        window = self.window
        settings = window.settings
        following = settings.watched_calendar
        available = window.tray is not None and window.tray.available
        dialog = SettingsDialog(
            window.journal, settings, window.language, self.parent_widget, available,
            lock=self.idle_lock,
        )  # fmt: skip
        dialog.changed.connect(window.apply_changes)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if settings.watched_calendar != following:
            self.calendar.follow(settings.watched_calendar)
            if settings.watched_calendar is not None:
                self.calendar.importer.start(settings.watched_calendar)
        self.language_chosen.emit(settings.language)


def review_window(bank, language: str, settings: Settings) -> ReviewWindow:
    """The coach's review (also ``advisor-journal review``, without a journal)."""
    from ui.coach.review_window import ReviewWindow

    return ReviewWindow(bank, language, settings)
