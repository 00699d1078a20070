"""The window's features: each built when it is first needed, and connected to the
window here. The one place in ui/ that loads a feature package late.

The window paints its menus and the Meetings page first. Every feature below is
built later, by this table, and imported as it is built (so its modules, and the
libraries they bring, cost nothing before the first paint). Those built "after the
first paint" are started by ``ui.shell.after_paint``, the list of what waits for it:

    feature                                   package      built
    the idle lock (File → Lock Now)           ui.safety    after the first paint
    backups, the check after start-up         ui.safety    after the first paint
    the calendar: import, prompt, To Reflect  ui.calendar  after the first paint
    the brief before a client meeting         ui.transcripts after the first paint
    unsaved reflections offered               ui.reflect   after the first paint
    the growth view (QtCharts)                ui.growth    when its tab is first opened
    the reflection dialog                     ui.reflect   when a meeting is first opened
    the client view, Rename Tags              ui.meetings  when first asked for
    the client pulse: ask, import, predict    ui.pulse     when first asked for (and
      (in the reflection, the growth view and              with the view it sits in)
      the client view: placed here)
    Open Intentions                           ui.reflect   when first asked for
    Add Transcript… (and a file dropped)      ui.transcripts when first asked for
    export, coach feedback, review            ui.coach     when first asked for
    settings, help                            ui.shell     when first asked for
    the welcome at the first start            ui.shell     after the first paint

A feature asked for earlier (a test, the tray, a window hidden in the tray that never
paints) is built then. Features never import the window: each is handed what it needs
(the journal, a parent, the status bar) and says what happened in signals, which are
connected here to the window (``Window``: what the features may ask of it).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6 import QtWidgets  # QtWidgets.QFileDialog: built by PySide when first used
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from journal.errors import JournalError
from journal.model import Draft
from journal.service import Journal
from ui.common import diagnostics, messages
from ui.common.changes import Changes
from ui.common.settings import Settings
from ui.shell.tray import Tray

if TYPE_CHECKING:  # each is imported where it is built, below
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QStatusBar

    from ui.calendar.calendar_flow import CalendarFlow
    from ui.calendar.notifications import Notifications
    from ui.coach.review_window import ReviewWindow
    from ui.growth.growth_view import GrowthView
    from ui.meetings.client_view import ClientView
    from ui.pulse.comparison_panel import ComparisonPanel
    from ui.reflect.draft_offer import DraftOffer
    from ui.reflect.reflection_dialog import ReflectionDialog
    from ui.safety.backup_actions import BackupActions
    from ui.safety.idle_lock import IdleLock
    from ui.shell.welcome import WelcomeBar
    from ui.transcripts.brief_bar import BriefBar, BriefWatch
    from ui.transcripts.transcript_import import TranscriptImport


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
    def come_forward(self) -> None: ...
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
        self.welcome_bar: WelcomeBar | None = None
        self.growth_view: GrowthView | None = None
        self.client_view: ClientView | None = None
        self.review: ReviewWindow | None = None
        self.growth_pulse: ComparisonPanel | None = None  # in the growth view
        self._notifications: Notifications | None = None
        self.last_prompt_way = ""  # how the last prompt reached the person (tests)
        self._transcripts: TranscriptImport | None = None
        self._brief_watch: BriefWatch | None = None
        self.brief_bar: BriefBar | None = None
        self._stopped = False  # the window closed: nothing more starts

    @property
    def journal(self) -> Journal:
        return self.window.journal

    # -- started after the first paint (``ui.shell.after_paint``) ------------------------

    def start_lock(self) -> None:
        self.idle_lock.update()  # built: it watches for use from now on

    def start_calendar(self) -> None:
        if not self._stopped:
            self.notifications.probe()
            self.calendar.start()

    def start_backups(self) -> None:
        self.backup_actions.start()

    def start_briefs(self) -> None:
        if not self._stopped and not self.locked:
            self.brief_watch.check()

    def stop(self) -> None:
        """The window closes: the calendar stops (and a start still queued never runs)."""
        self._stopped = True
        if self._calendar is not None:
            self._calendar.stop()
        if self._notifications is not None:
            self._notifications.stop()
        if self._brief_watch is not None:
            self._brief_watch.stop()

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
        if self._notifications is not None:  # a locked journal's prompts: off screen
            self._notifications.withdraw()
        if self._calendar is not None:
            self._calendar.pause()
        if self._brief_watch is not None:
            self._brief_watch.stop()
        if self._backups is not None:
            self._backups.wait()  # its check or backup reads the file on a worker thread

    def _journal_opened(self) -> None:
        if self._calendar is not None:
            self._calendar.resume()
        if self._brief_watch is not None and not self._stopped:
            self._brief_watch.check()

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
            backups.place_banner = window.place_prompt_bar
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
            flow.open_meeting.connect(lambda _id: self._withdraw_notifications())
            flow.show_all.connect(window.show_to_reflect)
            flow.attention.connect(self._meetings_ended)
            flow.importing.connect(lambda busy: window.import_action.setEnabled(not busy))
            window.place_in_status_bar(flow.busy, STATUS_IMPORT)
            if self.locked:
                flow.pause()
            self._calendar = flow
        return self._calendar

    @property
    def notifications(self) -> Notifications:
        """The system's notifications (with Reflect Now and Later where it has buttons),
        asked once at start whether there are any."""
        if self._notifications is None:
            from ui.calendar.notifications import Notifications

            notes = Notifications(parent=self)
            notes.reflect_now.connect(self._reflect_from_notification)
            notes.later.connect(self._later_from_notification)
            notes.opened.connect(lambda: self.window.bring_to_front())
            notes.probed.connect(lambda _available: self._say_how_prompts_arrive())
            self._notifications = notes
        return self._notifications

    @property
    def brief_watch(self) -> BriefWatch:
        """The brief a few minutes before a client meeting on the calendar."""
        if self._brief_watch is None:
            from ui.transcripts.brief_bar import BriefWatch

            watch = BriefWatch(self.journal, self)
            watch.due.connect(self._briefs_due)
            self._brief_watch = watch
        return self._brief_watch

    def _briefs_due(self, due: list) -> None:
        """The soonest meeting's brief in the bar above the tabs."""
        from ui.transcripts.brief_bar import BriefBar

        if self.brief_bar is None:
            self.brief_bar = BriefBar()
            self.window.place_prompt_bar(self.brief_bar)
        event, brief = due[0]
        self.brief_bar.show_brief(event, brief)
        tray = self.window.tray
        if tray is not None and not self.parent_widget.isVisible():
            tray.say(self.brief_bar.title.text(), self.brief_bar.body.text())

    @property
    def transcripts(self) -> TranscriptImport:
        if self._transcripts is None:
            from ui.transcripts.transcript_import import TranscriptImport

            flow = TranscriptImport(self.journal, self.parent_widget, self.window.statusBar())
            flow.changed.connect(self.window.apply_changes)
            self._transcripts = flow
        return self._transcripts

    def add_transcript(self, meeting_id: int) -> bool:
        """Add Transcript…: a file dialog, then its figures for ``meeting_id``."""
        if self.asks_to_unlock():
            return False
        return self.transcripts.choose_and_attach(meeting_id)

    def transcript_dropped(self, meeting_id: int, paths: list) -> bool:
        """A file dropped on a meeting's row: the first transcript among them."""
        from ui.transcripts.transcript_import import transcript_paths

        if self.asks_to_unlock() or self.journal.read_only:
            return False
        found = transcript_paths(paths)
        if not found:
            self.window.statusBar().showMessage(
                self.tr("Drop a transcript (.vtt, .docx or .txt) on a meeting."), 8000
            )
            return False
        return self.transcripts.attach(meeting_id, found[0])

    def _meetings_ended(self, due: list) -> None:
        """The prompt is in the window already (its bar). It also reaches the person
        where they are: a notification of the system's own, else the tray's; and the
        window asks for attention (a flashing task bar, a bouncing Dock). Where neither
        notification could be shown, a hidden window shows itself, without taking the
        focus. An encrypted or locked journal's notifications name no meeting."""
        from ui.calendar.calendar_text import notification_text

        private = self.journal.encrypted or self.locked
        title, text = notification_text(due, private)
        tray = self.window.tray
        if self.notifications.send(
            title, text, due[0].id, self.tr("Reflect Now"), self.tr("Later")
        ):
            self.last_prompt_way = "notification"
        elif tray is not None and tray.notify(due, private):
            self.last_prompt_way = "tray"
        else:
            self.last_prompt_way = "window"
            self.window.come_forward()
        QApplication.alert(self.parent_widget)
        self.notifications.probe()  # after a "no": asked again, for the next prompt

    def _withdraw_notifications(self) -> None:
        """Reflecting now: the notification about it is of no more use."""
        if self._notifications is not None:
            self._notifications.withdraw()

    def _event_of_notification(self, event_id: int):
        """The calendar event a notification's button is about; None when the journal
        is locked (the unlock dialog is shown) or the event is gone."""
        self.window.bring_to_front()  # pressed by the person: the window may come up
        if self.locked:
            return None
        try:
            return self.journal.calendar.event(event_id)
        except JournalError as error:
            messages.show_error(self.parent_widget, error)
            return None

    def _reflect_from_notification(self, event_id: int) -> None:
        event = self._event_of_notification(event_id)
        if event is not None:
            self.calendar.reflect_on(event)  # withdraws the notification as it opens

    def _later_from_notification(self, event_id: int) -> None:
        if self.locked:
            return
        try:
            event = self.journal.calendar.event(event_id)
        except JournalError as error:
            messages.show_error(self.parent_widget, error)
            return
        if event is not None:
            self.calendar.snooze([event], "15m")

    def _say_how_prompts_arrive(self) -> None:
        """For Help → Copy Diagnostics."""
        notes = self.notifications
        tray = self.window.tray is not None and self.window.tray.available
        ways = []
        if notes.available:
            ways.append("system notifications" + (" with buttons" if notes.buttons else ""))
        if tray:
            ways.append("tray")
        diagnostics.context.notifications = ", ".join([*ways, "the window"])

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

    def welcome(self) -> WelcomeBar | None:
        """At the first start: the bar asking for name and focus traits (None when this
        computer has seen it, or they are set)."""
        from ui.shell.welcome import WelcomeBar, wants_welcome

        window = self.window
        if self.locked:  # closed meanwhile (a restore, an encryption change): next start
            return self.welcome_bar
        try:
            if self.welcome_bar is not None or not wants_welcome(window.journal, window.settings):
                return self.welcome_bar
        except JournalError:  # a locked journal: next start
            return None
        bar = WelcomeBar(window.settings)
        bar.set_up.connect(self.open_welcome)
        window.place_prompt_bar(bar)
        bar.show()
        self.welcome_bar = bar
        return bar

    def open_welcome(self) -> None:
        from ui.shell.welcome import WelcomeDialog

        dialog = WelcomeDialog(self.window.journal, self.window.language, self.parent_widget)
        if dialog.exec() == QDialog.DialogCode.Accepted and self.welcome_bar is not None:
            self.welcome_bar.finish()

    def prepare_reflection(self) -> None:
        """What the reflection dialog is made of, imported once the window is on screen,
        so that the first Ctrl+N or *Reflect now* does not wait for it (about half of
        the first opening's time on the development machine)."""
        import journal.mirror.api  # noqa: F401  (the mirror beside the answers)
        import ui.pulse.prediction_box  # noqa: F401
        import ui.reflect.reflection_dialog  # noqa: F401

    # -- on first use ------------------------------------------------------------------

    def reflection_dialog(self, meeting_id: int | None, draft: Draft | None) -> ReflectionDialog:
        """The reflection on ``meeting_id`` (None: a new meeting); raises JournalError."""
        from ui.reflect.reflection_dialog import ReflectionDialog

        window = self.window
        dialog = ReflectionDialog(
            window.journal, window.language, meeting_id, self.parent_widget,
            settings=window.settings, draft=draft,
        )  # fmt: skip
        if not window.journal.read_only:
            self._ask_prediction(dialog)
        return dialog

    def _ask_prediction(self, dialog: ReflectionDialog) -> None:
        """The prediction of the client's pulse, when one waits for it: asked in the
        reflection, saved with it."""
        from ui.pulse.prediction_box import PredictionBox

        box = PredictionBox(self.journal, self.window.language)
        dialog.add_section(box)
        dialog.prediction_box = box  # the tests reach it here
        box.follow(dialog.client_name, dialog.fields.client_or_start_edited)
        dialog.finished.connect(box.stop)
        dialog.accepted.connect(box.save)

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
            self._add_growth_pulse(view)
            self.window.place_tab(self.window.GROWTH, view)
        self.window.show_tab(self.window.GROWTH)

    def _add_growth_pulse(self, view: GrowthView) -> None:
        """Your view and theirs, under the growth charts, for the period and client
        chosen there."""
        from ui.pulse.comparison_panel import ComparisonPanel

        panel = ComparisonPanel(self.journal, self.window.language)
        view.add_panel(panel)
        view.refreshed.connect(self.refresh_growth_pulse)
        self.growth_pulse = panel
        self.refresh_growth_pulse()

    def refresh_growth_pulse(self) -> None:
        view, panel = self.growth_view, self.growth_pulse
        if view is not None and panel is not None and not self.locked:
            panel.show_for(view.client_name(), view.scope())

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
            self._add_client_pulse(view)
            self.client_view = view
        else:
            self.client_view.show_client(client_id)
        self.client_view.show()
        self.client_view.raise_()
        self.client_view.activateWindow()
        return self.client_view

    def _add_client_pulse(self, view: ClientView) -> None:
        """In the client view: whether to ask for a pulse, and their view beside yours."""
        from ui.pulse.comparison_panel import ClientPulsePanel

        panel = ClientPulsePanel(self.journal, self.window.language)
        view.add_section(panel)
        view.pulse_panel = panel  # the tests reach it here
        panel.ask.connect(self._ask_from_client_view)
        panel.follow(view)

    def _ask_from_client_view(self, client_name: str) -> None:
        self.open_ask_client(client_name, parent=self.client_view)

    # -- the client pulse --------------------------------------------------------------

    def open_ask_client(
        self, client_name: str | None = None, parent: QWidget | None = None
    ) -> QDialog | None:
        """Ask the Client…: a pulse for ``client_name`` (else the selected meeting's
        client, else the client view's)."""
        if self.asks_to_unlock():
            return None
        from ui.coach.export_writer import write_file
        from ui.pulse.ask_dialog import AskClientDialog

        if client_name is None:
            client_name = self.window.selected_client_name()
        if client_name is None and self.client_view is not None and self.client_view.client:
            client_name = self.client_view.client.name
        if client_name is None:
            self.window.statusBar().showMessage(
                self.tr("Select a meeting with the client to ask first."), 8000
            )
            return None
        dialog = AskClientDialog(
            self.journal, self.window.language, client_name, write_file,
            parent or self.parent_widget,
        )  # fmt: skip
        dialog.changed.connect(self._pulse_changed)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_pulse_import(self, path: Path | None = None) -> QDialog | None:
        """Import Client Answers…: the paste box, or ``path`` read at once (a dropped
        file)."""
        if self.asks_to_unlock():
            return None
        from ui.pulse.import_dialog import PulseImportDialog

        dialog = PulseImportDialog(self.journal, self.parent_widget)
        dialog.changed.connect(self._pulse_changed)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        if path is not None:
            dialog.import_file(path)
        return dialog

    def _pulse_changed(self, changes: Changes) -> None:
        self.window.apply_changes(changes)
        self.refresh_growth_pulse()

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
            chosen, _filter = QtWidgets.QFileDialog.getOpenFileName(
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
        if feedback.ratings and not self.journal.read_only:
            self._import_coach_ratings(feedback)
        dialog = FeedbackDialog(
            feedback, self.journal.bank, self.window.language, self.parent_widget
        )
        dialog.show()
        return dialog

    def _import_coach_ratings(self, feedback) -> None:
        """The coach's ratings of meetings they observed (feedback 1.1) go into the
        journal as they are opened (again: nothing added twice)."""
        try:
            result = self.journal.import_coach_ratings(feedback.coach, feedback.ratings)
        except JournalError as error:
            messages.show_error(self.parent_widget, error)
            return
        if result.added or result.changed:
            self._pulse_changed(Changes(clients=True))
            text = (
                self.tr(
                    "Your coach's ratings of 1 meeting are in: see Growth, “Your view and theirs”."
                )
                if result.responses == 1
                else self.tr(
                    "Your coach's ratings of {count} meetings are in: see Growth, "
                    "“Your view and theirs”."
                ).format(count=result.responses)
            )
            self.window.statusBar().showMessage(text, 10000)

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

    def open_help(self) -> None:
        from ui.shell.help_dialog import HelpDialog

        dialog = HelpDialog(self.window.journal, self.window.language, self.parent_widget)
        dialog.exec()

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
