"""The calendar side of the main window: importing (by hand or when a followed file
changes), the prompt when a client meeting ends, and the "to reflect" list. The window
owns one; it calls back into the window to open a reflection and to refresh the list of
meetings."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtWidgets import QApplication, QFileDialog, QProgressBar

from journal.errors import JournalError
from ui.calendar.calendar_import import CalendarImporter
from ui.calendar.calendar_watch import CalendarWatch
from ui.calendar.reminder import Reminder
from ui.common import messages

if TYPE_CHECKING:
    from journal.calendar.api import ImportResult
    from journal.calendar.events_store import StoredEvent
    from ui.calendar.prompt_bar import PromptBar
    from ui.calendar.to_reflect_view import ToReflectView
    from ui.shell.main_window import MainWindow


class CalendarFlow(QObject):
    waiting_changed = Signal(int)  # how many ended meetings wait for a reflection

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.journal = window.journal
        self.settings = window.settings
        self._prompt_bar: PromptBar | None = None  # both made when first needed,
        self._to_reflect: ToReflectView | None = None  # after the window's first paint
        self.reminder = Reminder(self.journal, self)
        self.importer = CalendarImporter(self.journal, self)
        self.watch = CalendarWatch(self)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.hide()
        self._started = False
        self._stopped = False
        self._paused = False  # the journal is closed (locked): see pause()

        self.reminder.due.connect(self.ask)
        self.reminder.held.connect(lambda _count: self._meetings_changed())
        self.reminder.failed.connect(self._show_error)
        self.importer.started.connect(self._import_started)
        self.importer.imported.connect(self._imported)
        self.importer.failed.connect(self._import_failed)
        self.watch.changed.connect(lambda path: self.importer.start(path, quiet=True))

    @property
    def prompt_bar(self) -> PromptBar:
        if self._prompt_bar is None:
            from ui.calendar.prompt_bar import PromptBar

            bar = PromptBar()
            bar.reflect.connect(self.reflect_on)
            bar.snooze.connect(lambda event, choice: self.snooze([event], choice))
            bar.dismiss.connect(lambda event: self.dismiss([event]))
            bar.show_all.connect(self.window.show_to_reflect)
            self.window.place_prompt_bar(bar)
            self._prompt_bar = bar
        return self._prompt_bar

    @property
    def to_reflect(self) -> ToReflectView:
        if self._to_reflect is None:
            from ui.calendar.to_reflect_view import ToReflectView

            view = ToReflectView()
            view.reflect.connect(self.reflect_on)
            view.snooze.connect(self.snooze)
            view.dismiss.connect(self.dismiss)
            view.import_requested.connect(self.choose_and_import)
            self._to_reflect = view
            self.window.place_to_reflect(view)
        return self._to_reflect

    def start(self) -> None:
        """Once the window is up (or hidden in the tray at login): look at what is due,
        and catch up on the followed file's changes since the app last ran."""
        if self._started or self._paused:
            return
        self._started = True
        self.refresh()
        self.reminder.check()
        self.follow(self.settings.watched_calendar, import_now=True)

    def stop(self) -> None:
        self._started = True  # a start still queued must not run on a closing journal
        self._stopped = True
        self.reminder.stop()
        self.watch.watch(None)
        self.importer.stop()

    def pause(self) -> None:
        """The journal is closed (locked, or being rewritten): nothing here may read it
        until ``resume()``, which catches up (prompts due, the followed file)."""
        self._paused = True
        self.reminder.stop()
        self.watch.watch(None)
        self.importer.hold()

    def resume(self) -> None:
        self._paused = False
        self.importer.release()
        if not self._stopped:
            self._started = False
            self.start()

    # -- importing --------------------------------------------------------------------

    def choose_and_import(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import Calendar"),
            self.settings.last_calendar_folder,
            self.tr("Calendar files (*.ics *.ical *.ifb);;All files (*)"),
        )
        if name:
            self.settings.last_calendar_folder = str(Path(name).parent)
            self.importer.start(Path(name))

    def follow(self, path: Path | None, import_now: bool = False) -> None:
        self.watch.watch(path)
        if path is not None and import_now:
            self.importer.start(path, quiet=True)

    def _import_started(self, path: Path, quiet: bool) -> None:
        self.busy.show()
        self.window.import_action.setEnabled(False)
        self.window.statusBar().showMessage(
            self.tr("Reading the calendar {name}…").format(name=path.name)
        )

    def _import_finished(self) -> None:
        self.busy.hide()
        self.window.import_action.setEnabled(True)
        self.window.statusBar().clearMessage()

    def _imported(self, result: ImportResult, path: Path, quiet: bool) -> None:
        self._import_finished()
        self._meetings_changed()
        self.reminder.check()
        report = result.report
        if quiet:
            self.window.statusBar().showMessage(
                self.tr("Calendar {name} read again: {added} added, {updated} updated.").format(
                    name=path.name, added=len(report.added), updated=len(report.updated)
                ),
                10_000,
            )
            return
        from ui.calendar.import_report_dialog import ImportReportDialog

        following = self.settings.watched_calendar == path
        dialog = ImportReportDialog(
            result, path, len(self.to_reflect.events), following, self.window
        )
        dialog.exec()
        if dialog.follow.isChecked() != following:
            self.settings.watched_calendar = path if dialog.follow.isChecked() else None
            self.follow(self.settings.watched_calendar)

    def _import_failed(self, error: JournalError, path: Path, quiet: bool) -> None:
        self._import_finished()
        if quiet:
            self.window.statusBar().showMessage(messages.describe(error), 15_000)
        else:
            messages.show_error(self.window, error, self.tr("The calendar was not imported"))

    # -- asking -----------------------------------------------------------------------

    def ask(self, due: list[StoredEvent]) -> None:
        """Meetings just ended: the prompt in the window, and a notification from the
        tray where there is one (else the window asks for attention)."""
        self.refresh()
        self.prompt_bar.ask(due[0], len(self.to_reflect.events) - 1, self.journal.clock())
        tray = self.window.tray
        if tray is None or not tray.notify(due):
            QApplication.alert(self.window)

    def reflect_on(self, event: StoredEvent) -> None:
        try:
            calendar = self.journal.calendar
            if event.meeting_id is None:
                calendar.hold_ended_meetings()
            current = calendar.event(event.id)
        except JournalError as error:
            self._show_error(error)
            return
        if current is None or current.status != "open" or current.meeting_id is None:
            self.window.statusBar().showMessage(
                self.tr("This meeting is no longer waiting for a reflection."), 8000
            )
            self.refresh()
            return
        self._hide_prompt_for([current])
        self.window.run_reflection(current.meeting_id)
        self.refresh()

    def saved(self, meeting_id: int, client_name: str) -> None:
        """A reflection was saved (from the prompt, the list or the meetings): if the
        meeting came from the calendar, remember its client for the e-mail domains."""
        try:
            event = self.journal.calendar.event_of_meeting(meeting_id)
            if event is not None:
                self.journal.calendar.confirm_client(event, client_name)
        except JournalError as error:
            self._show_error(error)

    def snooze(self, events: list[StoredEvent], choice: str) -> None:
        try:
            until = [self.journal.calendar.snooze(event, choice) for event in events][-1]
        except JournalError as error:
            self._show_error(error)
            return
        self._hide_prompt_for(events)
        local = until.astimezone()
        self.window.statusBar().showMessage(
            self.tr("You will be asked again at {time}.").format(
                time=QLocale().toString(local.time(), QLocale.FormatType.ShortFormat)
            ),
            8000,
        )
        self.refresh()

    def dismiss(self, events: list[StoredEvent]) -> None:
        try:
            for event in events:
                self.journal.calendar.dismiss(event)
        except JournalError as error:
            self._show_error(error)
        self._hide_prompt_for(events)
        self.window.statusBar().showMessage(
            self.tr("Taken off the list as not a client meeting.")
            if len(events) == 1
            else self.tr("{count} meetings taken off the list as not client meetings.").format(
                count=len(events)
            ),
            8000,
        )
        self._meetings_changed()

    def _hide_prompt_for(self, events: list[StoredEvent]) -> None:
        if self._prompt_bar is None:
            return
        shown = self._prompt_bar.event
        if shown is None or shown.id in {e.id for e in events}:
            self._prompt_bar.hide()

    # -- refreshing -------------------------------------------------------------------

    def refresh(self) -> None:
        """The list of ended meetings to reflect on, its count, and the timer."""
        if self._paused:
            return
        try:
            waiting = self.journal.calendar.to_reflect()
        except JournalError as error:
            self._show_error(error)
            return
        self.to_reflect.show_events(waiting, self.journal.clock())
        self.waiting_changed.emit(len(waiting))
        self.reminder.reschedule()

    def _meetings_changed(self) -> None:
        """Meetings were added or removed: the list, the growth view (held meetings
        count in its coverage) and the list waiting for a reflection."""
        self.window.reload()
        growth = self.window.growth_view
        if growth is not None:
            growth.reload_clients()
            growth.refresh()
        self.refresh()

    def _show_error(self, error: JournalError) -> None:
        messages.show_error(self.window, error)
