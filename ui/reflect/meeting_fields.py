"""The reflection dialog's first box: the meeting itself (client, title, date and time,
duration, notes, tags)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QDateTime, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from journal.model import Meeting, MeetingInput
from journal.service import Journal
from ui.common.labels import note_banner
from ui.common.period_text import date_field_format
from ui.reflect.draft_keeper import draft_text
from ui.reflect.tags_completer import TagsCompleter


class DateTimeField(QDateTimeEdit):
    """A date and time typed in digits. Tab leaves it at once, as it leaves every other
    field (Qt's own field stops at each of its five parts; the arrow keys still move
    between them), and a letter typed into it is refused out loud (``refused``), never
    silently dropped: it was meant for another field."""

    refused = Signal(str)

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        plain = not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        )
        if plain and text and any(c.isalpha() for c in text):
            event.accept()
            self.refused.emit(text)
            return
        super().keyPressEvent(event)


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
        self.start = DateTimeField()
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat(date_field_format(with_time=True))
        self.start.setToolTip(
            self.tr("Type digits; the arrow keys move between day, month, year and time.")
        )
        self.refused = note_banner(object_name="refusedLetters")
        self.refused_text = ""
        self.start.refused.connect(self._refuse)
        self.start.dateTimeChanged.connect(self._accepted)
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
        when = QWidget()
        when_column = QVBoxLayout(when)
        when_column.setContentsMargins(0, 0, 0, 0)
        when_column.addWidget(self.start)
        when_column.addWidget(self.refused)
        when.setFocusProxy(self.start)  # Alt+D, the label's key, lands in the field
        form.addRow(self.tr("&Date and time:"), when)
        form.addRow(self.tr("D&uration:"), self.duration)
        form.addRow(self.tr("&Notes:"), self.notes)
        form.addRow(self.tr("T&ags:"), self.tags)
        # A screen reader names a field by its label; these have none it can find (the
        # label heads a holder, or the field's own line edit takes the focus).
        for field, name in (
            (self.client.lineEdit(), self.tr("Client")),
            (self.start, self.tr("Date and time")),
            (self.start.findChild(QLineEdit), self.tr("Date and time")),
            (self.duration.findChild(QLineEdit), self.tr("Duration")),
        ):
            if field is not None:
                field.setAccessibleName(name)

    def _refuse(self, text: str) -> None:
        """Letters typed into the date: say so, with what was typed, so it can be typed
        again where it belongs."""
        self.refused_text = (self.refused_text + text)[-60:]
        self.refused.setText(
            self.tr(
                "The date and time take digits only, so “{typed}” was not typed anywhere. "
                "Press Tab to move on to the next field."
            ).format(typed=self.refused_text)
        )
        self.refused.show()

    def _accepted(self) -> None:
        self.refused_text = ""
        self.refused.hide()

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
