"""The client view's meetings: the client's meetings, newest first, read a page at a
time like the main list, and under them what was written about the selected one (open
answers, intention, notes; read-only)."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from journal.errors import JournalError
from journal.find.search import SearchFilters
from journal.model import Intention, Meeting, MeetingSummary
from journal.service import Journal
from ui.common import messages
from ui.common.labels import MIN_SCALE, point_size, scaled, secondary_colour
from ui.common.period_text import day_and_time, long_day_and_time
from ui.common.trust_text import trust_explained, trust_value
from ui.meetings.client_widgets import empty_note, heading, read_only_table
from ui.meetings.meeting_model import MeetingPages

Index = QModelIndex | QPersistentModelIndex


class ClientMeetingsModel(MeetingPages):
    """One client's meetings, newest first, fetched a page at a time."""

    DATE, TITLE, REFLECTED, TRUST = range(4)

    def __init__(self, journal: Journal, parent=None):
        super().__init__(journal, None, parent)

    def show_client(self, client_id: int | None) -> None:
        """Read the client's meetings from the start (None: show none)."""
        self.set_filters(None if client_id is None else SearchFilters(client_id=client_id))

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Date"), self.tr("Title"), self.tr("Reflected"), self.tr("Trust"))[
                section
            ]
        if role == Qt.ItemDataRole.ToolTipRole and section == self.TRUST:
            return trust_explained()
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        meeting = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.DATE:
                return day_and_time(meeting.start)
            if column == self.TITLE:
                return meeting.title
            if column == self.REFLECTED:
                return self.tr("Yes") if meeting.reflected else self.tr("Not yet")
            return "–" if meeting.trust is None else trust_value(meeting.trust)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TITLE:
            return meeting.title
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.REFLECTED, self.TRUST):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class ClientMeetingsPanel(QSplitter):
    """The meetings over what was written about the selected one. ``verdict_text`` words
    an intention's verdict (as the intentions list does)."""

    open_meeting = Signal(int)  # Enter or a double click on a meeting, or Open Meeting…

    def __init__(
        self,
        journal: Journal,
        language: str,
        trait_names: dict[str, str],
        verdict_text: Callable[[str | None], str],
    ):
        super().__init__(Qt.Orientation.Vertical)
        self.journal = journal
        self.language = language
        self.trait_names = trait_names
        self.verdict_text = verdict_text
        self.meeting: Meeting | None = None  # the selected meeting, read whole
        self.intentions: list[Intention] = []  # the client's: names what a check is about

        self.model = ClientMeetingsModel(journal, self)
        self.model.failed.connect(lambda error: messages.show_error(self, error))
        self.meetings = read_only_table(self.model, self.tr("Meetings with this client"))
        self.meetings.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.meetings.horizontalHeader()
        header.setSectionResizeMode(ClientMeetingsModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.meetings.setColumnWidth(ClientMeetingsModel.DATE, scaled(170))
        for column, width in ((ClientMeetingsModel.REFLECTED, 80), (ClientMeetingsModel.TRUST, 60)):
            # wide enough for the heading in either language ("Gereflecteerd")
            self.meetings.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
        self.meetings.activated.connect(lambda index: self._open_row(index.row()))
        self.meetings.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.show_meeting(current.row())
        )
        self.no_meetings = empty_note()
        self.meetings_pages = QStackedWidget()
        self.meetings_pages.addWidget(self.meetings)
        self.meetings_pages.addWidget(self.no_meetings)

        self.open_button = QPushButton(self.tr("&Open Meeting…"))
        self.open_button.setToolTip(self.tr("Edit the selected meeting and its reflection (Enter)"))
        self.open_button.clicked.connect(lambda: self._open_row(self.meetings.currentIndex().row()))
        heading_row = QHBoxLayout()
        heading_row.addWidget(heading(self.tr("&Meetings"), self.meetings), 1)
        heading_row.addWidget(self.open_button)

        self.reflection = QTextBrowser()
        self.reflection.setOpenLinks(False)
        self.reflection.setAccessibleName(self.tr("What you wrote about the selected meeting"))
        self.reflection.document().setDefaultStyleSheet(
            "h3 { margin-bottom: 2px; } p.meta { margin-top: 0; } "
            "h4 { margin-top: 14px; margin-bottom: 3px; } "
            f"span.trait {{ color: {secondary_colour()}; font-size: {point_size(MIN_SCALE)}pt; }}"
        )
        self.reflection.document().setDocumentMargin(10)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 8, 6)
        top_layout.addLayout(heading_row)
        top_layout.addWidget(self.meetings_pages, 1)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 6, 8, 0)
        bottom_layout.addWidget(heading(self.tr("&Reflection and notes"), self.reflection))
        bottom_layout.addWidget(self.reflection, 1)
        self.setChildrenCollapsible(False)
        self.addWidget(top)
        self.addWidget(bottom)
        self.setSizes([430, 330])

    # -- showing ----------------------------------------------------------------------

    def show_meetings(self, keep: int | None, has_client: bool) -> None:
        """The meetings as the model holds them, ``keep`` selected when still there (else
        the newest); a note when there are none."""
        model = self.model
        if model.total == 0:
            self.no_meetings.setText(
                self.tr("No meetings with this client.")
                if has_client
                else self.tr("No meetings yet.")
            )
            self.meetings_pages.setCurrentWidget(self.no_meetings)
            self.open_button.setEnabled(False)
            self.meeting = None
            self.show_reflection()
            return
        self.meetings_pages.setCurrentWidget(self.meetings)
        self.open_button.setEnabled(True)
        row = 0
        if keep is not None:
            row = next((r for r in range(model.rowCount()) if model.summary(r).id == keep), 0)
        self.meetings.setCurrentIndex(model.index(row, ClientMeetingsModel.TITLE))
        self.show_meeting(row, again=True)  # also when the row was current already
        self.meetings.scrollTo(model.index(row, 0))

    def show_meeting(self, row: int, again: bool = False) -> None:
        """Read the meeting of ``row`` whole and show what was written; ``again``: even
        when it is the one shown."""
        model = self.model
        if not 0 <= row < model.rowCount():
            self.meeting = None
            self.show_reflection()
            return
        meeting_id = model.summary(row).id
        if self.meeting is not None and self.meeting.id == meeting_id and not again:
            return
        try:
            self.meeting = self.journal.meeting(meeting_id)
        except JournalError as error:
            messages.show_error(self, error)
            return
        self.show_reflection()

    def show_again(self, meeting_ids: set[int]) -> None:
        """These meetings changed (an intention settled): read the selected one again if
        it is one of them."""
        if self.meeting is not None and self.meeting.id in meeting_ids:
            self.show_meeting(self.meetings.currentIndex().row(), again=True)

    def show_reflection(self) -> None:
        meeting = self.meeting
        if meeting is None:
            note = (
                self.tr("Choose a meeting to read what you wrote about it.")
                if self.model.total
                else self.tr("Nothing written yet.")
            )
            self.reflection.setHtml(f"<p><i>{escape(note)}</i></p>")
            return
        self.reflection.setHtml(self._reflection_html(meeting))

    def _answers_html(self, scores: dict[str, int]) -> str:
        """The 1–5 questions as they were asked, each with its trait and the answer in
        words ("4 · Mostly"), in the order of the bank."""
        bank, language = self.journal.bank, self.language
        labels = [label.in_language(language) for label in bank.scale]
        rows = []
        for trait in bank.traits:
            for question in trait.questions:
                score = scores.get(question.id)
                if score is None:
                    continue
                rows.append(
                    "<tr><td style='padding: 2px 12px 2px 0'>"
                    f"<span class='trait'>{escape(trait.name.in_language(language))}</span><br>"
                    f"{escape(question.text.in_language(language))}</td>"
                    f"<td style='padding: 2px 0' nowrap><b>{score}</b> · "
                    f"{escape(labels[score - 1])}</td></tr>"
                )
        heading = escape(self.tr("Answers"))  # outside the f-string, where lupdate sees it
        return f"<h4>{heading}</h4><table>{''.join(rows)}</table>"

    def _reflection_html(self, meeting: Meeting) -> str:
        bank = self.journal.bank
        language = self.language
        local = meeting.start.astimezone()
        meta = [
            long_day_and_time(local),
            self.tr("{minutes} minutes").format(minutes=meeting.duration_minutes),
        ]
        reflection = meeting.reflection
        if reflection is not None and reflection.trust is not None:
            meta.append(self.tr("trust {value}").format(value=trust_value(reflection.trust.score)))
        html = [f"<h3>{escape(meeting.title)}</h3>", f"<p class='meta'>{escape(' · '.join(meta))}"]
        if meeting.tags:
            html[-1] += "<br>" + escape(
                self.tr("Tags: {tags}").format(tags=", ".join(meeting.tags))
            )
        html[-1] += "</p>"

        def section(title: str, text: str) -> None:
            html.append(f"<h4>{escape(title)}</h4><p>{_paragraphs(text)}</p>")

        written = False
        if reflection is None:
            html.append(
                "<p><i>"
                + escape(
                    self.tr(
                        "You have not reflected on this meeting yet. Press Enter to "
                        "reflect on it now."
                    )
                )
                + "</i></p>"
            )
        else:
            check = reflection.intention_check
            if check is not None:
                earlier = next((i for i in self.intentions if i.id == check.intention_id), None)
                verdict = self.verdict_text(check.verdict)
                text = (
                    self.tr("{verdict}: “{text}”").format(verdict=verdict, text=earlier.text)
                    if earlier is not None
                    else verdict
                )
                section(self.tr("Did I do what I intended last time?"), text)
                written = True
            if reflection.scores:
                html.append(self._answers_html(reflection.scores))
            for question in bank.open_questions:
                answer = reflection.texts.get(question.id, "")
                if answer.strip():
                    section(question.text.in_language(language), answer)
                    written = True
            if reflection.intention.strip():
                text = reflection.intention
                if reflection.intention_trait:
                    trait = self.trait_names.get(
                        reflection.intention_trait, reflection.intention_trait
                    )
                    text += "\n" + self.tr("(about {trait})").format(trait=trait)
                if reflection.intention_kept:
                    text += "\n" + self.tr("How it went: {verdict}").format(
                        verdict=self.verdict_text(reflection.intention_kept)
                    )
                section(bank.intention.text.in_language(language), text)
                written = True
        if meeting.notes.strip():
            section(self.tr("Notes"), meeting.notes)
            written = True
        if reflection is not None and not written:
            html.append(
                "<p><i>"
                + escape(
                    self.tr(
                        "Only the 1–5 questions were answered for this meeting: nothing "
                        "written in your own words, and no notes."
                    )
                )
                + "</i></p>"
            )
        return "".join(html)

    # -- acting -----------------------------------------------------------------------

    def first_meeting(self, client_id: int) -> MeetingSummary | None:
        """The client's first meeting (raises JournalError)."""
        total = self.model.total
        if total == 0:
            return None
        page = self.journal.search_page(SearchFilters(client_id=client_id), total - 1, 1)
        return page[0] if page else None

    def _open_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.open_meeting.emit(self.model.summary(row).id)

    def select_meeting(self, meeting_id: int) -> None:
        """Select a meeting in the list (reading further pages if need be)."""
        row = self.model.row_of(meeting_id)
        if row is None:
            return
        self.meetings.setCurrentIndex(self.model.index(row, ClientMeetingsModel.TITLE))
        self.meetings.scrollTo(self.model.index(row, 0))
        self.meetings.setFocus(Qt.FocusReason.OtherFocusReason)


def _paragraphs(text: str) -> str:
    return escape(text.strip()).replace("\n", "<br>")
