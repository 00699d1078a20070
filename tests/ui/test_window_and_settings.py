"""The main window around the flow: list model, settings, language, geometry, start-up."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from journal.model import Profile
from journal.sample import demo
from journal.store.paths import journal_file
from ui.common import i18n
from ui.meetings.meeting_model import PAGE_SIZE, MeetingTableModel
from ui.reflect.reflection_dialog import ReflectionDialog
from ui.shell import app as app_module
from ui.shell.app import AppController
from ui.shell.main_window import MainWindow
from ui.shell.settings_dialog import SettingsDialog


def test_meeting_model_passes_the_model_tester_and_fetches_on_demand(qtmodeltester, journal):
    demo.fill(journal, PAGE_SIZE * 2 + 17, 3)
    model = MeetingTableModel(journal)
    assert model.rowCount() == PAGE_SIZE and model.canFetchMore()
    qtmodeltester.check(model, force_py=True)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == PAGE_SIZE * 2 + 17 == model.total
    starts = [model._rows[r].start for r in range(model.rowCount())]
    assert starts == sorted(starts, reverse=True)


def test_the_list_shows_newest_first_with_reflected_and_trust(qtbot, journal, settings):
    demo.fill(journal, 60, 4)
    window = MainWindow(journal, settings, "en")
    qtbot.addWidget(window)
    assert window.pages.currentWidget() is window.table
    assert window.count_label.text() == "Meetings: 60"
    stored = journal.store.db.execute(
        "SELECT m.title, m.start_utc, r.trust FROM meetings m "
        "LEFT JOIN reflections r ON r.meeting_id = m.id"
    ).fetchall()
    newest_first = sorted(stored, key=lambda row: row[1], reverse=True)
    cell = window.model.index
    for row, (title, _start, trust) in enumerate(newest_first):
        assert cell(row, MeetingTableModel.TITLE).data() == title
        shown_trust = cell(row, MeetingTableModel.TRUST).data()
        assert shown_trust == ("–" if trust is None else str(round(trust)))  # 0–100, whole
        reflected = cell(row, MeetingTableModel.REFLECTED).data()
        assert reflected == ("Not yet" if trust is None else "Yes")


def test_enter_on_a_row_opens_that_meeting(qtbot, journal, settings, monkeypatch):
    demo.fill(journal, 5, 4)
    window = MainWindow(journal, settings, "en")
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    opened = []
    monkeypatch.setattr(ReflectionDialog, "exec", lambda self: opened.append(self.meeting_id) or 0)
    window.table.setFocus()
    window.table.selectRow(2)
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert opened == [window.model.meeting_id(2)]
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert opened[-1] == window.model.meeting_id(2)


def test_window_size_and_position_are_remembered(qtbot, journal, settings):
    first = MainWindow(journal, settings, "en")
    qtbot.addWidget(first)
    first.show()
    first.setGeometry(QRect(40, 50, 700, 455))  # inside the 800×600 offscreen screen
    first.close()
    second = MainWindow(journal, settings, "en")
    qtbot.addWidget(second)
    second.show()
    assert (second.size().width(), second.size().height()) == (700, 455)
    assert second.geometry().topLeft() == first.geometry().topLeft()


def test_settings_save_name_focus_and_at_most_three_traits(qtbot, journal, settings):
    dialog = SettingsDialog(journal, settings, "en")
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.name.setText("Sanne de Vries")
    boxes = list(dialog.focus.values())
    for box in boxes[:3]:
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert not boxes[3].isEnabled()  # a fourth cannot be ticked
    qtbot.mouseClick(boxes[0], Qt.MouseButton.LeftButton)
    assert boxes[3].isEnabled()
    qtbot.mouseClick(boxes[0], Qt.MouseButton.LeftButton)
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    qtbot.mouseClick(
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
        Qt.MouseButton.LeftButton,
    )
    assert journal.profile() == Profile("Sanne de Vries", tuple(journal.bank.trait_ids()[:3]))
    assert settings.language == "nl"


def test_switching_language_rebuilds_the_window_in_dutch(qtbot, journal, settings):
    controller = AppController(journal, settings)
    qtbot.addWidget(controller.window)
    assert controller.window.windowTitle() == "Advisor Journal"
    assert controller.window.new_action.text() == "&New Reflection…"
    settings.language = "nl"
    controller.window.language_changed.emit("nl")
    qtbot.addWidget(controller.window)
    assert controller.language == "nl"
    assert controller.window.new_action.text() == "&Nieuwe reflectie…"
    assert controller.window.empty_button.text() != "Log a meeting and reflect"


def test_the_dutch_dialog_asks_the_dutch_questions(qtbot, journal):
    i18n.install("nl")
    dialog = ReflectionDialog(journal, "nl")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == QCoreApplication.translate(
        "ReflectionDialog", "New meeting and reflection"
    )
    assert dialog.windowTitle() != "New meeting and reflection"
    row = dialog.scale_questions[0]
    texts = [label.text() for label in row.findChildren(type(dialog.progress))]
    assert row.question.text.nl in texts
    assert row._group.button(1).text() == "1 · Helemaal niet"
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save).text()
    assert save.replace("&", "") == "Opslaan (Ctrl+S)"  # with its shortcut


def test_language_follows_the_system_unless_chosen(monkeypatch):
    from PySide6.QtCore import QLocale

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("nl_BE")))
    assert i18n.resolve("system") == "nl"
    assert i18n.resolve("en") == "en"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    assert i18n.resolve("system") == "en"
    assert i18n.resolve("nl") == "nl"


def test_a_file_that_is_not_a_journal_gets_a_message_at_start(qapp, tmp_path: Path, shown_messages):
    from tests.ui.damage import when_shown
    from ui.safety.damaged_dialog import DamagedDialog

    journal_file(tmp_path).write_text("not a database")
    said = []
    when_shown(DamagedDialog, lambda d: (said.append(d.headline.text()), d.leave_button.click()))
    assert app_module.run(tmp_path) == 1  # Quit
    assert said == ["A text file is where your journal should be"]
    assert shown_messages == []
    assert journal_file(tmp_path).read_text() == "not a database"
    assert QApplication.topLevelWidgets() == [] or all(
        not w.isVisible() for w in QApplication.topLevelWidgets()
    )


def test_a_folder_that_cannot_be_written_gets_a_message_at_start(qapp, tmp_path, shown_messages):
    blocker = tmp_path / "a-file"
    blocker.write_text("in the way")
    assert app_module.run(blocker / "journal") == 1
    [(kind, text)] = shown_messages
    assert kind == "error" and "cannot write" in text and str(blocker / "journal") in text
