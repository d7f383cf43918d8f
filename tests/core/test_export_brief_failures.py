"""A brief that cannot be written: one clear error, and never half a file."""

import errno
import os

import docx
import pytest

from reviewer.export import BriefOptions, ExportError, export_brief
from tests.core.brief_helpers import build, leftovers
from tests.core.cli_helpers import cli


@pytest.fixture
def ws(tmp_path):
    w = build(tmp_path / "w.sqlite")
    yield w
    w.close()


def test_missing_folder_and_directory_target(ws, tmp_path, capsys):
    target = tmp_path / "no such folder" / "b.docx"
    code, data, err = cli(capsys, ws.path, "export", "brief", "--out", str(target))
    assert code == 1 and str(target) in err and "does not exist" in err
    assert len(err.strip().splitlines()) == 1 and data == {
        "error": err.split("error: ", 1)[1].strip()
    }
    code, _, err = cli(capsys, ws.path, "export", "brief", "--out", str(tmp_path))
    assert code == 1 and "is a folder" in err and len(err.strip().splitlines()) == 1
    code, _, err = cli(
        capsys,
        ws.path,
        "export",
        "brief",
        "--out",
        str(tmp_path / "b.docx"),
        "--group-by",
        "colour",
    )
    assert code == 2


def test_failed_write_keeps_the_existing_brief(ws, tmp_path, monkeypatch):
    out = tmp_path / "brief.docx"
    out.write_bytes(b"the brief from last week")

    def half_then_disk_full(self, stream):
        stream.write(b"PK\x03\x04 half a zip")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(docx.document.Document, "save", half_then_disk_full)
    with pytest.raises(ExportError) as exc:
        export_brief(ws, out, BriefOptions())
    assert str(out) in str(exc.value) and "disk is full" in str(exc.value)
    assert out.read_bytes() == b"the brief from last week"
    assert leftovers(tmp_path) == []


def test_failure_while_rendering_leaves_nothing(ws, tmp_path, monkeypatch, capsys):
    from reviewer.export.docx_writer import BriefWriter

    out = tmp_path / "brief.docx"
    out.write_bytes(b"old")
    calls = []

    def boom(self, *a, **k):
        calls.append(1)
        if len(calls) == 3:
            raise RuntimeError("injected")

    monkeypatch.setattr(BriefWriter, "_paragraph_block", boom)
    code, _, err = cli(capsys, ws.path, "export", "brief", "--out", str(out))
    assert code == 1 and "injected" in err
    assert out.read_bytes() == b"old"
    assert leftovers(tmp_path) == []


def test_replace_failure_is_one_clear_error(ws, tmp_path, monkeypatch):
    out = tmp_path / "brief.docx"
    out.write_bytes(b"old")

    def locked(src, dst):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(ExportError) as exc:
        export_brief(ws, out, BriefOptions())
    assert str(out) in str(exc.value) and "open in another program" in str(exc.value)
    assert out.read_bytes() == b"old"
    assert leftovers(tmp_path) == []


def test_unwritable_folder_is_one_clear_error(ws, tmp_path, monkeypatch):
    import tempfile

    def denied(*a, **k):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", denied)
    with pytest.raises(ExportError) as exc:
        export_brief(ws, tmp_path / "b.docx", BriefOptions())
    assert (
        str(exc.value) == f"{tmp_path / 'b.docx'}: cannot write in {tmp_path} (permission denied)"
    )


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores permissions")
def test_read_only_folder(ws, tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ExportError, match="permission denied"):
            export_brief(ws, folder / "b.docx", BriefOptions())
    finally:
        folder.chmod(0o700)


def test_a_written_brief_replaces_the_old_one_with_normal_permissions(ws, tmp_path):
    out = tmp_path / "brief.docx"
    out.write_bytes(b"old")
    export_brief(ws, out, BriefOptions(only="noted"))
    assert docx.Document(str(out)).core_properties.author == "Mei Lin"
    if os.name == "posix":
        assert out.stat().st_mode & 0o044  # readable by others per umask, not mkstemp's 0600


def test_progress_can_cancel_before_anything_is_written(ws, tmp_path):
    from reviewer.export import ExportCancelled

    seen = []

    def progress(done, total):
        seen.append((done, total))
        return done < 3

    with pytest.raises(ExportCancelled):
        export_brief(ws, tmp_path / "brief.docx", BriefOptions(), progress=progress)
    assert seen == [(1, 16), (2, 16), (3, 16)]
    assert leftovers(tmp_path) == [] and not (tmp_path / "brief.docx").exists()
