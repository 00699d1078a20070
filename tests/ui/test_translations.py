"""Every visible string has a Dutch translation, and the shipped .qm is the compiled .ts."""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "advisor_journal_nl.ts"
QM = TS.with_suffix(".qm")
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    if not Path(found).exists():
        pytest.fail(f"{name} not found: it ships with pyside6-essentials")
    return found


def _messages(path: Path):
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            yield (
                context.findtext("name") or "",
                message.findtext("source"),
                message.find("translation"),
            )


def test_every_message_is_translated_with_the_same_placeholders():
    messages = list(_messages(TS))
    assert len(messages) > 50
    for context, source, translation in messages:
        assert translation is not None and translation.get("type") is None, (context, source)
        assert (translation.text or "").strip(), (context, source)
        assert sorted(PLACEHOLDER.findall(source)) == sorted(
            PLACEHOLDER.findall(translation.text)
        ), source


def test_no_visible_string_is_missing_from_the_translation(tmp_path):
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            *sources,
            "-ts",
            str(copy),
            "-no-obsolete",
            "-locations",
            "none",
        ],
        check=True,
        capture_output=True,
    )
    unfinished = [s for _c, s, t in _messages(copy) if t is None or t.get("type") == "unfinished"]
    assert unfinished == [], "run scripts/update-translations and translate these"


def test_the_shipped_qm_is_compiled_from_the_ts(tmp_path):
    fresh = tmp_path / "fresh.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), str(TS), "-qm", str(fresh)], check=True, capture_output=True
    )
    assert fresh.read_bytes() == QM.read_bytes(), "run scripts/update-translations"
