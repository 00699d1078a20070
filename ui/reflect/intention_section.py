"""The intentions loop in the reflection dialog: above the questions, what the advisor
intended last time with this client and whether it happened ("Did you?"); below them,
what they will do differently next time, and the trait that is about."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from journal.model import VERDICTS, Intention
from journal.reflect.bank import QuestionBank
from ui.common.period_text import long_day
from ui.reflect.draft_keeper import draft_text
from ui.reflect.meeting_fields import text_box


class LastIntentionBox(QFrame):
    """Last time's intention with this client (hidden when there is none), and "Did
    you?": yes, partly or no, at most one of them."""

    def __init__(self):
        super().__init__()
        self.setObjectName("lastIntention")
        column = QVBoxLayout(self)
        column.setContentsMargins(10, 8, 10, 8)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        column.addWidget(self.text)
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
        self.hide()

    def show_intention(self, intention: Intention | None) -> None:
        if intention is None:
            self.hide()
            return
        when = long_day(intention.meeting_start.astimezone().date())
        self.text.setText(
            self.tr(
                "<b>Last time with this client</b> ({date}, {title}) you intended:<br><i>{text}</i>"
            ).format(date=when, title=_html(intention.meeting_title), text=_html(intention.text))
        )
        self.show()

    def verdict(self) -> str | None:
        chosen = [b for b in self.kept_buttons.buttons() if b.isChecked()]
        return chosen[0].property("verdict") if chosen else None

    def set_verdict(self, verdict: str | None) -> None:
        for button in self.kept_buttons.buttons():
            button.blockSignals(True)
            button.setChecked(button.property("verdict") == verdict)
            button.blockSignals(False)

    def _one_verdict(self, button: QAbstractButton, checked: bool) -> None:
        if not checked:
            return
        for other in self.kept_buttons.buttons():
            if other is not button and other.isChecked():
                other.blockSignals(True)
                other.setChecked(False)
                other.blockSignals(False)


class NextTimeBox(QGroupBox):
    """What the advisor will do differently next time, and the trait it is about."""

    trait_chosen = Signal()  # by hand: from then on it no longer follows the answers

    def __init__(self, bank: QuestionBank, language: str):
        super().__init__()
        self.setTitle(self.tr("Next time"))
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.intention = text_box(bank.intention.placeholder.in_language(language), 2)
        form.addRow(bank.intention.text.in_language(language), self.intention)
        # The if–then form offered: "If the client raises the budget, I will first ask …"
        self.if_then_hint = QLabel()
        self.if_then_hint.setWordWrap(True)
        self.if_then_hint.setObjectName("sectionHint")
        self.if_then_button = QPushButton(self.tr("Write as If–Then"))
        self.if_then_button.setToolTip(
            self.tr(
                "Plans of the form “if this happens, I will do that” are kept more often "
                "than intentions alone (Gollwitzer & Sheeran 2006)"
            )
        )
        self.if_then_button.clicked.connect(self.use_if_then)
        hint_row = QHBoxLayout()
        hint_row.addWidget(self.if_then_hint, 1)
        hint_row.addWidget(self.if_then_button, 0, Qt.AlignmentFlag.AlignTop)
        form.addRow(hint_row)
        self._suggestion = None
        self.if_then_timer = QTimer(self, singleShot=True, interval=400)
        self.if_then_timer.timeout.connect(self.update_if_then)
        self.intention.textChanged.connect(self.if_then_timer.start)
        self.update_if_then()
        self.intention_trait = QComboBox()
        self.intention_trait.addItem(self.tr("No particular trait"), None)
        for trait in bank.traits:
            self.intention_trait.addItem(trait.name.in_language(language), trait.id)
        self.intention_trait.setToolTip(
            self.tr(
                "Your next reflection with this client asks whether you kept it; the growth "
                "view shows per trait how often you do"
            )
        )
        self.intention_trait.activated.connect(lambda _index: self.trait_chosen.emit())
        trait_label = QLabel(self.tr("It is about:"))
        trait_label.setBuddy(self.intention_trait)
        form.addRow(trait_label, self.intention_trait)

    def update_if_then(self) -> None:
        """Say whether the intention is an if–then plan; offer the form when it is not."""
        from journal.brief.if_then import recognise, suggest

        self.if_then_timer.stop()
        text = self.intention.toPlainText()
        plan = recognise(text) if text.strip() else None
        self._suggestion = suggest(text) if text.strip() and plan is None else None
        if plan is not None:
            self.if_then_hint.setText(
                self.tr("An if–then plan: when {situation}, you will {action}.").format(
                    situation=plan.situation, action=plan.action
                )
            )
        elif self._suggestion is not None:
            self.if_then_hint.setText(
                self.tr("As an if–then plan: “{plan}”").format(plan=self._suggestion.text())
            )
        else:
            self.if_then_hint.clear()
        self.if_then_hint.setVisible(bool(self.if_then_hint.text()))
        self.if_then_button.setVisible(self._suggestion is not None)

    def use_if_then(self) -> None:
        """The intention in the if–then form, with the situation selected to type over."""
        suggestion = self._suggestion
        if suggestion is None:
            return
        placeholder = "…"
        text = suggestion.text(placeholder)
        self.intention.setPlainText(text)
        cursor = self.intention.textCursor()
        at = text.find(placeholder)
        if at >= 0:
            cursor.setPosition(at)
            cursor.setPosition(at + len(placeholder), QTextCursor.MoveMode.KeepAnchor)
        self.intention.setTextCursor(cursor)
        self.intention.setFocus()
        self.update_if_then()

    def draft_part(self) -> dict[str, Any]:
        return {
            "intention": self.intention.toPlainText(),
            "intention_trait": self.intention_trait.currentData(),
        }

    def restore_part(self, payload: dict[str, Any]) -> None:
        self.intention.setPlainText(draft_text(payload, "intention"))
        trait = payload.get("intention_trait")
        index = self.intention_trait.findData(trait) if isinstance(trait, str) else 0
        self.intention_trait.setCurrentIndex(max(0, index))

    def set_trait(self, trait_id: str | None) -> None:
        """Choose ``trait_id`` (an unknown one: no particular trait)."""
        self.intention_trait.setCurrentIndex(max(0, self.intention_trait.findData(trait_id)))


def _html(text: str) -> str:
    return escape(text, quote=False).replace("\n", "<br>")
