"""The client view: everything about one client in one window.

Top: the client's name, a line of facts (meetings, reflected on, mean trust, how the
intentions turned out) and a picker to switch client. Left: the client's meetings and
what was written about the selected one (``ClientMeetingsPanel``). Right: trust over
time (``TrustPanel``) and the intentions (``IntentionsPanel``). The view reads the
client and ties the panels together.

Widgets never run SQL: everything comes from ``journal.service.Journal``.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QPaintEvent, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from journal.errors import JournalError
from journal.model import Client, MeetingSummary
from journal.service import Journal
from ui.common import messages
from ui.common.changes import EVERYTHING
from ui.common.labels import sized
from ui.common.period_text import short_day
from ui.common.trust_text import trust_value
from ui.meetings.client_intentions import IntentionsPanel
from ui.meetings.client_meetings import ClientMeetingsPanel
from ui.meetings.client_trust import TrustPanel
from ui.meetings.client_widgets import number

STYLE = """
QLabel#clientName { font-size: 1.8em; font-weight: 600; }
QLabel#clientFacts { color: palette(placeholder-text); }
QLabel#sectionHeading { font-size: 1.15em; font-weight: 600; }
QLabel#emptyNote { color: palette(placeholder-text); font-size: 1.1em; padding: 24px;
                   border: 1px dashed palette(mid); border-radius: 6px; }
"""


class ClientView(QWidget):
    """Everything about one client. A window of its own when shown without a parent (or
    with ``Qt.WindowType.Window``): Esc and Ctrl+W close it, F5 reads everything again.

    ``show_client(id)`` switches client (as the picker does), ``reload()`` follows changes
    made elsewhere; ``open_meeting(id)`` asks to edit a meeting (Enter or a double click on
    it, or on an intention), ``changed`` says a verdict was set here, and ``loaded`` that
    everything about the client is shown (``is_loaded``).
    """

    open_meeting = Signal(int)  # the user wants to edit this meeting
    changed = Signal(object)  # Changes: an intention's verdict was set here
    loaded = Signal()  # everything about the client is read and shown

    def __init__(
        self, journal: Journal, language: str, client_id: int, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.journal = journal
        self.language = language
        self.client_id: int | None = client_id
        self.client: Client | None = None
        self.first: MeetingSummary | None = None  # the client's first meeting
        self._rest_pending = False  # the second step of reading is still to come
        self._rest_scheduled = False
        self.setStyleSheet(sized(STYLE))
        self.resize(1280, 840)
        trait_names = {t.id: t.name.in_language(language) for t in journal.bank.traits}

        self.picker = QComboBox()
        self.picker.setMinimumContentsLength(22)
        self.picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.picker.setAccessibleName(self.tr("Client"))
        picker_label = QLabel(self.tr("C&lient:"))
        picker_label.setBuddy(self.picker)
        self.name = QLabel()
        self.name.setObjectName("clientName")
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts = QLabel()
        self.facts.setObjectName("clientFacts")
        self.facts.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.name, 1)
        top.addWidget(picker_label)
        top.addWidget(self.picker)

        self.intentions_panel = IntentionsPanel(journal, trait_names)
        self.intentions_panel.open_meeting.connect(self.open_meeting)
        self.intentions_panel.settled.connect(self._settled)
        self.meetings_panel = ClientMeetingsPanel(
            journal, language, trait_names, self.intentions_panel.verdict_text
        )
        self.meetings_panel.open_meeting.connect(self.open_meeting)
        self.intentions_panel.show_meeting.connect(self.meetings_panel.select_meeting)
        self.trust_panel = TrustPanel(journal)
        self._name_the_parts()

        right = QSplitter(Qt.Orientation.Vertical)
        right.setChildrenCollapsible(False)
        right.addWidget(self.trust_panel)
        right.addWidget(self.intentions_panel)
        right.setSizes([400, 360])
        body = QSplitter(Qt.Orientation.Horizontal)
        body.setChildrenCollapsible(False)
        body.addWidget(self.meetings_panel)
        body.addWidget(right)
        body.setSizes([600, 680])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.facts)
        layout.addSpacing(8)
        layout.addWidget(body, 1)
        self._layout = layout

        for first, second in (
            (self.picker, self.meetings),
            (self.meetings, self.open_button),
            (self.open_button, self.reflection),
            (self.reflection, self.granularity),
            (self.granularity, self.intention_tabs),
            (self.intention_tabs, self.open_table),
            (self.open_table, self.kept_button),
            (self.kept_button, self.partly_button),
            (self.partly_button, self.missed_button),
            (self.missed_button, self.all_table),
        ):
            QWidget.setTabOrder(first, second)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, activated=self._close_window)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, activated=self.reload)

        self.picker.currentIndexChanged.connect(self._picked)
        self.meetings.setFocus(Qt.FocusReason.OtherFocusReason)
        self._read_first()  # the rest right after the first paint

    def add_section(self, widget: QWidget) -> None:
        """A part another feature shows about the client, under the facts (placed by
        ``ui.shell.features``; it follows ``loaded``)."""
        self._layout.insertWidget(self._layout.indexOf(self.facts) + 1, widget)

    def _name_the_parts(self) -> None:
        """The panels' parts by name: the tab order, the tests and the benchmark."""
        m, t, i = self.meetings_panel, self.trust_panel, self.intentions_panel
        self.meetings, self.meetings_model, self.meetings_pages = (
            m.meetings,
            m.model,
            m.meetings_pages,
        )
        self.no_meetings, self.open_button, self.reflection = (
            m.no_meetings,
            m.open_button,
            m.reflection,
        )
        self.granularity, self.trust_pages, self.no_trust = t.granularity, t.trust_pages, t.no_trust
        self.intention_tabs, self.open_model, self.all_model = i.tabs, i.open_model, i.all_model
        self.open_table, self.all_table, self.open_pages = i.open_table, i.all_table, i.open_pages
        self.all_pages, self.no_open, self.no_intentions = i.all_pages, i.no_open, i.no_intentions
        self.kept_button, self.partly_button = i.kept_button, i.partly_button
        self.missed_button = i.missed_button

    @property
    def meeting(self):
        """The selected meeting, read whole (None: none)."""
        return self.meetings_panel.meeting

    @property
    def growth(self):
        """The client's trust figures (None: not read yet)."""
        return self.trust_panel.growth

    @property
    def trust_chart(self):
        return self.trust_panel.trust_chart

    @property
    def intentions(self):
        return self.intentions_panel.intentions

    def settle_selected(self, verdict: str | None, table=None) -> None:
        self.intentions_panel.settle_selected(verdict, table)

    def select_meeting(self, meeting_id: int) -> None:
        self.meetings_panel.select_meeting(meeting_id)

    # -- reading ----------------------------------------------------------------------
    #
    # In two steps: what the first paint needs (the client, its meetings, the selected
    # meeting), then, right after the first paint when the view opens, the rest (trust
    # over time, which loads QtCharts, and every intention). ``reload`` does both at once.

    def show_client(self, client_id: int) -> None:
        """Show another client (the picker follows): its meetings at once, the rest
        right after they are painted."""
        if client_id != self.client_id:
            self.meetings_panel.meeting = None
        self.client_id = client_id
        if self._read_first():
            self.update()

    def reload(self) -> None:
        """Read everything again (after a meeting was saved or deleted elsewhere): at
        once while the view is shown, else when it is painted next. The selected meeting
        stays selected when it is still there."""
        if self._read_first() and self.isVisible():
            self._read_rest()

    @property
    def is_loaded(self) -> bool:
        """Everything is read (the second step done)."""
        return not self._rest_pending

    def _read_first(self) -> bool:
        keep = self.meeting.id if self.meeting is not None else None
        try:
            clients = self.journal.clients()
            self.client = next((c for c in clients if c.id == self.client_id), None)
            if self.client is None and clients:  # gone meanwhile: show another
                self.client = clients[0]
            self.client_id = self.client.id if self.client is not None else None
            self._fill_picker(clients)
            self.meetings_model.show_client(self.client_id)
        except JournalError as error:
            messages.show_error(self, error)
            return False
        self.first = None
        self.intentions_panel.clear()  # blank for the moment before the rest is read
        self.trust_panel.clear()
        self.meetings_panel.intentions = []
        self._rest_pending = True
        self._show_header()
        self.meetings_panel.show_meetings(keep, self.client is not None)
        return True

    def _read_rest(self) -> None:
        if not self._rest_pending:
            return
        self._rest_pending = False
        intentions = []
        if self.client is not None:
            try:
                self.first = self.meetings_panel.first_meeting(self.client.id)
                intentions = self.journal.intentions_of_client(self.client.id)
                self.trust_panel.read(self.client.id, choose=True)
            except JournalError as error:
                messages.show_error(self, error)
        self.intentions_panel.intentions = intentions
        self._show_header()
        self.trust_panel.draw()
        self.intentions_panel.show_intentions(intentions)
        self.meetings_panel.intentions = intentions
        if self.meeting is not None:
            self.meetings_panel.show_reflection()  # names the intention its check is about
        self.loaded.emit()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._rest_pending and not self._rest_scheduled:
            self._rest_scheduled = True
            QTimer.singleShot(0, self, self._read_rest_later)  # gone with the view

    def _read_rest_later(self) -> None:
        self._rest_scheduled = False
        self._read_rest()

    def _fill_picker(self, clients: list[Client]) -> None:
        self.picker.blockSignals(True)
        self.picker.clear()
        for client in clients:
            self.picker.addItem(client.name, client.id)
        self.picker.setCurrentIndex(self.picker.findData(self.client_id))
        self.picker.setEnabled(bool(clients))
        self.picker.blockSignals(False)

    def _picked(self, index: int) -> None:
        client_id = self.picker.itemData(index)
        if client_id is not None and client_id != self.client_id:
            self.show_client(client_id)

    # -- showing ----------------------------------------------------------------------

    def _show_header(self) -> None:
        if self.client is None:
            self.setWindowTitle(self.tr("Clients – Advisor Journal"))
            self.name.setText(self.tr("No clients yet"))
            self.facts.setText(
                self.tr("A client appears here once you have saved a meeting with them.")
            )
            return
        name = self.client.name
        self.setWindowTitle(self.tr("{client} – Advisor Journal").format(client=name))
        self.name.setText(name)
        total = self.meetings_model.total
        meetings = (
            self.tr("1 meeting")
            if total == 1
            else self.tr("{count} meetings").format(count=number(total))
        )
        if self.first is not None:
            meetings += " " + self.tr("since {date}").format(
                date=short_day(self.first.start.astimezone().date())
            )
        parts = [meetings]
        if self.growth is not None and total:
            reflected = sum(c.reflected for c in self.growth.coverage)
            parts.append(self.tr("{count} reflected on").format(count=number(reflected)))
        if self.trust_panel.client_trust:
            trust = self.trust_panel.client_trust[0].trust
            parts.append(self.tr("mean trust {value}").format(value=trust_value(trust.composite)))
        if self.intentions:
            counts = Counter(i.kept for i in self.intentions)
            words = {
                None: self.tr("{count} open"), "yes": self.tr("{count} kept"),
                "partly": self.tr("{count} partly kept"), "no": self.tr("{count} not kept"),
            }  # fmt: skip
            told = [
                words[verdict].format(count=number(counts[verdict]))
                for verdict in words
                if counts[verdict]
            ]
            parts.append(self.tr("intentions: {counts}").format(counts=", ".join(told)))
        self.facts.setText(" · ".join(parts))

    def _settled(self, meeting_ids: set[int]) -> None:
        """Intentions got a verdict here: the facts, the selected meeting, the window."""
        self.meetings_panel.intentions = self.intentions
        self._show_header()
        self.meetings_panel.show_again(meeting_ids)
        self.changed.emit(EVERYTHING)

    def _close_window(self) -> None:
        if self.isWindow():
            self.close()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.isWindow():
            self.close()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        """Follow the system between light and dark."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.trust_panel.retheme()
