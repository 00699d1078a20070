"""A journal kept open by another process, for tests of what happens beside it.

A second connection in the test's own process is not "another program": POSIX locks
belong to the process, so the test reading the files' bytes would drop that
connection's locks (issue 15; the guard in ``conftest`` fails such a test). Here a child
process opens the journal (``Journal.open``) and answers one command per line:

    count            -> the number of meetings
    save TITLE       -> saves a meeting TITLE, then "saved" (or "refused: ERROR")
    quit             -> closes the journal, "closed"

    with held_elsewhere(folder, passphrase) as other:
        other.ask("save Daarna")
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


class Elsewhere:
    def __init__(self, process: subprocess.Popen):
        self.process = process

    def ask(self, line: str) -> str:
        assert self.process.stdin and self.process.stdout
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()
        answer = self.process.stdout.readline().strip()
        assert answer, self.process.stderr.read() if self.process.stderr else "no answer"
        return answer


@contextmanager
def held_elsewhere(folder: Path, passphrase: str | None = None) -> Iterator[Elsewhere]:
    process = subprocess.Popen(
        [sys.executable, __file__, str(folder), json.dumps(passphrase)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    other = Elsewhere(process)
    try:
        ready = process.stdout.readline().strip() if process.stdout else ""
        assert ready == "ready", ready + (process.stderr.read() if process.stderr else "")
        yield other
        assert other.ask("quit") == "closed"
        process.wait(30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        for stream in (process.stdin, process.stdout, process.stderr):
            if stream is not None:
                stream.close()


def _main(folder: str, passphrase: str) -> None:
    sys.path.insert(0, str(ROOT))
    from datetime import UTC, datetime

    from journal.errors import JournalError
    from journal.model import MeetingInput, ReflectionInput
    from journal.service import Journal

    journal = Journal.open(Path(folder), passphrase=json.loads(passphrase))
    journal.count_meetings()  # read: SQLite holds its locks from here on
    print("ready", flush=True)
    for line in sys.stdin:
        command, _, rest = line.strip().partition(" ")
        if command == "count":
            print(journal.count_meetings(), flush=True)
        elif command == "save":
            try:
                journal.save(
                    MeetingInput("Elders BV", rest, datetime.now(UTC), 30), ReflectionInput()
                )
            except JournalError as error:
                print(f"refused: {type(error).__name__}", flush=True)
            else:
                print("saved", flush=True)
        elif command == "quit":
            journal.close()
            print("closed", flush=True)
            return


if __name__ == "__main__":
    _main(sys.argv[1], sys.argv[2])
