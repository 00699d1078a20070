"""The "new meeting and reflection" dialog, also used to open a saved one again.

Top: the meeting (``MeetingFields``). Then the intention written after the last meeting
with this client (``LastIntentionBox``), the rotating 1–5 questions and the open
after-action questions (``QuestionForm``) and the intention for next time
(``NextTimeBox``). The dialog ties them together: which intention "Did you?" is about,
the intention's trait following the lowest score, saving, and the draft kept meanwhile.
If saving fails, the dialog stays open with everything typed and says why.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journal.errors import InvalidInput, JournalError
from journal.model import Draft, Intention, IntentionCheck, Meeting, MeetingInput, ReflectionInput
from journal.reflect.bank import Question
from journal.reflect.scoring import trait_scores
from journal.service import Journal
from ui.common import messages
from ui.common.labels import error_banner, scaled, sized
from ui.common.period_text import long_day_and_time
from ui.common.settings import Settings
from ui.reflect.draft_keeper import FORMAT, DraftKeeper, HeldDraft, draft_questions, waiting_draft
from ui.reflect.intention_section import LastIntentionBox, NextTimeBox
from ui.reflect.meeting_fields import MeetingFields
from ui.reflect.question_form import QuestionForm
from ui.transcripts.beside_answers import TranscriptBeside
from ui.transcripts.mirror_box import MirrorBox

STYLE = """
QFrame#scaleQuestion { background: palette(base); border: 1px solid palette(midlight);
                       border-radius: 6px; }
QLabel#traitLabel { color: palette(placeholder-text); font-size: 0.85em; letter-spacing: 1px; }
QLabel#questionText { font-weight: 600; }
QFrame#lastIntention { background: rgba(230, 180, 40, 40); border: 1px solid rgba(200, 150, 20, 120);
                       border-radius: 6px; }
QLabel#sectionHint { color: palette(placeholder-text); }
"""
SPACING = 14  # between the sections


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
        self.setStyleSheet(sized(STYLE))
        self.setMinimumSize(600, 420)

        self.fields = MeetingFields(journal)
        self._intention_timer = QTimer(self, singleShot=True, interval=250)
        self._intention_timer.timeout.connect(self._update_last_intention)
        self.fields.client_or_start_edited.connect(self._intention_timer.start)
        self.last_intention_box = LastIntentionBox()
        self.form = QuestionForm(
            journal.bank, language, self._questions_to_ask(meeting, draft), SPACING
        )
        self.form.answered.connect(self._answers_changed)
        self.next_time = NextTimeBox(journal.bank, language)
        self.next_time.trait_chosen.connect(self._trait_chosen)
        # The parts' fields by name: the draft, the error banner and the tests reach them.
        f = self.fields
        self.client, self.title, self.start = f.client, f.title, f.start
        self.duration, self.notes, self.tags = f.duration, f.notes, f.tags
        self.last_intention = self.last_intention_box.text
        self.kept_buttons = self.last_intention_box.kept_buttons
        self.scale_questions, self.open_answers = self.form.scale_questions, self.form.open_answers
        self.intention = self.next_time.intention
        self.intention_trait = self.next_time.intention_trait
        # The transcript's figures beside the answers, and the mirror on what is written.
        self.transcript = TranscriptBeside(journal, language, meeting_id)
        self.mirror = MirrorBox(journal, language)
        self.form.answered.connect(lambda: self.transcript.show_answers(self.form.scores()))
        for edit in (self.notes, *self.open_answers.values()):
            edit.textChanged.connect(self._texts_changed)

        content = QWidget()
        sections = QVBoxLayout(content)
        sections.setSpacing(SPACING)
        sections.addWidget(self.fields)
        stamp = self._stamp(meeting)
        if stamp is not None:
            sections.addWidget(stamp)
        sections.addWidget(self.last_intention_box)
        sections.addWidget(self.form)
        sections.addWidget(self.mirror)
        sections.addWidget(self.transcript)
        sections.addWidget(self.next_time)
        sections.addStretch(1)
        self._sections = sections

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
        native = QKeySequence.SequenceFormat.NativeText
        save_keys = QKeySequence(QKeySequence.StandardKey.Save).toString(native)
        enter_keys = QKeySequence("Ctrl+Return").toString(native)
        save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save_button.setText(self.tr("&Save ({keys})").format(keys=save_keys))
        save_button.setToolTip(
            self.tr("Save the meeting and its reflection: {save} or {enter}").format(
                save=save_keys, enter=enter_keys
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
        self.transcript.show_answers(self.form.scores())
        self._texts_changed()
        self.mirror.refresh()
        self._initial = self._snapshot()
        self.drafts = DraftKeeper(self, journal, draft.meeting_id if draft else meeting_id, draft)
        footer.insertWidget(0, self.drafts.notice)
        self.intention.installEventFilter(self)
        self.client.setFocus()

    def add_section(self, widget: QWidget) -> None:
        """A part another feature asks in this reflection, after the questions (placed by
        ``ui.shell.features``: the prediction of a client's pulse)."""
        self._sections.insertWidget(self._sections.indexOf(self.next_time), widget)

    def client_name(self) -> str:
        return self.client.currentText()

    # -- building ---------------------------------------------------------------------

    def _stamp(self, meeting: Meeting | None) -> QLabel | None:
        """When the reflection was written and, if so, last edited."""
        reflection = meeting.reflection if meeting else None
        if reflection is None:
            return None

        def when(moment: datetime) -> str:
            return long_day_and_time(moment)

        text = self.tr("Reflected on {date}.").format(date=when(reflection.created_at))
        if reflection.updated_at != reflection.created_at:
            text += " " + self.tr("Last edited {date}.").format(date=when(reflection.updated_at))
        stamp = QLabel(text)
        stamp.setObjectName("sectionHint")
        return stamp

    def _questions_to_ask(self, meeting: Meeting | None, draft: Draft | None) -> list[Question]:
        """The draft's questions, else the saved reflection's, else the next in turn."""
        bank = self.journal.bank
        asked = draft_questions(bank, draft.payload) if draft else None
        if asked is not None:
            return asked
        if meeting and meeting.reflection and meeting.reflection.scores:
            questions = [
                bank.question(q) for q in meeting.reflection.scores if bank.has_question(q)
            ]
            order = {t.id: i for i, t in enumerate(bank.traits)}
            questions.sort(key=lambda q: order[q.trait_id])
            return questions
        return self.journal.next_questions()

    def verdict(self) -> str | None:
        return self.last_intention_box.verdict()

    def set_verdict(self, verdict: str | None) -> None:
        self.last_intention_box.set_verdict(verdict)

    def _texts_changed(self) -> None:
        self.mirror.set_texts({**self.form.texts(), "notes": self.notes.toPlainText()})

    def _trait_chosen(self) -> None:
        self._trait_by_hand = True

    def _answers_changed(self) -> None:
        self._update_progress()
        if not self._trait_by_hand:
            self._follow_weakest_trait()

    def _follow_weakest_trait(self) -> None:
        """Until chosen by hand, the intention is about the trait that scored lowest."""
        by_trait = trait_scores(self.journal.bank, self.form.scores())
        if by_trait:
            weakest = min(by_trait, key=lambda t: (by_trait[t], t))
            self.intention_trait.setCurrentIndex(self.intention_trait.findData(weakest))

    def _fill(self, meeting: Meeting) -> None:
        self.fields.fill(meeting)
        if meeting.reflection is None:
            return
        self._trait_by_hand = True  # a saved reflection keeps its intention's trait
        self.form.fill(meeting.reflection)
        self.intention.setPlainText(meeting.reflection.intention)
        if meeting.reflection.intention_trait:
            self.next_time.set_trait(meeting.reflection.intention_trait)

    def _restore_size(self) -> None:
        saved = self.settings.geometry("reflection") if self.settings else None
        if saved is not None and self.restoreGeometry(saved):
            return
        screen = self.screen().availableGeometry()
        self.resize(
            min(scaled(800), int(screen.width() * 0.9)),
            min(scaled(900), int(screen.height() * 0.9)),
        )

    def done(self, result: int) -> None:
        self._intention_timer.stop()  # the journal may be closed after the dialog
        self.mirror.timer.stop()
        self.next_time.if_then_timer.stop()
        if self.settings is not None:
            self.settings.set_geometry("reflection", self.saveGeometry())
        super().done(result)

    # -- reading the form -------------------------------------------------------------

    def meeting_input(self) -> MeetingInput:
        return self.fields.meeting_input()

    def reflection_input(self) -> ReflectionInput:
        return ReflectionInput(
            scores=self.form.scores(),
            texts=self.form.texts(),
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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """While the intention is typed, keep "It is about:" below it in sight too."""
        if watched is self.intention and event.type() == QEvent.Type.FocusIn:
            QTimer.singleShot(0, self._show_next_time)
        return super().eventFilter(watched, event)

    def _show_next_time(self) -> None:
        self._scroll.ensureWidgetVisible(self.intention_trait, 10, 10)
        self._scroll.ensureWidgetVisible(self.intention, 10, 10)

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
        self.last_intention_box.show_intention(intention)

    # -- the draft (``DraftKeeper`` decides when it is written) ------------------------

    def edits(self) -> list[Any]:
        """The change signal of every field the advisor can type in or choose."""
        signals = [
            self.client.editTextChanged,
            self.title.textChanged,
            self.start.dateTimeChanged,
            self.duration.valueChanged,
            self.notes.textChanged,
            self.tags.textChanged,
            self.intention.textChanged,
            self.intention_trait.currentIndexChanged,
            self.kept_buttons.buttonToggled,
        ]
        signals += [row.answered for row in self.scale_questions]
        signals += [edit.textChanged for edit in self.open_answers.values()]
        return signals

    def untouched(self) -> bool:
        """Nothing typed (any more) since the dialog opened."""
        return self._snapshot() == self._initial

    def draft_payload(self) -> dict[str, Any]:
        """Every field the advisor can type or choose, as plain JSON values."""
        shown = self.shown_intention
        return {
            "format": FORMAT,
            **self.fields.draft_part(),
            **self.form.draft_part(),
            **self.next_time.draft_part(),
            "trait_by_hand": self._trait_by_hand,
            "checked_intention": shown.id if shown is not None else None,
            "verdict": self.verdict(),
        }

    def restore_draft(self, payload: dict[str, Any]) -> None:
        """Fill the fields from ``payload`` (which may be partial or from an older app)."""
        self.fields.restore_part(payload)
        self._trait_by_hand = bool(payload.get("trait_by_hand", False))
        self.form.restore_part(payload)
        self.next_time.restore_part(payload)
        self.transcript.show_answers(self.form.scores())
        self._intention_timer.stop()
        self._update_last_intention()  # which intention "Did you?" is about
        shown = self.shown_intention
        if shown is not None and payload.get("checked_intention") == shown.id:
            verdict = payload.get("verdict")
            self.set_verdict(verdict if isinstance(verdict, str) else None)
        self._update_progress()

    def keep_typing(self) -> Draft | None:
        """Before the idle lock closes the dialog: the draft written now (None), or, when
        it cannot be written, the draft to hold in memory (``idle_lock.HoldsTyping``)."""
        if self.drafts.keep():
            return None
        return HeldDraft(self.drafts.key, self.draft_payload(), datetime.now(UTC))
