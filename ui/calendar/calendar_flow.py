"""The calendar side of the main window: importing (by hand or when a followed file
changes), the prompt when a client meeting ends, and the "to reflect" list.

The window builds one after its first paint and hands it what it needs: the journal, the
settings, a parent for its dialogs, the status bar for its messages, and where to put
its two widgets (``Places``). It knows nothing more of the window: it says what changed
(``changed``), which meeting to reflect on (``open_meeting``) and when a meeting has
just ended (``attention``), and the window acts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QProgressBar, QStatusBar, QWidget

from journal.calendar.api import ImportResult
from journal.calendar.events_store import StoredEvent
from journal.errors import JournalError
from journal.service import Journal
from ui.calendar.calendar_import import CalendarImporter
from ui.calendar.calendar_text import limits_reached
from ui.calendar.calendar_watch import CalendarWatch
from ui.calendar.import_report_dialog import ImportReportDialog
from ui.calendar.prompt_bar import PromptBar
from ui.calendar.reminder import Reminder
from ui.calendar.to_reflect_view import ToReflectView
from ui.common import messages
from ui.common.changes import Changes
from ui.common.settings import Settings


@dataclass(frozen=True)
class Places:
    """Where the window shows the calendar's widgets, each made when first needed."""

    prompt_bar: Callable[[QWidget], None]  # above the tabs
    to_reflect: Callable[[QWidget], None]  # the To Reflect tab


class CalendarFlow(QObject):
    waiting_changed = Signal(int)  # how many ended meetings wait for a reflection
    changed = Signal(object)  # Changes: meetings held, taken off or imported
    open_meeting = Signal(int)  # reflect on this (held) meeting now
    show_all = Signal()  # the prompt's "show all": the To Reflect tab
    attention = Signal(list)  # these meetings just ended: tell the person
    importing = Signal(bool)  # an import started (True) or ended (False)

    def __init__(
        self,
        journal: Journal,
        settings: Settings,
        parent: QWidget,
        status: QStatusBar,
        places: Places,
    ):
        super().__init__(parent)
        self.journal = journal
        self.settings = settings
        self.parent_widget = parent  # of the dialogs
        self.status = status
        self.places = places
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
            bar = PromptBar()
            bar.reflect.connect(self.reflect_on)
            bar.snooze.connect(lambda event, choice: self.snooze([event], choice))
            bar.dismiss.connect(lambda event: self.dismiss([event]))
            bar.show_all.connect(self.show_all)
            self.places.prompt_bar(bar)
            self._prompt_bar = bar
        return self._prompt_bar

    @property
    def to_reflect(self) -> ToReflectView:
        if self._to_reflect is None:
            view = ToReflectView()
            view.reflect.connect(self.reflect_on)
            view.snooze.connect(self.snooze)
            view.dismiss.connect(self.dismiss)
            view.import_requested.connect(self.choose_and_import)
            self._to_reflect = view
            self.places.to_reflect(view)
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
            self.parent_widget,
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
        self.importing.emit(True)
        self.status.showMessage(self.tr("Reading the calendar {name}…").format(name=path.name))

    def _import_finished(self) -> None:
        self.busy.hide()
        self.importing.emit(False)
        self.status.clearMessage()

    def _imported(self, result: ImportResult, path: Path, quiet: bool) -> None:
        self._import_finished()
        self._meetings_changed()
        self.reminder.check()
        if quiet:
            self.status.showMessage(self._read_again_text(result, path), 10_000)
            return
        following = self.settings.watched_calendar == path
        dialog = ImportReportDialog(
            result, path, len(self.to_reflect.events), following, self.parent_widget
        )
        dialog.exec()
        if dialog.follow.isChecked() != following:
            self.settings.watched_calendar = path if dialog.follow.isChecked() else None
            self.follow(self.settings.watched_calendar)
        if dialog.range_wanted is not None:  # the same file, other days
            first, end = dialog.range_wanted
            self.importer.start(path, first=first, end=end)

    def _read_again_text(self, result: ImportResult, path: Path) -> str:
        """The status bar's words for a followed file read again. A file read while the
        calendar program still writes it ends early: what came before is read, nothing
        else is touched, and the next change reads the rest."""
        report = result.report
        counts = {"name": path.name, "added": len(report.added), "updated": len(report.updated)}
        cut = next((p for p in result.read.problems if p.kind == "cut_short"), None)
        if cut is not None:
            return self.tr(
                "Calendar {name} read again up to line {line}, where it ends early (still "
                "being written?): {added} added, {updated} updated. The rest is read when "
                "it changes again."
            ).format(line=cut.line, **counts)
        if limits_reached(result):
            return self.tr(
                "Calendar {name} read again, in part (a limit was reached; import it with "
                "File → Import Calendar… to see what was left out): {added} added, "
                "{updated} updated."
            ).format(**counts)
        return self.tr("Calendar {name} read again: {added} added, {updated} updated.").format(
            **counts
        )

    def _import_failed(self, error: JournalError, path: Path, quiet: bool) -> None:
        self._import_finished()
        if quiet:
            self.status.showMessage(messages.describe(error), 15_000)
        else:
            messages.show_error(self.parent_widget, error, self.tr("The calendar was not imported"))

    # -- asking -----------------------------------------------------------------------

    def ask(self, due: list[StoredEvent]) -> None:
        """Meetings just ended: the prompt in the window, and ``attention`` (the window
        notifies from the tray where there is one, else asks for attention)."""
        self.refresh()
        self.prompt_bar.ask(due[0], len(self.to_reflect.events) - 1, self.journal.clock())
        self.attention.emit(due)

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
            self.status.showMessage(
                self.tr("This meeting is no longer waiting for a reflection."), 8000
            )
            self.refresh()
            return
        self._hide_prompt_for([current])
        self.open_meeting.emit(current.meeting_id)
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
        self.status.showMessage(
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
        self.status.showMessage(
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
        self.changed.emit(Changes(meetings=True, to_reflect=True))

    def _show_error(self, error: JournalError) -> None:
        messages.show_error(self.parent_widget, error)
