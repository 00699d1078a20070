"""``advisor-journal self-test``: does this installation carry everything it needs?

A hidden command (not in ``--help``) for the standalone build's smoke test, which cannot
run any Python of its own inside a frozen app, and for anyone whose installation
misbehaves. It checks the data files, the question bank, SQLCipher with an
encrypt / locked / wrong passphrase / decrypt round trip, Qt's platform, its own folder
(the qt.conf PySide6 registers), icon and image
plugins, both Dutch translations, fonts (a PDF that holds text), the local socket the
single-instance guard uses, and the start-at-login command. One line per check, then
``self-test: N passed, N failed``; exit 0 when all passed, 1 otherwise. Nothing outside
a temporary folder is touched: not the journal, not the settings.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

PASSPHRASE = "self-test passphrase"
DATA_FILES = (
    "questions/bank.json",
    "translations/advisor_journal_nl.qm",
    "icons/advisor-journal.svg",
    "schemas/advisor-journal-1.schema.json",
    "schemas/advisor-journal-feedback-1.schema.json",
)
FONT_SUFFIXES = (".ttf", ".otf", ".ttc")


class CheckFailed(Exception):
    """A check found something missing; the message says what."""


def run() -> int:
    checks: list[tuple[str, Callable[[], str]]] = [
        ("data files", _data_files),
        ("question bank", _question_bank),
        ("libraries' own data (client rules, lemmas, .docx)", _library_data),
        ("SQLCipher", _sqlcipher),
        ("encryption on, locked, wrong passphrase, off", _encryption),
        ("Qt platform", _qt_platform),
        ("Qt's own folder (qt.conf)", _qt_prefix),
        ("Qt plugins", _qt_plugins),
        ("native platform plugin loads", _native_platform_plugin),
        ("SVG icon", _svg_icon),
        ("Dutch translations", _translations),
        ("fonts (a PDF holds text)", _fonts),
        ("local socket", _local_socket),
        ("start-at-login command", _autostart_command),
    ]
    failed = 0
    for name, check in checks:
        try:
            detail = check()
            print(f"ok   {name}: {detail}", flush=True)
        except Exception as exc:  # noqa: BLE001 - every failure is reported, not raised
            failed += 1
            print(f"FAIL {name}: {type(exc).__name__}: {exc}", flush=True)
    print(f"self-test: {len(checks) - failed} passed, {failed} failed")
    return 1 if failed else 0


def _require(condition: object, message: str) -> None:
    if not condition:
        raise CheckFailed(message)


def _data_files() -> str:
    from importlib import resources as package_files

    from resources import FOLDER

    missing = [name for name in DATA_FILES if not (FOLDER / name).is_file()]
    _require(not missing, f"missing under {FOLDER}: {', '.join(missing)}")
    schema = package_files.files("resources").joinpath(*DATA_FILES[3].split("/"))
    _require(schema.read_text(encoding="utf-8").lstrip().startswith("{"), "schema unreadable")
    fonts = [f for f in (FOLDER / "fonts").glob("*") if f.suffix.lower() in FONT_SUFFIXES]
    shipped = f", {len(fonts)} font files" if fonts else ""
    return f"{len(DATA_FILES)} files under {FOLDER}{shipped}"


def _question_bank() -> str:
    from journal.reflect.bank import default_bank

    bank = default_bank()
    questions = sum(len(trait.questions) for trait in bank.traits)
    _require(len(bank.traits) == 10 and questions, f"{len(bank.traits)} traits")
    return f"{len(bank.traits)} traits, {questions} questions"


def _library_data() -> str:
    """Libraries that read files of their own at run time (a bundle that leaves them out
    fails only when the feature is first used): the Public Suffix List of the client
    rules, simplemma's dictionaries of the mirror, python-docx's default document."""
    import docx

    from journal.calendar.client_rules import core_label
    from journal.language.lemmas import lemma

    label = core_label("mail.justice.gouv.fr")
    _require(label == "justice", f"the Public Suffix List read justice.gouv.fr as {label!r}")
    found = lemma("gevraagd", "nl"), lemma("asked", "en")
    _require(found == ("vragen", "ask"), f"lemmas {found}")
    _require(len(docx.Document().paragraphs) == 0, "python-docx has no default document")
    return f"justice.gouv.fr → {label}; gevraagd → {found[0]}, asked → {found[1]}"


def _sqlcipher() -> str:
    import sqlcipher3

    connection = sqlcipher3.connect(":memory:")
    try:
        row = connection.execute("PRAGMA cipher_version").fetchone()
    finally:
        connection.close()
    _require(row and row[0], "PRAGMA cipher_version is empty: plain SQLite, not SQLCipher")
    return f"SQLCipher {row[0]}"


def _encryption() -> str:
    from journal.safety import encryption, health
    from journal.sample import demo
    from journal.service import Journal
    from journal.store.paths import journal_file

    plain_header = b"SQLite format 3\x00"
    with tempfile.TemporaryDirectory(prefix="advisor-journal-self-test-") as folder:
        journal_ = Journal.open(Path(folder))
        try:
            demo.fill(journal_, 12, 1, False)
        finally:
            journal_.close()
        path = journal_file(Path(folder))
        _require(path.read_bytes()[:16] == plain_header, "the new journal is not plain SQLite")
        encryption.rewrite(path, None, PASSPHRASE)
        _require(path.read_bytes()[:16] != plain_header, "still plain after encrypting")
        locked = health.check(path)
        _require(locked.kind == "locked", f"without a passphrase: {locked.kind or 'opened'}")
        wrong = health.check(path, "not the passphrase")
        _require(wrong.kind == "wrong_passphrase", f"a wrong passphrase: {wrong.kind or 'opened'}")
        right = health.check(path, PASSPHRASE)
        _require(right.ok and right.encrypted and right.meetings == 12, f"opened: {right}")
        encryption.rewrite(path, PASSPHRASE, None)
        _require(path.read_bytes()[:16] == plain_header, "not plain after decrypting")
        again = health.check(path)
        _require(again.ok and again.meetings == 12, f"after decrypting: {again}")
    return "12 meetings went plain -> encrypted -> plain"


_app = None  # the QGuiApplication this command made, kept alive for the later checks


def _qt_platform() -> str:
    """A Qt application set up as the window's is (which also imports every module the
    window needs, so a module a standalone build left out shows here)."""
    global _app
    from PySide6.QtGui import QGuiApplication

    from ui.shell.app import configure_application

    if QGuiApplication.instance() is None:
        # No window opens; offscreen also works without a display (over ssh, in CI).
        if not os.environ.get("QT_QPA_PLATFORM"):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        _app = QGuiApplication([sys.argv[0]])
    configure_application(QGuiApplication.instance())
    return QGuiApplication.platformName()


def _qt_prefix() -> str:
    """Qt finds its plugins and translations under the Qt that PySide6 carries, by the
    qt.conf PySide6 registers when QtCore is imported: the standalone build relies on it
    (packaging/qt_paths.py), which PyInstaller's own hook otherwise checks."""
    import PySide6
    from PySide6.QtCore import QFile, QLibraryInfo

    _require(QFile.exists(":/qt/etc/qt.conf"), "PySide6 registered no qt.conf")
    package = Path(PySide6.__file__).parent
    expected = package if sys.platform == "win32" else package / "Qt"  # Windows: no Qt/
    prefix = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PrefixPath))
    _require(prefix.resolve() == expected.resolve(), f"Qt's prefix is {prefix}, not {expected}")
    return str(prefix)


def _plugin_roots() -> list[Path]:
    from PySide6.QtCore import QCoreApplication, QLibraryInfo

    paths = [QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)]
    paths += QCoreApplication.libraryPaths()
    return list(dict.fromkeys(Path(p) for p in paths if (Path(p) / "platforms").is_dir()))


def _native_platform() -> str:
    if sys.platform == "win32":
        return "qwindows"
    return "qcocoa" if sys.platform == "darwin" else "qxcb"


def _find_plugin(kind: str, stem: str) -> Path | None:
    for root in _plugin_roots():
        for file in sorted((root / kind).glob("*")):
            if file.name.split(".")[0].removeprefix("lib") == stem:
                return file
    return None


def _qt_plugins() -> str:
    wanted = [("platforms", "qoffscreen"), ("platforms", _native_platform())]
    if sys.platform.startswith("linux"):
        # one qwayland in PySide6 6.11 and 6.12; qwayland-egl and qwayland-generic in 6.9
        older = _find_plugin("platforms", "qwayland-egl") is not None
        wanted.append(("platforms", "qwayland-egl" if older else "qwayland"))
    wanted += [("iconengines", "qsvgicon"), ("imageformats", "qsvg"), ("imageformats", "qjpeg")]
    missing = [f"{kind}/{stem}" for kind, stem in wanted if _find_plugin(kind, stem) is None]
    roots = ", ".join(map(str, _plugin_roots()))
    _require(not missing, f"missing {', '.join(missing)} in {roots}")
    return f"{len(wanted)} plugins in {roots}"


def _native_platform_plugin() -> str:
    """Loading the plugin library tells whether every library it needs is there (on
    Linux since Qt 6.5: libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1 …), without
    connecting to a display, so the check also runs headless."""
    from PySide6.QtCore import QPluginLoader

    plugin = _find_plugin("platforms", _native_platform())
    _require(plugin is not None, f"no {_native_platform()} plugin")
    loader = QPluginLoader(str(plugin))
    _require(loader.load(), loader.errorString())
    return plugin.name


def _svg_icon() -> str:
    from PySide6.QtGui import QColor

    from ui.common.icons import app_icon

    image = app_icon().pixmap(64, 64).toImage()
    _require(not image.isNull(), "the SVG icon did not render (the qsvgicon plugin?)")
    drawn = any(QColor(image.pixel(x, y)).alpha() for x in range(0, 64, 4) for y in range(0, 64, 4))
    _require(drawn, "the icon rendered empty")
    return f"{image.width()}x{image.height()}"


def _translations() -> str:
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from ui.common.i18n import translations_dir

    qt = QTranslator()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    _require(qt.load("qtbase_nl", qt_folder), f"no qtbase_nl.qm in {qt_folder}")
    ours = QTranslator()
    _require(ours.load("advisor_journal_nl", translations_dir()), "advisor_journal_nl.qm")
    about = ours.translate("MainWindow", "&About Advisor Journal")
    _require(about and about != "&About Advisor Journal", "the Dutch .qm translates nothing")
    return f"qtbase_nl, advisor_journal_nl ({about!r})"


def _fonts() -> str:
    """Without a usable font Qt writes a PDF without a single glyph and says nothing, so
    a one-line PDF is written here and must embed a font."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QFontDatabase, QPdfWriter, QTextDocument

    families = QFontDatabase.families()
    _require(families, "Qt finds no fonts at all")
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    document = QTextDocument()
    document.setPlainText("Advisor Journal")
    document.print_(writer)
    buffer.close()
    _require(_pdf_has_text(bytes(data)), "a PDF written here has no text: no usable font")
    return f"{len(families)} families; default {document.defaultFont().family()!r}"


def _pdf_has_text(pdf: bytes) -> bool:
    """A PDF from Qt holds text when it embeds a font file, or else when its page content
    (deflated) shows text (Tj, TJ) in some other kind of font. Without any font, Qt
    writes neither."""
    import contextlib
    import re
    import zlib

    if b"/FontFile" in pdf:
        return True
    for stream in re.finditer(rb"stream\r?\n(.*?)endstream", pdf, re.S):
        content = stream.group(1)
        with contextlib.suppress(zlib.error):
            content = zlib.decompress(content)
        if re.search(rb"\sT[jJ]\s", content):
            return True
    return False


def _local_socket() -> str:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

    name = f"advisor-journal-self-test-{os.getpid()}"
    QLocalServer.removeServer(name)
    server = QLocalServer()
    _require(server.listen(name), server.errorString())
    try:
        client = QLocalSocket()
        client.connectToServer(name)
        _require(client.waitForConnected(2000), client.errorString())
        client.close()
    finally:
        server.close()
    return "listens and connects"


def _autostart_command() -> str:
    """A frozen app must start itself at login, not some other installation."""
    from ui.calendar import autostart

    if not autostart.supported():
        return "not used on this system"
    command = autostart.launch_command()
    if getattr(sys, "frozen", False):
        here = Path(sys.executable).resolve().parent
        _require(Path(command[0]).resolve().parent == here, f"{command[0]} is elsewhere")
    _require(command[-1] == autostart.BACKGROUND_FLAG, " ".join(command))
    return " ".join(command)
