"""The questions of a reflection: the rotating 1–5 questions ("How did I do as a trusted
advisor?") and the open after-action questions ("Looking back")."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from journal.model import Reflection
from journal.reflect.bank import Question, QuestionBank
from ui.reflect.meeting_fields import text_box
from ui.reflect.scale_question import ScaleQuestion


class QuestionForm(QWidget):
    answered = Signal()  # a 1–5 answer was given, changed or taken back

    def __init__(self, bank: QuestionBank, language: str, questions: list[Question], spacing: int):
        super().__init__()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(spacing)

        scale_box = QGroupBox(self.tr("How did I do as a trusted advisor?"))
        scale_layout = QVBoxLayout(scale_box)
        hint = QLabel(self.tr("Answer what applies; keys 1–5 choose, Tab moves on."))
        hint.setObjectName("sectionHint")
        scale_layout.addWidget(hint)
        labels = [label.in_language(language) for label in bank.scale]
        self.scale_questions: list[ScaleQuestion] = []
        for question in questions:
            trait = bank.trait(question.trait_id)
            row = ScaleQuestion(
                question,
                trait.name.in_language(language),
                question.text.in_language(language),
                labels,
            )
            row.answered.connect(lambda *_: self.answered.emit())
            scale_layout.addWidget(row)
            self.scale_questions.append(row)
        column.addWidget(scale_box)

        open_box = QGroupBox(self.tr("Looking back"))
        form = QFormLayout(open_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.open_answers: dict[str, QPlainTextEdit] = {}
        for question in bank.open_questions:
            edit = text_box(question.placeholder.in_language(language), 3)
            form.addRow(question.text.in_language(language), edit)
            self.open_answers[question.id] = edit
        column.addWidget(open_box)

    def scores(self) -> dict[str, int]:
        """The 1–5 answers given, by question."""
        return {r.question.id: r.value() for r in self.scale_questions if r.value()}

    def texts(self) -> dict[str, str]:
        return {qid: edit.toPlainText() for qid, edit in self.open_answers.items()}

    def draft_part(self) -> dict[str, Any]:
        """The questions asked and the answers, as plain JSON values, for the draft."""
        return {
            "questions": [row.question.id for row in self.scale_questions],
            "scores": self.scores(),
            "texts": self.texts(),
        }

    def restore_part(self, payload: dict[str, Any]) -> None:
        """The answers (the questions were chosen from the payload when built)."""
        scores = payload.get("scores")
        scores = scores if isinstance(scores, dict) else {}
        for row in self.scale_questions:
            value = scores.get(row.question.id)
            if isinstance(value, int) and 1 <= value <= 5:
                row.set_value(value)
        texts = payload.get("texts")
        texts = texts if isinstance(texts, dict) else {}
        for question_id, edit in self.open_answers.items():
            text = texts.get(question_id)
            edit.setPlainText(text if isinstance(text, str) else "")

    def fill(self, reflection: Reflection) -> None:
        for row in self.scale_questions:
            row.set_value(reflection.scores.get(row.question.id))
        for question_id, edit in self.open_answers.items():
            edit.setPlainText(reflection.texts.get(question_id, ""))
