"""A first week that feels finished (issue 23): long names that fit, Help, the first
start, a reflection's answers in the client view."""

from datetime import UTC, datetime

from PySide6.QtCore import Qt

from journal.model import MeetingInput, ReflectionInput
from ui.coach.export_dialog import ExportDialog

LONG = "Van der Meer Installatietechniek en Onderhoud Noord-Holland BV"


def test_the_export_dialog_wraps_a_long_client_name_instead_of_cutting_it(qtbot, journal):
    journal.save(
        MeetingInput(LONG, "Kick-off", datetime(2026, 11, 2, 10, tzinfo=UTC), 60),
        ReflectionInput({"listening.1": 4}),
    )
    dialog = ExportDialog(journal, "en")
    qtbot.addWidget(dialog)
    dialog.resize(1000, 640)
    dialog.show()
    qtbot.waitExposed(dialog)
    clients = dialog.clients
    [item] = [clients.item(i) for i in range(clients.count()) if clients.item(i).text() == LONG]
    assert item.toolTip() == LONG
    rect = clients.visualItemRect(item)
    assert rect.right() <= clients.viewport().width()  # nothing runs past the edge
    assert rect.height() > 1.5 * clients.fontMetrics().lineSpacing()  # a second line
    assert clients.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
