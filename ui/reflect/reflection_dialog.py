"""The "new meeting and reflection" dialog, also used to open a saved one again.

Top: the meeting (client, title, date and time, duration, notes). Then the intention
written after the last meeting with this client, the rotating 1–5 questions, the open
after-action questions and the intention for next time. If saving fails, the dialog
stays open with everything typed and says why.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, QLocale, Qt, QTime, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from journal.errors import InvalidInput, JournalError
from journal.model import (
    VERDICTS,
    Draft,
    Intention,
    IntentionCheck,
    Meeting,
    MeetingInput,
    ReflectionInput,
)
from journal.reflect.bank import Question
from journal.service import Journal
from ui.common import messages
from ui.common.labels import error_banner
from ui.common.settings import Settings
from ui.reflect.draft_keeper import DraftKeeper, draft_questions, waiting_draft
from ui.reflect.scale_question import ScaleQuestion
from ui.reflect.tags_completer import TagsCompleter

STYLE = """
QFrame#scaleQuestion { background: palette(base); border: 1px solid palette(midlight);
                       border-radius: 6px; }
QLabel#traitLabel { color: palette(placeholder-text); font-size: 8pt; letter-spacing: 1px; }
QLabel#questionText { font-weight: 600; }
QFrame#lastIntention { background: rgba(230, 180, 40, 40); border: 1px solid rgba(200, 150, 20, 120);
                       border-radius: 6px; }
QLabel#sectionHint { color: palette(placeholder-text); }
"""


class ReflectionDialog(QDialog):
    def __init__(
        self,
        journal: Journal,
        language: str,
        meeting_id: int | None = None,
        parent: QWidget | None = None,
        settings: Settings | None = None,
        draft: Draft | None = None,  # resume this draft (else the one left for meeting_id)
    ):
        super().__init__(parent)
        self.journal = journal
        self.settings = settings
        self.language = language
        self.meeting_id = meeting_id
        self.saved_meeting_id: int | None = None
        self.shown_intention: Intention | None = None  # asked whether it was kept
        self._trait_by_hand = False  # the intention's trait follows the answers until set
        meeting = journal.meeting(meeting_id) if meeting_id is not None else None
        draft = draft or waiting_draft(journal, meeting_id)
        self._own_check = (
            meeting.reflection.intention_check if meeting and meeting.reflection else None
        )
        self.setWindowTitle(
            self.tr("Reflection: {title}").format(title=meeting.title)
            if meeting
            else self.tr("New meeting and reflection")
        )
        self.setStyleSheet(STYLE)
        self.setMinimumSize(600, 420)

        content = QWidget()
        self._layout = QVBoxLayout(content)
        self._layout.setSpacing(14)
        self._build_meeting_section()
        self._build_stamp(meeting)
        self._build_last_intention()
        self._build_questions(meeting, draft)
        self._build_open_questions()
        self._layout.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, not the frame
        scroll.setWidget(content)
        self._scroll = scroll

        self.error_banner = error_banner()

        self.progress = QLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save_keys = QKeySequence(QKeySequence.StandardKey.Save)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(
            self.tr("Save ({keys})").format(
                keys=save_keys.toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        for button in self.buttons.buttons():
            button.setAutoDefault(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        footer = QVBoxLayout()
        footer.addWidget(self.error_banner)
        button_row = QHBoxLayout()
        button_row.addWidget(self.progress, 1)
        button_row.addWidget(self.buttons)
        footer.addLayout(button_row)

        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addLayout(footer)
        for keys in (QKeySequence.StandardKey.Save, QKeySequence("Ctrl+Return")):
            QShortcut(keys, self, activated=self.save)

        self._restore_size()
        if meeting:
            self._fill(meeting)
        self._update_last_intention()
        self._update_progress()
        self._initial = self._snapshot()
        self.drafts = DraftKeeper(self, journal, draft.meeting_id if draft else meeting_id, draft)
        footer.insertWidget(0, self.drafts.notice)
        self.client.setFocus()

    # -- building ---------------------------------------------------------------------

    def _build_meeting_section(self) -> None:
        box = QGroupBox(self.tr("Meeting"))
        form = QFormLayout(box)
        self.client = QComboBox()
        self.client.setEditable(True)
        self.client.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.client.addItems([c.name for c in self.journal.clients()])
        self.client.setCurrentIndex(-1)
        self.client.lineEdit().setPlaceholderText(self.tr("Pick a client or type a new name"))
        self.client.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.client.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.client.completer().setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._intention_timer = QTimer(self, singleShot=True, interval=250)
        self._intention_timer.timeout.connect(self._update_last_intention)
        self.client.editTextChanged.connect(lambda _text: self._intention_timer.start())

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
        self.start.setDateTime(_default_start(self.journal.clock(), self.duration.value()))
        self.start.dateTimeChanged.connect(lambda _dt: self._intention_timer.start())
        self.notes = _text_box(
            self.tr("Anything worth remembering about the meeting itself (optional)"), 2
        )
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("Optional, separated by commas: tender, kick-off"))
        self.tags.setCompleter(TagsCompleter([t.name for t in self.journal.tags()], self.tags))

        form.addRow(self.tr("&Client:"), self.client)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Date and time:"), self.start)
        form.addRow(self.tr("D&uration:"), self.duration)
        form.addRow(self.tr("&Notes:"), self.notes)
        form.addRow(self.tr("T&ags:"), self.tags)
        self._layout.addWidget(box)

    def _build_stamp(self, meeting: Meeting | None) -> None:
        """When the reflection was written and, if so, last edited."""
        reflection = meeting.reflection if meeting else None
        if reflection is None:
            return
        locale = QLocale()

        def when(moment: datetime) -> str:
            local = moment.astimezone()
            return locale.toString(local.date(), QLocale.FormatType.ShortFormat) + local.strftime(
                " %H:%M"
            )

        text = self.tr("Reflected on {date}.").format(date=when(reflection.created_at))
        if reflection.updated_at != reflection.created_at:
            text += " " + self.tr("Last edited {date}.").format(date=when(reflection.updated_at))
        stamp = QLabel(text)
        stamp.setObjectName("sectionHint")
        self._layout.addWidget(stamp)

    def _build_last_intention(self) -> None:
        """Last time's intention with this client, and "did you?" (yes, partly, no)."""
        self.last_intention_box = QFrame()
        self.last_intention_box.setObjectName("lastIntention")
        column = QVBoxLayout(self.last_intention_box)
        column.setContentsMargins(10, 8, 10, 8)
        self.last_intention = QLabel()
        self.last_intention.setWordWrap(True)
        self.last_intention.setTextFormat(Qt.TextFormat.RichText)
        column.addWidget(self.last_intention)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Did you?")))
        self.kept_buttons = QButtonGroup(self)
        self.kept_buttons.setExclusive(False)  # clicking the chosen one again clears it
        texts = {"yes": self.tr("&Yes"), "partly": self.tr("&Partly"), "no": self.tr("N&o")}
        for verdict in VERDICTS:
            button = QRadioButton(texts[verdict])
            button.setProperty("verdict", verdict)
            self.kept_buttons.addButton(button)
            row.addWidget(button)
        self.kept_buttons.buttonToggled.connect(self._one_verdict)
        row.addStretch(1)
        column.addLayout(row)
        self.last_intention_box.hide()
        self._layout.addWidget(self.last_intention_box)

    def _one_verdict(self, button, checked: bool) -> None:
        if not checked:
            return
        for other in self.kept_buttons.buttons():
            if other is not button and other.isChecked():
                other.blockSignals(True)
                other.setChecked(False)
                other.blockSignals(False)

    def verdict(self) -> str | None:
        chosen = [b for b in self.kept_buttons.buttons() if b.isChecked()]
        return chosen[0].property("verdict") if chosen else None

    def set_verdict(self, verdict: str | None) -> None:
        for button in self.kept_buttons.buttons():
            button.blockSignals(True)
            button.setChecked(button.property("verdict") == verdict)
            button.blockSignals(False)

    def _build_questions(self, meeting: Meeting | None, draft: Draft | None) -> None:
        asked = draft_questions(self.journal.bank, draft.payload) if draft else None
        if asked is not None:
            questions = asked
        elif meeting and meeting.reflection and meeting.reflection.scores:
            questions = [
                self.journal.bank.question(q)
                for q in meeting.reflection.scores
                if self.journal.bank.has_question(q)
            ]
            order = {t.id: i for i, t in enumerate(self.journal.bank.traits)}
            questions.sort(key=lambda q: order[q.trait_id])
        else:
            questions = self.journal.next_questions()
        box = QGroupBox(self.tr("How did I do as a trusted advisor?"))
        layout = QVBoxLayout(box)
        hint = QLabel(self.tr("Answer what applies; keys 1–5 choose, Tab moves on."))
        hint.setObjectName("sectionHint")
        layout.addWidget(hint)
        labels = [label.in_language(self.language) for label in self.journal.bank.scale]
        self.scale_questions: list[ScaleQuestion] = []
        for question in questions:
            trait = self.journal.bank.trait(question.trait_id)
            row = ScaleQuestion(
                question,
                trait.name.in_language(self.language),
                question.text.in_language(self.language),
                labels,
            )
            row.answered.connect(lambda *_: self._answers_changed())
            layout.addWidget(row)
            self.scale_questions.append(row)
        self._layout.addWidget(box)

    def _build_open_questions(self) -> None:
        bank = self.journal.bank
        box = QGroupBox(self.tr("Looking back"))
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.open_answers: dict[str, QPlainTextEdit] = {}
        for question in bank.open_questions:
            edit = _text_box(question.placeholder.in_language(self.language), 3)
            form.addRow(question.text.in_language(self.language), edit)
            self.open_answers[question.id] = edit
        self._layout.addWidget(box)

        next_box = QGroupBox(self.tr("Next time"))
        next_form = QFormLayout(next_box)
        next_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.intention = _text_box(bank.intention.placeholder.in_language(self.language), 2)
        next_form.addRow(bank.intention.text.in_language(self.language), self.intention)
        self.intention_trait = QComboBox()
        self.intention_trait.addItem(self.tr("No particular trait"), None)
        for trait in bank.traits:
            self.intention_trait.addItem(trait.name.in_language(self.language), trait.id)
        self.intention_trait.setToolTip(
            self.tr(
                "Your next reflection with this client asks whether you kept it; the growth "
                "view shows per trait how often you do"
            )
        )
        self.intention_trait.activated.connect(self._trait_chosen)
        trait_label = QLabel(self.tr("It is about:"))
        trait_label.setBuddy(self.intention_trait)
        next_form.addRow(trait_label, self.intention_trait)
        self._layout.addWidget(next_box)

    def _trait_chosen(self, _index: int) -> None:
        self._trait_by_hand = True

    def _answers_changed(self) -> None:
        self._update_progress()
        if not self._trait_by_hand:
            self._follow_weakest_trait()

    def _follow_weakest_trait(self) -> None:
        """Until chosen by hand, the intention is about the trait that scored lowest."""
        from journal.reflect.scoring import trait_scores

        scores = {r.question.id: r.value() for r in self.scale_questions if r.value()}
        by_trait = trait_scores(self.journal.bank, scores)
        if by_trait:
            weakest = min(by_trait, key=lambda t: (by_trait[t], t))
            self.intention_trait.setCurrentIndex(self.intention_trait.findData(weakest))

    def _fill(self, meeting: Meeting) -> None:
        self.client.setEditText(meeting.client.name)
        self.title.setText(meeting.title)
        self.duration.setValue(meeting.duration_minutes)
        self.start.setDateTime(QDateTime(meeting.start.astimezone().replace(tzinfo=None)))
        self.notes.setPlainText(meeting.notes)
        self.tags.setText(", ".join(meeting.tags))
        if meeting.reflection is None:
            return
        self._trait_by_hand = True  # a saved reflection keeps its intention's trait
        for row in self.scale_questions:
            row.set_value(meeting.reflection.scores.get(row.question.id))
        for question_id, edit in self.open_answers.items():
            edit.setPlainText(meeting.reflection.texts.get(question_id, ""))
        self.intention.setPlainText(meeting.reflection.intention)
        if meeting.reflection.intention_trait:
            self.intention_trait.setCurrentIndex(
                max(0, self.intention_trait.findData(meeting.reflection.intention_trait))
            )

    def _restore_size(self) -> None:
        saved = self.settings.geometry("reflection") if self.settings else None
        if saved is not None and self.restoreGeometry(saved):
            return
        screen = self.screen().availableGeometry()
        self.resize(min(800, int(screen.width() * 0.9)), min(900, int(screen.height() * 0.9)))

    def done(self, result: int) -> None:
        self._intention_timer.stop()  # the journal may be closed after the dialog
        if self.settings is not None:
            self.settings.set_geometry("reflection", self.saveGeometry())
        super().done(result)

    # -- reading the form -------------------------------------------------------------

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

    def reflection_input(self) -> ReflectionInput:
        return ReflectionInput(
            scores={r.question.id: r.value() for r in self.scale_questions if r.value()},
            texts={qid: edit.toPlainText() for qid, edit in self.open_answers.items()},
            intention=self.intention.toPlainText(),
            intention_trait=self.intention_trait.currentData(),
            intention_check=self._check(),
        )

    def _check(self) -> IntentionCheck | None:
        verdict = self.verdict()
        if self.shown_intention is None or verdict is None:
            return None
        return IntentionCheck(self.shown_intention.id, verdict)

    def questions(self) -> list[Question]:
        return [row.question for row in self.scale_questions]

    def _snapshot(self) -> tuple:
        return (self.meeting_input(), self.reflection_input())

    # -- behaviour --------------------------------------------------------------------

    def save(self) -> None:
        try:
            self.saved_meeting_id = self.journal.save(
                self.meeting_input(), self.reflection_input(), self.meeting_id
            )
        except JournalError as error:
            self.show_error(error)
            return
        self.drafts.clear()
        self.accept()

    def show_error(self, error: JournalError) -> None:
        text = messages.describe(error)
        if not isinstance(error, InvalidInput):
            text += " " + self.tr("Your reflection is still here; nothing was lost.")
        self.error_banner.setText(text)
        self.error_banner.show()
        field = error.field if isinstance(error, InvalidInput) else None
        widget = {
            "client": self.client,
            "title": self.title,
            "start": self.start,
            "duration": self.duration,
            "notes": self.notes,
            "tags": self.tags,
            "intention": self.intention,
        }.get(field or "", self.open_answers.get(field or ""))
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            self._scroll.ensureWidgetVisible(widget)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in a field moves on instead of saving a half-written reflection;
        Ctrl+S or Ctrl+Enter saves."""
        plain_enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        )
        if plain_enter:
            self.focusNextChild()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        if self._snapshot() != self._initial and not messages.confirm_discard(self):
            return
        self.drafts.clear()
        super().reject()

    def _update_progress(self) -> None:
        answered = sum(1 for row in self.scale_questions if row.value())
        self.progress.setText(
            self.tr("{answered} of {total} questions answered").format(
                answered=answered, total=len(self.scale_questions)
            )
        )

    def _update_last_intention(self) -> None:
        name = self.client.currentText()
        try:
            intention = (
                self.journal.last_intention(name, self.meeting_input().start, self.meeting_id)
                if name.strip()
                else None
            )
        except JournalError:
            intention = None  # a hint only: never block the reflection over it
        if intention != self.shown_intention:
            own = self._own_check
            self.set_verdict(
                own.verdict if own and intention and own.intention_id == intention.id else None
            )
        self.shown_intention = intention
        if intention is None:
            self.last_intention_box.hide()
            return
        when = QLocale().toString(
            intention.meeting_start.astimezone().date(), QLocale.FormatType.LongFormat
        )
        self.last_intention.setText(
            self.tr(
                "<b>Last time with this client</b> ({date}, {title}) you intended:<br><i>{text}</i>"
            ).format(
                date=when, title=_escape(intention.meeting_title), text=_escape(intention.text)
            )
        )
        self.last_intention_box.show()


def _text_box(placeholder: str, lines: int) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    line = edit.fontMetrics().lineSpacing()
    edit.setFixedHeight(line * lines + 14)  # scrolls beyond that; the form stays compact
    return edit


def _default_start(now: datetime, duration_minutes: int) -> QDateTime:
    """The start of a meeting that has just ended: now minus its length, on a quarter."""
    start = now.astimezone().replace(tzinfo=None) - timedelta(minutes=duration_minutes)
    start = start.replace(minute=start.minute - start.minute % 15, second=0, microsecond=0)
    return QDateTime(start.date(), QTime(start.hour, start.minute))


def _escape(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
    )
