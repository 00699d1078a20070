"""Typed errors the core raises; the ui turns them into translated messages.

Every error a person can cause or fix (bad input, an unwritable folder, a foreign file)
is a ``JournalError`` with the facts needed to explain it. Anything else is a bug.
"""

from __future__ import annotations

TYPE_CHECKING = False  # as ``typing.TYPE_CHECKING``, without importing typing
if TYPE_CHECKING:  # only named: ``advisor-journal search`` imports this without pathlib
    from pathlib import Path


class JournalError(Exception):
    """An expected problem with a clear cause; safe to show to the person."""


class InvalidInput(JournalError):
    """A value the person typed cannot be saved as it is.

    ``field`` names what is wrong ("client", "title", "duration", "text") so the ui can
    point at it; ``limit`` and ``length`` are set for over-long text.
    """

    def __init__(self, field: str, problem: str, *, length: int = 0, limit: int = 0):
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem
        self.length = length
        self.limit = limit


class JournalUnavailable(JournalError):
    """The journal file or its folder cannot be used; ``path`` says which."""

    def __init__(self, path: Path | str, detail: str):
        super().__init__(f"{path}: {detail}")
        self.path = path
        self.detail = detail


class NotAJournal(JournalUnavailable):
    """The file exists but is not a journal we can read. ``problem`` says what was found:
    "damaged" (SQLite reports corruption), "truncated", "zeroed" (its first bytes wiped),
    "text_file", "not_sqlite" (some other file), "foreign" (another program's database)
    or "folder"."""

    def __init__(self, path: Path, detail: str, problem: str = "damaged"):
        super().__init__(path, detail)
        self.problem = problem


class NeedsPassphrase(JournalUnavailable):
    """The journal is encrypted (or is random bytes): open it again with a passphrase."""

    def __init__(self, path: Path | str, detail: str = "encrypted"):
        super().__init__(path, detail)


class WrongPassphrase(NeedsPassphrase):
    """The passphrase does not open the file: it is wrong, or the file is damaged.
    Nothing was written to the file."""

    def __init__(self, path: Path | str):
        super().__init__(path, "wrong passphrase or damaged file")


class EncryptionUnavailable(JournalUnavailable):
    """Encryption was asked for, but SQLCipher (the ``sqlcipher3`` package) is missing."""


class JournalTooNew(JournalUnavailable):
    """The journal was written by a newer version of the app; we refuse to touch it."""

    def __init__(self, path: Path, unknown_migrations: list[str]):
        super().__init__(path, "written by a newer version: " + ", ".join(unknown_migrations))
        self.unknown_migrations = unknown_migrations


class JournalNotWritable(JournalUnavailable):
    """The folder or file cannot be written (read-only, permissions, disk full)."""


class JournalBusy(JournalUnavailable):
    """Another program holds the journal (a second instance, a backup tool); try again."""


class JournalReplaced(JournalUnavailable):
    """The journal file was replaced by another program (a restore, an encryption
    change) while it was open here: nothing was read or written; it was opened again."""

    def __init__(self, path: Path):
        super().__init__(
            path, "it was replaced by another program while open here; nothing was written"
        )


class UnknownHome(JournalError):
    """The journal's folder (``--data-dir`` or ``$ADVISOR_JOURNAL_HOME``) starts with
    ``~name``, the home folder of a user this computer does not know: taken as it is, it
    would put the journal in a folder called "~name" wherever the command ran."""

    def __init__(self, folder: str):
        super().__init__(f"{folder}: no such user's home folder")
        self.folder = folder


class BackupFailed(JournalError):
    """A backup could not be made, checked or restored; any partial file was removed.
    ``problem``: "timeout", "not_written" (no space, no permission), "source_damaged"
    (the journal being backed up is damaged), "damaged" (a backup chosen to restore is
    damaged), "not_a_journal" (the file chosen to restore is something else)."""

    def __init__(self, path: Path, problem: str, detail: str = ""):
        super().__init__(f"{path}: {problem}" + (f": {detail}" if detail else ""))
        self.path = path
        self.problem = problem
        self.detail = detail


class NotFound(JournalError):
    """A meeting, client or reflection id that does not exist (any more)."""


class ChangedMeanwhile(JournalError):
    """Undo or redo found the meeting changed by something else since (an import)."""

    def __init__(self, meeting_id: int):
        super().__init__(f"meeting {meeting_id} changed meanwhile")
        self.meeting_id = meeting_id


class BankError(JournalError):
    """The question bank file is broken: names the file, the entry and the problem."""

    def __init__(self, path: Path | str, entry: str, problem: str):
        super().__init__(f"{path}: {entry}: {problem}")
        self.path = path
        self.entry = entry
        self.problem = problem


class CalendarUnreadable(JournalError):
    """A calendar file that could not be read at all: not iCalendar, too large, missing.

    ``problem`` is a code the ui words ("not_icalendar", "too_large", "unreadable",
    "empty"); ``line`` is the 1-based line where known, ``detail`` the facts."""

    def __init__(self, path: Path | str, problem: str, detail: str = "", line: int | None = None):
        super().__init__(
            f"{path}: {problem}"
            + (f" (line {line})" if line else "")
            + (f": {detail}" if detail else "")
        )
        self.path = path
        self.problem = problem
        self.detail = detail
        self.line = line


class BundleUnreadable(JournalError):
    """An export bundle a coach opened that cannot be used; nothing of it is opened.

    ``problem``: "unreadable" (cannot be read, or too large), "not_json", "truncated",
    "not_a_bundle", "newer_format", "unknown_format" or "invalid" (a value out of
    range or missing; ``where`` says which, as in ``meetings[3].reflection.trust``).
    ``line`` is the 1-based line where known, ``detail`` the facts."""

    def __init__(
        self,
        path: Path | str,
        problem: str,
        detail: str = "",
        line: int | None = None,
        where: str = "",
    ):
        super().__init__(
            f"{path}: {problem}"
            + (f" (line {line})" if line else "")
            + (f" at {where}" if where else "")
            + (f": {detail}" if detail else "")
        )
        self.path = path
        self.problem = problem
        self.detail = detail
        self.line = line
        self.where = where


class FeedbackUnreadable(BundleUnreadable):
    """A coach's feedback file the advisor opened that cannot be used (same problems)."""


class ExportNotWritten(JournalError):
    """An export file could not be written; no partial file was left behind."""

    def __init__(self, path: Path | str, detail: str):
        super().__init__(f"{path}: {detail}")
        self.path = path
        self.detail = detail
