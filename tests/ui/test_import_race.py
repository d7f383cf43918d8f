"""Importing several damaged files at once: the progress dialog's last steps, the
end of the import and the report of failures, with no crash report and no
"unexpected error" however the worker's signals and the dialog's own event loop
interleave (``QProgressDialog.setValue`` of a modal dialog runs the event loop, and
the import's end once arrived inside it: the dialog was gone when its label was set).
"""

from __future__ import annotations

import io
import random
import zipfile

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.conftest import FIXTURES
from tests.ui.conftest import import_and_wait
from ui import crash


def _zip_without_word() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("readme.txt", "hello")
    return buf.getvalue()


@pytest.fixture
def bad_files(tmp_path):
    """Real damaged files, each for a different reader."""
    pdf = (FIXTURES / "un" / "Slovenia-UPR2-A_HRC_28_15-working-group-report.pdf").read_bytes()
    junk = random.Random(7).randbytes(40_000)
    rng = random.Random(8)
    files = {
        # bytes that read as Latin-1 letters and no line break: refused after a
        # second's reading, long enough for the progress dialog to show
        "latin-junk.txt": bytes(rng.randrange(0xA0, 0x100) for _ in range(1_200_000)),
        "truncated.pdf": pdf[: len(pdf) // 3],
        "cut-short.pdf": pdf[: len(pdf) // 2],
        "not-word.docx": _zip_without_word(),
        "junk.txt": junk,
        "nul-filled.txt": bytes(400_000),
        "empty.txt": b"",
        "noise.pdf": junk[:9000],
    }
    paths = []
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
        paths.append(tmp_path / name)
    return paths


def _shown_messages() -> list[str]:
    return [box.text() for box in crash.open_dialogs()]


def test_importing_several_bad_files_at_once_never_crashes(
    qtbot, make_window, bad_files, tmp_path, capsys
):
    crash.configure(str(tmp_path / "data"), True)
    w = make_window()
    for attempt in range(20):
        done, failed = import_and_wait(qtbot, w, bad_files)
        assert done == [], attempt
        assert sorted(f.file for f in failed) == sorted(str(p) for p in bad_files), attempt
        box = w.importer.report_box
        assert isinstance(box, QMessageBox) and box.isVisible(), attempt
        assert all(p.name in box.text() for p in bad_files), box.text()
        assert _shown_messages() == [], (attempt, _shown_messages())
        assert not crash.log_path().exists(), crash.log_path().read_text()
        assert w.importer.dialog is None and not w.importer.busy
        box.close()
    assert "unexpected error" not in capsys.readouterr().err
