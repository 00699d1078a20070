"""The summary and feedback readers fed generated input (issue 16): a real summary
with its values swapped for any JSON value (NaN, huge numbers, lone surrogates, deep
nesting, wrong types), keys repeated, and its bytes mutated. Whatever comes in, the
reader raises nothing but ``BundleUnreadable``; what it accepts opens in the review
(read back into a journal, its report built) without an error.

More examples: ``ADVISOR_JOURNAL_FUZZ=5000 pytest tests/journal/test_bundle_fuzz.py``.
"""

import json
import os
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from journal.coach import bundle_journal, report
from journal.coach.bundle_reader import FEEDBACK, parse_bundle
from journal.errors import BundleUnreadable
from journal.reflect.bank import default_bank

VALID = Path(__file__).parents[1] / "data" / "bundles" / "valid" / "summary-with-notes.json"
BASE = json.loads(VALID.read_text("utf-8"))
BASE["meetings"] = [m for m in BASE["meetings"] if m["reflection"]][:3]
FEEDBACK_BASE = {
    "format": "advisor-journal-feedback/1", "written_at": "2026-12-03T10:00:00+01:00",
    "coach": "Marieke", "advisor": "Sanne de Vries",
    "periods": [{"from": "2026-06-01", "to": "2026-12-02", "overall": "Goed.",
                 "traits": {"listening": "Stilte laten werken."}}],
}  # fmt: skip
FEEDBACK_1_1 = FEEDBACK_BASE | {  # the coach's ratings of observed meetings (format 1.1)
    "format": "advisor-journal-feedback/1.1",
    "ratings": [{"meeting": 3, "start": "2026-11-03T10:00+01:00",
                 "items": {"listening.c1": 4, "credibility.c2": 5}}],
}  # fmt: skip
BANK = default_bank()
EXAMPLES = int(os.environ.get("ADVISOR_JOURNAL_FUZZ", "150"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-(10**30), 10**30), st.floats(allow_nan=True),
    st.text(max_size=20), st.sampled_from(["\ud800", "2026-02-30", "2026-11-24T09:00+99:00",
    "9999-12-31T23:59+00:00", "1e999", "x" * 1001, "listening", "Client A", "yes"]),
)  # fmt: skip
values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


def places(node, path=()):
    """Every place in a document: (path, value)."""
    yield path, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from places(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from places(value, (*path, index))


def replaced(document, path, value):
    copy = json.loads(json.dumps(document))
    node = copy
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value
    return copy


def like(value):
    """Values of the same kind as ``value`` (what a careless or hostile writer puts
    there), and now and then any value at all."""
    if isinstance(value, bool) or value is None:
        alike = st.sampled_from([None, True, False])
    elif isinstance(value, int | float):
        alike = st.one_of(
            st.integers(-10, 200),
            st.floats(-1, 150),
            st.sampled_from([0, 1, 5, 0.3, 30, 100, 2**63]),
        )
    elif isinstance(value, str):
        alike = st.one_of(
            st.text(max_size=40), st.just(value[:-1]), st.just(value + "\ud800"),
            st.sampled_from(["", "2026-02-29", "2026-11-24T09:00+01:00", "2026-11-24T09:00Z",
                             "1900-01-01", "2200-12-31T23:59+14:00", "yes", "partly", "listening"]),
        )  # fmt: skip
    elif isinstance(value, list):
        alike = st.one_of(st.just(value[:-1]), st.just(value + value[-1:]), st.just([]))
    else:
        alike = st.one_of(
            st.just({k: v for k, v in list(value.items())[1:]}),
            st.just({**value, "extra": 1}),
        )
    return st.one_of(alike, alike, alike, values)


@st.composite
def changed_documents(draw, base):
    document = base
    for _ in range(draw(st.integers(1, 3))):
        path, value = draw(st.sampled_from([spot for spot in places(document) if spot[0]]))
        document = replaced(document, path, draw(like(value)))
    text = json.dumps(document, ensure_ascii=draw(st.booleans()), allow_nan=True)
    if draw(st.integers(0, 7)) == 0:  # a key given twice
        text = text.replace('"format": ', '"format": "advisor-journal/9", "format": ', 1)
    if draw(st.integers(0, 7)) == 0:  # nesting
        depth = draw(st.sampled_from([10, 900, 5000]))
        text = text[:-1] + ', "x": ' + "[" * depth + "]" * depth + "}"
    return text.encode("utf-8", "surrogatepass")


@st.composite
def mutated_bytes(draw, base):
    data = bytearray(json.dumps(base, ensure_ascii=False).encode())
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(["flip", "cut", "insert", "delete"]))
        if action == "flip" and at < len(data):
            data[at] = draw(st.integers(0, 255))
        elif action == "cut":
            del data[at:]
        elif action == "insert":
            data[at:at] = draw(
                st.binary(max_size=10) | st.sampled_from([b"NaN", b"1e999", b"\\ud800"])
            )
        else:
            del data[at : at + draw(st.integers(1, 30))]
    return bytes(data)


def opens_or_is_refused(data: bytes) -> None:
    try:
        bundle = parse_bundle(data)
    except BundleUnreadable as error:
        event(f"refused: {error.problem}")
        return
    event("opened")
    journal = bundle_journal.load(bundle, BANK)
    try:
        report.build(bundle, journal)
    finally:
        journal.close()


@FUZZ
@given(changed_documents(BASE))
def test_summaries_with_any_values_open_or_are_refused(data):
    opens_or_is_refused(data)


@FUZZ
@given(mutated_bytes(BASE))
def test_summaries_with_mutated_bytes_open_or_are_refused(data):
    opens_or_is_refused(data)


@FUZZ
@given(
    changed_documents(FEEDBACK_BASE)
    | mutated_bytes(FEEDBACK_BASE)
    | changed_documents(FEEDBACK_1_1)
    | mutated_bytes(FEEDBACK_1_1)
)
def test_feedback_files_are_read_or_refused(data):
    from journal.coach.feedback import parse_feedback

    try:
        parse_feedback(data)
    except BundleUnreadable as error:
        assert isinstance(error, FEEDBACK.error)
        event(f"refused: {error.problem}")
    else:
        event("read")
