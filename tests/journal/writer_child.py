"""Child of ``test_beside_each_other``: another writer (what an import or a script is).

    python tests/journal/writer_child.py FOLDER ACKS REOPEN [PASSPHRASE]

Saves meetings "w1", "w2", … through ``Journal.save``, and appends N to ACKS once the
save returned (acknowledged). REOPEN=1 opens and closes the journal for every save (a
run of commands); 0 keeps one connection. Stops after the save under way on SIGTERM.
A refused save (busy, replaced) is not acknowledged; it is said on stderr.
"""

import signal
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from journal.errors import JournalError  # noqa: E402
from journal.model import MeetingInput, ReflectionInput  # noqa: E402
from journal.service import Journal  # noqa: E402

stop = False


def _stop(*_args):
    global stop
    stop = True


signal.signal(signal.SIGTERM, _stop)
folder, acks = Path(sys.argv[1]), open(sys.argv[2], "a")  # noqa: SIM115
reopen = sys.argv[3] == "1"
passphrase = sys.argv[4] if len(sys.argv) > 4 else None
journal = None if reopen else Journal.open(folder, passphrase=passphrase)
n = 0
print("ready", flush=True)
while not stop:
    n += 1
    try:
        j = Journal.open(folder, passphrase=passphrase) if reopen else journal
        try:
            j.save(MeetingInput("Writer BV", f"w{n}", datetime.now(UTC), 30), ReflectionInput())
        finally:
            if reopen:
                j.close()
    except JournalError as error:
        print(f"w{n}: {type(error).__name__}: {error}", file=sys.stderr, flush=True)
        time.sleep(0.05)
        continue
    acks.write(f"w{n}\n")
    acks.flush()
    time.sleep(0.005)
if journal is not None:
    journal.close()
