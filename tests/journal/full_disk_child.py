"""Child of ``test_beside_each_other``: a journal whose checkpoint met a full disk.

    python tests/journal/full_disk_child.py FOLDER

The app (this process) writes 600 meetings into the WAL (no automatic checkpoint), then
a checkpoint runs in a grandchild that may not make the file larger than it is plus
three pages (``RLIMIT_FSIZE``: the write fails as on a full disk, after page 1 with the
new page count was written). Then the app is killed, so its WAL stays. Prints the
number of meetings it had acknowledged before it dies.
"""

import contextlib
import os
import resource
import signal
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from journal.sample import demo  # noqa: E402
from journal.service import Journal  # noqa: E402

folder = Path(sys.argv[1])
journal = Journal.open(folder)
demo.fill(journal, 20, seed=1)
journal.close()  # folded into the file, no WAL
path = folder / "journal.sqlite3"
journal = Journal.open(folder)
journal.store.conn.execute("PRAGMA wal_autocheckpoint = 0")
demo.fill(journal, 600, seed=2, force=True)  # acknowledged: committed into the WAL
print(journal.count_meetings(), flush=True)
pid = os.fork()
if pid == 0:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    limit = path.stat().st_size + 3 * 4096
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    conn = sqlite3.connect(path)
    with contextlib.suppress(sqlite3.Error):  # the full disk
        conn.execute("PRAGMA wal_checkpoint(FULL)").fetchall()
    os._exit(0)  # no close: the WAL stays as the failed checkpoint left it
os.waitpid(pid, 0)
os.kill(os.getpid(), signal.SIGKILL)
