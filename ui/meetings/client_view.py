"""The client view: everything about one client in one window.

Top: the client's name, a line of facts (meetings, reflected on, mean trust, how the
intentions turned out) and a picker to switch client. Left: the client's meetings,
newest first, read a page at a time like the main list, and under them what was written
about the selected meeting (open answers, intention, notes; read-only). Right: trust
over time (``ui.growth.charts``, imported when a client with reflections is first shown) and
the intentions: the open ones, to settle by hand (Kept, Partly, Not kept), and all of
them with their verdicts.

Widgets never run SQL: everything comes from ``journal.service.Journal``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QKeyEvent, QKeySequence, QPaintEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from journal.errors import JournalError
from journal.find.search import SearchFilters
from journal.model import Client, Intention, Meeting, MeetingSummary
from journal.service import Journal
from ui.common import messages
from ui.common.period_text import day_and_time, short_day
from ui.meetings.meeting_model import MeetingPages

if TYPE_CHECKING:  # QtCharts loads with the first chart, not with this module
    from journal.growth.aggregation import ClientTrust
    from journal.growth.figures import Growth
    from ui.growth.charts import TrustChart

Index = QModelIndex | QPersistentModelIndex
VERDICT_COLOURS = {"yes": "#3d8b37", "partly": "#b8860b", "no": "#c0392b"}
# Periods on the trust chart: per month, unless that gives too few or too many points.
FEW_PERIODS, MANY_PERIODS = 3, 36

STYLE = """
QLabel#clientName { font-size: 17pt; font-weight: 600; }
QLabel#clientFacts { color: palette(placeholder-text); }
QLabel#sectionHeading { font-size: 11pt; font-weight: 600; }
QLabel#emptyNote { color: palette(placeholder-text); font-size: 10.5pt; padding: 24px;
                   border: 1px dashed palette(mid); border-radius: 6px; }
"""


def _number(value: int) -> str:
    return QLocale().toString(value)


def _paragraphs(text: str) -> str:
    return escape(text.strip()).replace("\n", "<br>")


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
            return self.tr(
                "Trust Equation: (credibility + reliability + intimacy) / self-orientation, "
                "from the reflection's answers. About 3 is average; higher is better."
            )
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
            return "–" if meeting.trust is None else QLocale().toString(meeting.trust, "f", 1)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TITLE:
            return meeting.title
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.REFLECTED, self.TRUST):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class IntentionsModel(QAbstractTableModel):
    """Intentions as rows: when and after which meeting, the text, its trait, and (for
    the list of all intentions) the verdict and when it was given."""

    WRITTEN, MEETING, INTENTION, TRAIT, VERDICT, SETTLED = range(6)

    def __init__(self, trait_names: dict[str, str], with_verdicts: bool, parent=None):
        super().__init__(parent)
        self.trait_names = trait_names
        self.with_verdicts = with_verdicts
        self._rows: list[Intention] = []

    def set_intentions(self, intentions: list[Intention]) -> None:
        self.beginResetModel()
        self._rows = list(intentions)
        self.endResetModel()

    def intention(self, row: int) -> Intention:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else (6 if self.with_verdicts else 4)

    def verdict_text(self, verdict: str | None) -> str:
        return {
            "yes": self.tr("Kept"), "partly": self.tr("Partly"), "no": self.tr("Not kept"),
        }.get(verdict or "", self.tr("Open"))  # fmt: skip

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Written"), self.tr("After"), self.tr("Next time I will …"),
            self.tr("Trait"), self.tr("Verdict"), self.tr("Settled"),
        )[section]  # fmt: skip

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        intention = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(intention, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.MEETING, self.TRAIT):
            return self._display(intention, column) or None
        if role == Qt.ItemDataRole.ToolTipRole and column == self.INTENTION:
            return self.tr("{text}\n(after “{meeting}”)").format(
                text=intention.text, meeting=intention.meeting_title
            )
        if role == Qt.ItemDataRole.ForegroundRole and column == self.VERDICT and intention.kept:
            return QColor(VERDICT_COLOURS[intention.kept])
        return None

    def _display(self, intention: Intention, column: int) -> str:
        if column == self.WRITTEN:
            return short_day(intention.meeting_start.astimezone().date())
        if column == self.MEETING:
            return intention.meeting_title
        if column == self.INTENTION:
            return " ".join(intention.text.split())
        if column == self.TRAIT:
            trait = intention.trait_id
            return self.trait_names.get(trait, trait) if trait else ""
        if column == self.VERDICT:
            return self.verdict_text(intention.kept)
        if intention.checked_at is None:
            return ""
        return short_day(intention.checked_at.astimezone().date())


def _table(model: QAbstractTableModel, name: str) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move within it
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.horizontalHeader().setHighlightSections(False)
    table.setAccessibleName(name)
    return table


def _empty_note(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("emptyNote")
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


class ClientView(QWidget):
    """Everything about one client. A window of its own when shown without a parent (or
    with ``Qt.WindowType.Window``): Esc and Ctrl+W close it, F5 reads everything again.

    ``show_client(id)`` switches client (as the picker does), ``reload()`` follows changes
    made elsewhere; ``open_meeting(id)`` asks to edit a meeting (Enter or a double click on
    it, or on an intention), ``changed`` says a verdict was set here, and ``loaded`` that
    everything about the client is shown (``is_loaded``).
    """

    open_meeting = Signal(int)  # the user wants to edit this meeting
    changed = Signal()  # an intention's verdict was set here
    loaded = Signal()  # everything about the client is read and shown

    def __init__(
        self, journal: Journal, language: str, client_id: int, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.journal = journal
        self.language = language
        self.client_id: int | None = client_id
        self.client: Client | None = None
        self.intentions: list[Intention] = []
        self.growth: Growth | None = None
        self.trust_chart: TrustChart | None = None  # made for the first client with trust
        self.meeting: Meeting | None = None  # the selected meeting, read whole
        self.first: MeetingSummary | None = None  # the client's first meeting
        self.client_trust: list[ClientTrust] = []  # the client's mean trust (or nothing)
        self._rest_pending = False  # the second step of reading is still to come
        self._rest_scheduled = False
        self.setStyleSheet(STYLE)
        self.resize(1280, 840)
        self.trait_names = {t.id: t.name.in_language(language) for t in journal.bank.traits}

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

        body = QSplitter(Qt.Orientation.Horizontal)
        body.setChildrenCollapsible(False)
        body.addWidget(self._make_left())
        body.addWidget(self._make_right())
        body.setSizes([600, 680])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.facts)
        layout.addSpacing(8)
        layout.addWidget(body, 1)

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

    # -- building ---------------------------------------------------------------------

    def _heading(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setObjectName("sectionHeading")
        label.setBuddy(buddy)
        return label

    def _make_left(self) -> QWidget:
        self.meetings_model = ClientMeetingsModel(self.journal, self)
        self.meetings_model.failed.connect(lambda error: messages.show_error(self, error))
        self.meetings = _table(self.meetings_model, self.tr("Meetings with this client"))
        self.meetings.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.meetings.horizontalHeader()
        header.setSectionResizeMode(ClientMeetingsModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.meetings.setColumnWidth(ClientMeetingsModel.DATE, 170)
        for column, width in ((ClientMeetingsModel.REFLECTED, 80), (ClientMeetingsModel.TRUST, 60)):
            # wide enough for the heading in either language ("Gereflecteerd")
            self.meetings.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
        self.meetings.activated.connect(lambda index: self._open_row(index.row()))
        self.meetings.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_meeting(current.row())
        )
        self.no_meetings = _empty_note("")
        self.meetings_pages = QStackedWidget()
        self.meetings_pages.addWidget(self.meetings)
        self.meetings_pages.addWidget(self.no_meetings)

        self.open_button = QPushButton(self.tr("&Open Meeting…"))
        self.open_button.setToolTip(self.tr("Edit the selected meeting and its reflection (Enter)"))
        self.open_button.clicked.connect(lambda: self._open_row(self.meetings.currentIndex().row()))
        self.meetings_heading = self._heading(self.tr("&Meetings"), self.meetings)
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.meetings_heading, 1)
        heading_row.addWidget(self.open_button)

        self.reflection = QTextBrowser()
        self.reflection.setOpenLinks(False)
        self.reflection.setAccessibleName(self.tr("What you wrote about the selected meeting"))
        self.reflection.document().setDefaultStyleSheet(
            "h3 { margin-bottom: 2px; } p.meta { margin-top: 0; } "
            "h4 { margin-top: 14px; margin-bottom: 3px; }"
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
        bottom_layout.addWidget(self._heading(self.tr("&Reflection and notes"), self.reflection))
        bottom_layout.addWidget(self.reflection, 1)
        left = QSplitter(Qt.Orientation.Vertical)
        left.setChildrenCollapsible(False)
        left.addWidget(top)
        left.addWidget(bottom)
        left.setSizes([430, 330])
        return left

    def _make_right(self) -> QWidget:
        self.granularity = QComboBox()
        for value, label in (
            ("week", self.tr("per week")),  # journal.aggregation.Granularity's values
            ("month", self.tr("per month")),
            ("quarter", self.tr("per quarter")),
        ):
            self.granularity.addItem(label, value)
        self.granularity.setCurrentIndex(1)
        self.granularity.currentIndexChanged.connect(self._granularity_chosen)
        trust_row = QHBoxLayout()
        trust_row.addWidget(self._heading(self.tr("&Trust over time"), self.granularity), 1)
        trust_row.addWidget(self.granularity)
        self.no_trust = _empty_note("")
        self.trust_pages = QStackedWidget()
        self.trust_pages.addWidget(self.no_trust)
        self.trust_pages.setMinimumHeight(280)

        # The verdicts: a key in either list of intentions (K, P, N; O opens one again;
        # other letters in Dutch), the context menu, and the buttons under the open ones.
        self._menu_table: QTableView | None = None
        self.verdict_actions: dict[str | None, QAction] = {}
        keys = {
            "yes": self.tr("K", "the key for Kept"),
            "partly": self.tr("P", "the key for Partly"),
            "no": self.tr("N", "the key for Not kept"),
            None: self.tr("O", "the key for Open Again"),
        }
        for verdict, text in (
            ("yes", self.tr("&Kept")),
            ("partly", self.tr("&Partly")),
            ("no", self.tr("&Not kept")),
            (None, self.tr("&Open Again")),
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys[verdict]))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _checked=False, v=verdict: self._verdict_triggered(v))
            self.verdict_actions[verdict] = action
        self.open_model = IntentionsModel(self.trait_names, with_verdicts=False, parent=self)
        self.open_table = self._intentions_table(self.open_model, self.tr("Open intentions"))
        self.kept_button = QPushButton(self.tr("&Kept"))
        self.partly_button = QPushButton(self.tr("&Partly"))
        self.missed_button = QPushButton(self.tr("&Not kept"))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(self.tr("Did you do it?"))
        buttons.addWidget(hint)
        for button, verdict, tip in (
            (self.kept_button, "yes", self.tr("You did what you intended ({key})")),
            (self.partly_button, "partly", self.tr("You did some of it ({key})")),
            (self.missed_button, "no", self.tr("It did not happen ({key})")),
        ):
            button.setToolTip(tip.format(key=keys[verdict]))
            button.clicked.connect(
                lambda _checked=False, v=verdict: self.settle_selected(v, self.open_table)
            )
            buttons.addWidget(button)
        buttons.addStretch(1)
        open_list = QWidget()
        open_layout = QVBoxLayout(open_list)
        open_layout.setContentsMargins(0, 0, 0, 0)
        open_layout.addWidget(self.open_table, 1)
        open_layout.addLayout(buttons)
        self.no_open = _empty_note("")
        self.open_pages = QStackedWidget()
        self.open_pages.addWidget(open_list)
        self.open_pages.addWidget(self.no_open)

        self.all_model = IntentionsModel(self.trait_names, with_verdicts=True, parent=self)
        self.all_table = self._intentions_table(self.all_model, self.tr("All intentions"))
        self.all_table.setColumnHidden(IntentionsModel.MEETING, True)  # room for the text
        self.all_table.setColumnWidth(IntentionsModel.VERDICT, 80)
        self.all_table.setColumnWidth(IntentionsModel.SETTLED, 100)
        self.no_intentions = _empty_note("")
        self.all_pages = QStackedWidget()
        self.all_pages.addWidget(self.all_table)
        self.all_pages.addWidget(self.no_intentions)

        self.intention_tabs = QTabWidget()
        self.intention_tabs.setDocumentMode(True)
        self.intention_tabs.addTab(self.open_pages, "")
        self.intention_tabs.addTab(self.all_pages, "")

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(8, 0, 0, 6)
        top_layout.addLayout(trust_row)
        top_layout.addWidget(self.trust_pages, 1)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(8, 6, 0, 0)
        bottom_layout.addWidget(self.intention_tabs, 1)
        right = QSplitter(Qt.Orientation.Vertical)
        right.setChildrenCollapsible(False)
        right.addWidget(top)
        right.addWidget(bottom)
        right.setSizes([400, 360])
        return right

    def _intentions_table(self, model: IntentionsModel, name: str) -> QTableView:
        table = _table(model, name)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = table.horizontalHeader()
        header.setSectionResizeMode(IntentionsModel.INTENTION, QHeaderView.ResizeMode.Stretch)
        table.setColumnWidth(IntentionsModel.WRITTEN, 100)
        table.setColumnWidth(IntentionsModel.MEETING, 150)
        table.setColumnWidth(IntentionsModel.TRAIT, 130)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(
            lambda position, table=table: self._intention_menu(table, position)
        )
        table.activated.connect(
            lambda index, model=model: self.open_meeting.emit(
                model.intention(index.row()).meeting_id
            )
        )
        table.addActions(list(self.verdict_actions.values()))
        if model is self.open_model:
            table.selectionModel().selectionChanged.connect(self._update_buttons)
        return table

    # -- reading ----------------------------------------------------------------------
    #
    # In two steps: what the first paint needs (the client, its meetings, the selected
    # meeting), then, right after the first paint when the view opens, the rest (trust
    # over time, which loads QtCharts, and every intention). ``reload`` does both at once.

    def show_client(self, client_id: int) -> None:
        """Show another client (the picker follows): its meetings at once, the rest
        right after they are painted."""
        if client_id != self.client_id:
            self.meeting = None
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
        self.intentions, self.growth, self.client_trust, self.first = [], None, [], None
        self._rest_pending = True
        self._show_header()
        self._show_meetings(keep)
        for note in (self.no_trust, self.no_open, self.no_intentions):
            note.clear()  # blank for the moment before the rest is read
        self.trust_pages.setCurrentWidget(self.no_trust)
        self.open_pages.setCurrentWidget(self.no_open)
        self.all_pages.setCurrentWidget(self.no_intentions)
        self.intention_tabs.setTabText(0, self.tr("Open &intentions"))
        self.intention_tabs.setTabText(1, self.tr("&All intentions"))
        self.granularity.setEnabled(False)
        self._update_buttons()
        return True

    def _read_rest(self) -> None:
        if not self._rest_pending:
            return
        self._rest_pending = False
        if self.client is not None:
            try:
                self.first = self._first_meeting()
                self.intentions = self.journal.intentions_of_client(self.client.id)
                self._read_trust(choose=True)
            except JournalError as error:
                messages.show_error(self, error)
        self._show_header()
        self._draw_trust()
        self._show_intentions()
        if self.meeting is not None:
            self._show_reflection()  # names the intention its check is about
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

    def _first_meeting(self) -> MeetingSummary | None:
        total = self.meetings_model.total
        if self.client is None or total == 0:
            return None
        page = self.journal.search_page(SearchFilters(client_id=self.client.id), total - 1, 1)
        return page[0] if page else None

    def _read_trust(self, choose: bool) -> None:
        """Read the trust figures (raises JournalError); ``choose``: per month, per week
        for a short history, per quarter for a long one."""
        self.growth = None
        if self.client is None:
            return
        from journal.growth.aggregation import Granularity, Scope  # not needed for the first paint

        scope = Scope(client_ids=(self.client.id,))
        if choose:
            growth = self.journal.growth(Granularity.MONTH, scope)
            granularity = Granularity.MONTH
            if len(growth.periods) > MANY_PERIODS:
                granularity = Granularity.QUARTER
            elif 0 < len(growth.periods) <= FEW_PERIODS:
                granularity = Granularity.WEEK
            if granularity is not Granularity.MONTH:
                growth = self.journal.growth(granularity, scope)
            self.granularity.blockSignals(True)
            self.granularity.setCurrentIndex(self.granularity.findData(granularity.value))
            self.granularity.blockSignals(False)
        else:
            growth = self.journal.growth(Granularity(self.granularity.currentData()), scope)
        self.client_trust = self.journal.client_trust(scope)
        self.growth = growth

    def _granularity_chosen(self) -> None:
        try:
            self._read_trust(choose=False)
        except JournalError as error:
            messages.show_error(self, error)
        self._draw_trust()

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
            else self.tr("{count} meetings").format(count=_number(total))
        )
        if self.first is not None:
            meetings += " " + self.tr("since {date}").format(
                date=short_day(self.first.start.astimezone().date())
            )
        parts = [meetings]
        if self.growth is not None and total:
            reflected = sum(c.reflected for c in self.growth.coverage)
            parts.append(self.tr("{count} reflected on").format(count=_number(reflected)))
        if self.client_trust:
            trust = self.client_trust[0].trust
            parts.append(
                self.tr("mean trust {value}").format(
                    value=QLocale().toString(trust.composite, "f", 1)
                )
            )
        if self.intentions:
            counts = Counter(i.kept for i in self.intentions)
            words = {
                None: self.tr("{count} open"), "yes": self.tr("{count} kept"),
                "partly": self.tr("{count} partly kept"), "no": self.tr("{count} not kept"),
            }  # fmt: skip
            told = [
                words[verdict].format(count=_number(counts[verdict]))
                for verdict in words
                if counts[verdict]
            ]
            parts.append(self.tr("intentions: {counts}").format(counts=", ".join(told)))
        self.facts.setText(" · ".join(parts))

    def _draw_trust(self) -> None:
        growth = self.growth
        has_trust = growth is not None and any(
            p.value is not None for p in growth.trust.get("composite", [])
        )
        self.granularity.setEnabled(has_trust)
        if not has_trust:
            self.no_trust.setText(
                self.tr(
                    "No trust to show yet. Once you reflect on a meeting with this client, "
                    "the Trust Equation and its four parts appear here over time."
                )
            )
            if self.trust_chart is not None:
                self.trust_chart.clear()
            self.trust_pages.setCurrentWidget(self.no_trust)
            return
        chart = self._chart()
        labels = {
            "composite": self.tr("Trust"), "credibility": self.tr("Credibility"),
            "reliability": self.tr("Reliability"), "intimacy": self.tr("Intimacy"),
            "self_orientation": self.tr("Self-orientation"),
        }  # fmt: skip
        chart.show(growth.trust, labels, growth.periods, growth.granularity)
        self.trust_pages.setCurrentWidget(chart.view)

    def _chart(self) -> TrustChart:
        if self.trust_chart is None:
            from ui.growth import charts  # QtCharts: loaded with the first chart

            self.trust_chart = charts.TrustChart()
            self.trust_chart.chart.setTitle("")  # the heading above says it
            self.trust_chart.view.setMinimumHeight(240)
            self.trust_chart.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.trust_pages.addWidget(self.trust_chart.view)
        return self.trust_chart

    def _show_intentions(self, open_row: int = 0) -> None:
        """Fill both intention lists; ``open_row`` is the row of the open list to make
        current (the next one after settling), the list of all keeps its row."""
        all_row = max(0, self.all_table.currentIndex().row())
        open_ones = [i for i in self.intentions if i.kept is None]
        self.open_model.set_intentions(open_ones)
        self.all_model.set_intentions(self.intentions)
        no_traits = not any(i.trait_id for i in self.intentions)
        for table in (self.open_table, self.all_table):
            table.setColumnHidden(IntentionsModel.TRAIT, no_traits)
        self.intention_tabs.setTabText(
            0, self.tr("Open &intentions ({count})").format(count=_number(len(open_ones)))
        )
        self.intention_tabs.setTabText(
            1, self.tr("&All intentions ({count})").format(count=_number(len(self.intentions)))
        )
        if open_ones:
            self.open_pages.setCurrentIndex(0)
            row = min(open_row, len(open_ones) - 1)
            self.open_table.setCurrentIndex(self.open_model.index(row, IntentionsModel.INTENTION))
        else:
            self.no_open.setText(
                self.tr(
                    "No open intentions. What you mean to do differently next time with "
                    "this client waits here until you say how it went."
                )
                if self.intentions
                else self.tr(
                    "No intentions yet. After a meeting, write what you will do differently "
                    "next time with this client: it waits here until you say how it went."
                )
            )
            self.open_pages.setCurrentIndex(1)
        if self.intentions:
            self.all_pages.setCurrentIndex(0)
            row = min(all_row, len(self.intentions) - 1)
            self.all_table.setCurrentIndex(self.all_model.index(row, IntentionsModel.INTENTION))
        else:
            self.no_intentions.setText(self.tr("No intentions written about this client yet."))
            self.all_pages.setCurrentIndex(1)
        self._update_buttons()

    def _show_meetings(self, keep: int | None) -> None:
        model = self.meetings_model
        if model.total == 0:
            self.no_meetings.setText(
                self.tr("No meetings with this client.")
                if self.client is not None
                else self.tr("No meetings yet.")
            )
            self.meetings_pages.setCurrentWidget(self.no_meetings)
            self.open_button.setEnabled(False)
            self.meeting = None
            self._show_reflection()
            return
        self.meetings_pages.setCurrentWidget(self.meetings)
        self.open_button.setEnabled(True)
        row = 0
        if keep is not None:
            row = next((r for r in range(model.rowCount()) if model.summary(r).id == keep), 0)
        self.meetings.setCurrentIndex(model.index(row, ClientMeetingsModel.TITLE))
        self._show_meeting(row, again=True)  # also when the row was current already
        self.meetings.scrollTo(model.index(row, 0))

    def _show_meeting(self, row: int, again: bool = False) -> None:
        """Read the meeting of ``row`` whole and show what was written; ``again``: even
        when it is the one shown."""
        model = self.meetings_model
        if not 0 <= row < model.rowCount():
            self.meeting = None
            self._show_reflection()
            return
        meeting_id = model.summary(row).id
        if self.meeting is not None and self.meeting.id == meeting_id and not again:
            return
        try:
            self.meeting = self.journal.meeting(meeting_id)
        except JournalError as error:
            messages.show_error(self, error)
            return
        self._show_reflection()

    def _show_reflection(self) -> None:
        meeting = self.meeting
        if meeting is None:
            note = (
                self.tr("Choose a meeting to read what you wrote about it.")
                if self.meetings_model.total
                else self.tr("Nothing written yet.")
            )
            self.reflection.setHtml(f"<p><i>{escape(note)}</i></p>")
            return
        self.reflection.setHtml(self._reflection_html(meeting))

    def _reflection_html(self, meeting: Meeting) -> str:
        bank = self.journal.bank
        language = self.language
        local = meeting.start.astimezone()
        meta = [
            QLocale().toString(local.date(), QLocale.FormatType.LongFormat)
            + ", "
            + local.strftime("%H:%M"),
            self.tr("{minutes} minutes").format(minutes=meeting.duration_minutes),
        ]
        reflection = meeting.reflection
        if reflection is not None and reflection.trust is not None:
            meta.append(
                self.tr("trust {value}").format(
                    value=QLocale().toString(reflection.trust.composite, "f", 1)
                )
            )
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
                verdict = self.open_model.verdict_text(check.verdict)
                text = (
                    self.tr("{verdict}: “{text}”").format(verdict=verdict, text=earlier.text)
                    if earlier is not None
                    else verdict
                )
                section(self.tr("Did I do what I intended last time?"), text)
                written = True
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
                        verdict=self.open_model.verdict_text(reflection.intention_kept)
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

    def _update_buttons(self) -> None:
        chosen = bool(self.open_table.selectionModel().selectedRows())
        for button in (self.kept_button, self.partly_button, self.missed_button):
            button.setEnabled(chosen)

    # -- acting -----------------------------------------------------------------------

    def _open_row(self, row: int) -> None:
        if 0 <= row < self.meetings_model.rowCount():
            self.open_meeting.emit(self.meetings_model.summary(row).id)

    def _chosen(self, table: QTableView) -> list[Intention]:
        model = table.model()
        rows = sorted({index.row() for index in table.selectionModel().selectedRows()})
        return [model.intention(row) for row in rows]

    def settle_selected(self, verdict: str | None, table: QTableView | None = None) -> None:
        """Give the selected intentions a verdict ("yes", "partly", "no"; None: open
        again); they leave the open list and show the verdict among all."""
        table = table or self.open_table
        chosen = [i for i in self._chosen(table) if i.kept != verdict]
        if not chosen:
            return
        first_row = min(index.row() for index in table.selectionModel().selectedRows())
        self.settle([i.id for i in chosen], verdict, keep_row=first_row)
        table.setFocus(Qt.FocusReason.OtherFocusReason)

    def settle(self, intention_ids: list[int], verdict: str | None, keep_row: int = 0) -> None:
        """Give these intentions a verdict and show the lists again; ``keep_row``: the
        row of the open list to go on with."""
        done: set[int] = set()
        try:
            for intention_id in intention_ids:
                self.journal.set_intention_verdict(intention_id, verdict)
                done.add(intention_id)
        except JournalError as error:
            messages.show_error(self, error)
        if not done:
            return
        # Written as the journal writes it, without reading every intention again.
        checked_at = self.journal.clock() if verdict is not None else None
        self.intentions = [
            replace(i, kept=verdict, checked_at=checked_at) if i.id in done else i
            for i in self.intentions
        ]
        self._show_header()
        self._show_intentions(keep_row)
        settled = {i.meeting_id for i in self.intentions if i.id in done}
        if self.meeting is not None and self.meeting.id in settled:
            self._show_meeting(self.meetings.currentIndex().row(), again=True)
        self.changed.emit()

    def _intention_menu(self, table: QTableView, position: QPoint) -> None:
        chosen = self._chosen(table)
        if not chosen:
            return
        menu = QMenu(self)
        for verdict, action in self.verdict_actions.items():
            if verdict is not None or any(i.kept is not None for i in chosen):
                menu.addAction(action)
        menu.addSeparator()
        show = menu.addAction(self.tr("&Show the Meeting"))
        show.triggered.connect(lambda: self.select_meeting(chosen[0].meeting_id))
        edit = menu.addAction(self.tr("Open the &Meeting…"))
        edit.setShortcut(QKeySequence(Qt.Key.Key_Return))  # shown in the menu; Enter does it
        edit.triggered.connect(lambda: self.open_meeting.emit(chosen[0].meeting_id))
        current = table.visualRect(table.currentIndex())
        if not current.contains(position):  # from the keyboard: at the current row
            position = current.center() if current.isValid() else QPoint(0, 0)
        self._menu_table = table
        try:
            menu.exec(table.viewport().mapToGlobal(position))
        finally:
            self._menu_table = None
            menu.deleteLater()

    def _verdict_triggered(self, verdict: str | None) -> None:
        """A verdict from the context menu, or its key in one of the intention lists."""
        table = self._menu_table
        if table is None:
            table = self.all_table if self.all_table.hasFocus() else self.open_table
        self.settle_selected(verdict, table)

    def select_meeting(self, meeting_id: int) -> None:
        """Select a meeting in the list (reading further pages if need be)."""
        row = self.meetings_model.row_of(meeting_id)
        if row is None:
            return
        self.meetings.setCurrentIndex(self.meetings_model.index(row, ClientMeetingsModel.TITLE))
        self.meetings.scrollTo(self.meetings_model.index(row, 0))
        self.meetings.setFocus(Qt.FocusReason.OtherFocusReason)

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
        if event.type() == QEvent.Type.PaletteChange and self.trust_chart is not None:
            self.trust_chart.retheme()
            self._draw_trust()
