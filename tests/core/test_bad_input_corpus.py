"""Everything a person could drop on the program, through the real command line.

A corpus of bad files (empty, one byte, noise under every extension, a cut or
locked or scanned PDF, an old .doc, RTF, a picture named .docx, a zip with no
Word document in it, the zip bombs, a workbook or CSV with no recommendations in
it, a folder, a missing path, an unreadable file, a NUL-filled file, a text of
one 20 MB line) goes through ``python -m reviewer --workspace W import … --json``
in a few processes (a Python start costs ~0.5 s; the JSON has one entry per
file, so each file is still checked on its own).  Each must fail with exit
status 1, one ``errors`` entry of one written line (no traceback, no exception
class name) and one line on stderr, and leave the workspace (seeded with CANGO's
submission, a tag and a note) exactly as it was, as read back through the API.
"""

from __future__ import annotations

import io
import json
import os
import random
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from reviewer.workspace import Workspace
from tests.conftest import FIXTURES
from tests.core.test_registry_damage import clone, dump_workspace, leaks, seed_workspace
from tests.core.test_safezip import BOMBS

ROOT = Path(__file__).resolve().parents[2]
AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
RSS_LIMIT_MB = 300


def _noise(n: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(n)


def _encrypted_pdf() -> bytes:
    import pymupdf

    doc = pymupdf.open(FIXTURES / "cango" / "cango-upr4-submission.pdf")
    buf = io.BytesIO()
    doc.save(buf, encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="x", owner_pw="y")
    return buf.getvalue()


def _scanned_pdf() -> bytes:
    """A page that is only a picture and a black bar, as a scan without OCR looks."""
    import pymupdf

    doc = pymupdf.open()
    page = doc.new_page()
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 200, 300), 0)
    pix.clear_with(210)
    page.insert_image(page.rect, pixmap=pix)
    page.draw_rect(pymupdf.Rect(60, 60, 500, 90), fill=(0, 0, 0))
    return doc.tobytes()


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in members.items():
            z.writestr(name, content)
    return buf.getvalue()


def _xlsx_without_header() -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    for row in (["Participant", "Country", "Arrival"], ["A. Person", "Chile", "12 May"]):
        book.active.append(row)
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


def _csv_with_garbage_rows() -> bytes:
    rng = random.Random(11)
    rows = [b"Symbol,Number,Recommendation,Position"]
    rows += [bytes(rng.randrange(32, 127) for _ in range(70)) for _ in range(60)]
    return b"\r\n".join(rows)


# file name → (bytes, words the error must hold)
CORPUS = {
    "empty.txt": (lambda: b"", "empty"),
    "one-byte.txt": (lambda: b"\x00", "not a text file"),
    "one-byte.pdf": (lambda: b"%", "not a PDF"),
    "one-byte.docx": (lambda: b"P", "not a Word file"),
    "noise.txt": (lambda: _noise(20_000, 1), "not a text file"),
    "noise.pdf": (lambda: _noise(20_000, 2), "not a PDF"),
    "noise.docx": (lambda: _noise(20_000, 3), "not a Word file"),
    "noise.xlsx": (lambda: _noise(20_000, 4), "not a text file"),
    "noise.csv": (lambda: _noise(20_000, 5), "not a text file"),
    "truncated.pdf": (
        lambda: (FIXTURES / "cango" / "cango-upr4-submission.pdf").read_bytes()[:36_000],
        "incomplete",
    ),
    "encrypted.pdf": (_encrypted_pdf, "password"),
    "scanned.pdf": (_scanned_pdf, "no text"),
    "old.doc": (lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4000), ".doc"),
    "letter.rtf": (
        lambda: rb"{\rtf1\ansi\deff0{\fonttbl{\f0 Times;}}\f0 Submission to the UPR.\par}",
        "RTF",
    ),
    "picture.docx": (lambda: b"\x89PNG\r\n\x1a\n" + _noise(5000, 6), "not a Word file"),
    "holds-no-word.docx": (
        lambda: _zip({"readme.txt": b"hello", "data/list.csv": b"a,b\n"}),
        "no Word document",
    ),
    "no-recommendations.xlsx": (_xlsx_without_header, "no recommendations table"),
    "garbage-rows.csv": (_csv_with_garbage_rows, "no rows with a symbol and a number"),
    "nul-filled.txt": (lambda: bytes(1_000_000), "not a text file"),
}
SPECIAL = {  # paths that are not plain files, made in place
    "a-folder": "folder",
    "missing.docx": "no such file",
}
if not AS_ROOT:  # root reads anything: no permission to take away
    SPECIAL["unreadable.docx"] = "permission denied"
HUGE_LINE = "huge-line.txt"  # 20 MB with no line break


@dataclass
class Run:
    code: int
    out: dict
    err: str
    rss_mb: float
    before: dict
    after: dict


# ``python -m reviewer`` with its own peak resident memory written at exit.  Not the
# child's ``ru_maxrss`` from ``wait4``: Linux carries the high-water mark of the
# address space a process had before ``exec`` into it, and a child made by fork or
# vfork had the parent's (the pytest worker's, 240-300 MB by then) for that instant.
# ``VmHWM`` is the peak of the address space ``exec`` made, the program's own.
PEAK_PROBE = """\
import atexit, os, runpy, sys
def _peak():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            open(os.environ["UPR_PEAK_RSS_FILE"], "w").write(line.split()[1])
atexit.register(_peak)
sys.argv[0] = "reviewer"  # as "python -m reviewer" sets it
runpy.run_module("reviewer", run_name="__main__", alter_sys=True)
"""


def run_cli(workspace: Path, files: list[Path]) -> tuple[int, str, str, float]:
    """(exit status, stdout, stderr, peak RSS in MB) of one ``import`` process."""
    cmd = [sys.executable, "-c", PEAK_PROBE, "--workspace", str(workspace), "import"]
    cmd += [str(f) for f in files] + ["--json"]
    peak_path = workspace.with_suffix(".peak")
    env = dict(os.environ, PYTHONPATH=str(ROOT), UPR_PEAK_RSS_FILE=str(peak_path))
    out_path, err_path = workspace.with_suffix(".out"), workspace.with_suffix(".err")
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, env=env, cwd=ROOT)
        try:
            proc.wait(timeout=300)
        except subprocess.TimeoutExpired:
            proc.kill()
            raise
    return (
        proc.returncode,
        out_path.read_text("utf-8"),
        err_path.read_text("utf-8"),
        int(peak_path.read_text()) / 1024,  # kB
    )


def _dump(path: Path) -> dict:
    with Workspace.open(path, author="tester") as ws:
        return dump_workspace(ws)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> dict[str, tuple[Path, str, str]]:
    """Name → (path, group, words expected), the files written."""
    folder = tmp_path_factory.mktemp("corpus")
    found: dict[str, tuple[Path, str, str]] = {}
    for name, (build, expected) in CORPUS.items():
        (folder / name).write_bytes(build())
        found[name] = (folder / name, "bad", expected)
    for name, (build, expected) in BOMBS.items():
        (folder / name).write_bytes(build())
        found[name] = (folder / name, "bombs", expected)
    (folder / "a-folder").mkdir()
    (folder / "a-folder" / "inside.txt").write_text("A paragraph.")
    if "unreadable.docx" in SPECIAL:
        (folder / "unreadable.docx").write_bytes(b"PK\x03\x04")
        (folder / "unreadable.docx").chmod(0)
    for name, expected in SPECIAL.items():
        found[name] = (folder / name, "bad", expected)
    (folder / HUGE_LINE).write_bytes(b"a" * (20 * 1024 * 1024))
    found[HUGE_LINE] = (folder / HUGE_LINE, "huge", "")
    return found


@pytest.fixture(scope="module")
def runs(corpus, tmp_path_factory) -> dict[str, Run]:
    """One import process per group, each on its own copy of the seeded workspace."""
    folder = tmp_path_factory.mktemp("workspaces")
    template = folder / "seeded.sqlite"
    seeded = seed_workspace(template)
    done = {}
    for group in ("bad", "bombs", "huge"):
        workspace = clone(template, folder / f"{group}.sqlite")
        files = [path for path, g, _ in corpus.values() if g == group]
        code, out, err, rss = run_cli(workspace, files)
        done[group] = Run(code, json.loads(out), err, rss, seeded, _dump(workspace))
    return done


def _entry(runs: dict[str, Run], corpus, name: str) -> tuple[dict, list[str]]:
    path, group, _ = corpus[name]
    run = runs[group]
    entries = [e for e in run.out["errors"] if e["file"] == str(path)]
    lines = [ln for ln in run.err.splitlines() if f" {path}: " in ln]
    assert len(entries) == 1, f"{name}: {len(entries)} errors entries in {run.out}"
    return entries[0], lines


@pytest.mark.parametrize("name", sorted([*CORPUS, *SPECIAL, *BOMBS]))
def test_each_bad_file_is_one_written_line(runs, corpus, name):
    entry, stderr_lines = _entry(runs, corpus, name)
    error = entry["error"]
    assert "\n" not in error and "\r" not in error, error
    assert not leaks(error), f"{leaks(error)} in {error!r}"
    assert corpus[name][2].lower() in error.lower(), error
    assert len(stderr_lines) == 1, stderr_lines
    assert stderr_lines[0] == f"upr-reviewer-cli: error: {corpus[name][0]}: {error}"


@pytest.mark.parametrize("group", ["bad", "bombs"])
def test_every_group_fails_whole_and_changes_nothing(runs, corpus, group):
    run = runs[group]
    files = [n for n, (_, g, _) in corpus.items() if g == group]
    assert run.code == 1
    assert run.out["imported"] == []
    assert len(run.out["errors"]) == len(files)
    assert "Traceback" not in run.err
    assert len(run.err.splitlines()) == len(files)  # one line per file, nothing else
    assert run.after == run.before
    assert run.before["tags"] and run.before["notes"] and run.before["details"][0].paragraphs


def test_no_bomb_costs_300_mb(runs):
    assert runs["bombs"].rss_mb < RSS_LIMIT_MB, f"peak RSS {runs['bombs'].rss_mb:.0f} MB"


def test_a_text_of_one_huge_line_is_refused(runs):
    run = runs["huge"]
    assert run.code == 1 and len(run.out["errors"]) == 1 and run.after == run.before
    assert "without a break" in run.out["errors"][0]["error"]


def test_a_text_of_one_huge_line_never_crashes(runs):
    """Whatever the text importer decides for it: a clean answer, in bounded memory."""
    run = runs["huge"]
    assert "Traceback" not in run.err
    assert len(run.out["imported"]) + len(run.out["errors"]) == 1
    for entry in run.out["errors"]:
        assert "\n" not in entry["error"] and not leaks(entry["error"])
    assert run.rss_mb < 1024
