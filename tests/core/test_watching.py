"""Watching a draft: a save is told by the bytes the file settles on, whatever the
editor (Word's temporary file renamed over the document, lock files beside it,
LibreOffice's rewrite), and ``watch FILE`` imports each save as the next version."""

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from reviewer.watching import DraftWatch, is_lock_file, lock_files


class Clock:
    def __init__(self):
        self.t = 0.0

    def __call__(self) -> float:
        return self.t


def _save_like_word(path: Path, text: str) -> None:
    """Word: write a temporary file, move the document away, rename the new one in."""
    tmp = path.with_name("~WRL0001.tmp")
    tmp.write_text(text, encoding="utf-8")
    backup = path.with_name("~WRD0000.tmp")
    if path.exists():
        os.replace(path, backup)
    os.replace(tmp, path)
    backup.unlink(missing_ok=True)


def test_a_save_counts_once_it_has_settled_and_only_when_the_bytes_changed(tmp_path):
    path = tmp_path / "draft.md"
    path.write_text("1. First draft.\n", encoding="utf-8")
    clock = Clock()
    watch = DraftWatch(path, settle=1.0, clock=clock)
    assert watch.poll() is None  # not settled yet
    clock.t = 1.5
    first = watch.poll()
    assert first is not None  # nothing imported yet: the file as it is
    watch.imported(first)
    assert watch.poll() is None
    # Word's save: the file is gone for a moment, then a new one is there
    _save_like_word(path, "1. Second draft, longer.\n")
    assert watch.poll() is None  # it changed: wait for it to rest
    clock.t = 2.0
    assert watch.poll() is None
    clock.t = 3.0
    second = watch.poll()
    assert second is not None and second != first
    watch.imported(second)
    # a save that writes the same bytes again is no new version
    _save_like_word(path, "1. Second draft, longer.\n")
    clock.t = 5.0
    assert watch.poll() is None
    clock.t = 7.0
    assert watch.poll() is None


def test_a_file_still_being_written_is_not_read(tmp_path):
    path = tmp_path / "draft.md"
    path.write_text("", encoding="utf-8")
    clock = Clock()
    watch = DraftWatch(path, settle=1.0, clock=clock)
    clock.t = 2.0
    assert watch.poll() is None  # empty: a save has only just begun
    with path.open("a", encoding="utf-8") as f:
        for n in range(3):
            f.write(f"{n}. part\n")
            f.flush()
            clock.t += 0.5  # less than the settling time between writes
            assert watch.poll() is None
    clock.t += 1.5
    assert watch.poll() is not None


def test_lock_files_are_never_the_document(tmp_path):
    path = tmp_path / "cango-upr4-submission.docx"
    assert {p.name for p in lock_files(path)} >= {
        "~$ngo-upr4-submission.docx",
        ".~lock.cango-upr4-submission.docx#",
    }
    for name in ("~$ngo-upr4.docx", ".~lock.a.docx#", "~WRL0001.tmp", "draft.md~"):
        assert is_lock_file(tmp_path / name)
    assert not is_lock_file(path)
    # a lock file coming and going beside the document is no save
    path.write_bytes(b"x" * 10)
    clock = Clock()
    watch = DraftWatch(path, known=None, settle=0.5, clock=clock)
    clock.t = 1.0
    watch.imported(watch.poll() or "")
    (tmp_path / ".~lock.cango-upr4-submission.docx#").write_text("lock")
    clock.t = 3.0
    assert watch.poll() is None


def test_watch_imports_each_save_as_the_next_version(tmp_path):
    draft = tmp_path / "js-slovenia-draft.md"
    draft.write_text(
        "# Joint submission on Slovenia for the fourth cycle\n\n"
        "1. Roma settlements still lack drinking water.\n\n2. Hate speech online grew.\n",
        encoding="utf-8",
    )
    ws = tmp_path / "w.sqlite"
    cmd = [sys.executable, "-m", "reviewer", "--workspace", str(ws), "--json", "watch"]
    cmd += [str(draft), "--interval", "0.1", "--settle", "0.3", "--max-imports", "2"]
    cmd += ["--timeout", "60"]
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        first = json.loads(proc.stdout.readline())
        assert first["event"] == "imported" and first["paragraphs"] >= 2
        time.sleep(0.2)
        _save_like_word(
            draft,
            draft.read_text(encoding="utf-8").replace("grew.", "grew in 2024 and 2025."),
        )
        second = json.loads(proc.stdout.readline())
        assert proc.wait(timeout=60) == 0
    finally:
        proc.kill()
    assert second["event"] == "imported" and not second["duplicate"]
    assert second["document_id"] == first["document_id"]  # the same document, next version
    assert second["version"] == 2
