"""The standalone build's configuration is valid, without building (a build takes
minutes: scripts/build-app). The PyInstaller spec runs here with stand-ins for
PyInstaller's classes, as on Linux, Windows and macOS, and what it hands them is
checked: the files exist, the data the app reads is bundled, Qt's plugins and
translations are thinned as meant. Also the launcher, the package data of the wheel, the
pinned build tools, the icons, the Windows and macOS recipes, the GitHub workflow and
the release files."""

from __future__ import annotations

import ast
import fnmatch
import importlib
import importlib.util
import json
import os
import re
import runpy
import shutil
import subprocess
import sys
import tomllib
import types
from pathlib import Path

import pytest
import yaml

import journal

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "advisor-journal.spec"
WORKFLOW = ROOT / ".github" / "workflows" / "standalone-app.yml"
ISS = ROOT / "packaging" / "windows" / "advisor-journal.iss"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))

# What PyInstaller's analysis would collect (destination, source, kind), trimmed to cases
# the spec must tell apart; IMPORTS: which library loads which.
LIBS = "/site/PySide6/Qt"
BINARIES = [
    ("PySide6/QtCore.abi3.so", f"{LIBS}/../QtCore.abi3.so", "EXTENSION"),
    # Python itself, which the bootloader loads and nothing links to (Linux, Windows, macOS)
    ("libpython3.11.so.1.0", "/py/lib/libpython3.11.so.1.0", "BINARY"),
    ("python311.dll", "C:/py/python311.dll", "BINARY"),
    ("Python", "/Library/Frameworks/Python.framework/Versions/3.11/Python", "BINARY"),
    ("PySide6/Qt/lib/libQt6Core.so.6", f"{LIBS}/lib/libQt6Core.so.6", "BINARY"),
    ("PySide6/Qt/plugins/platforms/libqxcb.so", f"{LIBS}/plugins/platforms/libqxcb.so", "BINARY"),
    ("PySide6/Qt/lib/libQt6XcbQpa.so.6", f"{LIBS}/lib/libQt6XcbQpa.so.6", "BINARY"),
    ("libxcb-cursor.so.0", "/usr/lib/libxcb-cursor.so.0", "BINARY"),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", f"{LIBS}/plugins/platforms/libqvnc.so", "BINARY"),
    # wayland: one plugin in PySide6 6.11 and 6.12, two in 6.9 (the bundled one may be either)
    (
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        f"{LIBS}/plugins/platforms/libqwayland.so",
        "BINARY",
    ),
    (
        "PySide6/Qt/plugins/platforms/libqwayland-egl.so",
        f"{LIBS}/plugins/platforms/libqwayland-egl.so",
        "BINARY",
    ),
    (
        "PySide6/Qt/plugins/platforms/libqwayland-generic.so",
        f"{LIBS}/plugins/platforms/libqwayland-generic.so",
        "BINARY",
    ),
    (
        "PySide6/Qt/plugins/platforms/libqminimalegl.so",
        f"{LIBS}/plugins/platforms/libqminimalegl.so",
        "BINARY",
    ),
    ("libvncserver.so.1", "/usr/lib/libvncserver.so.1", "BINARY"),
    ("PySide6/Qt/plugins/tls/libqopensslbackend.so", f"{LIBS}/plugins/tls/libqossl.so", "BINARY"),
    ("libssl.so.3", "/usr/lib/libssl.so.3", "BINARY"),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", f"{LIBS}/plugins/pt/libqgtk3.so", "BINARY"),
    ("libgtk-3.so.0", "/usr/lib/libgtk-3.so.0", "BINARY"),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", f"{LIBS}/plugins/if/libqsvg.so", "BINARY"),
    ("PySide6/Qt/plugins/imageformats/libqpdf.so", f"{LIBS}/plugins/if/libqpdf.so", "BINARY"),
    (
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
        f"{LIBS}/plugins/ie/libqsvgicon.so",
        "BINARY",
    ),
]
IMPORTS = {
    f"{LIBS}/../QtCore.abi3.so": ["libQt6Core.so.6"],
    f"{LIBS}/plugins/platforms/libqxcb.so": ["libQt6XcbQpa.so.6"],
    f"{LIBS}/lib/libQt6XcbQpa.so.6": ["libxcb-cursor.so.0", "libQt6Core.so.6"],
    f"{LIBS}/plugins/platforms/libqvnc.so": ["libvncserver.so.1"],
    f"{LIBS}/plugins/tls/libqossl.so": ["libssl.so.3"],
    f"{LIBS}/plugins/pt/libqgtk3.so": ["libgtk-3.so.0"],
}
KEPT = {
    "PySide6/QtCore.abi3.so",
    "libpython3.11.so.1.0",
    "python311.dll",
    "Python",
    "PySide6/Qt/lib/libQt6Core.so.6",
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/lib/libQt6XcbQpa.so.6",
    "libxcb-cursor.so.0",
    "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6/Qt/plugins/platforms/libqwayland-egl.so",
    "PySide6/Qt/plugins/platforms/libqwayland-generic.so",
    "PySide6/Qt/plugins/imageformats/libqsvg.so",
    "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
}
QT_TRANSLATIONS = [
    ("PySide6/Qt/translations/qtbase_nl.qm", f"{LIBS}/translations/qtbase_nl.qm", "DATA"),
    ("PySide6/Qt/translations/qtbase_de.qm", f"{LIBS}/translations/qtbase_de.qm", "DATA"),
    # Windows wheels have no Qt folder
    ("PySide6/translations/qt_fr.qm", "C:/site/PySide6/translations/qt_fr.qm", "DATA"),
    ("PySide6/translations/qtbase_nl.qm", "C:/site/PySide6/translations/qtbase_nl.qm", "DATA"),
]


# The run-time hooks PyInstaller 6.22 adds for the app's imports (its rthooks.dat).
PYINSTALLER_HOOKS = [
    "pyi_rth_inspect",
    "pyi_rth_pkgutil",
    "pyi_rth_multiprocessing",
    "pyi_rth_pyside6",
]


class Built:
    """What the spec handed to PyInstaller's classes."""

    def __init__(self):
        self.analysis = self.bundle = self.collect = None
        self.exes: list[dict] = []
        self.version_info: dict | None = None
        self.collected: list[str] = []  # packages whose own data files are bundled


def run_spec(monkeypatch, platform: str, root: Path = ROOT) -> Built:
    built = Built()

    class Analysis:
        def __init__(self, scripts, **options):
            self.scripts_given, self.options = scripts, options
            self.binaries = list(BINARIES)
            # PyInstaller turns (source, folder) into (destination, source, kind).
            given = [
                (f"{folder}/{Path(src).name}", src, "DATA") for src, folder in options["datas"]
            ]
            self.datas = [*given, *QT_TRANSLATIONS]
            # PyInstaller's order: the spec's own run-time hooks, then those of the
            # packages the analysis found (the app's graph holds all four), then the script.
            hooks = [(Path(hook).stem, hook, "PYSOURCE") for hook in options["runtime_hooks"]]
            found = [(name, f"/pyi/rthooks/{name}.py", "PYSOURCE") for name in PYINSTALLER_HOOKS]
            self.pure = ["pure"]
            self.scripts = [*hooks, *found, (Path(scripts[0]).stem, scripts[0], "PYSOURCE")]
            built.analysis = self

    def EXE(*args, **options):  # noqa: N802 - PyInstaller's names
        built.exes.append(options)
        return options["name"]

    def COLLECT(*args, **options):  # noqa: N802
        built.collect = (args, options)
        return "collect"

    def BUNDLE(*args, **options):  # noqa: N802
        built.bundle = options

    bindepend = types.ModuleType("PyInstaller.depend.bindepend")
    bindepend.get_imports = lambda path: [(name, None) for name in IMPORTS.get(path, [])]
    versioninfo = types.ModuleType("PyInstaller.utils.win32.versioninfo")
    hooks = types.ModuleType("PyInstaller.utils.hooks")

    def collect_data_files(package):  # what PyInstaller's own does: the package's non-code files
        built.collected.append(package)
        root = Path(importlib.util.find_spec(package).origin).parent
        return [
            (str(f), f.parent.relative_to(root.parent).as_posix())
            for f in sorted(root.rglob("*"))
            if f.is_file() and f.suffix not in (".py", ".pyc") and "__pycache__" not in f.parts
        ]

    hooks.collect_data_files = collect_data_files

    def recorder(kind):
        def make(*args, **kwargs):
            if kind == "FixedFileInfo":
                built.version_info = kwargs
            return (kind, args, kwargs)

        return make

    for kind in ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable",
                 "StringStruct", "VarFileInfo", "VarStruct"):  # fmt: skip
        setattr(versioninfo, kind, recorder(kind))
    spec = root / "packaging" / "advisor-journal.spec"
    code = compile(spec.read_text(encoding="utf-8"), str(spec), "exec")
    names = dict(SPECPATH=str(spec.parent), Analysis=Analysis, EXE=EXE, COLLECT=COLLECT,
                 BUNDLE=BUNDLE, PYZ=lambda *a, **k: "pyz")  # fmt: skip
    modules = {
        "PyInstaller": types.ModuleType("PyInstaller"),
        "PyInstaller.depend": types.ModuleType("PyInstaller.depend"),
        "PyInstaller.depend.bindepend": bindepend,
        "PyInstaller.utils": types.ModuleType("PyInstaller.utils"),
        "PyInstaller.utils.win32": types.ModuleType("PyInstaller.utils.win32"),
        "PyInstaller.utils.win32.versioninfo": versioninfo,
        "PyInstaller.utils.hooks": hooks,
    }
    modules["PyInstaller.depend"].bindepend = bindepend
    modules["PyInstaller.utils.win32"].versioninfo = versioninfo
    modules["PyInstaller.utils"].hooks = hooks
    # sys.platform and the stand-ins only while the spec runs
    with monkeypatch.context() as patch:
        for name, module in modules.items():
            patch.setitem(sys.modules, name, module)
        patch.setattr(sys, "platform", platform)
        exec(code, names)
    return built


def resource_files(root: Path = ROOT) -> list[str]:
    """Every file under resources/ the app reads at run time, relative to resources/."""
    return sorted(
        f.relative_to(root / "resources").as_posix()
        for f in (root / "resources").rglob("*")
        if f.is_file() and f.suffix not in (".py", ".pyc", ".ts") and "__pycache__" not in f.parts
    )


@pytest.mark.parametrize("platform", ["linux", "win32", "darwin"])
def test_the_spec_names_only_files_that_exist(monkeypatch, platform):
    built = run_spec(monkeypatch, platform)
    [launcher] = built.analysis.scripts_given
    assert Path(launcher) == ROOT / "packaging" / "launcher.py"
    assert built.analysis.options["pathex"] == [str(ROOT)]
    for source, _destination in built.analysis.options["datas"]:
        assert Path(source).is_file(), source
    for exe in built.exes:
        if exe["icon"] is not None:
            assert Path(exe["icon"]).is_file(), exe["icon"]
    if built.bundle:
        assert Path(built.bundle["icon"]).is_file()
    for module in built.analysis.options["hiddenimports"]:
        assert importlib.util.find_spec(module) is not None, module


def test_linux_one_program_stripped(monkeypatch):
    built = run_spec(monkeypatch, "linux")
    [exe] = built.exes
    assert exe["name"] == "advisor-journal" and exe["console"] and exe["strip"]
    assert exe["upx"] is False and exe["icon"] is None
    assert built.bundle is None


def test_windows_a_console_and_a_windowed_program_with_version_info(monkeypatch):
    built = run_spec(monkeypatch, "win32")
    by_name = {exe["name"]: exe for exe in built.exes}
    assert by_name["advisor-journal"]["console"] is True
    assert by_name["Advisor Journal"]["console"] is False
    assert all(exe["icon"].endswith(".ico") and not exe["strip"] for exe in built.exes)
    numbers = tuple(int(n) for n in journal.__version__.split("."))
    assert built.version_info["filevers"] == (*numbers, 0)
    # The installer's Start-menu entry starts the windowed one.
    assert re.search(r'#define WindowExe "Advisor Journal\.exe"', ISS.read_text("utf-8"))


def test_macos_an_app_bundle_with_name_icon_and_version(monkeypatch):
    built = run_spec(monkeypatch, "darwin")
    bundle = built.bundle
    assert bundle["name"] == "Advisor Journal.app"
    assert bundle["icon"].endswith(".icns")
    assert bundle["version"] == journal.__version__
    assert bundle["info_plist"]["CFBundleShortVersionString"] == journal.__version__
    assert "Advisor Journal.app" in (ROOT / "packaging/macos/make-dmg.sh").read_text("utf-8")


def test_every_data_file_is_bundled_and_in_the_wheel(monkeypatch):
    built = run_spec(monkeypatch, "linux")
    bundled = {
        (Path(destination) / Path(source).name).relative_to("resources").as_posix()
        for source, destination in built.analysis.options["datas"]
        if destination.split("/")[0] == "resources"
    }
    files = resource_files()
    assert {"questions/bank.json", "translations/advisor_journal_nl.qm"} <= set(files)
    assert bundled == set(files)
    patterns = PYPROJECT["tool"]["setuptools"]["package-data"]["resources"]
    unlisted = [f for f in files if not any(fnmatch.fnmatch(f, p) for p in patterns)]
    assert not unlisted, f"add to [tool.setuptools.package-data] in pyproject.toml: {unlisted}"
    for font_file in ("fonts/SomeSans-Regular.ttf", "fonts/OFL.txt"):  # issue 17's, later
        assert any(fnmatch.fnmatch(font_file, p) for p in patterns), font_file


def test_fonts_in_resources_are_bundled_when_there_are_any(monkeypatch, tmp_path):
    for part in ("packaging", "resources"):
        shutil.copytree(ROOT / part, tmp_path / part)
    (tmp_path / "journal").mkdir()
    shutil.copy(ROOT / "journal" / "__init__.py", tmp_path / "journal")
    (tmp_path / "resources" / "fonts").mkdir(exist_ok=True)
    (tmp_path / "resources" / "fonts" / "SomeSans-Regular.ttf").write_bytes(b"\0\1\0\0")
    built = run_spec(monkeypatch, "linux", root=tmp_path)
    datas = built.analysis.options["datas"]
    assert (str(tmp_path / "resources/fonts/SomeSans-Regular.ttf"), "resources/fonts") in datas


def test_qt_is_thinned_to_what_the_app_uses(monkeypatch):
    built = run_spec(monkeypatch, "linux")
    assert {entry[0] for entry in built.analysis.binaries} == KEPT
    translations = [d[0] for d in built.analysis.datas if d[0].startswith("PySide6/")]
    assert translations == [
        "PySide6/Qt/translations/qtbase_nl.qm",
        "PySide6/translations/qtbase_nl.qm",
    ]
    assert "resources/translations/advisor_journal_nl.qm" in {d[0] for d in built.analysis.datas}


@pytest.mark.parametrize("platform", ["linux", "win32", "darwin"])
def test_only_our_run_time_hook_runs_before_the_app(monkeypatch, platform):
    built = run_spec(monkeypatch, platform)
    assert [entry[0] for entry in built.analysis.scripts] == ["qt_paths", "launcher"]


@pytest.mark.parametrize(
    ("platform", "plugins"),
    [
        ("linux", ["PySide6", "Qt", "plugins"]),
        ("darwin", ["PySide6", "Qt", "plugins"]),
        ("win32", ["PySide6", "plugins"]),  # the Windows wheel has no Qt/ folder
    ],
)
def test_our_hook_gives_qt_the_bundles_plugins_without_importing_qt(tmp_path, platform, plugins):
    # As PyInstaller's PySide6 hook sets them (6.22), in a process of its own: Qt is
    # not imported there yet, and must not be by the hook.
    meipass = str(tmp_path / "_internal")
    code = (
        "import json, os, runpy, sys\n"
        f"sys._MEIPASS = {meipass!r}\n"
        f"sys.platform = {platform!r}\n"
        "os.environ['PATH'] = 'before'\n"
        f"runpy.run_path({str(ROOT / 'packaging' / 'qt_paths.py')!r})\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(json.dumps([os.environ['QT_PLUGIN_PATH'], os.environ['PATH'], qt]))\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    plugin_path, path, qt = json.loads(run.stdout)
    assert plugin_path == os.path.join(meipass, *plugins)
    assert path == (meipass + os.pathsep + "before" if platform == "win32" else "before")
    assert qt == []


# What each left-out hook of PyInstaller's serves (the spec says why each can go).
NEEDS_A_LEFT_OUT_HOOK = {
    "imports": {"multiprocessing", "concurrent.futures.process", "pkgutil"},
    "from_imports": {("concurrent.futures", "ProcessPoolExecutor")},
    "calls": {"getsource", "getsourcefile", "getsourcelines", "findsource", "iter_modules"},
}


def needs_a_left_out_hook(source: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [a.name for a in node.names if a.name in NEEDS_A_LEFT_OUT_HOOK["imports"]]
        elif isinstance(node, ast.ImportFrom) and node.module:
            if node.module in NEEDS_A_LEFT_OUT_HOOK["imports"]:
                found.append(node.module)
            found += [
                f"{node.module}.{a.name}"
                for a in node.names
                if (node.module, a.name) in NEEDS_A_LEFT_OUT_HOOK["from_imports"]
            ]
        elif isinstance(node, ast.Attribute) and node.attr in NEEDS_A_LEFT_OUT_HOOK["calls"]:
            found.append(node.attr)
    return found


def test_the_app_needs_none_of_the_hooks_the_spec_leaves_out():
    files = [ROOT / "packaging" / "launcher.py", *sorted(ROOT.glob("journal/**/*.py")),
             *sorted(ROOT.glob("ui/**/*.py"))]  # fmt: skip
    found = {
        str(f.relative_to(ROOT)): needs
        for f in files
        if (needs := needs_a_left_out_hook(f.read_text(encoding="utf-8")))
    }
    assert found == {}, "bring back PyInstaller's hook for it in advisor-journal.spec"


@pytest.mark.parametrize(
    "source",
    [
        "import multiprocessing",
        "from multiprocessing import Pool",
        "from concurrent.futures import ProcessPoolExecutor",
        "import pkgutil",
        "from pkgutil import iter_modules",
        "import inspect\ninspect.getsource(f)",
    ],
)
def test_the_check_sees_each_need(source):
    assert needs_a_left_out_hook(source)


def test_the_launcher_imports_and_runs_the_real_command_line():
    namespace = runpy.run_path(str(ROOT / "packaging" / "launcher.py"), run_name="launcher")
    from ui.cli.entry import main_windowed

    assert namespace["main_windowed"] is main_windowed


def build_requirements() -> list[str]:
    lines = [
        line.split("#")[0].strip()
        for line in (ROOT / "packaging" / "requirements-build.txt").read_text().splitlines()
    ]
    return [line for line in lines if line]


def test_the_build_tools_are_pinned():
    requirements = build_requirements()
    assert any(r.startswith("pyinstaller==") for r in requirements)
    assert all(re.fullmatch(r"[A-Za-z0-9_.-]+==[0-9][0-9A-Za-z.]*", r) for r in requirements)


# The oldest macOS each PySide6 series' wheels are built for: their platform tags on PyPI
# (macosx_12_0_universal2 for 6.9.x, macosx_13_0 for 6.10.x and 6.11.x, macosx_14_0 for
# 6.12.0).
MACOS_OF_PYSIDE6 = {"6.9": "12.0", "6.10": "13.0", "6.11": "13.0", "6.12": "14.0"}


def test_the_app_bundles_a_pyside6_in_range_and_says_which_macos_it_needs(monkeypatch):
    from packaging.requirements import Requirement

    pins = dict(r.split("==") for r in build_requirements())
    bundled = {pins["pyside6-essentials"], pins["pyside6-addons"]}
    assert len(bundled) == 1, f"essentials and addons from one PySide6: {bundled}"
    [version] = bundled
    ranges = [
        Requirement(d) for d in PYPROJECT["project"]["dependencies"] if d.startswith("pyside6-")
    ]
    assert {r.name for r in ranges} == {"pyside6-essentials", "pyside6-addons"}
    for allowed in ranges:
        assert allowed.specifier.contains(version), f"{version} is outside {allowed}"
    macos = MACOS_OF_PYSIDE6[".".join(version.split(".")[:2])]
    plist = run_spec(monkeypatch, "darwin").bundle["info_plist"]
    assert plist["LSMinimumSystemVersion"] == macos
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    [dmg_row] = [line for line in readme.splitlines() if "-macos-arm64.dmg" in line]
    assert f"macOS {macos.removesuffix('.0')} or newer" in dmg_row


def test_the_icons_are_drawn_from_the_svg_as_it_is_now(qapp, tmp_path):
    """Run scripts/make_icons.py after changing the SVG."""
    from PySide6.QtGui import QImage, QImageReader

    spec = importlib.util.spec_from_file_location("make_icons", ROOT / "scripts" / "make_icons.py")
    make_icons = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_icons)
    make_icons.make(tmp_path)
    for name in ("advisor-journal.png", "advisor-journal.ico", "advisor-journal.icns"):
        committed = ROOT / "packaging" / "icons" / name
        committed_reader, fresh_reader = (
            QImageReader(str(committed)),
            QImageReader(str(tmp_path / name)),
        )
        assert committed_reader.imageCount() in (0, fresh_reader.imageCount()), name
        for i in range(max(1, fresh_reader.imageCount())):
            committed_reader.jumpToImage(i)
            fresh_reader.jumpToImage(i)
            old, new = committed_reader.read(), fresh_reader.read()
            assert not old.isNull() and old.size() == new.size(), (name, i)
            old = old.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
            new = new.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
            difference = max(
                abs(a - b)
                for a, b in zip(bytes(old.constBits()), bytes(new.constBits()), strict=True)
            )
            assert difference <= 6, (
                f"{name} #{i} is not the SVG as it is now: scripts/make_icons.py"
            )
    sizes = []
    reader = QImageReader(str(ROOT / "packaging" / "icons" / "advisor-journal.ico"))
    for i in range(reader.imageCount()):
        reader.jumpToImage(i)
        sizes.append(reader.read().width())
    assert {16, 32, 48, 256} <= set(sizes)


def test_the_workflow_builds_and_smoke_tests_on_three_systems():
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare on as True
    assert triggers["push"]["tags"] == ["v*"]
    build = workflow["jobs"]["build"]
    systems = build["strategy"]["matrix"]["os"]
    assert {s.split("-")[0] for s in systems} == {"ubuntu", "windows", "macos"}
    runs = "\n".join(step.get("run", "") for step in build["steps"])
    assert "scripts/build-app" in runs and "packaging/windows/build.ps1" in runs
    release = workflow["jobs"]["release"]
    assert release["needs"] == "build" and release["permissions"] == {"contents": "write"}
    texts = [WORKFLOW, ROOT / "scripts" / "build-app", ROOT / "packaging" / "windows" / "build.ps1"]
    for text in texts:
        for named in re.findall(r"(?:scripts|packaging)[/\\][\w./\\-]+", text.read_text("utf-8")):
            path = ROOT / named.replace("\\", "/").rstrip(".")
            assert path.exists(), f"{text.name} names {named}"


@pytest.mark.skipif(shutil.which("bash") is None, reason="no bash")
def test_the_shell_scripts_parse():
    for script in ("scripts/build-app", "packaging/macos/make-dmg.sh"):
        subprocess.run(["bash", "-n", str(ROOT / script)], check=True)


def test_version_licence_and_changelog():
    assert re.fullmatch(r"\d+\.\d+\.\d+", journal.__version__), "semantic version X.Y.Z"
    assert PYPROJECT["project"]["dynamic"] == ["version"]
    assert PYPROJECT["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "journal.__version__"}
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "## [Unreleased]" in changelog
    assert re.search(rf"^## \[{re.escape(journal.__version__)}\] - ", changelog, re.M), (
        "CHANGELOG.md has no section for the version in journal/__init__.py"
    )
    licence = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert licence.startswith("MIT License") and "Advisor Journal contributors" in licence
    assert PYPROJECT["project"]["license"] == "MIT"
    for section in ("scripts", "gui-scripts"):
        for target in PYPROJECT["project"][section].values():
            module, function = target.split(":")
            assert callable(getattr(importlib.import_module(module), function)), target
    assert PYPROJECT["project"]["gui-scripts"] == {
        "advisor-journal-app": "ui.cli.entry:main_windowed"
    }


def test_libraries_that_read_their_own_files_take_them_along(monkeypatch):
    """Found in a build: the standalone app's import-calendar failed for want of the
    Public Suffix List's file, which PyInstaller's analysis does not see."""
    built = run_spec(monkeypatch, "linux")
    assert set(built.collected) >= {"publicsuffixlist", "simplemma", "docx", "desktop_notifier"}
    sources = [Path(source) for source, _folder in built.analysis.options["datas"]]
    assert any(source.name == "public_suffix_list.dat" for source in sources)
    assert any(source.suffix == ".plzma" for source in sources)  # simplemma's dictionaries
