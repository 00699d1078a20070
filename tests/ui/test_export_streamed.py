"""A JSON or CSV export is streamed from SQLite into the file (issue 19): all or nothing
still, the same bytes as the bundle written whole, and the journal's read ends with it,
also when the file could not be finished."""

from datetime import date

import pytest

from journal.coach.export_bundle import ExportChoice, build, prepare
from journal.coach.export_formats import json_chunks, to_csv, to_json
from journal.errors import ExportNotWritten
from journal.model import MeetingInput, ReflectionInput
from tests.conftest import november_at
from ui.coach import exports
from ui.coach.export_writer import write_file

NOVEMBER = ExportChoice(date(2026, 11, 1), date(2026, 11, 30), include_texts=True)


@pytest.mark.parametrize("kind", ["json", "csv"])
def test_the_streamed_file_holds_the_bundle_written_whole(small, tmp_path, kind):
    target = tmp_path / f"export.{kind}"
    written = exports.write(small, NOVEMBER, kind, "en", target)
    bundle = build(small, NOVEMBER)
    whole = to_json(bundle) if kind == "json" else to_csv(bundle, small.bank, "en")
    assert target.read_bytes() == whole
    reflected = sum(1 for m in bundle["meetings"] if m["reflection"] is not None)
    assert (written.meetings, written.reflected) == (3, reflected) == (3, 2)
    assert target.stat().st_mode & 0o777 == 0o600


def test_a_file_that_cannot_be_finished_leaves_nothing_and_ends_the_read(small, tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "export.json"
    target.write_bytes(b"the export of last week")

    def breaking_off(pieces):
        """Two pieces of the export, then one the file refuses (as a full disk would)."""
        yield next(pieces)
        yield next(pieces)
        assert small.store.conn.in_transaction  # SQLite is reading the meetings
        yield None
        yield from pieces

    try:
        write_file(target, breaking_off(json_chunks(prepare(small, NOVEMBER, batch=1))))
    except TypeError:
        # While the error is handled (the dialog shows it, its event loop runs), the
        # read has ended: the next save can begin its own transaction.
        assert not small.store.conn.in_transaction
    else:
        pytest.fail("the file was written")
    assert target.read_bytes() == b"the export of last week"
    assert [p.name for p in folder.iterdir()] == ["export.json"]
    small.save(MeetingInput("Kestrel Engineering", "Daarna", november_at(25, 9), 30),
               ReflectionInput())  # fmt: skip


def test_an_empty_period_leaves_no_file_when_asked(small, tmp_path):
    target = tmp_path / "empty.csv"
    choice = ExportChoice(date(2030, 1, 1), date(2030, 1, 31))
    written = exports.write(small, choice, "csv", "en", target, nothing_written_when_empty=True)
    assert written.meetings == 0 and not target.exists()
    exports.write(small, choice, "csv", "en", target)
    assert target.read_bytes().startswith(b"\xef\xbb\xbfdate,time,meeting_id")


def test_an_unwritable_file_is_refused_before_anything_is_read(small, tmp_path):
    with pytest.raises(ExportNotWritten):
        exports.write(small, NOVEMBER, "json", "en", tmp_path / "no such folder" / "x.json")
    assert not small.store.conn.in_transaction
