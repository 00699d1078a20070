"""Transcripts: Teams and Zoom WebVTT, Teams' .docx and text exports give the figures
counted by hand (tests/data/transcripts/expected.json); hostile files give a clear
reason within bounded time; figures are kept with a meeting, the text only when asked."""

import json
import os
import subprocess
import sys
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from journal.model import MeetingInput, Profile, ReflectionInput
from journal.transcripts import reading, vtt
from journal.transcripts.api import read_file
from journal.transcripts.comparison import compare
from journal.transcripts.errors import AdvisorUnknown, TranscriptUnreadable
from journal.transcripts.figures import analyse
from journal.transcripts.reading import read_transcript
from journal.transcripts.speakers import find_advisor

DATA = Path(__file__).resolve().parents[1] / "data" / "transcripts"
EXPECTED = json.loads((DATA / "expected.json").read_text(encoding="utf-8"))
SAMPLES = sorted(name for name in EXPECTED if name != "about")
ROOT = Path(__file__).resolve().parents[2]


# -- the hand-counted samples ---------------------------------------------------------


@pytest.mark.parametrize("name", SAMPLES)
def test_figures_match_the_hand_count(name):
    want = EXPECTED[name]
    figures = read_file(DATA / name, want["advisor"]).figures
    got = figures.to_json()
    for key in ("format", "language", "measure", "advisor", "advisor_share", "others_share",
                "questions_open", "questions_closed", "questions_tag", "question_rules",
                "directions", "directions_early", "direction_rules", "story_end_at",
                "duration", "client_questions"):  # fmt: skip
        assert got[key] == want[key], key
    assert {s["name"]: {k: s[k] for k in ("seconds", "words", "turns", "share")}
            for s in got["speakers"]} == want["speakers"]  # fmt: skip
    assert got["longest"] == want["longest"]
    assert got["advisor_longest"] == want["advisor_longest"]
    assert [s["name"] for s in got["speakers"] if s["advisor"]] == [want["advisor"]]


def test_every_sample_is_counted_by_hand_in_the_sidecar():
    on_disk = {p.name for p in DATA.iterdir() if p.name != "expected.json"}
    assert on_disk == set(SAMPLES)
    assert all(EXPECTED[name]["working"] for name in SAMPLES)


def test_what_each_question_and_direction_was_and_which_rule_found_it():
    analysis = read_file(DATA / "zoom-en.vtt", "James Miller")
    assert [(q.kind, q.rule_id) for q in analysis.questions] == [
        ("open", "en.open.wh"), ("closed", "en.closed.tag"), ("closed", "en.closed.auxiliary_first"),
        ("open", "en.open.invitation"), ("closed", "en.closed.auxiliary_first"),
    ]  # fmt: skip
    assert (
        analysis.questions[3].text
        == "Tell me a bit more about how the catering contract was managed."
    )
    assert [(d.at, d.early) for d in analysis.directions] == [
        (8.0, True),
        (80.0, True),
        (95.0, True),
        (231.5, False),
    ]
    assert [q.text for q in analysis.client_questions] == ["Should I send you the evaluation?"]


def test_a_sentence_split_over_two_teams_cues_is_read_whole():
    text = (
        "WEBVTT\n\nx/1-0\n00:00:01.000 --> 00:00:03.000\n<v Sanne de Vries>Wat zou voor jullie</v>\n\n"
        "x/1-1\n00:00:03.000 --> 00:00:05.000\n<v Sanne de Vries>het belangrijkste zijn?</v>\n\n"
        "x/2-0\n00:00:05.500 --> 00:00:09.000\n<v Pieter Jansen>De planning.</v>\n"
    )
    analysis = analyse(vtt.parse(text), "Sanne de Vries")
    assert [(q.text, q.kind) for q in analysis.questions] == [
        ("Wat zou voor jullie het belangrijkste zijn?", "open")
    ]
    assert analysis.figures.speakers[0].turns == 1


# -- WebVTT details -------------------------------------------------------------------


def test_tags_entities_notes_and_two_voices_in_one_cue():
    text = (
        "WEBVTT\nKind: captions\n\nNOTE made by hand\n\n"
        "1\n00:00:00.000 --> 00:00:04.000 align:start\n"
        "<v.loud Ann Smith><b>Hello <i>there</i></b> &amp; welcome</v> <v Bob>Hi Ann, thanks.</v>\n\n"
        "2\n00:00:04.000 --> 00:00:06.000\n<c.yellow><00:00:04.500>Bob: still me</c>\n"
    )
    transcript = vtt.parse(text)
    assert [(u.speaker, u.text) for u in transcript.utterances] == [
        ("Ann Smith", "Hello there & welcome"), ("Bob", "Hi Ann, thanks."), ("Bob", "still me"),
    ]  # fmt: skip
    ann, bob, _ = transcript.utterances
    assert (ann.start, ann.end, bob.start, bob.end) == (0.0, 2.0, 2.0, 4.0)  # split by words, 3 : 3


def test_malformed_and_backwards_cues_are_left_out_with_their_line():
    text = (
        "WEBVTT\n\n1\n00:00:xx.000 --> 00:00:02.000\nAnn: one\n\n"
        "2\n00:00:05.000 --> 00:00:03.000\nAnn: two\n\n"
        "3\n00:00:61.000 --> 00:01:02.000\nAnn: three\n\n"
        "loose text outside a cue\n\n"
        "4\n00:00:06.000 --> 00:00:08.000\nAnn: four\n\n"
        "5\n00:00:08.000 --> 00:00:09.000\nBob: five\n"
    )
    transcript = vtt.parse(text)
    assert [u.text for u in transcript.utterances] == ["four", "five"]
    assert [(p.line, p.what) for p in transcript.problems] == [
        (4, "bad_timestamp"), (8, "ends_before_start"), (12, "bad_timestamp"), (15, "outside_cue"),
    ]  # fmt: skip
    assert analyse(transcript, "Ann").figures.skipped_cues == 4


def test_cues_without_a_speaker_are_counted_apart():
    text = (
        "WEBVTT\n\n1\n00:00:00.000 --> 00:00:10.000\nAnn: I think so.\n\n"
        "2\n00:00:10.000 --> 00:00:14.000\n(inaudible) mumbling here\n\n"
        "3\n00:00:14.000 --> 00:00:20.000\nBob: Fine by me.\n"
    )
    figures = analyse(vtt.parse(text), "Ann").figures
    assert figures.advisor_share == round(10 / 16, 4)
    assert (figures.unattributed_words, figures.unattributed_seconds) == (3, 4.0)


# -- who is the advisor ----------------------------------------------------------------


SPEAKERS = [
    "Sanne de Vries (Adviesbureau)",
    "Pieter Jansen",
    "Émile Dubois [Extern]",
    "Pieter de Boer",
]


@pytest.mark.parametrize(
    ("given", "found"),
    [("sanne de vries", SPEAKERS[0]), ("SANNE  DE VRIES", SPEAKERS[0]), ("de Vries, Sanne", SPEAKERS[0]),
     ("Sanne", SPEAKERS[0]), ("emile dubois", SPEAKERS[2]), ("Jansen", SPEAKERS[1])],
)  # fmt: skip
def test_the_advisor_is_found_in_any_case_accent_order_or_bracket(given, found):
    assert find_advisor(SPEAKERS, given, "") == found
    assert find_advisor(SPEAKERS, None, given) == found


def test_no_match_or_several_list_the_speakers():
    with pytest.raises(AdvisorUnknown) as caught:
        find_advisor(SPEAKERS, "Anna", "Sanne de Vries")  # --me wins, and is wrong
    assert caught.value.speakers == SPEAKERS and not caught.value.ambiguous
    with pytest.raises(AdvisorUnknown) as caught:
        find_advisor(SPEAKERS, None, "Pieter")
    assert caught.value.ambiguous
    with pytest.raises(AdvisorUnknown) as caught:
        find_advisor(SPEAKERS, None, "")
    assert caught.value.given == ""


# -- hostile files ---------------------------------------------------------------------


def problem(path: Path) -> str:
    with pytest.raises(TranscriptUnreadable) as caught:
        read_transcript(path)
    return caught.value.problem


def test_a_sparse_gigabyte_is_refused_by_its_size_before_any_byte_is_read(tmp_path, monkeypatch):
    huge = tmp_path / "huge.vtt"
    with open(huge, "wb") as f:
        f.truncate(1 << 30)
    monkeypatch.setattr(os, "read", lambda *a: pytest.fail("read a refused file"))
    assert problem(huge) == "too_large"


def test_a_file_just_over_the_limit_and_one_growing_while_read(tmp_path, monkeypatch):
    big = tmp_path / "big.vtt"
    big.write_bytes(b"WEBVTT\n\n" + b"a" * reading.MAX_BYTES)
    assert problem(big) == "too_large"
    monkeypatch.setattr(reading, "MAX_BYTES", 100)
    real_stat = os.stat
    monkeypatch.setattr(
        os, "stat", lambda p, *a, **k: os.stat_result((*real_stat(p)[:6], 10, *real_stat(p)[7:]))
    )
    assert problem(big) == "too_large"  # the size said 10 bytes: the read still stops


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX FIFO")
def test_a_fifo_a_folder_and_a_missing_file(tmp_path):
    fifo = tmp_path / "meeting.vtt"
    os.mkfifo(fifo)
    code = f"from journal.transcripts.reading import read_transcript; from pathlib import Path\ntry:\n read_transcript(Path({str(fifo)!r}))\nexcept Exception as e:\n print(e.problem, e.detail)"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.stdout.strip() == "not_a_file a pipe (FIFO)"  # and it did not block on open
    assert problem(tmp_path) == "not_a_file"
    assert problem(tmp_path / "nothing.vtt") == "missing"


def test_binary_empty_and_wrong_encodings(tmp_path):
    cases = {
        "random.vtt": os.urandom(4096)[:100] + b"\x00\x01\x02" + os.urandom(2000),
        "empty.vtt": b"  \n\n",
        "latin.txt": b"\x81\x8d\x90 Ann: x\n",  # neither UTF-8 nor Windows-1252
        "controls.txt": bytes(range(1, 32)) * 10,
        "jpeg.vtt": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + os.urandom(500),
    }
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
    assert problem(tmp_path / "random.vtt") == "binary"
    assert problem(tmp_path / "empty.vtt") == "empty"
    assert problem(tmp_path / "latin.txt") == "encoding"
    assert problem(tmp_path / "controls.txt") == "binary"
    assert problem(tmp_path / "jpeg.vtt") == "binary"


def test_windows_1252_and_utf_16_are_read_and_said(tmp_path):
    text = "WEBVTT\n\n1\n00:00:00.000 --> 00:00:02.000\nRené Müller: Hoe gaat het met de één?\n\n2\n00:00:02.000 --> 00:00:03.000\nBob: Goed.\n"
    (tmp_path / "cp.vtt").write_bytes(text.encode("cp1252"))
    (tmp_path / "u16.vtt").write_bytes(text.encode("utf-16"))
    (tmp_path / "u16le.vtt").write_bytes(text.encode("utf-16-le"))
    for name, encoding in (
        ("cp.vtt", "windows-1252"),
        ("u16.vtt", "utf-16"),
        ("u16le.vtt", "utf-16-le"),
    ):
        transcript = read_transcript(tmp_path / name)
        assert transcript.encoding == encoding
        assert transcript.speakers == ["René Müller", "Bob"]


def test_no_speakers_no_speech_and_not_a_transcript(tmp_path):
    (tmp_path / "anonymous.vtt").write_text(
        "WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nhello there\n\n00:00:02.000 --> 00:00:04.000\nhi\n"
    )
    (tmp_path / "all-bad.vtt").write_text("WEBVTT\n\n1\n0:0:zz --> 0:0:1\nAnn: hi\n")
    (tmp_path / "cues-only.vtt").write_text("WEBVTT\n\n1\n00:00:00.000 --> 00:00:02.000\n\n")
    (tmp_path / "letter.txt").write_text("Dear Ann,\n\nThank you for the meeting.\n\nBest, Bob\n")
    (tmp_path / "fake.docx").write_bytes(b"PK\x03\x04 not really a zip")
    with zipfile.ZipFile(tmp_path / "other.docx", "w") as z:
        z.writestr("hello.txt", "not word")
    assert problem(tmp_path / "anonymous.vtt") == "no_speakers"
    with pytest.raises(TranscriptUnreadable) as caught:
        read_transcript(tmp_path / "all-bad.vtt")
    assert (caught.value.problem, caught.value.line) == ("no_speech", 4)
    assert problem(tmp_path / "cues-only.vtt") == "no_speech"
    assert problem(tmp_path / "letter.txt") == "not_a_transcript"
    assert problem(tmp_path / "fake.docx") == "not_a_transcript"
    assert problem(tmp_path / "other.docx") == "not_a_transcript"


def test_a_zip_bomb_docx_is_refused_before_it_is_unpacked(tmp_path):
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", "")
        z.writestr("word/media/zeros.bin", b"\x00" * (65 * 1024 * 1024))
    assert bomb.stat().st_size < 1024 * 1024
    assert problem(bomb) == "too_large"


def test_a_docx_with_more_text_than_a_transcript_may_hold(monkeypatch):
    monkeypatch.setattr(reading, "MAX_BYTES", 200)
    assert problem(DATA / "teams-en.docx") == "too_large"


def test_deep_nesting_and_one_endless_sentence_stay_bounded(tmp_path):
    nested = "<b>" * 20000 + "Ann: " + "<i>" * 20000 + "Hello" + "</i></b>" * 20000
    (tmp_path / "nested.vtt").write_text(f"WEBVTT\n\n1\n00:00:00.000 --> 00:00:02.000\n{nested}\n\n"
                                         "2\n00:00:02.000 --> 00:00:03.000\nBob: Hi.\n")  # fmt: skip
    first = read_transcript(tmp_path / "nested.vtt").utterances[0]
    assert (first.speaker, first.text) == ("Ann", "Hello")
    words = " ".join(["je moet gewoon bellen en"] * 60000)  # 300,000 words, no full stop
    (tmp_path / "long.vtt").write_text(
        f"WEBVTT\n\n1\n00:00:00.000 --> 01:00:00.000\nAnn: {words}\n\n2\n01:00:00.000 --> 01:00:01.000\nBob: Ja?\n"
    )
    figures = read_file(tmp_path / "long.vtt", "Ann").figures
    assert figures.speakers[0].words == 300000
    assert figures.directions == 1  # one sentence, counted once


def test_too_many_cues(tmp_path, monkeypatch):
    monkeypatch.setattr(reading, "MAX_UTTERANCES", 3)
    cues = "".join(f"{i}\n00:00:0{i}.000 --> 00:00:0{i}.500\nAnn: hi\n\n" for i in range(1, 6))
    (tmp_path / "many.vtt").write_text("WEBVTT\n\n" + cues)
    assert problem(tmp_path / "many.vtt") == "too_many"


# -- kept with a meeting -----------------------------------------------------------------


MARKER = "Zwaluwstaartverbinding"


def meeting_with_reflection(journal, scores=None):
    journal.save_profile(Profile("James Miller"))
    return journal.save(
        MeetingInput(
            "Kestrel Engineering", "Contract review", datetime(2026, 11, 20, 10, tzinfo=UTC), 60
        ),
        ReflectionInput(scores or {"listening.3": 4, "listening.2": 5, "understanding.3": 4}),
    )


def sample_with_marker(tmp_path) -> Path:
    text = (
        (DATA / "zoom-en.vtt")
        .read_text(encoding="utf-8")
        .replace("Thursday works.", f"{MARKER} works.")
    )
    path = tmp_path / "call.vtt"
    path.write_text(text, encoding="utf-8")
    return path


def files_holding(journal, folder: Path, marker: str) -> list[str]:
    """The files in ``folder`` holding ``marker``, read with the journal closed (reading a
    file SQLite has open from Python would drop its locks: the test guard refuses it)."""
    needles = [marker.encode(e) for e in ("utf-8", "utf-16-le")]
    journal.store.close()
    try:
        return [
            p.name
            for p in folder.rglob("*")
            if p.is_file() and any(n in p.read_bytes() for n in needles)
        ]
    finally:
        journal.store.reopen(None)


def test_only_figures_are_kept_by_default_and_the_text_only_when_asked(journal, data_dir, tmp_path):
    meeting_id = meeting_with_reflection(journal)
    analysis = journal.transcripts.read(sample_with_marker(tmp_path))
    stored = journal.transcripts.keep(meeting_id, analysis)
    assert not stored.text_kept and stored.figures == analysis.figures
    journal.store.conn.execute("PRAGMA wal_checkpoint(FULL)")
    assert files_holding(journal, data_dir, MARKER) == []
    assert files_holding(
        journal, data_dir, "James Miller"
    )  # the figures did land: the search works
    stored = journal.transcripts.keep(meeting_id, analysis, keep_text=True)
    assert stored.text_kept and files_holding(journal, data_dir, MARKER)  # this search can find it
    journal.transcripts.forget_text(meeting_id)
    assert not journal.transcripts.of_meeting(meeting_id).text_kept


def test_the_comparison_with_the_reflection(journal, tmp_path):
    meeting_id = meeting_with_reflection(journal)
    journal.transcripts.keep(meeting_id, journal.transcripts.read(DATA / "zoom-en.vtt"))
    pairs = {c.id: c for c in journal.transcripts.comparison(meeting_id)}
    assert set(pairs) == {"talk_share", "story_first", "open_questions"}  # what was answered
    talk = pairs["talk_share"]
    assert (talk.question_id, talk.score, talk.values["advisor_share"], talk.direction) == (
        "listening.3",
        4,
        0.623,
        "different",
    )
    assert (pairs["story_first"].values["directions_early"], pairs["story_first"].direction) == (
        3,
        "different",
    )
    assert pairs["open_questions"].direction == "different"  # 2 open against 3 closed


def test_comparison_directions():
    figures = read_file(DATA / "teams-en.docx", "James Miller").figures  # 41% by words, 0 early
    got = {c.id: c.direction for c in compare(figures, {"listening.3": 5, "listening.2": 2, "listening.1": 3,
                                                           "understanding.1": 4})}  # fmt: skip
    assert got == {"talk_share": "same", "story_first": "different", "telling": "unclear",
                   "kept_asking": "unclear"}  # fmt: skip


def test_deleting_the_meeting_deletes_its_transcript_and_undo_brings_it_back(journal):
    meeting_id = meeting_with_reflection(journal)
    journal.transcripts.keep(
        meeting_id, journal.transcripts.read(DATA / "zoom-en.vtt"), keep_text=True
    )
    snapshot = journal.delete_meeting(meeting_id)
    assert journal.store.query_one("SELECT count(*) FROM transcripts")[0] == 0
    journal.restore(meeting_id, None, snapshot)
    assert journal.transcripts.of_meeting(meeting_id).text_kept


def test_a_later_migration_rebuilding_meetings_keeps_the_transcripts(journal):
    from journal.store import migrations

    meeting_id = meeting_with_reflection(journal)
    journal.transcripts.keep(meeting_id, journal.transcripts.read(DATA / "zoom-en.vtt"))
    with journal.store.transaction():  # what a migration might do, with the helpers
        journal.store.db.table("meetings").transform(defaults={"notes": ""})
        migrations.restore_triggers(journal.store.db)
    assert journal.transcripts.of_meeting(meeting_id) is not None
    journal.delete_meeting(meeting_id)  # the trigger is back: no foreign key error
    assert journal.store.query_one("SELECT count(*) FROM transcripts")[0] == 0


def test_an_unreflected_meeting_the_calendar_drops_takes_its_transcript(journal):
    from journal.calendar.events_store import _drop_unreflected_meeting

    journal.save_profile(Profile("James Miller"))
    meeting_id = journal.save(
        MeetingInput("Kestrel Engineering", "Call", datetime(2026, 11, 20, 10, tzinfo=UTC), 30),
        ReflectionInput(),
    )
    journal.transcripts.keep(meeting_id, journal.transcripts.read(DATA / "zoom-en.vtt"))
    with journal.store.transaction():
        _drop_unreflected_meeting(journal.store, meeting_id)
    assert journal.store.query_one("SELECT count(*) FROM transcripts")[0] == 0


def test_a_reimport_replaces_and_a_missing_meeting_is_refused(journal):
    from journal.errors import NotFound

    meeting_id = meeting_with_reflection(journal)
    journal.transcripts.keep(meeting_id, journal.transcripts.read(DATA / "zoom-en.vtt"))
    journal.transcripts.keep(meeting_id, read_file(DATA / "teams-en.docx", "James Miller"))
    assert journal.transcripts.of_meeting(meeting_id).figures.format == "teams_docx"
    with pytest.raises(NotFound):
        journal.transcripts.keep(999, read_file(DATA / "teams-en.docx", "James Miller"))


def test_the_trend_sums_per_period_and_leaves_periods_without_transcripts_out(journal):
    from dataclasses import dataclass
    from datetime import date

    @dataclass(frozen=True)
    class Scope:
        first_day: date | None = None
        end_day: date | None = None
        client_ids: tuple[int, ...] = ()

    meeting_id = meeting_with_reflection(journal)  # 20 November 2026
    zoom = journal.transcripts.read(DATA / "zoom-en.vtt")
    journal.transcripts.keep(meeting_id, zoom)
    later = journal.save(
        MeetingInput("Kestrel Engineering", "Call", datetime(2026, 11, 25, 10, tzinfo=UTC), 30),
        ReflectionInput(),
    )
    docx = read_file(DATA / "teams-en.docx", "James Miller")
    journal.transcripts.keep(later, docx)
    (month,) = journal.transcripts.trend("month", Scope())
    assert (month.first_day, month.meetings) == (date(2026, 11, 1), 2)
    z, d = zoom.figures, docx.figures
    assert month.advisor_share == round((z.advisor_share + d.advisor_share) / 2, 4)
    assert month.questions_open == z.questions_open + d.questions_open
    assert month.directions == z.directions + d.directions
    weeks = journal.transcripts.trend("week", Scope())
    assert [(w.first_day, w.meetings) for w in weeks] == [
        (date(2026, 11, 16), 1),
        (date(2026, 11, 23), 1),
    ]
    assert journal.transcripts.trend("week", Scope(date(2026, 12, 1))) == []


# -- nothing leaves the laptop ----------------------------------------------------------


def test_no_network_module_is_loaded_by_reading_marking_and_briefing():
    # Every module of these four packages and the front door. (typing_extensions, through
    # python-docx, imports the C module _socket for a type name only; the socket module,
    # which connects, must stay out, and no socket may be made or resolved: audit hook.
    # The client pulse reads mail with ``email``, which imports socket: not loaded here.)
    code = f"""
import importlib, pkgutil, sys, tempfile
from pathlib import Path
calls = []
sys.addaudithook(lambda event, args: event.startswith("socket.") and calls.append(event))
import journal.service
for package in ("journal.language", "journal.transcripts", "journal.mirror", "journal.brief"):
    for m in pkgutil.walk_packages(importlib.import_module(package).__path__, package + "."):
        importlib.import_module(m.name)
from journal.transcripts.api import read_file
from journal.mirror.marks import mirror
from journal.service import Journal
for name in ("teams-nl.vtt", "zoom-en.vtt", "teams-en.docx", "teams-pane-nl.txt"):
    read_file(Path({str(DATA)!r}) / name, "Sanne de Vries" if "nl" in name else "James Miller")
mirror({{"notes": "Ik heb uitgelegd dat ze moeten stoppen. I asked what worried them."}})
j = Journal.open(Path(tempfile.mkdtemp()))
j.brief(j.store.client_named("Acme", j.clock()).id)
j.briefs.due()
bad = sorted(m for m in sys.modules if m.split(".")[0] in
             ("socket", "ssl", "_ssl", "http", "urllib3", "requests", "httpx", "ftplib", "smtplib")
             or m in ("urllib.request",))
print(",".join(bad + calls))
"""
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
