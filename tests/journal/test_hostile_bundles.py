"""Summaries and feedback files written to hurt (issue 16): each is opened whole or
refused whole with a reason; never a traceback, never a hang.

The corpus is tests/data/bundles (made by hostile/make_bundles.py from a real export);
special files (a FIFO, devices) and big ones are made here at test time.
"""

import json
import os
import sys
import time
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from journal.coach import bundle_journal, report
from journal.coach.bundle_reader import BUNDLE, FEEDBACK, parse_bundle, read_bundle
from journal.coach.feedback import read_feedback
from journal.coach.review_reading import read_summary
from journal.errors import BundleUnreadable, FeedbackUnreadable

BUNDLES = Path(__file__).parents[1] / "data" / "bundles"
HOSTILE = BUNDLES / "hostile"
VALID = BUNDLES / "valid" / "summary.json"
SCHEMAS = Path(__file__).parents[2] / "resources" / "schemas"
SUMMARIES = sorted(HOSTILE.glob("*.json"))
FEEDBACKS = sorted((HOSTILE / "feedback").glob("*.json"))
# Opened: valid summaries, and oddities that are harmless to show.
ACCEPTED = {
    "bidi_and_control_in_names.json", "date_offset_23_59.json", "formula_in_titles.json",
    "date_year_2200_end_of_range_overflow.json", "long_strings_at_limits.json",
    "markup_in_names.json", "nul_escape_in_title.json",
    "number_4400_digit_float.json", "real_names_with_emails.json",
    "surrogate_pair_emoji_title.json", "valid_crlf.json", "valid_utf8_bom.json",
    "wrong_type_answer_trait_not_in_traits.json", "wrong_type_intention_kept_without_trait.json",
    "wrong_type_unknown_question_ids.json", "wrong_type_unknown_trait_ids.json",
}  # fmt: skip
# 990 levels in an unknown property: Python's parser stops near 1,000 levels (less when
# it is called from deep in the stack), so this one may open or be refused as too deep.
BORDERLINE = {"nested_990_in_unknown_property.json"}


@pytest.fixture(scope="module")
def bank():
    from journal.reflect.bank import default_bank

    return default_bank()


@pytest.mark.parametrize("path", SUMMARIES, ids=[p.name for p in SUMMARIES])
def test_every_hostile_summary_opens_whole_or_is_refused_with_a_reason(path, bank):
    try:
        bundle = read_bundle(path)
    except BundleUnreadable as error:
        assert path.name not in ACCEPTED, error
        assert path.name not in BORDERLINE or error.problem == "too_deep"
        assert error.problem in ("not_json", "truncated", "too_deep", "bad_number",
                                 "duplicate_key", "not_a_bundle", "newer_format",
                                 "unknown_format", "invalid")  # fmt: skip
        return
    assert path.name in ACCEPTED | BORDERLINE, "opened, but should have been refused"
    journal = bundle_journal.load(bundle, bank)
    try:
        report.build(bundle, journal)
    finally:
        journal.close()


@pytest.mark.parametrize("path", FEEDBACKS, ids=[p.name for p in FEEDBACKS])
def test_every_hostile_feedback_file_is_read_or_refused_with_a_reason(path):
    try:
        read_feedback(path)
    except FeedbackUnreadable as error:
        assert "valid" not in path.name, error
        return
    assert "valid" in path.name


@pytest.mark.parametrize(
    ("name", "problem", "where"),
    [
        ("deeply_nested_arrays_100k.json", "too_deep", ""),
        ("deeply_nested_objects_50k.json", "too_deep", ""),
        ("number_4400_digits_id.json", "bad_number", ""),
        ("number_4400_digits_unknown_key.json", "bad_number", ""),
        ("format_version_5000_digits.json", "unknown_format", ""),
        ("nan_trait_score.json", "bad_number", ""),
        ("nan_trust_composite.json", "bad_number", ""),
        ("infinity_trust.json", "bad_number", ""),
        ("huge_exponent_float.json", "invalid", "meetings[0].reflection.trust"),
        ("lone_surrogate_title.json", "invalid", "meetings[0].title"),
        ("lone_surrogate_client.json", "invalid", "meetings[0].client"),
        ("lone_surrogate_tag.json", "invalid", "meetings[0].tags[1]"),
        ("lone_surrogate_advisor.json", "invalid", "advisor.name"),
        ("duplicate_key_format.json", "duplicate_key", ""),
        ("duplicate_key_privacy_real_names.json", "duplicate_key", ""),
        ("duplicate_key_meetings_last_empty.json", "duplicate_key", ""),
        ("wrong_type_score_float_integral.json", "invalid", "meetings[0].reflection.answers[0].score"),
        ("wrong_type_meeting_id_float.json", "invalid", "meetings[0].id"),
        ("date_end_before_start.json", "invalid", "meetings[0]"),
        ("date_meeting_a_century_long.json", "invalid", "meetings[0]"),
        ("date_exported_at_year_1900_meetings_2026.json", "invalid", "exported_at"),
        ("wrong_type_trait_scores_10k_keys.json", "invalid", "meetings[0].reflection.trait_scores"),
    ],
)  # fmt: skip
def test_what_tracebacks_or_slipped_through_before_is_refused_with_its_place(name, problem, where):
    with pytest.raises(BundleUnreadable) as caught:
        read_bundle(HOSTILE / name)
    assert caught.value.problem == problem
    assert caught.value.where.startswith(where)


def test_a_duplicate_key_is_named():
    with pytest.raises(BundleUnreadable) as caught:
        read_bundle(HOSTILE / "duplicate_key_format.json")
    assert caught.value.detail == "format"


# -- special and big files -----------------------------------------------------------------

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and /dev are POSIX")


@posix_only
@pytest.mark.parametrize("target", ["fifo", "/dev/zero", "/dev/urandom", "folder"])
def test_a_fifo_a_device_or_a_folder_is_refused_at_once(tmp_path, target):
    path = tmp_path / "summary.json"
    if target == "fifo":
        os.mkfifo(path)
    elif target == "folder":
        path.mkdir()
    else:
        path.symlink_to(target)
    began = time.monotonic()
    for kind in (BUNDLE, FEEDBACK):
        with pytest.raises(kind.error) as caught:
            read_bundle(path, kind)
        assert caught.value.problem == "not_a_file"
    assert time.monotonic() - began < 2


def test_a_file_larger_than_any_summary_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "huge-feedback.json"
    with path.open("wb") as out:
        out.truncate(FEEDBACK.max_bytes + 1)  # sparse: nothing written
    with pytest.raises(FeedbackUnreadable) as caught:
        read_feedback(path)
    assert caught.value.problem == "too_large"


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (lambda b: b["meetings"][0].__setitem__("notes", "x" * 100_001), "meetings[0].notes"),
        (lambda b: b["meetings"][0].__setitem__("tags", ["t"] * 101), "meetings[0].tags"),
        (lambda b: b.__setitem__("traits", b["traits"] * 11), "traits"),
        (lambda b: b["meetings"][0]["reflection"].__setitem__(
            "answers", b["meetings"][0]["reflection"]["answers"] * 100), "meetings[0].reflection.answers"),
    ],
)  # fmt: skip
def test_lists_and_texts_longer_than_a_journal_gives_are_refused(change, where):
    bundle = json.loads(VALID.read_bytes())
    bundle["meetings"] = [m for m in bundle["meetings"] if m["reflection"]]
    change(bundle)
    with pytest.raises(BundleUnreadable) as caught:
        parse_bundle(json.dumps(bundle).encode())
    assert caught.value.where == where


# -- a broken feedback file beside a summary ---------------------------------------------------


def summary_with(tmp_path, name: str, data: bytes | None = None, target: str | None = None):
    folder = tmp_path / "review"
    folder.mkdir(parents=True)
    summary = folder / "summary.json"
    summary.write_bytes(VALID.read_bytes())
    beside = folder / name
    if target == "fifo":
        os.mkfifo(beside)
    elif target:
        beside.symlink_to(target)
    else:
        beside.write_bytes(data)
    return summary


@pytest.mark.parametrize(
    "source",
    ["feedback_deep_nesting-feedback.json", "feedback_4400_digits-feedback.json",
     "feedback_nan-feedback.json", "feedback_truncated-feedback.json",
     "feedback_lone_surrogate-feedback.json"],
)  # fmt: skip
def test_a_broken_feedback_file_beside_a_summary_never_stops_it_opening(tmp_path, bank, source):
    data = (HOSTILE / "feedback" / source).read_bytes()
    summary = read_summary(summary_with(tmp_path, "other-feedback.json", data), bank)
    assert summary.report.meetings == 33 and summary.own_feedback_error is None
    summary.journal.close()
    own = read_summary(summary_with(tmp_path / "own", "summary-feedback.json", data), bank)
    assert own.report.meetings == 33
    assert isinstance(own.own_feedback_error, FeedbackUnreadable)  # said, not fatal
    own.journal.close()


@posix_only
@pytest.mark.parametrize("target", ["fifo", "/dev/zero", "/dev/urandom"])
def test_a_special_file_named_like_feedback_is_passed_over_at_once(tmp_path, bank, target):
    began = time.monotonic()
    summary = read_summary(summary_with(tmp_path, "summary-feedback.json", target=target), bank)
    assert summary.own_feedback_error.problem == "not_a_file"
    assert time.monotonic() - began < 10
    summary.journal.close()


# -- our check and the published schema ------------------------------------------------------------


def schema_errors(kind, document) -> bool:
    schema = json.loads((SCHEMAS / kind.schema).read_text("utf-8"))
    return any(True for _ in Draft202012Validator(schema).iter_errors(document))


@pytest.mark.parametrize("path", [*SUMMARIES, *FEEDBACKS, VALID], ids=lambda p: p.name)
def test_whatever_the_published_schema_refuses_our_check_refuses_too(path):
    kind = FEEDBACK if path.name.endswith("-feedback.json") else BUNDLE
    try:
        document = json.loads(path.read_bytes().decode("utf-8-sig"))
    except (ValueError, RecursionError):
        return  # not JSON for the schema either
    if not isinstance(document, dict) or not schema_errors(kind, document):
        return
    with pytest.raises(kind.error):
        parse_bundle(path.read_bytes(), path, kind)


def test_the_valid_summaries_pass_both():
    for path in sorted((BUNDLES / "valid").glob("*.json")):
        document = json.loads(path.read_bytes())
        assert not schema_errors(BUNDLE, document)
        assert parse_bundle(path.read_bytes(), path) == document


RATED = (
    '{"format": "advisor-journal-feedback/1.1", "written_at": "2026-12-03T10:00:00+01:00", '
    '"coach": "Marieke", "advisor": "Sanne", "periods": [{"from": "2026-06-01", '
    '"to": "2026-12-02", "overall": "Goed.", "traits": {}}], '
    '"ratings": [{"meeting": %s, "start": "2026-11-03T10:00+01:00", '
    '"items": {"listening.c1": 4}}]%s}'
)


@pytest.mark.parametrize(
    ("meeting", "extra", "problem"),
    [("1" * 4400, "", "bad_number"), ("3", ', "ratings": []', "duplicate_key"),
     ("[" * 5000 + "]" * 5000, "", "too_deep"), ("3", ', "x": NaN', "bad_number")],
    ids=["4400-digits", "ratings-twice", "nested", "nan"],
)  # fmt: skip
def test_a_rated_feedback_file_is_read_as_strictly_as_the_rest(tmp_path, meeting, extra, problem):
    """The coach's ratings (format 1.1, from the client pulse) came in after issue 16's
    reader: a 4,400-digit number was a traceback, a key given twice was read as its last."""
    from journal.coach.feedback import parse_feedback

    data = (RATED % (meeting, extra)).encode()
    with pytest.raises(FeedbackUnreadable) as info:
        parse_feedback(data, "rated-feedback.json")
    assert info.value.problem == problem
    assert parse_feedback((RATED % ("3", "")).encode()).ratings[0].scores == {"listening.c1": 4}
