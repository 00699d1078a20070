"""The "Calendar and reminders" page of Settings: the calendar file to follow, which
events count as client meetings, the clients remembered per e-mail domain, staying in the
tray and starting at login."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal.calendar.client_rules import Rules
from journal.service import Journal
from journal.store import paths
from journal.store.names import clean_name
from ui.calendar import autostart
from ui.common.settings import Settings


class CalendarSettings(QWidget):
    def __init__(self, journal: Journal, settings: Settings, tray_available: bool):
        super().__init__()
        self.journal = journal
        self.settings = settings
        self.followed: Path | None = settings.watched_calendar
        rules = journal.calendar.rules()

        layout = QVBoxLayout(self)
        layout.addWidget(self._file_box())
        layout.addWidget(self._rules_box(rules))
        layout.addWidget(self._clients_box())
        layout.addWidget(self._running_box(tray_available))
        layout.addStretch(1)

    # -- building ---------------------------------------------------------------------

    def _file_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Calendar file to follow"))
        self.file = QLineEdit()
        self.file.setReadOnly(True)
        self.file.setPlaceholderText(self.tr("No file followed"))
        choose = QPushButton(self.tr("C&hoose…"))
        choose.clicked.connect(self._choose_file)
        self.stop_following = QPushButton(self.tr("&Stop Following"))
        self.stop_following.clicked.connect(lambda: self._set_followed(None))
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(choose)
        row.addWidget(self.stop_following)
        hint = _hint(
            self.tr(
                "A calendar that Outlook, a sync tool or a script exports to a file: "
                "whenever the file changes, Advisor Journal reads it again."
            )
        )
        column = QVBoxLayout(box)
        column.addLayout(row)
        column.addWidget(hint)
        self._set_followed(self.followed)
        return box

    def _rules_box(self, rules: Rules) -> QGroupBox:
        box = QGroupBox(self.tr("Which events are client meetings"))
        self.my_email = QLineEdit(rules.my_email)
        self.my_email.setPlaceholderText(self.tr("Guessed from your calendar when empty"))
        self.include_keywords = _list_edit(
            rules.include_keywords, self.tr("for example: client, intake")
        )
        self.include_domains = _list_edit(rules.include_domains, self.tr("for example: utrecht.nl"))
        self.ignore_keywords = _list_edit(rules.ignore_keywords, self.tr("for example: lunch, 1:1"))
        self.ignore_domains = _list_edit(
            rules.ignore_domains, self.tr("for example: our-partner.nl")
        )
        column = QVBoxLayout(box)
        column.addWidget(
            _hint(
                self.tr(
                    "A meeting counts when someone from outside your own e-mail domain is "
                    "invited; private, declined and internal meetings do not. These rules "
                    "come first. Separate words and domains with commas."
                )
            )
        )
        form = QFormLayout()
        column.addLayout(form)
        form.addRow(self.tr("Your &e-mail address:"), self.my_email)
        form.addRow(self.tr("Always, title &words:"), self.include_keywords)
        form.addRow(self.tr("Always, &domains:"), self.include_domains)
        form.addRow(self.tr("Never, title w&ords:"), self.ignore_keywords)
        form.addRow(self.tr("Never, d&omains:"), self.ignore_domains)
        return box

    def _clients_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Clients recognised by e-mail domain"))
        self.clients = QTableWidget(0, 2)
        self.clients.setHorizontalHeaderLabels([self.tr("Domain"), self.tr("Client")])
        self.clients.verticalHeader().hide()
        self.clients.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.clients.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.clients.setMaximumHeight(150)
        for domain, client in self.journal.calendar.client_domains().items():
            row = self.clients.rowCount()
            self.clients.insertRow(row)
            domain_item = QTableWidgetItem(domain)
            domain_item.setFlags(domain_item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.clients.setItem(row, 0, domain_item)
            self.clients.setItem(row, 1, QTableWidgetItem(client))
        forget = QPushButton(self.tr("&Forget"))
        forget.setToolTip(self.tr("The next import recognises this domain afresh"))
        forget.clicked.connect(self._forget_selected)
        column = QVBoxLayout(box)
        column.addWidget(
            _hint(
                self.tr(
                    "Remembered when you save a reflection on a calendar meeting. Double-click "
                    "a client to rename it."
                )
            )
        )
        if self.clients.rowCount():
            column.addWidget(self.clients)
            column.addWidget(forget)
        else:
            column.addWidget(_hint(self.tr("None yet.")))
        return box

    def _running_box(self, tray_available: bool) -> QGroupBox:
        box = QGroupBox(self.tr("Reminders"))
        self.keep_in_tray = QCheckBox(
            self.tr("&Keep running in the system tray when the window is closed")
        )
        self.keep_in_tray.setChecked(tray_available and self.settings.keep_in_tray)
        self.keep_in_tray.setEnabled(tray_available)
        self.start_at_login = QCheckBox(self.tr("Start Advisor Journal when I &log in"))
        self.start_at_login.setChecked(autostart.enabled())
        self.start_at_login.setEnabled(autostart.supported())
        column = QVBoxLayout(box)
        column.addWidget(self.keep_in_tray)
        if not tray_available:
            column.addWidget(
                _hint(
                    self.tr(
                        "Your desktop has no system tray, so closing the window quits the "
                        "app. While it runs it tells you when a client meeting ends: with a "
                        "notification where your desktop shows them, else in its window. "
                        "Started at login, it waits minimized in the task bar."
                    )
                )
            )
        column.addWidget(self.start_at_login)
        if not autostart.supported():
            column.addWidget(
                _hint(self.tr("On this system, the README says how to start it at login."))
            )
        return box

    # -- behaviour --------------------------------------------------------------------

    def _choose_file(self) -> None:
        start = str(self.followed.parent) if self.followed else self.settings.last_calendar_folder
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Calendar File to Follow"),
            start,
            self.tr("Calendar files (*.ics *.ical *.ifb);;All files (*)"),
        )
        if name:
            self._set_followed(Path(name))

    def _set_followed(self, path: Path | None) -> None:
        self.followed = path
        self.file.setText(str(path) if path else "")
        self.stop_following.setEnabled(path is not None)

    def _forget_selected(self) -> None:
        for row in sorted({i.row() for i in self.clients.selectedIndexes()}, reverse=True):
            self.clients.removeRow(row)

    def chosen_rules(self) -> Rules:
        return Rules(
            my_email=self.my_email.text(),
            include_keywords=_split(self.include_keywords.text()),
            ignore_keywords=_split(self.ignore_keywords.text()),
            include_domains=_split(self.include_domains.text()),
            ignore_domains=_split(self.ignore_domains.text()),
        )

    def chosen_clients(self) -> dict[str, str]:
        chosen = {}
        for row in range(self.clients.rowCount()):
            name = clean_name(self.clients.item(row, 1).text())
            if name:
                chosen[self.clients.item(row, 0).text()] = name
        return chosen

    def problem(self) -> str | None:
        """A sentence when something typed cannot be used, else None."""
        email = self.my_email.text().strip()
        if email and ("@" not in email or " " in email):
            self.my_email.setFocus()
            return self.tr("“{text}” is not an e-mail address.").format(text=email)
        return None

    def save(self) -> None:
        """Raises JournalError (the journal) or OSError (the autostart entry)."""
        self.journal.calendar.save_rules(self.chosen_rules())
        self.journal.calendar.set_client_domains(self.chosen_clients())
        self.settings.watched_calendar = self.followed
        if self.keep_in_tray.isEnabled():
            self.settings.keep_in_tray = self.keep_in_tray.isChecked()
        if autostart.supported() and self.start_at_login.isChecked() != autostart.enabled():
            if self.start_at_login.isChecked():
                # Named in full unless it is the default folder: at login neither the
                # working folder nor a shell's ADVISOR_JOURNAL_HOME can be relied on.
                own = self.journal.path.parent.resolve()
                autostart.enable(None if own == paths.default_data_dir().resolve() else own)
            else:
                autostart.disable()


def _list_edit(values: tuple[str, ...], placeholder: str) -> QLineEdit:
    edit = QLineEdit(", ".join(values))
    edit.setPlaceholderText(placeholder)
    return edit


def _split(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("traitDescription")  # the dialog's muted hint style
    label.setWordWrap(True)
    return label
