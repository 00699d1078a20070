"""Other people's ratings in an export for the coach: aggregates over three raters or
more per group, format "advisor-journal/1.1" only when there are such ratings, and old
bundles (and newer minor versions) still open."""

import json
from datetime import date

import pytest

from journal.coach.bundle_journal import load
from journal.coach.bundle_reader import parse_bundle
from journal.coach.export_bundle import ExportChoice, build
from journal.coach.export_formats import to_json
from journal.errors import BundleUnreadable
from journal.pulse import mail_text

PERIOD = ExportChoice(date(2026, 9, 1), date(2026, 11, 30))


def answer(journal, pulse, respondent: str, score: int) -> None:
    block = mail_text.block(pulse.code, respondent, [(i, score) for i in pulse.items])
    journal.import_pulse_answers(block.encode(), "mail", pasted=True)


@pytest.fixture
def answered(pulsed):
    """Gemeente Utrecht: three clients answered a pulse (listening 3, 4, 5); Kestrel
    Engineering: one client answered. Predictions skipped, so nothing is held back."""
    utrecht = pulsed.make_pulse("Gemeente Utrecht", "nl")
    pulsed.skip_prediction(utrecht.code)
    for respondent, score in (("R001", 3), ("R002", 4), ("R003", 5)):
        answer(pulsed, utrecht, respondent, score)
    return pulsed


def test_a_bundle_without_other_ratings_stays_format_1(pulsed):
    bundle = build(pulsed, PERIOD)
    assert bundle["format"] == "advisor-journal/1" and "others" not in bundle


def test_other_ratings_leave_only_as_means_over_three_raters(answered):
    bundle = build(answered, PERIOD)
    assert bundle["format"] == "advisor-journal/1.1"
    groups = {(g["kind"], g["trait_id"]): g for g in bundle["others"]["groups"]}
    assert bundle["others"]["min_raters"] == 3
    assert groups[("client", "listening")] == {
        "kind": "client", "trait_id": "listening", "raters": 3, "answers": 3, "mean": 4.0,
    }  # fmt: skip
    # A fourth client of another client answered: still one group over every client.
    kestrel = answered.make_pulse("Kestrel Engineering", "en")
    answered.skip_prediction(kestrel.code)
    answer(answered, kestrel, "R009", 1)
    listening = next(
        g for g in build(answered, PERIOD)["others"]["groups"] if g["trait_id"] == "listening"
    )
    assert listening["raters"] == 4 and listening["mean"] == 3.25
    # Kestrel alone: one rater, so only the counts leave.
    alone = build(answered, ExportChoice(PERIOD.first, PERIOD.last, ("Kestrel Engineering",)))
    listening = next(g for g in alone["others"]["groups"] if g["trait_id"] == "listening")
    assert listening == {
        "kind": "client", "trait_id": "listening", "raters": 1, "answers": 1, "mean": None,
    }  # fmt: skip


def test_the_advisor_may_let_single_answers_through(answered):
    choice = ExportChoice(PERIOD.first, PERIOD.last, ("Gemeente Utrecht",), others_min_raters=1)
    bundle = build(answered, choice)
    assert bundle["others"]["min_raters"] == 1
    assert all(g["mean"] is not None for g in bundle["others"]["groups"])


def test_answers_held_back_for_a_prediction_do_not_leave(pulsed):
    pulse = pulsed.make_pulse("Gemeente Utrecht", "nl")
    for respondent in ("R001", "R002", "R003"):
        answer(pulsed, pulse, respondent, 4)
    assert "others" not in build(pulsed, PERIOD)


def test_a_1_1_bundle_reads_back_and_opens_in_review(answered):
    data = to_json(build(answered, PERIOD))
    bundle = parse_bundle(data)
    assert bundle["others"]["groups"]
    journal = load(bundle, answered.bank)  # the review's journal in memory
    journal.close()


def test_old_and_newer_minor_bundles_open(answered):
    bundle = build(answered, PERIOD)
    old = {k: v for k, v in bundle.items() if k != "others"} | {"format": "advisor-journal/1"}
    assert parse_bundle(json.dumps(old).encode())["format"] == "advisor-journal/1"
    newer = bundle | {"format": "advisor-journal/1.7", "something_new": [1, 2]}
    read = parse_bundle(json.dumps(newer).encode())
    assert "something_new" not in read and read["others"] == bundle["others"]


def test_a_broken_others_section_is_refused(answered):
    bundle = build(answered, PERIOD)
    bundle["others"]["groups"][0]["mean"] = 9
    with pytest.raises(BundleUnreadable) as caught:
        parse_bundle(json.dumps(bundle).encode())
    assert caught.value.problem == "invalid" and "others" in caught.value.where
    with pytest.raises(BundleUnreadable) as caught:
        parse_bundle(json.dumps(bundle | {"format": "advisor-journal/2"}).encode())
    assert caught.value.problem == "newer_format"


def test_the_advisors_predictions_leave_beside_the_others(pulsed):
    """The advisor predicted 2 for every statement, then three clients answered 3, 4
    and 5: the coach sees the prediction (the advisor's own figure, no minimum) beside
    the clients' mean, per trait; a client not chosen takes its prediction along."""
    utrecht = pulsed.make_pulse("Gemeente Utrecht", "nl")
    pulsed.save_prediction(utrecht.code, {item: 2 for item in utrecht.items})
    for respondent, score in (("R001", 3), ("R002", 4), ("R003", 5)):
        answer(pulsed, utrecht, respondent, score)
    kestrel = pulsed.make_pulse("Kestrel Engineering", "en")
    pulsed.save_prediction(kestrel.code, {item: 5 for item in kestrel.items})
    bundle = build(pulsed, ExportChoice(PERIOD.first, PERIOD.last, ("Gemeente Utrecht",)))
    groups = {(g["kind"], g["trait_id"]): g for g in bundle["others"]["groups"]}
    assert groups[("prediction", "listening")] == {
        "kind": "prediction", "trait_id": "listening", "raters": 1, "answers": 1, "mean": 2.0,
    }  # fmt: skip
    assert groups[("client", "listening")]["mean"] == 4.0
    both = build(pulsed, PERIOD)
    listening = next(
        g
        for g in both["others"]["groups"]
        if g["kind"] == "prediction" and g["trait_id"] == "listening"
    )
    assert listening["answers"] == 2 and listening["mean"] == 3.5  # 2 and 5
    parse_bundle(to_json(both), "summary.json")  # our own check and the schema's names


def test_a_prediction_alone_makes_a_1_1_bundle(pulsed):
    pulse = pulsed.make_pulse("Gemeente Utrecht", "en")
    pulsed.save_prediction(pulse.code, {item: 4 for item in pulse.items})
    bundle = build(pulsed, PERIOD)
    assert bundle["format"] == "advisor-journal/1.1"
    assert {g["kind"] for g in bundle["others"]["groups"]} == {"prediction"}
