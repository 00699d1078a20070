"""Transcript benchmark: reading and computing the figures of the largest transcript
accepted (just under ``reading.MAX_BYTES``, a Teams WebVTT of many hours), and of a file
with one endless unpunctuated cue; time and peak memory, each in a fresh process.

    .venv/bin/python benchmarks/transcripts.py [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, {root!r})
from pathlib import Path
began = time.perf_counter()
from journal.transcripts.api import read_file
analysis = read_file(Path({path!r}), "Sanne de Vries")
took = time.perf_counter() - began
print(json.dumps({{"seconds": took, "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                   "cues": len(analysis.transcript.utterances)}}))
"""

SENTENCES = [
    ("Sanne de Vries", "Vertel eens, hoe staat het met de aanbesteding voor de schoonmaak?"),
    ("Pieter Jansen", "Eerlijk gezegd loopt het niet zoals we hoopten, het budget is gekort."),
    ("Sanne de Vries", "Je moet gewoon een raamovereenkomst afsluiten met twee partijen."),
    (
        "Pieter Jansen",
        "Dat hebben we overwogen, maar de regels laten dat niet toe. Is dat houdbaar?",
    ),
]


def big_vtt(path: Path, limit: int) -> None:
    with path.open("w", encoding="utf-8") as out:
        out.write("WEBVTT\n\n")
        i, size = 0, 8
        while True:
            who, text = SENTENCES[i % len(SENTENCES)]
            start = i * 4
            cue = (f"3f1c9a6e-52d4-4b8e-9a0e-6c2d7f41b8a2/{i // 3}-{i % 3}\n"
                   f"{start // 3600:02d}:{start // 60 % 60:02d}:{start % 60:02d}.000 --> "
                   f"{(start + 3) // 3600:02d}:{(start + 3) // 60 % 60:02d}:{(start + 3) % 60:02d}.500\n"
                   f"<v {who}>{text}</v>\n\n")  # fmt: skip
            if size + len(cue.encode()) > limit:
                return
            out.write(cue)
            size += len(cue.encode())
            i += 1


def endless(path: Path, limit: int) -> None:
    words = "je moet gewoon bellen en dan zien we wel verder "
    body = words * ((limit - 200) // len(words))
    path.write_text(f"WEBVTT\n\n1\n00:00:00.000 --> 09:00:00.000\nSanne de Vries: {body}\n\n"
                    "2\n09:00:00.000 --> 09:00:01.000\nPieter Jansen: Ja?\n", encoding="utf-8")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from journal.transcripts.reading import MAX_BYTES

    with tempfile.TemporaryDirectory() as folder:
        files = {
            "largest Teams WebVTT": Path(folder) / "big.vtt",
            "one endless cue": Path(folder) / "endless.vtt",
        }
        big_vtt(files["largest Teams WebVTT"], MAX_BYTES - 1)
        endless(files["one endless cue"], MAX_BYTES - 1)
        print(f"{'file':<22} {'MB':>5} {'cues':>7} {'seconds (median)':>17} {'peak RSS MB':>12}")
        for name, path in files.items():
            runs = []
            for _ in range(args.runs):
                code = CHILD.format(root=str(ROOT), path=str(path))
                out = subprocess.run(
                    [sys.executable, "-c", code], capture_output=True, text=True, check=True
                )
                runs.append(json.loads(out.stdout))
            print(f"{name:<22} {path.stat().st_size / 1e6:>5.1f} {runs[0]['cues']:>7} "
                  f"{statistics.median(r['seconds'] for r in runs):>17.2f} "
                  f"{max(r['max_rss_mb'] for r in runs):>12.0f}")  # fmt: skip


if __name__ == "__main__":
    main()
