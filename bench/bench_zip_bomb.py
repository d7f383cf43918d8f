"""Zip bombs against the real import: peak memory and time, against normal files.

Each case is ``python -m reviewer --workspace TMP import FILE --json`` in its own
process under ``/usr/bin/time -v`` (peak RSS, wall time); without GNU time the
process's own ``ru_maxrss`` (from ``os.wait4``) is used instead, and the script says
so.  The baseline is the same import of the real CANGO .docx and of OHCHR's China
thematic list, in the same run.  The bombs (built by ``tests/core/test_safezip.py``,
byte by byte, never held inflated):

- 1 MB and 2 MB DOCX whose word/document.xml inflates to ~1 GB and ~2 GB, with
  true sizes in their headers, and the same with headers claiming 4,000 bytes;
- a thematic list whose styles part is a 1 GB bomb (the python-docx path);
- an XLSX whose sheet, under a recommendations header, inflates to ~1 GB;
- a zip of 100,000 empty parts; names that look nested (``../../word/…``, an inner
  .docx.zip, ``WORD/DOCUMENT.XML`` holding the bomb).

Then the added cost of the check for the normal files: detect + parse and the
whole in-process import, and ``SafeZip`` alone (the directory, then every part
inflated once); with ``--before DIR`` (a tree of the code before the check, e.g.
``git archive COMMIT reviewer | tar -x -C DIR``) the same, timed with that code.
Requirement: every bomb refused with peak RSS under 300 MB.
Usage: python bench/bench_zip_bomb.py [--rounds 5] [--before DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reviewer.ingest.safezip import SafeZip  # noqa: E402
from tests.core.test_safezip import (  # noqa: E402
    docx_bomb,
    many_members,
    nested_names,
    thematic_list_bomb,
    xlsx_bomb,
)

FIXTURES = ROOT / "tests" / "fixtures"
NORMAL = {
    "CANGO submission (.docx)": FIXTURES / "cango" / "cango-upr4-submission.docx",
    "China thematic list (.docx)": FIXTURES / "un" / "China-UPR3-thematic-list-A_HRC_40_6.docx",
}
BOMBS = {
    "1 MB DOCX → 1 GB, true sizes": ("docx1.docx", lambda: docx_bomb(1000)),
    "2 MB DOCX → 2 GB, true sizes": ("docx2.docx", lambda: docx_bomb(2000)),
    "1 MB DOCX → 1 GB, lying sizes": ("docx1-lying.docx", lambda: docx_bomb(1000, lie=True)),
    "2 MB DOCX → 2 GB, lying sizes": ("docx2-lying.docx", lambda: docx_bomb(2000, lie=True)),
    "thematic list, 1 GB styles": ("list.docx", lambda: thematic_list_bomb(1000)),
    "thematic list, 1 GB styles, lying": (
        "list-lying.docx",
        lambda: thematic_list_bomb(1000, lie=True),
    ),
    "XLSX → 1 GB sheet": ("table.xlsx", lambda: xlsx_bomb(1000)),
    "XLSX → 1 GB sheet, lying": ("table-lying.xlsx", lambda: xlsx_bomb(1000, lie=True)),
    "100,000 empty parts": ("parts.docx", lambda: many_members(100_000)),
    "nested-looking names": ("nested.docx", lambda: nested_names(1000)),
}
LIMIT_MB = 300
GNU_TIME = Path("/usr/bin/time").exists()


def run_import(path: Path, workspace: Path) -> tuple[float, float, dict]:
    """(peak RSS in MB, wall seconds, the JSON printed) of one CLI import."""
    cmd = [sys.executable, "-m", "reviewer", "--workspace", str(workspace), "import", str(path)]
    cmd.append("--json")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    if GNU_TIME:
        start = time.perf_counter()
        done = subprocess.run(
            ["/usr/bin/time", "-v", *cmd], capture_output=True, text=True, env=env, cwd=ROOT
        )
        wall = time.perf_counter() - start
        rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
        peak = int(rss.group(1)) / 1024 if rss else float("nan")
        return peak, wall, json.loads(done.stdout)
    with tempfile.TemporaryFile() as out:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.DEVNULL, env=env, cwd=ROOT)
        _, _, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = 0  # reaped above
        out.seek(0)
        return usage.ru_maxrss / 1024, wall, json.loads(out.read())


def outcome(data: dict) -> str:
    if data["errors"]:
        return "refused: " + data["errors"][0]["error"][:70] + "…"
    return f"imported ({data['imported'][0]['kind']})"


_TIMING = """
import sys, tempfile, time
from pathlib import Path
from reviewer.ingest import parse_bytes
from reviewer.recommendations import detect_registry_kind, parse_registry
from reviewer.workspace import Workspace
path, rounds = Path(sys.argv[1]), int(sys.argv[2])
data = path.read_bytes()
def parse():
    kind = detect_registry_kind(data, path.name)
    return parse_registry(data, path.name, kind) if kind else parse_bytes(data, path.name)
parses, imports = [], []
with tempfile.TemporaryDirectory() as tmp:
    for i in range(rounds + 1):  # the first round warms imports and caches
        t = time.perf_counter()
        parse()
        parses.append(time.perf_counter() - t)
        with Workspace.open(Path(tmp) / f"w{i}.sqlite", author="bench") as ws:
            t = time.perf_counter()
            ws.import_file(path)
            imports.append(time.perf_counter() - t)
print(min(parses[1:]) * 1000, min(imports[1:]) * 1000)
"""


def import_ms(tree: Path, path: Path, rounds: int) -> tuple[float, float]:
    """(detect + parse, whole import) in ms, fastest of ``rounds``, with the code in ``tree``.

    The fastest, not the median: on a shared machine the SQLite commits' disk waits
    swing by half from run to run, and the parse is where the check runs.
    """
    env = dict(os.environ, PYTHONPATH=str(tree))
    done = subprocess.run(
        [sys.executable, "-c", _TIMING, str(path), str(rounds)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tree,
        check=True,
    )
    parse, whole = done.stdout.split()
    return float(parse), float(whole)


def check_ms(path: Path, rounds: int) -> float:
    """Median ms of the whole check: the directory, then every part inflated once."""
    data, times = path.read_bytes(), []
    for _ in range(rounds):
        t = time.perf_counter()
        SafeZip(data, path.name).check_all()
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=5, help="rounds of the in-process timing")
    ap.add_argument(
        "--before",
        type=Path,
        help="a tree of the code before the check (git archive COMMIT | tar -x -C DIR), "
        "timed the same way for the before/after figure",
    )
    args = ap.parse_args()
    if GNU_TIME:
        print("peak RSS and wall time from /usr/bin/time -v")
    else:
        print(
            "GNU time is not installed (apt-get install -y time); peak RSS from the child's "
            "ru_maxrss instead"
        )
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        print(f"\n{'case':38} {'file':>9} {'peak RSS':>9} {'wall':>7}  outcome")
        for label, path in NORMAL.items():
            peak, wall, data = run_import(path, tmp / f"base-{path.stem}.sqlite")
            size = path.stat().st_size / 1024
            print(f"{label:38} {size:7.0f}KB {peak:7.0f}MB {wall:6.2f}s  {outcome(data)}")
        for label, (name, build) in BOMBS.items():
            path = tmp / name
            path.write_bytes(build())
            peak, wall, data = run_import(path, tmp / f"{path.stem}.sqlite")
            size = path.stat().st_size / 1024
            ok = bool(data["errors"]) and peak < LIMIT_MB
            failed |= not ok
            mark = "" if ok else "   <-- FAILS the requirement"
            print(f"{label:38} {size:7.0f}KB {peak:7.0f}MB {wall:6.2f}s  {outcome(data)}{mark}")
            path.unlink()
    print(f"\nadded cost of the check on normal files (fastest of {args.rounds} rounds)")
    for label, path in NORMAL.items():
        parse, whole = import_ms(ROOT, path, args.rounds)
        check = check_ms(path, 5)
        print(
            f"{label:38} detect+parse {parse:5.0f} ms, import {whole:5.0f} ms, "
            f"SafeZip check_all alone {check:4.1f} ms"
        )
        if args.before:
            parse0, whole0 = import_ms(args.before, path, args.rounds)
            print(
                f"{'  the same before the check':38} detect+parse {parse0:5.0f} ms, import "
                f"{whole0:5.0f} ms ({parse / parse0 - 1:+.1%} parse, {whole / whole0 - 1:+.1%} import)"
            )
    print(
        f"\nrequirement: every bomb refused, peak RSS < {LIMIT_MB} MB: {'FAIL' if failed else 'ok'}"
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
