"""Help → Advisor Journal Help (F1): one short page in the app's language. The ten
traits and where they come from, the Trust Equation and how the score shown is made,
what "balance" means, which periods the growth summary speaks of, the shortcuts, and
where the data lives."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from journal.growth.figures import MIN_ANSWERS, MIN_CHANGE
from journal.service import Journal

# Where each trait comes from (shared/design/traits.md): the two texts the journal is
# built on. M: a blog post on Maister, Green & Galford, The Trusted Advisor (2000);
# O: the training text "Ouderlijk advies" (the expert as a know-it-all parent).
SOURCES = {
    "client_focus": "M", "honest_limits": "M", "candour": "M", "reassurance": "M",
    "process_partner": "MO", "understanding": "M", "listening": "O", "client_agenda": "O",
    "entree": "O", "reciprocity": "M",
}  # fmt: skip


class HelpDialog(QDialog):
    def __init__(self, journal: Journal, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Advisor Journal Help"))
        self.resize(760, 620)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Advisor Journal Help"))
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(self.page(journal, language))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)

    def page(self, journal: Journal, language: str) -> str:
        source_names = {
            "M": self.tr("Maister, Green and Galford, <i>The Trusted Advisor</i> (2000)"),
            "O": self.tr("the training text <i>Ouderlijk advies</i> (the know-it-all parent)"),
        }
        parts_names = {
            "credibility": self.tr("credibility"), "reliability": self.tr("reliability"),
            "intimacy": self.tr("intimacy"), "self_orientation": self.tr("self-orientation"),
        }  # fmt: skip
        rows = []
        for trait in journal.bank.traits:
            source = "; ".join(source_names[s] for s in SOURCES.get(trait.id, ""))
            parts = ", ".join(parts_names.get(p, p) for p in trait.trust_parts)
            origin = self.tr("Source: {source}. Trust part: {parts}.")
            rows.append(
                f"<li><b>{escape(trait.name.in_language(language))}</b>: "
                f"{escape(trait.description.in_language(language))}<br>"
                f"<small>{origin.format(source=source, parts=parts)}</small></li>"
            )
        shortcuts = [
            ("Ctrl+N", self.tr("log a meeting and reflect")),
            ("Ctrl+S, Ctrl+Enter", self.tr("save the reflection")),
            ("Tab, Shift+Tab", self.tr("the next or previous field; 1–5 answer a question")),
            ("Ctrl+F", self.tr("search")),
            ("Enter, Ctrl+O", self.tr("open the selected meeting")),
            ("Delete", self.tr("delete the selected meeting")),
            ("Ctrl+Z, Ctrl+Shift+Z", self.tr("undo, redo")),
            ("Ctrl+1, 2, 3", self.tr("Meetings, Growth, To Reflect")),
            ("Ctrl+4", self.tr("open intentions")),
            ("Ctrl+L", self.tr("the client view")),
            ("Ctrl+I", self.tr("import a calendar")),
            ("Ctrl+E", self.tr("export for your coach")),
            ("F1", self.tr("this help")),
        ]
        shortcut_rows = "".join(
            f"<tr><td><b>{escape(keys)}</b>&nbsp;&nbsp;</td><td>{escape(what)}</td></tr>"
            for keys, what in shortcuts
        )
        # lupdate does not see tr() inside f-strings: the headings are taken first
        title = self.tr("Advisor Journal Help")
        traits_heading = self.tr("The ten traits")
        trust_heading = self.tr("Trust")
        growth_heading = self.tr("Growth: balance and the summary")
        keys_heading = self.tr("Keyboard")
        data_heading = self.tr("Your data")
        return "".join(
            [
                f"<h2>{title}</h2>",
                f"<h3>{traits_heading}</h3>",
                "<p>"
                + self.tr(
                    "Each reflection asks a few 1–5 questions about ten traits of a trusted "
                    "advisor: your focus traits every time, the others in turn. They come "
                    "from two texts: {maister} and {parent}."
                ).format(maister=source_names["M"], parent=source_names["O"])
                + "</p>",
                "<ul>" + "".join(rows) + "</ul>",
                f"<h3>{trust_heading}</h3>",
                "<p>"
                + self.tr(
                    "The Trust Equation (Maister, Green and Galford): trust = (credibility + "
                    "reliability + intimacy) / self-orientation. Each part is scored 1–10 from "
                    "the answers on the traits tied to it; self-orientation is how much you "
                    "were busy with yourself rather than the client, so lower is better. The "
                    "equation itself runs from 0.3 to 30, which reads badly, so the app shows "
                    "it on 0–100: <b>50 + 50 × log10(equation ÷ 3)</b>. That is 50 when the "
                    "four parts are even, 100 at the best possible (30) and 0 at the worst "
                    "(0.3); every doubling of the equation adds 15 points. A period's or a "
                    "client's trust is the average of its meetings' scores."
                )
                + "</p>",
                f"<h3>{growth_heading}</h3>",
                "<p>"
                + self.tr(
                    "Each trait scores 0–100 (1 on the scale is 0, 5 is 100). "
                    "<b>Balance</b> says how even your traits are: 100 minus twice the spread "
                    "(standard deviation) of their averages; 100 means every trait equally "
                    "strong. The summary in words speaks of a period once at least half of it "
                    "has gone by; it says a trait rose or fell only between periods with at "
                    "least {answers} answers for it, and by at least {points} points. The "
                    "period going on is marked “so far”; faded points rest on few answers."
                ).format(answers=MIN_ANSWERS, points=round(MIN_CHANGE))
                + "</p>",
                f"<h3>{keys_heading}</h3>",
                f"<table>{shortcut_rows}</table>",
                f"<h3>{data_heading}</h3>",
                "<p>"
                + self.tr(
                    "Everything you write stays on this computer, in one file: "
                    "<b>{journal}</b>, with its backups beside it in the folder "
                    "<i>backups</i>. The window's size, the language and similar choices of "
                    "this computer are kept in <b>{settings}</b>, which never holds what you "
                    "wrote about a client. Help → Open the Data Folder shows the folder."
                ).format(journal=escape(str(journal.path)), settings=escape(QSettings().fileName()))
                + "</p>",
            ]
        )
