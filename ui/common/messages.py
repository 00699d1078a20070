"""The one place that turns core errors into words for the person, and shows them.

``describe()`` gives a translated sentence for any ``JournalError`` (the command line
prints it, dialogs show it inline); ``show_error()`` and friends are the only callers of
``QMessageBox`` in the app.
"""

from __future__ import annotations

from PySide6 import QtWidgets  # QtWidgets.QMessageBox: built by PySide when first shown
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from journal.errors import (
    BackupFailed,
    BankError,
    BundleUnreadable,
    CalendarUnreadable,
    ChangedMeanwhile,
    EncryptionUnavailable,
    ExportNotWritten,
    FeedbackUnreadable,
    InvalidInput,
    JournalBusy,
    JournalError,
    JournalNotWritable,
    JournalTooNew,
    JournalUnavailable,
    NeedsPassphrase,
    NotAJournal,
    NotFound,
    UnknownHome,
    WrongPassphrase,
)
from journal.pulse.errors import PredictionClosed, PulseUnreadable
from journal.transcripts.errors import AdvisorUnknown, TranscriptUnreadable
from ui.common import app_log, diagnostics
from ui.common.labels import keys
from ui.common.period_text import long_day


def tr(text: str) -> str:
    """Translate a module-level string; lupdate files free ``tr()`` calls under ""."""
    return QCoreApplication.translate("", text)


def _field_name(field: str) -> str:
    names = {
        "client": tr("Client"),
        "title": tr("Title"),
        "start": tr("Date and time"),
        "duration": tr("Duration"),
        "notes": tr("Notes"),
        "intention": tr("Next time"),
        "advisor_name": tr("Your name"),
        "focus_traits": tr("Focus traits"),
        "period": tr("Period"),
        "clients": tr("Clients"),
        "traits": tr("Traits"),
        "feedback": tr("Your feedback"),
        "tags": tr("Tags"),
        "email": tr("E-mail address"),
        "prediction": tr("Prediction"),
        "language": tr("Language"),
        "items": tr("Questions"),
    }
    return names.get(field, tr("Answer"))


def _number(value: int) -> str:
    return QLocale().toString(value)


def _describe_backup(error: BackupFailed) -> str:
    if error.problem == "timeout":
        return tr(
            "The backup took too long and was stopped ({detail}); your journal is fine. "
            "Try again when the computer is less busy."
        ).format(detail=error.detail)
    if error.problem == "source_damaged":
        return tr(
            "No backup was made: your journal itself is damaged ({detail}). Restore the "
            "newest good backup (File → Restore from Backup…); the damaged journal is "
            "kept."
        ).format(detail=error.detail)
    if error.problem == "damaged":
        return tr(
            "{path} is damaged ({detail}), so it cannot be restored. Nothing was changed; "
            "choose another backup."
        ).format(path=error.path, detail=error.detail)
    if error.problem == "not_a_journal":
        return tr(
            "{path} is not a journal backup that can be restored ({detail}). Nothing was changed."
        ).format(path=error.path, detail=error.detail)
    return tr(
        "The backup {path} could not be written ({detail}). Free some disk space, or "
        "check that the folder can be written to. Your journal is fine."
    ).format(path=error.path, detail=error.detail)


def describe(error: JournalError) -> str:
    """One or two plain sentences: what is wrong and what to do about it."""
    if isinstance(error, InvalidInput):
        return _describe_input(error)
    if isinstance(error, JournalTooNew):
        return tr(
            "The journal {path} was written by a newer version of Advisor Journal. "
            "Update the app to open it; this version leaves the file untouched."
        ).format(path=error.path)
    if isinstance(error, WrongPassphrase):
        return tr(
            "The passphrase does not open {path}. Check it and try again; the file was "
            "not changed. If you are sure it is right, the file may be damaged: restore "
            "a backup."
        ).format(path=error.path)
    if isinstance(error, NeedsPassphrase):
        return tr("The journal {path} is encrypted and needs its passphrase ({detail}).").format(
            path=error.path, detail=error.detail
        )
    if isinstance(error, EncryptionUnavailable):
        return tr(
            "The journal {path} is encrypted, but this installation of Advisor Journal "
            "cannot decrypt it: the sqlcipher3 package is missing. Reinstall the app."
        ).format(path=error.path)
    if isinstance(error, BackupFailed):
        return _describe_backup(error)
    if isinstance(error, NotAJournal):
        return tr(
            "{path} is not an Advisor Journal file, or it is damaged ({detail}). "
            "Nothing was changed. Move the file aside, or start the app with another "
            "folder (--data-dir)."
        ).format(path=error.path, detail=error.detail)
    if isinstance(error, JournalBusy):
        return tr(
            "The journal {path} is busy: another program, or a second Advisor Journal, "
            "is using it. Try again in a moment."
        ).format(path=error.path)
    if isinstance(error, JournalNotWritable):
        return tr(
            "Advisor Journal cannot write to {path} ({detail}). Free some disk space, or "
            "check that the folder can be written to."
        ).format(path=error.path, detail=error.detail)
    if isinstance(error, JournalUnavailable):
        return tr("The journal {path} cannot be used: {detail}.").format(
            path=error.path, detail=error.detail
        )
    if isinstance(error, BankError):
        return tr("The question bank {path} is broken at {entry}: {problem}.").format(
            path=error.path, entry=error.entry, problem=error.problem
        )
    if isinstance(error, UnknownHome):
        return tr(
            "The journal's folder {folder} starts with the home folder of a user this "
            "computer does not know. Nothing was opened or created; give the folder in full."
        ).format(folder=error.folder)
    if isinstance(error, NotFound):
        return tr("This meeting is no longer in the journal.")
    if isinstance(error, ChangedMeanwhile):
        return tr(
            "This meeting was changed since (by a calendar import or another window), so "
            "it was not undone. Nothing was changed."
        )
    if isinstance(error, ExportNotWritten):
        return tr(
            "The export could not be written to {path} ({detail}). Nothing was left "
            "behind; choose another folder or free some disk space."
        ).format(path=error.path, detail=error.detail)
    if isinstance(error, BundleUnreadable):
        return _describe_bundle(error)
    if isinstance(error, CalendarUnreadable):
        return _describe_calendar(error)
    if isinstance(error, PulseUnreadable):
        return _describe_pulse(error)
    if isinstance(error, PredictionClosed):
        return _describe_prediction_closed(error)
    if isinstance(error, TranscriptUnreadable):
        return _describe_transcript(error)
    if isinstance(error, AdvisorUnknown):
        return tr("No speaker in the transcript is {name}. The speakers are: {names}.").format(
            name=error.given or "?", names=", ".join(error.speakers)
        )
    return str(error)


def special_file_kind(kind: str) -> str:
    """What a path that is not a regular file is (``journal.store.bounded_read``), in words."""
    return {
        "folder": tr("a folder"),
        "pipe": tr("a pipe"),
        "device": tr("a device"),
        "socket": tr("a socket"),
    }.get(kind, tr("a special file"))


def _describe_pulse(error: PulseUnreadable) -> str:
    """A file or pasted text with a client's answers that cannot be used."""
    problems = {
        "unreadable": tr("{source} cannot be read: {detail}."),
        "too_large": tr("{source} is too large to import ({detail})."),
        "empty": tr("{source} is empty."),
        "not_text": tr("{source} is not a mail, text file or spreadsheet with answers ({detail})."),
        "old_excel": tr(
            "{source} is an old Excel file (.xls). Save it as .xlsx or CSV in Excel and "
            "import that."
        ),
        "not_excel": tr("{source} is not an Excel workbook that can be read ({detail})."),
        "malformed": tr(
            "{source} is not a well-formed CSV file at row {row}: {detail}. Export it "
            "again from your survey tool."
        ),
        "no_questions": tr(
            "{source} has no column that asks a pulse question: is it another survey? "
            "Its columns (row {row}): {detail}"
        ),
        "same_question_twice": tr(
            "{source} asks one pulse question in two columns ({detail}); remove one and "
            "import it again."
        ),
        "no_answers": tr(
            "No answers of a client pulse were found (the line that starts with "
            "AJ-PULSE). Paste or save the client's whole mail."
        ),
        "needs_client": tr(
            "{source} does not say whose answers these are: choose the client they are from."
        ),
        "unknown_client": tr("There is no client named {detail} in the journal."),
        "unknown_pulse": tr("These answers are for a pulse this journal did not make."),
        "other_client": tr("These answers are for a pulse of another client ({detail})."),
        "is_feedback": tr(
            "{source} is a coach's feedback file: import it as a file (File → Import "
            "Client Answers…)."
        ),
        "feedback": tr("{source} is a coach's feedback file that cannot be read: {detail}"),
    }
    text = problems.get(error.problem, problems["unreadable"])
    detail = error.detail if len(error.detail) <= 160 else error.detail[:150] + " …"
    row = _number(error.row) if error.row else "?"
    return (
        text.format(source=error.source, detail=detail, row=row)
        + " "
        + tr("Nothing of it was imported.")
    )


def _describe_prediction_closed(error: PredictionClosed) -> str:
    reasons = {
        "seen": tr("its answers were already shown"),
        "made": tr("you predicted it already"),
        "skipped": tr("you chose not to predict it"),
        "expired": tr("it is too long ago"),
    }
    return tr("The answers to pulse {code} can no longer be predicted: {reason}.").format(
        code=error.pulse_code, reason=reasons.get(error.reason, error.reason)
    )


def _describe_transcript(error: TranscriptUnreadable) -> str:
    reasons = {
        "missing": tr("there is no such file"),
        "unreadable": tr("it cannot be read"),
        "not_a_file": tr("it is {detail}, not a file"),
        "too_large": tr("it is too large for a meeting transcript ({detail})"),
        "empty": tr("it is empty"),
        "binary": tr("it is not text ({detail})"),
        "encoding": tr("its text is in an encoding Advisor Journal does not read ({detail})"),
        "not_a_transcript": tr("it is not a Teams or Zoom transcript ({detail})"),
        "no_speech": tr("it holds no speech ({detail})"),
        "no_speakers": tr(
            "no speaker is named in it, so nothing can be said about who talked or asked. "
            "Export the transcript with speaker names (Teams and Zoom write them when "
            "transcription is on)"
        ),
        "too_many": tr("it has too many cues ({detail})"),
    }
    reason = reasons.get(error.problem, error.problem).format(detail=error.detail)
    where = tr(" (line {line})").format(line=error.line) if error.line else ""
    name = getattr(error.path, "name", None) or str(error.path)
    return tr("{file} gives no transcript figures: {reason}{where}.").format(
        file=name, reason=reason, where=where
    )


def _describe_calendar(error: CalendarUnreadable) -> str:
    from journal.calendar.limits import LIMITS  # the calendar loads on first use

    if error.problem == "too_large":
        return tr(
            "{path} is too large to import ({detail}; at most {limit} MB). Export a shorter "
            "period from your calendar and import that."
        ).format(path=error.path, detail=error.detail, limit=LIMITS.file_bytes // 2**20)
    if error.problem == "unreadable":
        return tr("{path} cannot be read: {detail}.").format(path=error.path, detail=error.detail)
    if error.problem == "not_a_file":
        return tr("{path} is not a file but {kind}. Choose a calendar file (.ics).").format(
            path=error.path, kind=special_file_kind(error.detail)
        )
    where = tr(" (line {line})").format(line=error.line) if error.line else ""
    return tr(
        "{path} is not an iCalendar (.ics) file{where}. Export your calendar as .ics "
        "from Outlook, Google Calendar or Apple Calendar and import that."
    ).format(path=error.path, where=where)


def _describe_bundle(error: BundleUnreadable) -> str:
    where = tr(" (line {line})").format(line=error.line) if error.line else ""
    problems = {
        "unreadable": tr("{path} cannot be read: {detail}."),
        "not_json": tr("{path} is not an Advisor Journal summary: it is not JSON{where}."),
        "truncated": tr(
            "{path} is incomplete: the file ends too early{where}. Ask for the summary again."
        ),
        "not_a_bundle": tr("{path} is JSON, but not an Advisor Journal summary."),
        "newer_format": tr(
            "{path} was exported by a newer version of Advisor Journal ({detail}). Update "
            "the app to read it."
        ),
        "unknown_format": tr("{path} has a format this app does not know ({detail})."),
        "invalid": tr(
            "{path} cannot be trusted: at {where_path}, {detail}. Nothing of it was opened."
        ),
        "too_deep": tr(
            "{path} is not an Advisor Journal summary: it is nested deeper than any summary."
        ),
        "bad_number": tr(
            "{path} is not an Advisor Journal summary: it holds a number no summary holds "
            "({detail})."
        ),
        "duplicate_key": tr(
            "{path} cannot be trusted: “{detail}” is given twice in one place, so which one "
            "counts? Nothing of it was opened."
        ),
        "not_a_file": tr("{path} is not a file but {detail}; choose a summary (.json)."),
        "too_large": tr("{path} is larger than any summary ({detail}); it was not read."),
    }
    if isinstance(error, FeedbackUnreadable):
        problems |= {
            "not_json": tr("{path} is not Advisor Journal feedback: it is not JSON{where}."),
            "truncated": tr(
                "{path} is incomplete: the file ends too early{where}. Ask your coach to "
                "send it again."
            ),
            "not_a_bundle": tr("{path} is JSON, but not Advisor Journal feedback."),
            "too_deep": tr(
                "{path} is not Advisor Journal feedback: it is nested deeper than any feedback."
            ),
            "bad_number": tr(
                "{path} is not Advisor Journal feedback: it holds a number no feedback holds "
                "({detail})."
            ),
            "not_a_file": tr("{path} is not a file but {detail}; choose a feedback file (.json)."),
            "too_large": tr("{path} is larger than any feedback ({detail}); it was not read."),
        }
    text = problems.get(error.problem, problems["unreadable"])
    detail = error.detail if len(error.detail) <= 160 else error.detail[:150] + " …"
    if error.problem == "not_a_file":
        detail = special_file_kind(error.detail)
    return text.format(path=error.path, detail=detail, where=where, where_path=error.where or "?")


def _describe_input(error: InvalidInput) -> str:
    field = _field_name(error.field)
    if error.problem == "empty" and error.field == "client":
        return tr("Enter the client's name.")
    if error.problem == "empty" and error.field == "title":
        return tr("Give the meeting a title.")
    if error.field == "clients" and error.problem.startswith("no such client: "):
        return tr("There is no client named {names} in the journal.").format(
            names=error.problem.removeprefix("no such client: ")
        )
    if error.field == "period":
        return tr("The period ends before it starts.")
    if error.field == "traits":
        return tr("Unknown trait: {ids}.").format(ids=error.problem.removeprefix("unknown trait "))
    if error.problem == "too long":
        return tr("“{field}” is {length} characters long; at most {limit} fit.").format(
            field=field, length=_number(error.length), limit=_number(error.limit)
        )
    if error.problem == "not valid text":
        return tr("“{field}” contains characters that cannot be stored.").format(field=field)
    if error.field == "duration":
        return tr("The duration must be between 1 minute and {limit} minutes.").format(
            limit=_number(error.limit)
        )
    if error.field == "focus_traits":
        return tr("Choose at most {limit} focus traits.").format(limit=error.limit)
    if error.field == "tags" and error.problem == "too many":
        return tr("A meeting can have at most {limit} tags.").format(limit=error.limit)
    if error.field == "tags" and error.problem == "empty":
        return tr("Give the tag a name.")
    if error.field == "email":
        return tr(
            "The form needs your e-mail address for the answers: set it in Settings "
            "(Calendar, your e-mail address)."
        )
    if error.field == "advisor_name":
        return tr("The form must say who asks: set your name in Settings.")
    if error.field == "prediction":
        return tr("A prediction needs a score from 1 to 5 for every question.")
    return tr("“{field}” cannot be saved: {problem}.").format(field=field, problem=error.problem)


def show_error(parent: QWidget | None, error: JournalError, title: str | None = None) -> None:
    app_log.log_error("told", error)
    QtWidgets.QMessageBox.warning(parent, title or tr("Advisor Journal"), describe(error))


def confirm_discard(parent: QWidget | None) -> bool:
    """Ask before throwing away typed text; True when the person chooses to discard."""
    answer = QtWidgets.QMessageBox.question(
        parent,
        tr("Discard reflection?"),
        tr("You have typed a reflection that is not saved. Discard it?"),
        QtWidgets.QMessageBox.StandardButton.Discard | QtWidgets.QMessageBox.StandardButton.Cancel,
        QtWidgets.QMessageBox.StandardButton.Cancel,
    )
    return answer == QtWidgets.QMessageBox.StandardButton.Discard


def confirm_discard_feedback(parent: QWidget | None) -> bool:
    """Ask before closing a review with feedback not yet saved; True to close anyway."""
    answer = QtWidgets.QMessageBox.question(
        parent,
        tr("Discard feedback?"),
        tr("You have written feedback that is not saved. Close without saving it?"),
        QtWidgets.QMessageBox.StandardButton.Discard | QtWidgets.QMessageBox.StandardButton.Cancel,
        QtWidgets.QMessageBox.StandardButton.Cancel,
    )
    return answer == QtWidgets.QMessageBox.StandardButton.Discard


def confirm_delete_meeting(parent: QWidget | None, meeting) -> bool:
    """Ask before deleting a meeting (a ``MeetingSummary``); True to delete."""
    when = long_day(meeting.start.astimezone().date())
    text = tr("Delete the meeting “{title}” with {client} on {date}?").format(
        title=meeting.title, client=meeting.client_name, date=when
    )
    if meeting.reflected:
        text += " " + tr("Its reflection is deleted with it.")
    box = QtWidgets.QMessageBox(
        QtWidgets.QMessageBox.Icon.Question,
        tr("Delete meeting?"),
        text,
        QtWidgets.QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setInformativeText(
        tr("You can undo this with {keys}.").format(keys=keys(QKeySequence.StandardKey.Undo))
    )
    delete = box.addButton(tr("Delete"), QtWidgets.QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QtWidgets.QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is delete


def about(parent: QWidget | None, version: str) -> None:
    QtWidgets.QMessageBox.about(
        parent,
        tr("About Advisor Journal"),
        tr(
            "<h3>Advisor Journal {version}</h3>"
            "<p>A few minutes after each client meeting: did I listen, was I honest about "
            "what I did not know, did I reduce the client's fears? Over the weeks the "
            "journal shows how each trusted-advisor trait grows.</p>"
            "<p>Your entries stay on this computer.</p>"
        ).format(version=version),
    )


def data_folder_not_opened(parent: QWidget | None, folder) -> None:
    """Help → Open the Data Folder found no file manager: say where the folder is."""
    box = QtWidgets.QMessageBox(
        QtWidgets.QMessageBox.Icon.Information,
        tr("Advisor Journal"),
        tr("No file manager could be opened. Your journal and its backups are in:")
        + f"\n\n{folder}",
        QtWidgets.QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.exec()


def show_unexpected(parent: QWidget | None, error: BaseException) -> None:
    """A bug, not the person's doing; what they typed is still open in its window. The
    details are in the log: the box offers the diagnostics and the log folder to send."""
    box = QtWidgets.QMessageBox(
        QtWidgets.QMessageBox.Icon.Critical,
        tr("Advisor Journal"),
        tr(
            "Something went wrong inside Advisor Journal ({kind}). Nothing you typed has "
            "been thrown away; try again."
        ).format(kind=type(error).__name__),
        QtWidgets.QMessageBox.StandardButton.Close,
        parent,
    )
    box.setInformativeText(
        tr(
            "If it keeps happening, tell us what you did and send us the diagnostics "
            "(Copy Diagnostics puts them on the clipboard) and the files in the log "
            "folder. Neither holds anything you wrote."
        )
    )
    copy = box.addButton(tr("Copy Diagnostics"), QtWidgets.QMessageBox.ButtonRole.ActionRole)
    folder = box.addButton(tr("Show Log Folder"), QtWidgets.QMessageBox.ButtonRole.ActionRole)
    box.setDefaultButton(QtWidgets.QMessageBox.StandardButton.Close)
    box.exec()
    unexpected_chosen(parent, box.clickedButton(), copy, folder)


def unexpected_chosen(parent: QWidget | None, clicked, copy, folder) -> None:
    """What the unexpected error's box does with the button it was closed with."""
    if clicked is copy:
        diagnostics.copy_to_clipboard()
    elif clicked is folder and not diagnostics.open_log_folder():
        log_folder_not_opened(parent)


def log_folder_not_opened(parent: QWidget | None) -> None:
    """Help → Show Log Folder found no file manager: say where the folder is."""
    box = QtWidgets.QMessageBox(
        QtWidgets.QMessageBox.Icon.Information,
        tr("Advisor Journal"),
        tr("No file manager could be opened. The log files are in:") + f"\n\n{app_log.log_dir()}",
        QtWidgets.QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.exec()
