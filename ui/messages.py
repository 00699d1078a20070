"""The one place that turns core errors into words for the person, and shows them.

``describe()`` gives a translated sentence for any ``JournalError`` (the command line
prints it, dialogs show it inline); ``show_error()`` and friends are the only callers of
``QMessageBox`` in the app.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from journal.errors import (
    BankError,
    InvalidInput,
    JournalError,
    JournalNotWritable,
    JournalTooNew,
    JournalUnavailable,
    NotAJournal,
    NotFound,
)


def tr(text: str) -> str:
    """Translate a module-level string; lupdate files free ``tr()`` calls under ""."""
    return QCoreApplication.translate("", text)


def _field_name(field: str) -> str:
    names = {
        "client": tr("client name"),
        "title": tr("title"),
        "start": tr("date and time"),
        "duration": tr("duration"),
        "notes": tr("notes"),
        "intention": tr("intention for next time"),
        "advisor_name": tr("your name"),
        "focus_traits": tr("focus traits"),
    }
    return names.get(field, tr("answer"))


def describe(error: JournalError) -> str:
    """One or two plain sentences: what is wrong and what to do about it."""
    if isinstance(error, InvalidInput):
        return _describe_input(error)
    if isinstance(error, JournalTooNew):
        return tr(
            "The journal {path} was written by a newer version of Advisor Journal. "
            "Update the app to open it; this version leaves the file untouched."
        ).format(path=error.path)
    if isinstance(error, NotAJournal):
        return tr(
            "{path} is not an Advisor Journal file, or it is damaged ({detail}). "
            "Nothing was changed. Choose another folder with --data-dir."
        ).format(path=error.path, detail=error.detail)
    if isinstance(error, JournalNotWritable):
        return tr(
            "Advisor Journal cannot write to {path} ({detail}). Your text is still here: "
            "free some disk space or fix the folder's permissions, then save again."
        ).format(path=error.path, detail=error.detail)
    if isinstance(error, JournalUnavailable):
        return tr("The journal {path} cannot be used: {detail}.").format(
            path=error.path, detail=error.detail
        )
    if isinstance(error, BankError):
        return tr("The question bank {path} is broken at {entry}: {problem}.").format(
            path=error.path, entry=error.entry, problem=error.problem
        )
    if isinstance(error, NotFound):
        return tr("This item no longer exists in the journal ({detail}).").format(detail=error)
    return str(error)


def _describe_input(error: InvalidInput) -> str:
    if error.problem == "empty" and error.field == "client":
        return tr("Enter the client's name.")
    if error.problem == "empty" and error.field == "title":
        return tr("Give the meeting a title.")
    if error.problem == "too long":
        return tr(
            "The {field} is {length} characters long; the most it can hold is {limit}."
        ).format(
            field=_field_name(error.field), length=f"{error.length:,}", limit=f"{error.limit:,}"
        )
    if error.field == "duration":
        return tr("The duration must be between 1 minute and {limit} minutes.").format(
            limit=error.limit
        )
    if error.field == "focus_traits":
        return tr("Choose at most {limit} focus traits.").format(limit=error.limit)
    return tr("The {field} cannot be saved: {problem}.").format(
        field=_field_name(error.field), problem=error.problem
    )


def show_error(parent: QWidget | None, error: JournalError, title: str | None = None) -> None:
    QMessageBox.warning(parent, title or tr("Advisor Journal"), describe(error))


def confirm_discard(parent: QWidget | None) -> bool:
    """Ask before throwing away typed text; True when the person chooses to discard."""
    answer = QMessageBox.question(
        parent,
        tr("Discard reflection?"),
        tr("You have typed a reflection that is not saved. Discard it?"),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Discard


def inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def about(parent: QWidget | None, version: str) -> None:
    QMessageBox.about(
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


def show_unexpected(parent: QWidget | None, error: BaseException) -> None:
    """A bug, not the person's doing; what they typed is still open in its window."""
    QMessageBox.critical(
        parent,
        tr("Advisor Journal"),
        tr(
            "Something went wrong inside Advisor Journal ({kind}). Nothing you typed has "
            "been thrown away; try again, and if it keeps happening, tell us what you did."
        ).format(kind=type(error).__name__),
    )
