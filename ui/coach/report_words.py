"""A report's words in the app's language, shared by the PDF, HTML and Markdown writers:
headings, the period and privacy lines, coverage, the summary, table labels and dates."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, QLocale

from journal.coach.report import Entry, Report, TableColumn
from journal.reflect.bank import TRUST_PARTS, QuestionBank
from ui.common.period_text import long_day, period_label, short_day, tick_label
from ui.growth.growth_summary import summary_text


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files free tr() calls here


class ReportWords:
    def __init__(self, report: Report, bank: QuestionBank, language: str):
        self.report = report
        self.bank = bank
        self.language = language
        self.locale = QLocale()

    # -- names ------------------------------------------------------------------------

    def trait(self, trait_id: str) -> str:
        names = self.report.trait_names.get(trait_id, {})
        return names.get(self.language) or names.get("en") or trait_id

    def trait_names(self) -> dict[str, str]:
        return {t: self.trait(t) for t in self.report.traits}

    def trust(self, name: str) -> str:
        return {
            "composite": tr("Trust"), "credibility": tr("Credibility"),
            "reliability": tr("Reliability"), "intimacy": tr("Intimacy"),
            "self_orientation": tr("Self-orientation"),
        }[name]  # fmt: skip

    def question(self, question_id: str) -> str:
        try:
            return self.bank.open_question(question_id).text.in_language(self.language)
        except KeyError:
            return question_id

    # -- sentences --------------------------------------------------------------------

    def title(self) -> str:
        return tr("Reflection summary")

    def day(self, day: date) -> str:
        return long_day(day)

    def short_day(self, day: date) -> str:
        return short_day(day)

    def period_line(self) -> str:
        r = self.report
        line = tr("{first} to {last} · exported on {exported}").format(
            first=self.day(r.first), last=self.day(r.last), exported=self.day(r.exported_at.date())
        )
        return f"{r.advisor} · {line}" if r.advisor else line

    def document_title(self) -> str:
        """The file's title and the PDF's footer: with the advisor's name when known."""
        return f"{self.title()} – {self.report.advisor}" if self.report.advisor else self.title()

    def privacy_line(self) -> str:
        r = self.report
        names = (
            tr("Client names are real.")
            if r.real_names
            else tr("Client names are replaced by pseudonyms (Client A, Client B …).")
        )
        texts = (
            tr("Open answers, intentions and notes are included.")
            if r.texts_included
            else tr("Open answers, intentions and notes are left out.")
        )
        return " ".join(
            [names, texts, tr("Attendees, e-mail addresses and locations are never exported.")]
        )

    def coverage_line(self) -> str:
        r = self.report
        if r.meetings == 0:
            return tr("There are no client meetings in this period.")
        meetings = (
            tr("1 client meeting")
            if r.meetings == 1
            else tr("{count} client meetings").format(count=self.number(r.meetings))
        )
        clients = (
            tr("1 client")
            if r.clients == 1
            else tr("{count} clients").format(count=self.number(r.clients))
        )
        return tr("{meetings} with {clients}; reflected on {reflected} ({percent}).").format(
            meetings=meetings,
            clients=clients,
            reflected=self.number(r.reflected),
            percent=self.percent(r.coverage or 0),
        )

    def intentions_line(self) -> str:
        r = self.report
        if r.verdicts:
            return self.kept_line()
        if not r.texts_included:  # no words and no verdicts: nothing to go on
            return tr("This export holds no intentions.")
        count = r.intentions
        if count == 0:
            return tr("No intentions were written in this period.")
        if count == 1:
            return tr("1 intention was written (“next time I will …”).")
        return tr("{count} intentions were written (“next time I will …”).").format(
            count=self.number(count)
        )

    def kept_line(self) -> str:
        """How many intentions were written and how they turned out."""
        total = self.report.kept_total
        written = total.checked + total.open
        if written == 0:
            return tr("No intentions were written in this period.")
        counts = dict(
            kept=self.number(total.kept),
            partly=self.number(total.partly),
            missed=self.number(total.missed),
            open=self.number(total.open),
        )
        if written == 1:
            line = tr(
                "1 intention was written: {kept} kept, {partly} partly kept, {missed} not "
                "kept, {open} still open."
            ).format(**counts)
        else:
            line = tr(
                "{count} intentions were written: {kept} kept, {partly} partly kept, "
                "{missed} not kept, {open} still open."
            ).format(count=self.number(written), **counts)
        if total.rate is None:
            return line
        rate = tr("Kept rate: {rate}.").format(rate=self.percent(total.rate))
        return f"{line} {rate}"

    def intentions_header(self) -> tuple[str, ...]:
        if not self.report.verdicts:
            return tr("Date"), tr("Client"), tr("Next time I will")
        return tr("Date"), tr("Client"), tr("Trait"), tr("Next time I will"), tr("Kept?")

    def intention_row(self, entry: Entry) -> tuple[str, ...]:
        """One written intention, with its trait and verdict when the bundle has them."""
        row = (self.short_day(entry.day), entry.client)
        if not self.report.verdicts:
            return (*row, entry.intention)
        trait = self.trait(entry.intention_trait) if entry.intention_trait else "–"
        return (*row, trait, entry.intention, self.verdict(entry.intention_kept))

    def verdict(self, kept: str | None) -> str:
        return {
            "yes": tr("Kept"), "partly": tr("Partly"), "no": tr("Not kept"), None: tr("Open"),
        }.get(kept, "–")  # fmt: skip

    def kept_header(self) -> tuple[str, ...]:
        return (
            tr("Trait"), tr("Written"), tr("Kept"), tr("Partly"), tr("Not kept"), tr("Open"),
            tr("Kept rate"),
        )  # fmt: skip

    def kept_table_rows(self) -> list[tuple[str, ...]]:
        """Per trait (and intentions without one): written, kept, partly, not kept, open
        and the kept rate; a total row when there is more than one."""
        rows = [(self.kept_label(t), count) for t, count in self.report.kept_rows()]
        if len(rows) > 1:
            rows.append((tr("All intentions"), self.report.kept_total))
        return [
            (
                label,
                self.number(count.checked + count.open),
                self.number(count.kept),
                self.number(count.partly),
                self.number(count.missed),
                self.number(count.open),
                "–" if count.rate is None else self.percent(count.rate),
            )
            for label, count in rows
        ]

    def kept_label(self, trait_id: str | None) -> str:
        if trait_id is not None:
            return self.trait(trait_id)
        if set(self.bank.trait_ids()) <= set(self.report.traits):
            return tr("No trait")
        return tr("No trait, or one left out")  # the export chose some traits only

    def kept_note(self) -> str:
        return tr(
            "Kept rate: the intentions looked back on that were kept, partly kept ones "
            "counting half. Open intentions have not been looked back on yet."
        )

    def summary_html(self) -> str:
        """Rich text; the trait names are escaped (they come from the bundle)."""
        names = {t: escape(name) for t, name in self.trait_names().items()}
        return summary_text(self.report.table_growth, names)

    # -- headings ---------------------------------------------------------------------

    def heading(self, key: str) -> str:
        return {
            "coverage": tr("Coverage"),
            "summary": tr("Summary"),
            "traits_chart": tr("Traits over time (0–100)"),
            "trust_chart": tr("Trust over time"),
            "table": tr("Scores per period"),
            "intentions": tr("Intentions"),
            "texts": tr("Reflections in their own words"),
            "others": tr("The advisor's view and their clients' and coach's"),
        }[key]

    def others_header(self) -> tuple[str, ...]:
        return (tr("Trait"), tr("Advisor"), tr("Predicted"), tr("Clients"), tr("Coach"))

    def others_rows(self) -> list[tuple[str, ...]]:
        """Per trait: the advisor's own figure and the others' (0–100), or how many
        raters a withheld group had."""
        locale = QLocale()

        def own(value: float | None) -> str:
            return "–" if value is None else locale.toString(round(value))

        def other(figure) -> str:
            if figure is None:
                return "–"
            if figure.percent is None:
                return tr("{count} raters").format(count=figure.raters)
            return locale.toString(round(figure.percent))

        return [
            (
                self.trait(row.trait_id),
                own(row.own),
                other(row.predicted),
                other(row.client),
                other(row.coach),
            )
            for row in self.report.others
        ]

    def others_note(self) -> str:
        return tr(
            "0–100. The clients and the coach scored statements about the same traits "
            "on the same 1–5 scale; their figures are averages over at least {count} "
            "people, so no one's answer can be picked out (fewer: only how many). "
            "Predicted: the advisor's own guess of the clients' answers, made before "
            "seeing them."
        ).format(count=self.report.others_min_raters)

    def chart_note(self) -> str:
        return tr(
            "One small chart per trait, 0–100; focus traits are framed. A gap means no "
            "answers in that period; a hollow point rests on fewer than three answers, or "
            "on a period not yet half over."
        )

    def focus_label(self) -> str:
        return tr("focus")

    def trust_note(self) -> str:
        return tr(
            "Trust, 0–100, is the Trust Equation (credibility + reliability + intimacy) / "
            "self-orientation on a bounded scale: 50 when the four parts are even, 100 the "
            "best the answers can give. The parts (right axis) run from 1 to 10; for "
            "self-orientation lower is better."
        )

    def notes_label(self) -> str:
        return tr("Notes")

    # -- the table --------------------------------------------------------------------

    def column_label(self, column: TableColumn) -> str:
        if column.granularity is None:
            return tr("Whole period")
        return tick_label(column.first, column.granularity)

    def column_title(self, column: TableColumn) -> str:
        if column.granularity is None:
            return tr("Whole period")
        return period_label(column.first, column.granularity)

    def table_rows(self, columns: Sequence[TableColumn]) -> list[tuple[str, list[str]]]:
        """(row label, one cell per column): meetings, reflected, each trait, trust."""
        rows = [
            (tr("Meetings"), [self.number(c.held) for c in columns]),
            (tr("Reflected on"), [self.number(c.reflected) for c in columns]),
        ]
        for trait_id in self.report.traits:
            rows.append(
                (
                    self.trait(trait_id),
                    [
                        self.number(round(c.traits[trait_id].value))
                        if trait_id in c.traits
                        else "–"
                        for c in columns
                    ],
                )
            )
        rows.append(
            (self.trust("composite"), [self.whole(c.trust.get("composite")) for c in columns])
        )
        for name in TRUST_PARTS:
            rows.append((self.trust(name), [self.decimal(c.trust.get(name)) for c in columns]))
        return rows

    def row_label_heading(self) -> str:
        return tr("Period")

    # -- numbers ----------------------------------------------------------------------

    def number(self, value: int) -> str:
        return self.locale.toString(value)

    def whole(self, value: float | None) -> str:
        return "–" if value is None else self.locale.toString(round(value))

    def decimal(self, value: float | None) -> str:
        return "–" if value is None else self.locale.toString(float(value), "f", 1)

    def percent(self, fraction: float) -> str:
        return tr("{value}%").format(value=self.locale.toString(round(fraction * 100)))
