"""``advisor-journal pulse``: a short client pulse on the command line.

    pulse make --client NAME [--language nl|en] -o FILE   (.html: the form; .csv: items)
    pulse import FILE [--client NAME]                     ('-': mail text on stdin)
    pulse show [--client NAME] [--json] [--reveal]
    pulse predict --client NAME [ITEM=SCORE …] [--skip]

Exit codes as the other commands: 0 done; 1 nothing could be read or done (said on
stderr); 2 a usage error, an unknown client, or a file that is not pulse answers.
Output in English.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from journal.errors import InvalidInput
from journal.pulse.errors import PredictionClosed, PulseUnreadable

if TYPE_CHECKING:  # the parser is built for every command: nothing heavy at import
    from journal.pulse.model import Comparison, Figure, ImportResult, RowProblem
    from journal.service import Journal

SOURCES = {
    "mail": "mail text",
    "ms-forms": "Microsoft Forms",
    "google-forms": "Google Forms",
    "table": "a table of answers",
    "feedback": "coach's feedback",
}
UNREADABLE = {
    "unreadable": "cannot be read: {detail}",
    "too_large": "is too large ({detail})",
    "empty": "is empty",
    "not_text": "is not a text file or spreadsheet ({detail})",
    "old_excel": "is an old Excel file (.xls): save it as .xlsx or CSV and import that",
    "not_excel": "is not an Excel workbook that can be read ({detail})",
    "malformed": "is not a well-formed CSV file at row {row}: {detail}",
    "no_questions": "has no column that asks a pulse question (another survey?). Its columns "
    "at row {row}: {detail}",
    "same_question_twice": "asks one pulse question in two columns ({detail}); remove one",
    "no_answers": "holds no AJ-PULSE answers: paste the client's whole mail",
    "needs_client": "does not say whose answers these are: add --client NAME",
    "unknown_client": "names a client that is not in the journal: {detail}",
    "feedback": "is a coach's feedback file that cannot be read: {detail}",
    "is_feedback": "is a coach's feedback file: import it as a file, not from stdin",
}
PROBLEMS = {
    "formula": "is a formula, not a score",
    "out_of_range": "is not a score from 1 to 5",
    "not_a_score": "is not a score from 1 to 5",
    "no_answers": "has no answers",
    "checksum": "does not match its check digits (a character was changed or lost)",
    "cut_off": "is cut off before its check digits",
    "garbled": "is garbled",
    "newer_version": "was written by a newer form (format {value})",
    "same_item_twice": "answers {column} twice",
    "unknown_pulse": "is for pulse {value}, which this journal did not make",
    "other_client": "is for a pulse of {value}, not of this client",
    "not_asked": "answers {column}, which its pulse did not ask",
    "unknown_meeting": "is for meeting {value}, which is not in this journal",
    "other_meeting": "is for a meeting at {value}, but that meeting is not then in this journal",
    "unknown_item": "rates {column}, which this app does not know",
}


def add_parser(commands) -> None:
    pulse = commands.add_parser(
        "pulse",
        help="a short client pulse: the client's view beside your own",
        description="Make a short client pulse (an HTML form that answers by mail, or the "
        "questions as CSV for your survey tool), import the answers, and compare them "
        "with your own view and your prediction.",
    )
    steps = pulse.add_subparsers(dest="pulse_command", metavar="STEP", required=True)
    make = steps.add_parser(
        "make",
        help="make a pulse for a client: -o FILE.html (the form) or FILE.csv (the questions)",
    )
    make.add_argument("--client", required=True, metavar="NAME")
    make.add_argument("--language", choices=("nl", "en"), help="default: the app's language")
    make.add_argument("--to", metavar="ADDRESS", help="where answers are mailed (default: "
                      "your e-mail address from the calendar settings)")  # fmt: skip
    make.add_argument("--name", metavar="NAME", help="your name on the form (default: yours)")
    make.add_argument("-o", "--output", required=True, metavar="FILE")
    read = steps.add_parser(
        "import",
        help="import answers: a mail ('-' to paste it), a Microsoft or Google Forms "
        "export, or a coach's feedback file",
    )
    read.add_argument("file", metavar="FILE")
    read.add_argument("--client", metavar="NAME", help="whose answers (a survey export)")
    show = steps.add_parser("show", help="self, predicted, client and coach per trait")
    show.add_argument("--client", metavar="NAME", help="one client (default: all)")
    show.add_argument("--json", action="store_true")
    show.add_argument(
        "--reveal",
        action="store_true",
        help="show answers held back for your prediction now (then no prediction)",
    )
    predict = steps.add_parser(
        "predict", help="predict how the client will answer, before seeing it"
    )
    predict.add_argument("--client", required=True, metavar="NAME")
    predict.add_argument("scores", nargs="*", metavar="ITEM=SCORE")
    predict.add_argument("--skip", action="store_true", help="do not predict this pulse")


def run(folder: Path, args: argparse.Namespace) -> int:
    from ui.cli.data_commands import open_for_command

    journal = open_for_command(folder)
    try:
        step = {"make": _make, "import": _import, "show": _show, "predict": _predict}
        return step[args.pulse_command](journal, args)
    except PulseUnreadable as error:
        return _say(f"{error.source} " + UNREADABLE[error.problem].format(
            detail=error.detail, row=error.row), 2)  # fmt: skip
    except InvalidInput as error:
        return _say(_invalid(error), 2)
    except PredictionClosed as error:
        return _say(f"pulse {error.pulse_code} can no longer be predicted ({error.reason}).", 1)
    finally:
        journal.close()


def _make(journal: Journal, args) -> int:
    output = Path(args.output)
    kind = output.suffix.lower()
    if kind not in (".html", ".htm", ".csv"):
        return _say("-o must name an .html file (the form) or a .csv file (the questions).", 2)
    language = args.language or _app_language()
    name = args.name or journal.profile().advisor_name
    address = args.to or journal.calendar.rules().my_email
    if kind != ".csv":
        from journal.pulse.form import check_address

        if not name.strip():
            return _say("the form must say who asks: set your name in Settings, or add "
                        "--name.", 2)  # fmt: skip
        if not address:
            return _say("the form needs your e-mail address for the answers: set it in "
                        "Settings (Calendar), or add --to ADDRESS.", 2)  # fmt: skip
        address = check_address(address)
    if not output.absolute().parent.is_dir():
        return _say(f"{output.absolute().parent} is not a folder.", 2)
    suggestion = journal.pulse_suggestion(args.client)
    pulse = journal.make_pulse(args.client, language)
    try:
        if kind == ".csv":
            from journal.pulse.template import template_csv

            data = template_csv(pulse, journal.bank)
        else:
            from journal.pulse.form import form_html

            data = form_html(pulse, journal.bank, name, address).encode("utf-8")
        _write(output, data)
    except BaseException:
        journal.discard_pulse(pulse.code)
        raise
    what = "the form" if kind != ".csv" else "the questions for your survey tool"
    print(f"Wrote {output}: {what}, pulse {pulse.code} for {pulse.client_name} in "
          f"{'Dutch' if language == 'nl' else 'English'}, {len(pulse.items)} questions.")  # fmt: skip
    for item in pulse.items:
        print(f"  - {journal.bank.client_item(item).text.in_language(language)}")
    if kind == ".csv":
        print("  Copy each question word for word into a 1-5 rating question; then "
              f'import its export: advisor-journal pulse import FILE --client "{pulse.client_name}"')  # fmt: skip
    else:
        print(f"  Send it to your client; their answers come by mail to {address}. Import "
              "them with: advisor-journal pulse import - (and paste the mail)")  # fmt: skip
    if suggestion.last_pulse_at and not suggestion.due:
        days = (journal.clock() - suggestion.last_pulse_at).days
        print(f"  Note: {pulse.client_name} had a pulse {days} days ago. Clients answer "
              "more readily when asked rarely (about once a quarter).")  # fmt: skip
    return 0


def _write(path: Path, data: bytes) -> None:
    from ui.coach.export_writer import write_file

    write_file(path, data)


def _import(journal: Journal, args) -> int:
    if args.file == "-":
        from journal.pulse.tables import MAX_BYTES

        data, source = sys.stdin.buffer.read(MAX_BYTES + 1), "<stdin>"  # read_table refuses more
    else:
        from journal.pulse.tables import read_file

        data, source = read_file(Path(args.file)), args.file
    from journal.pulse.importing import sniff

    if args.file != "-" and sniff(data) == "feedback":
        result = _import_feedback(journal, data, source)
    else:
        result = journal.import_pulse_answers(data, source, args.client, pasted=args.file == "-")
    for line in report_lines(result, source):
        print(line)
    if result.nothing_read:
        print(f"advisor-journal: nothing in {source} could be imported.", file=sys.stderr)
        return 1
    return 0


def _import_feedback(journal: Journal, data: bytes, source: str) -> ImportResult:
    """A coach's feedback file: its ratings of the client items (format 1.1)."""
    from journal.coach.feedback import parse_feedback
    from journal.errors import FeedbackUnreadable

    try:
        feedback = parse_feedback(data, source)
    except FeedbackUnreadable as error:
        raise PulseUnreadable(source, "feedback", str(error)) from error
    return journal.import_coach_ratings(feedback.coach, feedback.ratings)


def report_lines(result: ImportResult, source: str) -> list[str]:
    who = " and ".join(result.client_names) or "no client"
    pulses = f" (pulse {', '.join(result.pulse_codes)})" if result.pulse_codes else ""
    kind = "ratings" if result.source == "feedback" else "responses"
    form = SOURCES[result.source] + (
        "" if result.form == SOURCES[result.source] else f", {result.form}"
    )
    lines = [
        f"Read {source} ({form}): {result.responses} {kind} for {who}{pulses}.",
        f"  {result.added} answers added, {result.changed} changed, {result.unchanged} "
        "already in the journal.",
    ]
    if result.new_pulse:
        lines.append(f"  No pulse of {who} asked these questions: a pulse was made for them.")
    for column in result.ignored_columns:
        lines.append(f'  Not a pulse question, left out: "{column}"')
    for problem in result.problems:
        lines.append("  " + problem_text(problem, result.source))
    lines += [f"  Note: {note}." for note in result.notes]
    if result.held_back:
        client = result.client_names[0] if len(result.client_names) == 1 else "NAME"
        lines.append(
            f"The answers are held back until you predict them (pulse "
            f"{', '.join(result.held_back)}): advisor-journal pulse predict --client "
            f'"{client}", or see them now (no prediction then) with pulse show --reveal.'
        )
    return lines


def problem_text(problem: RowProblem, source: str) -> str:
    where = {"mail": "Block", "feedback": "Rating"}.get(source, "Row")
    text = PROBLEMS.get(problem.problem, problem.problem).format(
        value=problem.value, column=problem.column
    )
    if source in ("mail", "feedback") or not problem.column:
        return f"{where} {problem.row} {text}; left out."
    return f'{where} {problem.row}, "{_short(problem.column)}": "{problem.value}" {text}; left out.'


def _show(journal: Journal, args) -> int:
    if args.reveal:
        revealed = journal.reveal_pulse_answers(args.client)
        if revealed and not args.json:
            print(f"Showing the answers of pulse {', '.join(revealed)}: no prediction now.")
    view = journal.pulse_comparison(args.client)
    names = {t.id: t.name.in_language("en") for t in journal.bank.traits}
    if args.json:
        print(json.dumps(_as_json(view, names), ensure_ascii=False, indent=2))
        return 0
    for line in show_lines(view, names):
        print(line)
    if args.client:
        suggestion = journal.pulse_suggestion(args.client)
        if suggestion.due:
            print(f"A pulse is due for {suggestion.client_name}: advisor-journal pulse make "
                  f'--client "{suggestion.client_name}" -o pulse.html')  # fmt: skip
    return 0


def show_lines(view: Comparison, names: dict[str, str]) -> list[str]:
    lines = [
        f"{view.client_name or 'All clients'}: your own view beside your clients' and your "
        "coach's (0-100)"
    ]
    if not view.traits:
        lines.append("  No answers or predictions yet.")
    else:
        lines.append(f"  {'trait':<28}{'self':>6}{'predicted':>11}{'client':>9}{'coach':>8}")
        for t in view.traits:
            lines.append(
                f"  {names.get(t.trait_id, t.trait_id):<28}{_cell(t.self):>6}"
                f"{_cell(t.predicted):>11}{_cell(t.client):>9}{_cell(t.coach):>8}"
                + _thin(t.client, "client")
                + _thin(t.coach, "coach")
            )
        lines.append("  (-: none yet; *: too few raters for a figure, at least 2 are needed)")
    lines.append("Calibration: " + _calibration(view))
    for held in view.held_back:
        lines.append(
            f"Held back: {held.raters} response(s) to pulse {held.code} ({held.client_name}) "
            "wait for your prediction; --reveal shows them now."
        )
    for p in view.pulses:
        lines.append(
            f"  pulse {p.code}  {p.made_at.astimezone():%Y-%m-%d}  {p.client_name}  "
            f"{p.language}  {len(p.items)} questions  {p.raters} response(s)  "
            f"prediction {p.prediction}"
        )
    return lines


def _cell(figure: Figure) -> str:
    if figure.value is not None:
        return f"{figure.value:.0f}"
    return "*" if figure.answers else "-"


def _thin(figure: Figure, who: str) -> str:
    if figure.value is None and figure.answers:
        return f"  {who}: {figure.answers} answer(s) from {figure.raters} rater(s)"
    return ""


def _calibration(view: Comparison) -> str:
    c = view.calibration
    if c.mean_difference is None:
        return (
            f"not yet ({c.pairs} predicted answer(s) from {c.raters} rater(s); a figure "
            "needs 4 from at least 2 raters)."
        )
    side = "higher" if c.bias > 0 else "lower"
    text = (
        f"your predictions were {c.mean_difference:.2f} points from your clients' answers "
        f"on average (1-5 scale; {c.pairs} answers from {c.raters} raters, {c.pulses} "
        f"pulses); you expected {abs(c.bias):.2f} {side} than they answered."
    )
    if c.trend is not None:
        text += (
            f" Since your first figure: {c.trend:+.2f} ({'closer' if c.trend < 0 else 'further'})."
        )
    return text


def _as_json(view: Comparison, names: dict[str, str]) -> dict:
    def figure(f: Figure) -> dict:
        value = None if f.value is None else round(f.value, 1)
        return {"value": value, "answers": f.answers, "raters": f.raters}

    def traits(views) -> list[dict]:
        return [
            {"trait": t.trait_id, "name": names.get(t.trait_id, t.trait_id),
             "self": figure(t.self), "predicted": figure(t.predicted),
             "client": figure(t.client), "coach": figure(t.coach)}
            for t in views
        ]  # fmt: skip

    c = view.calibration
    return {
        "client": view.client_name,
        "scale": "0-100 (a 1-5 score s reads as (s - 1) / 4 * 100)",
        "traits": traits(view.traits),
        "periods": [{"from": start.isoformat(), "traits": traits(v)} for start, v in view.periods],
        "calibration": {
            "mean_difference": c.mean_difference,
            "bias": c.bias,
            "pairs": c.pairs,
            "raters": c.raters,
            "pulses": c.pulses,
            "trend": c.trend,
            "by_period": [
                {
                    "from": p.period.isoformat(),
                    "mean_difference": p.mean_difference,
                    "pairs": p.pairs,
                    "raters": p.raters,
                }
                for p in c.by_period
            ],
        },  # fmt: skip
        "held_back": [
            {"pulse": h.code, "client": h.client_name, "responses": h.raters}
            for h in view.held_back
        ],
        "pulses": [
            {
                "pulse": p.code,
                "client": p.client_name,
                "made": p.made_at.isoformat(),
                "language": p.language,
                "items": list(p.items),
                "responses": p.raters,
                "prediction": p.prediction,
            }
            for p in view.pulses
        ],  # fmt: skip
    }


def _predict(journal: Journal, args) -> int:
    pulse = journal.pulse_due_prediction(args.client)
    if pulse is None:
        return _say(f"nothing to predict for {args.client}: no pulse waits for a prediction.", 1)
    if args.skip:
        journal.skip_prediction(pulse.code)
        print(f"Pulse {pulse.code}: no prediction; its answers show in pulse show.")
        return 0
    if not args.scores:
        print(f"Pulse {pulse.code} for {pulse.client_name}: how will they answer (1-5)?")
        for item in pulse.items:
            print(f"  {item}  {journal.bank.client_item(item).text.in_language('en')}")
        print(f'Then: advisor-journal pulse predict --client "{pulse.client_name}" '
              + " ".join(f"{i}=N" for i in pulse.items))  # fmt: skip
        return 0
    scores = {}
    for given in args.scores:
        item, _, score = given.partition("=")
        if not score.strip().isdigit():
            return _say(f"{given!r} is not ITEM=SCORE (e.g. listening.c1=4).", 2)
        scores[item.strip()] = int(score)
    journal.save_prediction(pulse.code, scores)
    print(f"Prediction saved for pulse {pulse.code}. See how it compares: advisor-journal "
          f'pulse show --client "{pulse.client_name}"')  # fmt: skip
    return 0


def _invalid(error: InvalidInput) -> str:
    if error.field == "client":
        return f"{error.problem}."
    if error.field == "prediction":
        return "a prediction needs a score from 1 to 5 for every question of the pulse."
    if error.field == "email":
        return "that is not an e-mail address the form can send to."
    return f"{error.field}: {error.problem}."


def _app_language() -> str:
    from ui.common import i18n
    from ui.common.settings import Settings

    return i18n.resolve(Settings().language)


def _short(text: str, limit: int = 50) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _say(text: str, code: int) -> int:
    print(f"advisor-journal: {text}", file=sys.stderr)
    return code
