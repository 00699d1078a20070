"""The reflection dialog's first box: the meeting itself (client, title, date and time,
duration, notes, tags)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QDateTime, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
)

from journal.model import Meeting, MeetingInput
from journal.service import Journal
from ui.reflect.draft_keeper import draft_text
from ui.reflect.tags_completer import TagsCompleter


class MeetingFields(QGroupBox):
    client_or_start_edited = Signal()  # last time's intention with this client may differ

    def __init__(self, journal: Journal):
        super().__init__()
        self.setTitle(self.tr("Meeting"))
        form = QFormLayout(self)
        self.client = QComboBox()
        self.client.setEditable(True)
        self.client.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.client.addItems([c.name for c in journal.clients()])
        self.client.setCurrentIndex(-1)
        self.client.lineEdit().setPlaceholderText(self.tr("Pick a client or type a new name"))
        self.client.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.client.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.client.completer().setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.client.editTextChanged.connect(lambda _text: self.client_or_start_edited.emit())

        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("What was the meeting about?"))
        self.start = QDateTimeEdit()
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat) + " HH:mm")
        self.duration = QSpinBox()
        self.duration.setRange(1, 24 * 60)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setValue(60)
        self.start.setDateTime(default_start(journal.clock(), self.duration.value()))
        self.start.dateTimeChanged.connect(lambda _dt: self.client_or_start_edited.emit())
        self.notes = text_box(
            self.tr("Anything worth remembering about the meeting itself (optional)"), 2
        )
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("Optional, separated by commas: tender, kick-off"))
        self.tags.setCompleter(TagsCompleter([t.name for t in journal.tags()], self.tags))

        form.addRow(self.tr("&Client:"), self.client)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Date and time:"), self.start)
        form.addRow(self.tr("D&uration:"), self.duration)
        form.addRow(self.tr("&Notes:"), self.notes)
        form.addRow(self.tr("T&ags:"), self.tags)

    def meeting_input(self) -> MeetingInput:
        start = self.start.dateTime().toPython().astimezone()
        return MeetingInput(
            client_name=self.client.currentText(),
            title=self.title.text(),
            start=start,
            duration_minutes=self.duration.value(),
            notes=self.notes.toPlainText(),
            tags=tuple(part for part in self.tags.text().split(",") if part.strip()),
        )

    def draft_part(self) -> dict[str, Any]:
        """The fields as plain JSON values, for the draft."""
        return {
            "client": self.client.currentText(),
            "title": self.title.text(),
            "start": self.start.dateTime().toPython().astimezone().isoformat(),
            "duration": self.duration.value(),
            "notes": self.notes.toPlainText(),
            "tags": self.tags.text(),
        }

    def restore_part(self, payload: dict[str, Any]) -> None:
        self.client.setEditText(draft_text(payload, "client"))
        self.title.setText(draft_text(payload, "title"))
        start = _start(payload.get("start"))
        if start is not None:
            self.start.setDateTime(start)
        duration = payload.get("duration")
        if isinstance(duration, int) and not isinstance(duration, bool):
            self.duration.setValue(duration)
        self.notes.setPlainText(draft_text(payload, "notes"))
        self.tags.setText(draft_text(payload, "tags"))

    def fill(self, meeting: Meeting) -> None:
        self.client.setEditText(meeting.client.name)
        self.title.setText(meeting.title)
        self.duration.setValue(meeting.duration_minutes)
        self.start.setDateTime(QDateTime(meeting.start.astimezone().replace(tzinfo=None)))
        self.notes.setPlainText(meeting.notes)
        self.tags.setText(", ".join(meeting.tags))


def text_box(placeholder: str, lines: int) -> QPlainTextEdit:
    """A box for a few lines of text; Tab moves on, as in the other fields."""
    edit = QPlainTextEdit()
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    line = edit.fontMetrics().lineSpacing()
    edit.setFixedHeight(line * lines + 14)  # scrolls beyond that; the form stays compact
    return edit


def _start(value: Any) -> QDateTime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone().replace(tzinfo=None)
    return QDateTime(moment)


def default_start(now: datetime, duration_minutes: int) -> QDateTime:
    """The start of a meeting that has just ended: now minus its length, on a quarter."""
    start = now.astimezone().replace(tzinfo=None) - timedelta(minutes=duration_minutes)
    start = start.replace(minute=start.minute - start.minute % 15, second=0, microsecond=0)
    return QDateTime(start.date(), QTime(start.hour, start.minute))
