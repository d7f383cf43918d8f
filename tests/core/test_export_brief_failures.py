"""A brief that cannot be written: one clear error, and never half a file."""

import errno
import os
import sys
import time
from pathlib import Path

import docx
import pytest

from reviewer.export import BriefOptions, ExportError, atomic, export_brief
from tests.core.brief_helpers import build, leftovers
from tests.core.cli_helpers import cli

REPO = Path(__file__).resolve().parents[2]


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
    export_brief(ws, out, BriefOptions(only="noted", reviewer="Mei Lin"))
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


def test_a_cancel_while_the_pages_are_laid_out_writes_nothing(ws, tmp_path):
    """Every paragraph written, then the layout model asks (every 200 blocks, as it
    measures them) whether to go on: no, and nothing is written."""
    from reviewer.export import ExportCancelled

    seen = []

    def progress(done, total):
        seen.append((done, total))
        return seen.count((total, total)) < 2  # the writer's last call, then the layout's

    with pytest.raises(ExportCancelled):
        export_brief(ws, tmp_path / "brief.docx", BriefOptions(), progress=progress)
    assert seen[:16] == [(i, 16) for i in range(1, 17)] and seen[16:] == [(16, 16)] * 2
    assert leftovers(tmp_path) == [] and not (tmp_path / "brief.docx").exists()


# -- a full disk, for real ----------------------------------------------------------------


@pytest.fixture
def tiny_disk(tmp_path):
    """A 200 KB tmpfs, nearly filled; mounting needs root (or CAP_SYS_ADMIN)."""
    import shutil
    import subprocess

    mnt = tmp_path / "tiny"
    mnt.mkdir()
    if not sys.platform.startswith("linux") or not shutil.which("mount"):
        pytest.skip("a tiny tmpfs needs Linux's mount")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=200k", "tmpfs", str(mnt)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.skip(f"mounting a tmpfs is not permitted here ({done.stderr.strip()})")
    try:
        (mnt / "brief.docx").write_bytes(b"the brief from last week")
        with open(mnt / "filler", "wb") as fh:  # leave about 8 KB: a brief needs ~40 KB
            fh.write(b"\0" * (188 * 1024))
        yield mnt
    finally:
        subprocess.run(["umount", str(mnt)], check=False)


def test_a_full_disk_is_one_line_exit_1_and_leaves_nothing(ws, tiny_disk):
    """Before: "[Errno 28] …" without the file, then ZipFile.__del__'s 8-line traceback."""
    import subprocess

    before = sorted(p.name for p in tiny_disk.iterdir())
    out = tiny_disk / "brief.docx"
    done = subprocess.run(
        [sys.executable, "-m", "reviewer", "--workspace", str(ws.path)]
        + ["export", "brief", "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, PYTHONPATH=str(REPO)),
    )
    assert done.returncode == 1
    assert done.stderr == (
        f"upr-reviewer-cli: error: {out}: could not write the file (the disk is full)\n"
    )
    assert done.stdout == ""
    assert sorted(p.name for p in tiny_disk.iterdir()) == before  # no .partial left
    assert out.read_bytes() == b"the brief from last week"


# -- temporary files left by an export that never finished --------------------------------


def _dead_pid() -> int:
    import subprocess

    proc = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    return int(proc.stdout)


def _partial(folder, pid: int, rand: str, host: str | None = None, age: float = 0.0):
    """A file named as an export of ``pid`` on ``host`` names its temporary file."""
    host = host or atomic._host_tag()
    path = folder / f".brief.{atomic.PARTIAL_TAG}-{host}-{pid}-{rand}.partial"
    path.write_bytes(b"PK\x03\x04 half a zip")
    if age:
        old = time.time() - age
        os.utime(path, (old, old))
    return path


def test_the_next_export_removes_stale_partials_and_nothing_else(ws, tmp_path):
    dead = _partial(tmp_path, _dead_pid(), "k3x_9q2a")  # writer gone: removed however young
    old_live = _partial(tmp_path, os.getppid(), "0ld1ive_", age=120)  # over a minute: removed
    young_live = _partial(tmp_path, os.getppid(), "y0ung_ok")  # a writer at work: kept
    elsewhere = _partial(tmp_path, _dead_pid(), "e1sewher", host="abcdef")  # another computer
    if atomic._host_tag() == "abcdef":  # pragma: no cover - one host in 16 million
        pytest.skip("this computer's tag is the made-up one")
    users = [".brief.abcd1234.partial", "notes.partial", ".brief.docx.partial", ".brief.partial"]
    for name in users:  # a person's files, and other tools' temporaries: never touched
        p = tmp_path / name
        p.write_text("mine")
        os.utime(p, (time.time() - 3600, time.time() - 3600))
    export_brief(ws, tmp_path / "brief.docx", BriefOptions(only="noted"))
    left = set(leftovers(tmp_path))
    assert dead.name not in left and old_live.name not in left
    assert left == {young_live.name, elsewhere.name, *users}


def _leave_a_partial(target, ending: str):
    """A separate process starts an export to ``target`` and ends with ``ending``."""
    import subprocess

    script = (
        "import os, sys; from pathlib import Path; from reviewer.export import atomic; "
        "fd, tmp = atomic._new_partial(Path(sys.argv[1])); os.write(fd, b'PK half'); "
        f"print(tmp.name, flush=True); {ending}"
    )
    return subprocess.run(
        [sys.executable, "-c", script, str(target)],
        capture_output=True,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(REPO)),
    )


def test_a_killed_export_leaves_a_partial_the_next_one_removes(ws, tmp_path):
    """A process that dies mid-write (os._exit: no finally, no atexit) leaves its file."""
    killed = _leave_a_partial(tmp_path / "brief.docx", "os._exit(0)")
    assert killed.returncode == 0, killed.stderr
    left = killed.stdout.strip()
    assert left.startswith(".brief.upr-export-") and leftovers(tmp_path) == [left]
    export_brief(ws, tmp_path / "brief.docx", BriefOptions(only="noted"))
    assert leftovers(tmp_path) == []


def test_exiting_normally_removes_the_partials_this_process_left(tmp_path):
    done = _leave_a_partial(tmp_path / "brief.docx", "sys.exit(3)")
    assert done.returncode == 3 and done.stdout.strip().endswith(".partial")
    assert list(tmp_path.iterdir()) == []
