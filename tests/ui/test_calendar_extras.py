"""Around the calendar: following a file on disk, starting at login, the calendar page of
Settings, staying in the tray, and importing a calendar from the window."""

import os
import re
import shlex
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from journal.calendar.client_rules import Rules
from journal.calendar.events_store import StoredEvent
from journal.model import Profile
from journal.service import Journal
from tests.conftest import FIXED_NOW
from tests.ui.calendar_helpers import Clock, Meeting, write_calendar
from ui.calendar import autostart
from ui.calendar.calendar_watch import CalendarWatch
from ui.calendar.import_report_dialog import ImportReportDialog
from ui.meetings.meeting_model import MeetingTableModel
from ui.shell.app import AppController
from ui.shell.main_window import MainWindow
from ui.shell.settings_dialog import SettingsDialog
from ui.shell.tray import Tray

QUICK_MS = 50  # the watch's quiet time in these tests, instead of 1.5 s


# -- following a file ---------------------------------------------------------------------


@pytest.fixture
def watch(qapp):
    watch = CalendarWatch()
    watch._settle.setInterval(QUICK_MS)
    yield watch
    watch.watch(None)
    watch.deleteLater()


def test_a_rewritten_file_is_reported_once_the_writer_is_done(qtbot, tmp_path, watch):
    path = write_calendar(tmp_path / "agenda.ics", [])
    watch.watch(path)
    reported = []
    watch.changed.connect(reported.append)
    with qtbot.waitSignal(watch.changed, timeout=5000) as blocker:
        path.write_text(path.read_text() + "X-MORE:1\r\n")  # written in two pieces
        with path.open("a") as more:
            more.write("X-EVEN-MORE:2\r\n")
    assert blocker.args == [path]
    qtbot.wait(4 * QUICK_MS)
    assert reported == [path]  # the two writes are read as one change


def test_a_file_replaced_by_a_rename_is_noticed_and_followed_after(qtbot, tmp_path, watch):
    path = write_calendar(tmp_path / "agenda.ics", [])
    watch.watch(path)
    saved = write_calendar(tmp_path / "agenda.ics.part", [Meeting("m1", "Intake", FIXED_NOW)])
    with qtbot.waitSignal(watch.changed, timeout=5000) as blocker:
        os.replace(saved, path)  # an atomic save
    assert blocker.args == [path]
    assert str(path) in watch._watcher.files()  # the new file, not the one renamed over
    # Written in place now: only a watch on the new file itself can see that.
    with qtbot.waitSignal(watch.changed, timeout=5000):
        path.write_text(path.read_text() + "X-MORE:1\r\n")


def test_a_file_that_appears_later_is_noticed(qtbot, tmp_path, watch):
    path = tmp_path / "agenda.ics"
    watch.watch(path)
    with qtbot.waitSignal(watch.changed, timeout=5000) as blocker:
        write_calendar(path, [])
    assert blocker.args == [path]


def test_no_change_is_reported_when_the_file_itself_is_the_same(qtbot, tmp_path, watch):
    path = write_calendar(tmp_path / "agenda.ics", [])
    watch.watch(path)
    reported = []
    watch.changed.connect(reported.append)
    with qtbot.waitSignal(watch._settle.timeout, timeout=5000):  # the watch looked
        path.chmod(0o600)  # its attributes, not its contents
    with qtbot.waitSignal(watch._settle.timeout, timeout=5000):
        (tmp_path / "other.ics").write_text("another file in the folder")
    assert reported == []


def test_watching_nothing_stops_following(qtbot, tmp_path, watch):
    path = write_calendar(tmp_path / "agenda.ics", [])
    watch.watch(path)
    path.chmod(0o600)
    qtbot.waitUntil(watch._settle.isActive, timeout=5000)  # a look was about to happen
    watch.watch(None)
    assert watch.path is None
    assert not watch._settle.isActive()
    assert watch._watcher.files() == [] and watch._watcher.directories() == []
    with qtbot.assertNotEmitted(watch.changed, wait=6 * QUICK_MS):
        path.write_text("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")


# -- starting at login --------------------------------------------------------------------


@pytest.fixture
def config_home(monkeypatch, tmp_path) -> Path:
    """The autostart folder goes to the test's own $XDG_CONFIG_HOME."""
    folder = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    monkeypatch.delenv("ADVISOR_JOURNAL_HOME", raising=False)
    return folder


def entry_values(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:])


def exec_arguments(exec_line: str) -> list[str]:
    """The arguments of an Exec value: double quotes as in a shell, %% for a %."""
    return [part.replace("%%", "%") for part in shlex.split(exec_line)]


def test_enable_writes_an_entry_that_starts_in_the_background(config_home, tmp_path):
    folder = tmp_path / "My Journal"  # a space: the argument must be quoted
    assert not autostart.enabled()
    written = autostart.enable(folder)
    assert written == config_home / "autostart" / "advisor-journal.desktop"
    assert autostart.enabled()
    values = entry_values(written)
    assert values["Type"] == "Application"
    assert f'"{folder}"' in values["Exec"]
    arguments = exec_arguments(values["Exec"])
    assert arguments == autostart.launch_command(folder)
    assert arguments[-1] == "--background"
    assert arguments[-3:-1] == ["--data-dir", str(folder)]
    assert not list(written.parent.glob("*.tmp"))

    autostart.disable()
    assert not written.exists() and not autostart.enabled()
    autostart.disable()  # nothing left to remove: no error


def test_the_launch_command_names_the_journal_only_when_given(tmp_path):
    default = autostart.launch_command()
    assert default[-1] == "--background" and "--data-dir" not in default
    assert autostart.launch_command(tmp_path) == default[:-1] + [
        "--data-dir",
        str(tmp_path),
        "--background",
    ]


def test_exec_arguments_are_quoted_as_the_desktop_entry_specification_asks():
    entry = autostart.desktop_entry(
        ["/opt/aj/advisor-journal", "--data-dir", "/home/sanne/My Journal 100%", "--background"]
    )
    assert (
        "Exec=/opt/aj/advisor-journal --data-dir "
        '"/home/sanne/My Journal 100%%" --background' in entry.splitlines()
    )
    plain = autostart.desktop_entry(["/opt/aj/advisor-journal", "--data-dir", "/srv/100%"])
    assert "Exec=/opt/aj/advisor-journal --data-dir /srv/100%%" in plain.splitlines()


# -- the calendar page of Settings --------------------------------------------------------


def open_settings(qtbot, journal, settings, tray_available=False) -> SettingsDialog:
    dialog = SettingsDialog(journal, settings, "en", None, tray_available)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def press_ok(qtbot, dialog: SettingsDialog) -> None:
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_rules_typed_with_commas_are_saved(qtbot, journal, settings):
    dialog = open_settings(qtbot, journal, settings)
    page = dialog.calendar_page
    page.my_email.setText(" Anna@AdviesBureau.nl ")
    page.include_keywords.setText("Client, intake ,, Intake")
    page.include_domains.setText("@utrecht.nl, Kestrel.co.uk")
    page.ignore_keywords.setText("lunch, 1:1")
    page.ignore_domains.setText("our-partner.nl")
    press_ok(qtbot, dialog)
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert journal.calendar.rules() == Rules(
        my_email="anna@adviesbureau.nl",
        include_keywords=("client", "intake"),
        ignore_keywords=("lunch", "1:1"),
        include_domains=("utrecht.nl", "kestrel.co.uk"),
        ignore_domains=("our-partner.nl",),
    )
    again = open_settings(qtbot, journal, settings)  # shown as saved
    assert again.calendar_page.include_domains.text() == "utrecht.nl, kestrel.co.uk"
    assert again.calendar_page.my_email.text() == "anna@adviesbureau.nl"


def test_a_bad_email_address_keeps_the_dialog_open_and_saves_nothing(qtbot, journal, settings):
    dialog = open_settings(qtbot, journal, settings)
    dialog.name.setText("Sanne de Vries")
    dialog.calendar_page.include_keywords.setText("intake")
    dialog.calendar_page.my_email.setText("anna at x")
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.result() != SettingsDialog.DialogCode.Accepted
    assert dialog.error_banner.isVisible()
    assert "anna at x" in dialog.error_banner.text()
    assert dialog.pages.currentIndex() == 1  # the calendar page
    assert journal.calendar.rules() == Rules()
    assert journal.profile() == Profile("", ())

    dialog.calendar_page.my_email.setText("anna@adviesbureau.nl")  # corrected
    press_ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert journal.calendar.rules().my_email == "anna@adviesbureau.nl"


def test_following_a_file_and_stopping(qtbot, journal, settings, tmp_path):
    agenda = tmp_path / "agenda.ics"
    dialog = open_settings(qtbot, journal, settings)
    page = dialog.calendar_page
    assert not page.stop_following.isEnabled()
    page._set_followed(agenda)  # what choosing it in the file dialog does
    assert page.file.text() == str(agenda) and page.stop_following.isEnabled()
    press_ok(qtbot, dialog)
    assert settings.watched_calendar == agenda

    again = open_settings(qtbot, journal, settings)
    assert again.calendar_page.file.text() == str(agenda)
    qtbot.mouseClick(again.calendar_page.stop_following, Qt.MouseButton.LeftButton)
    assert again.calendar_page.file.text() == ""
    assert settings.watched_calendar == agenda  # not before OK
    press_ok(qtbot, again)
    assert settings.watched_calendar is None


def test_keeping_running_in_the_tray_needs_a_tray(qtbot, journal, settings):
    settings.keep_in_tray = True
    without = open_settings(qtbot, journal, settings, tray_available=False)
    box = without.calendar_page.keep_in_tray
    assert not box.isEnabled() and not box.isChecked()
    press_ok(qtbot, without)
    assert settings.keep_in_tray  # not turned off by a desktop without a tray

    with_tray = open_settings(qtbot, journal, settings, tray_available=True)
    box = with_tray.calendar_page.keep_in_tray
    assert box.isEnabled() and box.isChecked()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    press_ok(qtbot, with_tray)
    assert settings.keep_in_tray is False


def test_the_start_at_login_box_writes_and_removes_the_entry(
    qtbot, journal, settings, config_home, data_dir
):
    entry = config_home / "autostart" / "advisor-journal.desktop"
    dialog = open_settings(qtbot, journal, settings)
    assert not dialog.calendar_page.start_at_login.isChecked()
    dialog.calendar_page.start_at_login.setChecked(True)
    press_ok(qtbot, dialog)
    arguments = exec_arguments(entry_values(entry)["Exec"])
    assert arguments[-3:] == ["--data-dir", str(data_dir), "--background"]

    again = open_settings(qtbot, journal, settings)
    assert again.calendar_page.start_at_login.isChecked()
    again.calendar_page.start_at_login.setChecked(False)
    press_ok(qtbot, again)
    assert not entry.exists()


def test_start_at_login_names_a_relative_journal_folder_in_full(
    qtbot, settings, config_home, tmp_path, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    journal = Journal.open(Path("relative-journal"), clock=lambda: FIXED_NOW)
    try:
        dialog = open_settings(qtbot, journal, settings)
        dialog.calendar_page.start_at_login.setChecked(True)
        press_ok(qtbot, dialog)
        arguments = exec_arguments(
            entry_values(config_home / "autostart" / autostart.ENTRY_NAME)["Exec"]
        )
        expected = str((tmp_path / "relative-journal").resolve())
        assert arguments[-3:] == ["--data-dir", expected, "--background"]
    finally:
        journal.close()


def test_start_at_login_names_a_journal_chosen_by_the_variable(
    qtbot, settings, config_home, tmp_path, monkeypatch
):
    """At login the shell's ADVISOR_JOURNAL_HOME is usually not set: name the folder."""
    folder = tmp_path / "from-variable"
    monkeypatch.setenv("ADVISOR_JOURNAL_HOME", str(folder))
    journal = Journal.open(folder, clock=lambda: FIXED_NOW)
    try:
        dialog = open_settings(qtbot, journal, settings)
        dialog.calendar_page.start_at_login.setChecked(True)
        press_ok(qtbot, dialog)
        arguments = exec_arguments(
            entry_values(config_home / "autostart" / autostart.ENTRY_NAME)["Exec"]
        )
        assert arguments[-3:] == ["--data-dir", str(folder.resolve()), "--background"]
    finally:
        journal.close()


def client_row(dialog: SettingsDialog, domain: str) -> int:
    table = dialog.calendar_page.clients
    [row] = [r for r in range(table.rowCount()) if table.item(r, 0).text() == domain]
    return row


def test_renaming_a_client_remembered_by_domain(qtbot, journal, settings):
    journal.calendar.set_client_domains(
        {"utrecht.nl": "Gemeente Utrecht", "kestrel.co.uk": "Kestrel"}
    )
    dialog = open_settings(qtbot, journal, settings)
    table = dialog.calendar_page.clients
    row = client_row(dialog, "utrecht.nl")
    assert table.item(row, 1).text() == "Gemeente Utrecht"
    assert not table.item(row, 0).flags() & Qt.ItemFlag.ItemIsEditable  # the domain stays
    assert table.item(row, 1).flags() & Qt.ItemFlag.ItemIsEditable
    table.item(row, 1).setText("  Gemeente Utrecht Noord ")
    press_ok(qtbot, dialog)
    assert journal.calendar.client_domains() == {
        "kestrel.co.uk": "Kestrel",
        "utrecht.nl": "Gemeente Utrecht Noord",
    }


def test_forgetting_a_client_domain(qtbot, journal, settings):
    journal.calendar.set_client_domains(
        {"utrecht.nl": "Gemeente Utrecht", "kestrel.co.uk": "Kestrel"}
    )
    dialog = open_settings(qtbot, journal, settings)
    table = dialog.calendar_page.clients
    table.selectRow(client_row(dialog, "utrecht.nl"))
    [forget] = [b for b in dialog.calendar_page.findChildren(QPushButton) if b.text() == "&Forget"]
    qtbot.mouseClick(forget, Qt.MouseButton.LeftButton)
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == ["kestrel.co.uk"]
    assert journal.calendar.client_domains() == {  # not before OK
        "kestrel.co.uk": "Kestrel",
        "utrecht.nl": "Gemeente Utrecht",
    }
    press_ok(qtbot, dialog)
    assert journal.calendar.client_domains() == {"kestrel.co.uk": "Kestrel"}


# -- the tray -----------------------------------------------------------------------------


@pytest.fixture
def quits(monkeypatch) -> list[int]:
    """The app quitting, recorded instead of ending the test's event loops."""
    calls: list[int] = []
    monkeypatch.setattr(QCoreApplication, "quit", staticmethod(lambda: calls.append(1)))
    return calls


@pytest.fixture
def said(monkeypatch) -> list[tuple[str, str]]:
    calls: list[tuple[str, str]] = []
    monkeypatch.setattr(Tray, "say", lambda self, title, text: calls.append((title, text)))
    return calls


def app_on(qtbot, journal, settings, tray_available: bool) -> AppController:
    controller = AppController(journal, settings, "en", tray_available=tray_available)
    qtbot.addWidget(controller.window)
    controller.window.show()
    return controller


def test_closing_the_window_keeps_the_app_in_the_tray(qtbot, journal, settings, said, quits):
    settings.keep_in_tray = True
    controller = app_on(qtbot, journal, settings, tray_available=True)
    window = controller.window
    closed = []
    window.closed.connect(lambda: closed.append(1))
    window.close()
    assert not window.isVisible()
    assert closed == [] and quits == []
    assert len(said) == 1 and said[0][0] == "Advisor Journal keeps running"
    assert settings.tray_hint_shown

    window.bring_to_front()
    window.close()
    assert not window.isVisible() and closed == []
    assert len(said) == 1  # the hint is said only once

    window.quit()  # from the tray's menu: for good
    assert closed == [1] and quits == [1]


@pytest.mark.parametrize(
    ("tray_available", "keep_in_tray"), [(True, False), (False, True)], ids=["not-kept", "no-tray"]
)
def test_closing_the_window_ends_the_app(
    qtbot, journal, settings, said, quits, tray_available, keep_in_tray
):
    settings.keep_in_tray = keep_in_tray
    controller = app_on(qtbot, journal, settings, tray_available=tray_available)
    closed = []
    controller.window.closed.connect(lambda: closed.append(1))
    controller.window.close()
    assert not controller.window.isVisible()
    assert closed == [1] and quits == [1]
    assert said == []


def stored_event(title: str, client: str) -> StoredEvent:
    start = FIXED_NOW - timedelta(hours=1)
    return StoredEvent(
        id=1,
        uid=title,
        recurrence_id="",
        title=title,
        start=start,
        end=start + timedelta(minutes=45),
        is_client=True,
        reason="outside_attendee",
        client_name=client,
        status="open",
        meeting_id=None,
        snoozed_until=None,
        prompted_at=None,
    )


def test_the_tray_says_which_meeting_ended(qtbot, journal, settings, monkeypatch):
    controller = AppController(journal, settings, "en", tray_available=True)
    qtbot.addWidget(controller.window)
    shown = []
    monkeypatch.setattr(controller.tray.icon, "showMessage", lambda *args: shown.append(args))
    due = [stored_event("Voortgangsoverleg", "Gemeente Utrecht"), stored_event("Intake", "")]
    assert controller.tray.notify(due) is True
    [(title, text, _icon, _ms)] = shown
    assert title == "Time to reflect"
    assert "“Voortgangsoverleg”" in text and "Gemeente Utrecht" in text
    assert "1 more meeting waiting." in text
    assert controller.tray.notify([]) is False and len(shown) == 1


def test_without_a_tray_nothing_is_notified(qtbot, monkeypatch):
    tray = Tray(False)
    shown = []
    monkeypatch.setattr(tray.icon, "showMessage", lambda *args: shown.append(args))
    assert tray.notify([stored_event("Intake", "Kestrel")]) is False
    tray.say("Advisor Journal keeps running", "…")
    assert shown == []
    assert not tray.icon.isVisible()


# -- importing from the window ------------------------------------------------------------


@pytest.fixture
def agenda(tmp_path) -> Path:
    """Two client meetings that have ended, one to come, and one internal meeting."""
    return write_calendar(
        tmp_path / "agenda.ics",
        [
            Meeting("m1", "Voortgangsoverleg", FIXED_NOW - timedelta(hours=3), 60),
            Meeting("m2", "Kennismaking", FIXED_NOW - timedelta(days=3), 45, "kestrel.co.uk"),
            Meeting("m3", "Stuurgroep", FIXED_NOW + timedelta(days=2), 60),
            Meeting("m4", "Teamoverleg", FIXED_NOW - timedelta(hours=5), 30, "adviesbureau.nl"),
        ],
    )


@pytest.fixture
def reports(monkeypatch):
    """Each import report shown; ``reports.follow`` is what the advisor ticks."""

    class Shown(list):
        follow: bool | None = None

    shown = Shown()

    def exec_(dialog):
        shown.append((dialog, dialog.follow.isChecked()))
        if shown.follow is not None:
            dialog.follow.setChecked(shown.follow)
        return ImportReportDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportReportDialog, "exec", exec_)
    return shown


@pytest.fixture
def window(qtbot, journal, settings):
    window = MainWindow(journal, settings, "en")
    qtbot.addWidget(window)
    yield window
    window.calendar.stop()


def titles(window: MainWindow) -> set[str]:
    return {
        window.model.index(r, MeetingTableModel.TITLE).data()
        for r in range(window.model.rowCount())
    }


def test_importing_lists_the_ended_meetings_and_offers_to_follow(
    qtbot, window, settings, agenda, reports
):
    reports.follow = True
    with qtbot.waitSignal(window.calendar.importer.imported, timeout=10000):
        window.calendar.importer.start(agenda)
    assert window.model.total == 2
    assert titles(window) == {"Voortgangsoverleg", "Kennismaking"}
    assert window.tabs.tabText(MainWindow.TO_REFLECT) == "To Reflect (2)"
    [(dialog, offered_following)] = reports
    assert offered_following is False
    assert dialog.windowTitle() == "Calendar imported"
    assert settings.watched_calendar == agenda
    assert window.calendar.watch.path == agenda
    assert window.import_action.isEnabled() and not window.calendar.busy.isVisibleTo(window)


def test_unticking_follow_in_the_report_stops_following(qtbot, window, settings, agenda, reports):
    settings.watched_calendar = agenda
    window.calendar.follow(agenda)
    reports.follow = False
    with qtbot.waitSignal(window.calendar.importer.imported, timeout=10000):
        window.calendar.importer.start(agenda)
    [(_dialog, offered_following)] = reports
    assert offered_following is True
    assert settings.watched_calendar is None
    assert window.calendar.watch.path is None


def test_a_file_that_is_not_a_calendar_is_named_in_the_message(
    qtbot, window, tmp_path, reports, shown_messages
):
    notes = tmp_path / "notes.txt"
    notes.write_text("hello\n")
    with qtbot.waitSignal(window.calendar.importer.failed, timeout=10000):
        window.calendar.importer.start(notes)
    [(kind, text)] = shown_messages
    assert kind == "error" and str(notes) in text
    assert reports == []
    assert window.model.total == 0
    assert window.journal.calendar.pending() == []
    assert window.import_action.isEnabled()


def test_a_quiet_import_reports_in_the_status_bar(qtbot, window, agenda, reports):
    with qtbot.waitSignal(window.calendar.importer.imported, timeout=10000):
        window.calendar.importer.start(agenda, quiet=True)
    assert reports == []
    assert (
        window.statusBar().currentMessage() == "Calendar agenda.ics read again: 3 added, 0 updated."
    )
    assert window.model.total == 2


def test_a_followed_file_that_changes_is_read_again(qtbot, window, agenda, reports):
    with qtbot.waitSignal(window.calendar.importer.imported, timeout=10000):
        window.calendar.importer.start(agenda, quiet=True)
    window.calendar.watch._settle.setInterval(QUICK_MS)
    window.calendar.follow(agenda)
    with qtbot.waitSignal(window.calendar.importer.imported, timeout=10000):
        write_calendar(
            agenda,
            [
                Meeting("m1", "Voortgangsoverleg", FIXED_NOW - timedelta(hours=3), 60),
                Meeting("m5", "Evaluatie", FIXED_NOW - timedelta(hours=1), 30),
            ],
        )
    assert reports == []
    assert "1 added" in window.statusBar().currentMessage()
    assert "Evaluatie" in titles(window)


def test_a_followed_file_read_while_it_is_written_keeps_what_came_before(
    qtbot, window, agenda, reports
):
    """Issue 16: a followed file read half-written is read up to the cut, says so, and
    the next change reads the rest; nothing already read is lost."""
    with qtbot.waitSignal(window.calendar.importer.imported, timeout=10000):
        window.calendar.importer.start(agenda, quiet=True)
    window.calendar.watch._settle.setInterval(QUICK_MS)
    window.calendar.follow(agenda)
    meetings = [
        Meeting("m1", "Voortgangsoverleg", FIXED_NOW - timedelta(hours=3), 60),
        Meeting("m5", "Evaluatie", FIXED_NOW - timedelta(hours=1), 30),
        Meeting("m6", "Nazorg", FIXED_NOW - timedelta(hours=2), 30),
    ]
    whole = write_calendar(agenda, meetings).read_bytes()
    cut_at = whole.index(b"Nazorg")
    with qtbot.waitSignal(window.calendar.importer.imported, timeout=10000):
        agenda.write_bytes(whole[:cut_at])  # the writer stopped inside the last event
    assert reports == []
    line = whole[:cut_at].count(b"\n") + 1
    assert window.statusBar().currentMessage() == (
        f"Calendar agenda.ics read again up to line {line}, where it ends early (still being "
        "written?): 1 added, 0 updated. The rest is read when it changes again."
    )
    assert {"Voortgangsoverleg", "Kennismaking", "Evaluatie"} <= titles(window)
    assert "Nazorg" not in titles(window)
    with qtbot.waitSignal(window.calendar.importer.imported, timeout=10000):
        agenda.write_bytes(whole)
    assert "1 added" in window.statusBar().currentMessage()
    assert "Nazorg" in titles(window) and "Kennismaking" in titles(window)


def test_an_import_uses_the_journal_clock(qtbot, data_dir, settings, tmp_path, reports):
    """Meetings are held by the journal's clock, not the computer's."""
    clock = Clock(datetime(2026, 11, 23, 9, 0, tzinfo=UTC))
    journal = Journal.open(data_dir, clock=clock)
    window = MainWindow(journal, settings, "en")
    qtbot.addWidget(window)
    try:
        path = write_calendar(
            tmp_path / "day.ics",
            [Meeting("d1", "Intake", datetime(2026, 11, 23, 10, 0, tzinfo=UTC), 60)],
        )
        with qtbot.waitSignal(window.calendar.importer.imported, timeout=10000):
            window.calendar.importer.start(path, quiet=True)
        assert window.model.total == 0  # it has not ended yet
        assert window.tabs.tabText(MainWindow.TO_REFLECT) == "To Reflect"
    finally:
        window.calendar.stop()
        window.close()
        journal.close()


def test_a_file_with_nothing_in_the_window_says_which_window_in_words(qtbot, tmp_path, journal):
    old = Meeting("old-1", "Kick-off", FIXED_NOW - timedelta(days=200))
    path = write_calendar(tmp_path / "old.ics", [old])
    result = journal.calendar.import_file(path)
    dialog = ImportReportDialog(result, path, 0, False)
    qtbot.addWidget(dialog)
    text = dialog.summary.text()
    first = (FIXED_NOW - timedelta(days=30)).astimezone().date()
    assert "no events from" in text and "Read These Dates" in text
    assert f"{first.day} {first.strftime('%B')} {first.year}" in text  # in words
    assert not re.search(r"\d{4}-\d\d-\d\d", text)  # no ISO date inside a sentence


def test_other_days_chosen_in_the_report_are_read_from_the_same_file(
    qtbot, tmp_path, window, monkeypatch
):
    from PySide6.QtCore import QDate

    old = FIXED_NOW - timedelta(days=200)
    path = write_calendar(tmp_path / "old.ics", [Meeting("old-1", "Kick-off", old)])
    shown = []

    def exec_(dialog):
        shown.append(dialog.summary.text())
        if len(shown) == 1:  # nothing in the default days: ask for older ones
            day = (old - timedelta(days=10)).astimezone().date()
            dialog.first_day.setDate(QDate(day.year, day.month, day.day))
            dialog.read_again.click()
        return ImportReportDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportReportDialog, "exec", exec_)
    with qtbot.waitSignal(window.calendar.importer.imported, timeout=10000):
        window.calendar.importer.start(path)
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=10000)
    assert "no events from" in shown[0] and "no events from" not in shown[1]
    assert window.model.total == 1 and titles(window) == {"Kick-off"}
