"""What the benchmark scripts share: running a measuring child process, and printing
the table of results."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Sequence


def run_child(code: str, env: dict[str, str], what: str, timeout: int = 300) -> dict:
    """Run ``code`` in a fresh Python; its last printed JSON line is the result."""
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=timeout
    )
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise SystemExit(f"the {what} child failed:\n{out.stderr}")
    return json.loads(lines[-1])


def print_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """Columns padded to their widest cell, the header underlined."""
    widths = [max(len(row[i]) for row in (header, *rows)) for i in range(len(header))]
    for row in (header, tuple("-" * w for w in widths), *rows):
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)))
