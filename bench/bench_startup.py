"""Start-up: the command line and the window, against the interpreter's and Qt's floor.

Each measure is a fresh process, timed by this one from spawn to exit (or to the
child's word that it painted), repeated ``--rounds`` times; the median is printed,
with the spread and the child's CPU seconds (user + system, steadier than the wall
clock on a shared machine):

* ``python -c pass``                       the interpreter's floor
* ``python -m reviewer --help``             the parser, nothing of the workspace
* ``python -m reviewer -w W documents --json``  a read command on a small workspace
* bare window                               QApplication + an empty QMainWindow 1280×800,
                                            shown; ends at its first paint (offscreen)
* bare window + the ORM                     the same after importing SQLAlchemy's ORM and
                                            the models (gc off, as the window does): the
                                            floor of any window that opens the workspace
                                            before it paints
* our window, first paint                   ``upr-reviewer --workspace W`` (ui.app.main,
                                            unchanged) to the first paint of a main window
                                            (the frame ui.app paints before opening W)
* our window, usable                        the same run, until the documents pane and
                                            the reading pane have painted the documents
                                            and the first one's paragraphs, and a real
                                            click on another document was answered;
                                            and the longest gap of a 5 ms heartbeat on
                                            the GUI thread from the first paint to usable
                                            (how long the frame could not answer)

W is the sample (CANGO's submission and China's thematic list) with its cited links,
tags on a third of the submission's paragraphs and notes on a sixth: built once in
--keep (default /tmp/bench-startup).  Then the ten largest cumulative imports of
``--help`` and of the window (``-X importtime``).

Children run with bytecode caches (PYTHONPYCACHEPREFIX in --keep), as an installed
program does: a PYTHONDONTWRITEBYTECODE environment would otherwise compile every
module of the program at each start.  One unmeasured warm-up run precedes each measure.
With ``--workspace W`` (a copy: opening upgrades its schema) the window is measured on
W instead of the sample (bench_scale's 75k and 1.2M workspaces), and only the window
rows and the bare floors are run.

Usage: python bench/bench_startup.py [--rounds 7] [--keep DIR] [--workspace W] [--no-imports]
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
import start_probe  # noqa: E402  (bench/, on the path above)

SAMPLE = ROOT / "resources" / "sample"
TAGS = ("Key point", "Follow up", "Quote in brief", "Disputed")


def build(path: Path) -> dict:
    """The sample workspace with links (cited), tags and notes; its counts."""
    sys.path.insert(0, str(ROOT))
    from reviewer.workspace import Workspace

    with Workspace.open(path, "bench") as ws:
        if not ws.documents():
            ws.import_files(sorted(SAMPLE.iterdir()))
            for doc in ws.documents():
                for i, pid in enumerate(ws.paragraph_ids(doc.id)):
                    if i % 3 == 0:
                        ws.add_tag(pid, TAGS[i % len(TAGS)])
                    if i % 6 == 0:
                        ws.add_note(pid, f"Bench note {i}: follow this up with the delegation.")
        return counts(ws)


def counts(ws) -> dict:
    docs = ws.documents()
    paragraphs = sum(len(ws.paragraph_ids(d.id)) for d in docs)
    with ws.read() as s:
        from sqlalchemy import text

        rows = {t: s.execute(text(f"SELECT count(*) FROM {t}")).scalar() for t in ("link", "paragraph_tag", "note")}  # fmt: skip
    return {"documents": len(docs), "paragraphs": paragraphs, **rows}


# ------------------------------------------------------------------------ children

# a bare PySide6 window to its first paint: the floor, the same as bench_scale's
BARE = start_probe.BARE

BARE_ORM = "import gc; gc.disable(); import reviewer.storage.models\n" + BARE

# ui.app.main as a person starts it, watched by bench/start_probe.py: it says when a
# main window first paints (the frame) and when the window is usable (the documents
# pane and the reading pane painted, and a real click on another document answered).
PROBE = str(Path(__file__).resolve().parent / "start_probe.py")


def child_env(keep: Path) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPYCACHEPREFIX=str(keep / "pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), *filter(None, [env.get("PYTHONPATH")])])
    return env


def run_once(argv: list[str], env: dict, until: tuple[str, ...]) -> tuple[list[float], float]:
    """([wall seconds to each word of ``until``, or to the exit], child CPU seconds)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        argv, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    walls = []
    if until:
        for line in proc.stdout:  # type: ignore[union-attr]
            word, *rest = line.split() or [""]
            if word == until[len(walls)]:
                walls.append(time.perf_counter() - t0)
                if word == "USABLE":  # USABLE wall cpu <the GUI's longest gap after the
                    GAPS.append(float(rest[-1]) / 1000)  # first paint, ms>
                if len(walls) == len(until):
                    break
        proc.wait(timeout=120)
    else:
        proc.wait(timeout=120)
        walls.append(time.perf_counter() - t0)
    err = proc.stderr.read()  # type: ignore[union-attr]
    proc.stdout.close()  # type: ignore[union-attr]
    proc.stderr.close()  # type: ignore[union-attr]
    if proc.returncode != 0 or len(walls) != max(1, len(until)):
        sys.exit(f"{' '.join(argv)} failed ({proc.returncode}):\n{err}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return walls, cpu


GAPS: list[float] = []


def measure(argv: list[str], env: dict, rounds: int, until: tuple[str, ...] = ()) -> list[dict]:
    """One summary per word of ``until`` (or one, to the exit); the CPU is the whole run's."""
    run_once(argv, env, until)  # warm-up: caches, bytecode
    walls, cpus = [], []
    for _ in range(rounds):
        wall, cpu = run_once(argv, env, until)
        walls.append(wall)
        cpus.append(cpu)
    return [{"median": statistics.median(w), "min": min(w), "max": max(w),
             "cpu": statistics.median(cpus)} for w in zip(*walls, strict=True)]  # fmt: skip


def top_imports(argv: list[str], env: dict, n: int = 10) -> list[tuple[float, str]]:
    proc = subprocess.run(
        [argv[0], "-X", "importtime", *argv[1:]], env=env, cwd=ROOT,
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    found = []
    for line in proc.stderr.splitlines():
        m = re.match(r"import time:\s+\d+ \|\s+(\d+) \|(\s*)(\S+)", line)
        if m:
            found.append((int(m.group(1)) / 1000, m.group(2)[1:] + m.group(3)))
    found.sort(key=lambda x: -x[0])
    return found[:n]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--keep", type=Path, default=Path(tempfile.gettempdir()) / "bench-startup")
    ap.add_argument("--workspace", type=Path, help="measure the window on this workspace")
    ap.add_argument("--no-imports", action="store_true", help="skip the -X importtime tables")
    args = ap.parse_args()
    keep = args.keep
    keep.mkdir(parents=True, exist_ok=True)
    ws = args.workspace or keep / "startup-sample.sqlite"
    made = build(ws)
    data = keep / "data"  # the window's settings: never the user's
    env = child_env(keep)
    py = sys.executable
    window = [py, PROBE, "--", "--workspace", str(ws), "--data-dir", str(data), "--author", "bench"]
    painted, usable = ("PAINTED",), ("PAINTED", "USABLE")
    cli = [
        ("python -c pass", [py, "-c", "pass"], ()),
        ("python -m reviewer --help", [py, "-m", "reviewer", "--help"], ()),
        (
            "python -m reviewer documents --json",
            [py, "-m", "reviewer", "-w", str(ws), "documents", "--json"],
            (),
        ),  # fmt: skip
    ]
    rows = [
        *([] if args.workspace else cli),
        ("bare PySide6 window, first paint", [py, "-c", BARE], painted),
        ("bare window + ORM models, first paint", [py, "-c", BARE_ORM], painted),
        ("our window, first paint", window, usable),
    ]
    print(f"workspace: {made['documents']} documents, {made['paragraphs']} paragraphs, "
          f"{made['link']} links, {made['paragraph_tag']} tags on paragraphs, {made['note']} notes "
          f"({ws})")  # fmt: skip
    print(f"median of {args.rounds} fresh processes (min–max), child CPU median; load "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")  # fmt: skip
    got = {}
    for name, argv, until in rows:
        found = measure(argv, env, args.rounds, until)
        names = [name] if len(found) == 1 else [name, "our window, usable (a click answered)"]
        for label, r in zip(names, found, strict=True):
            got[label] = r
            print(f"  {label:<40} {r['median'] * 1000:7.0f} ms  ({r['min'] * 1000:.0f}–"
                  f"{r['max'] * 1000:.0f})  cpu {r['cpu'] * 1000:5.0f} ms")  # fmt: skip
    qt = got["bare PySide6 window, first paint"]
    print("ratios (wall, cpu; our window's cpu is the whole run to usable)")
    for name in (
        ()
        if args.workspace
        else ("python -m reviewer --help", "python -m reviewer documents --json")
    ):
        floor = got["python -c pass"]
        print(f"  {name:<40} {got[name]['median'] / floor['median']:5.2f}x  "
              f"{got[name]['cpu'] / floor['cpu']:5.2f}x  python -c pass; "
              f"+{(got[name]['median'] - floor['median']) * 1000:.0f} ms")  # fmt: skip
    ours = got["our window, first paint"]
    print(f"  {'our first paint / bare window':<40} {ours['median'] / qt['median']:5.2f}x  "
          f"{'':6}  (goal <= 3x)")  # fmt: skip
    use = got["our window, usable (a click answered)"]
    print(f"  {'our usable / bare window':<40} {use['median'] / qt['median']:5.2f}x  "
          f"{use['cpu'] / qt['cpu']:5.2f}x")  # fmt: skip
    gaps = GAPS[1:]  # the warm-up's left out
    print(f"  {'longest the GUI could not answer':<40} {statistics.median(gaps) * 1000:5.0f} ms "
          f"({min(gaps) * 1000:.0f}–{max(gaps) * 1000:.0f}) from the first paint to usable "
          f"(a 5 ms heartbeat; the frame, then the window's build)")  # fmt: skip
    orm = got["bare window + ORM models, first paint"]
    print(f"  {'bare window + ORM / bare window':<40} {orm['median'] / qt['median']:5.2f}x  "
          f"{orm['cpu'] / qt['cpu']:5.2f}x  (the floor with the workspace opened first)")  # fmt: skip
    print(f"  {'our usable / bare window + ORM':<40} {use['median'] / orm['median']:5.2f}x  "
          f"{use['cpu'] / orm['cpu']:5.2f}x")  # fmt: skip
    if args.no_imports:
        return
    for name, argv in (("--help", [py, "-m", "reviewer", "--help"]), ("the window", window)):
        print(f"top 10 cumulative imports, {name} (-X importtime, one run)")
        for ms, mod in top_imports(argv, env):
            print(f"  {ms:8.1f} ms  {mod}")


if __name__ == "__main__":
    main()
