"""Counts at any size: the documents pane, the reviews and the registry read the counts
the database keeps (migration 0008) instead of counting every paragraph and link.

Workspaces of 75,000, 300,000 and 1,200,000 paragraphs, in two shapes: "many" (each
copy of the seed's citing documents a document of its own: ~85 paragraphs each, 14,000
documents at 1.2M) and "big" (300 documents growing with the size: 4,000 paragraphs
each at 1.2M); built once by ``counts_build.py`` at schema 0007 and upgraded here (the
migration's time is printed).  Each figure is the median of several runs, with the
baseline measured in the same run on the same file: the scanning queries the program
ran before 0008 (kept as the reference in tests/core/test_kept_counts_queries.py).

- documents pane: ``Workspace.documents()`` (every document's row with its counts);
- registry after a link action: a link made, then its recommendation's row read again
  by id (``recommendations(ids=...)``, what the window does now), against reading the
  whole registry with the scanning count (what the window did, twice: the link
  completer's copy and the registry view);
- reviews: ``Workspace.reviews()`` (links per review).

- with ``--window``: the real window (offscreen) at the largest size, ``apply()``
  after a link made by an undo command, its registry part, and the branch it
  replaced (the whole registry read again for the completer and the view).

Usage: python bench/bench_counts.py [--folder /tmp/bench-counters] [--shapes many big]
       [--sizes 75000 300000 1200000] [--repeat 5] [--window]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from counts_build import build  # noqa: E402
from sqlalchemy import select  # noqa: E402

from reviewer.storage.counts_drift import drift  # noqa: E402
from reviewer.storage.models import Recommendation  # noqa: E402
from reviewer.workspace import Workspace  # noqa: E402
from tests.core.test_kept_counts_queries import (  # noqa: E402
    scanned_citing,
    scanned_documents,
    scanned_review_links,
)


def median_ms(f: Callable[[], object], repeat: int) -> float:
    f()  # warm: the pages in the cache, as in a window already open
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        f()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def upgraded(path_0007: Path) -> tuple[Path, float | None]:
    """The workspace at head: the 0007 file copied and upgraded once (its time)."""
    path = path_0007.with_name(path_0007.name.replace("-0007", ""))
    if path.exists():
        return path, None
    tmp = path.with_suffix(".upgrading")
    shutil.copy(path_0007, tmp)
    t0 = time.perf_counter()
    Workspace.open(tmp, "bench").close()
    took = time.perf_counter() - t0
    shutil.rmtree(tmp.with_name(tmp.name + ".backups"), ignore_errors=True)
    tmp.rename(path)
    return path, took


def scanned_registry(ws: Workspace) -> None:
    """The registry as read before 0008: every row with the scanning count."""
    with ws.read() as s:
        citing = scanned_citing(s)
        rows = s.scalars(select(Recommendation)).all()
        assert len(rows) == len(citing)


def measure(path: Path, repeat: int) -> dict[str, float | int]:
    out: dict[str, float | int] = {}
    with Workspace.open(path, "bench") as ws:
        docs = ws.documents()
        out["documents"] = len(docs)
        with ws.read() as s:
            out["paragraphs"] = sum(d.paragraphs for d in docs)
            assert docs == scanned_documents(s), "the kept counts differ from the scan"
            assert not drift(s)
        with ws.read() as s:
            out["docs_old"] = median_ms(lambda: scanned_documents(s), repeat)
        out["docs_new"] = median_ms(ws.documents, repeat)
        # a link by hand on a paragraph of the first citing document, then undone
        doc = next(d for d in docs if d.kind not in ("thematic_list", "wg_report", "responses"))
        pid = ws.paragraph_ids(doc.id)[0]
        rec = ws.recommendations()[7]
        ws.take_changes()
        made = ws.link(pid, rec.symbol, rec.number)
        changes = ws.take_changes()
        assert changes.registry_rows_only and changes.recommendations == {rec.id}
        out["reg_old"] = median_ms(lambda: scanned_registry(ws), repeat)
        out["reg_full_new"] = median_ms(ws.recommendations, repeat)
        out["reg_new"] = median_ms(lambda: ws.recommendations(ids=changes.recommendations), repeat)
        [row] = ws.recommendations(ids=changes.recommendations)
        assert row.paragraph_count == rec.paragraph_count + 1
        ws.unlink(made.id)
        with ws.read() as s:
            out["reviews_old"] = median_ms(lambda: scanned_review_links(s), repeat)
        out["reviews_new"] = median_ms(ws.reviews, repeat)
    return out


def window_figures(path: Path, repeat: int) -> dict[str, float]:
    """The real window (offscreen) with the registry tab shown: ``apply`` after a link
    made by an undo command, and its registry part, against the branch it replaced
    (the whole registry read again for the completer and the view, kept counts)."""
    import os
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, QThreadPool
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow
    from ui.session import Session
    from ui.settings import Settings
    from ui.undo import LinkCommand

    app = QApplication.instance() or QApplication([])
    ini = Path(tempfile.mkdtemp()) / "settings.ini"
    ws = Workspace.open(path, "bench")
    w = MainWindow(Session(ws), Settings(QSettings(str(ini), QSettings.Format.IniFormat)))
    w.resize(1280, 800)
    w.show()
    w.tabs.setCurrentWidget(w.recommendations)
    app.processEvents()
    doc = next(d for d in ws.documents() if d.paragraphs and d.kind == "national_report")
    pid = ws.paragraph_ids(doc.id)[0]
    rec = w.recommendations.model.recommendation(5)
    assert rec is not None
    applies, parts, old = [], [], []
    for _ in range(repeat):
        cmd = LinkCommand(w.session, pid, rec.symbol, rec.number)
        cmd.do()
        changes = ws.take_changes()
        t0 = time.perf_counter()
        w.apply(changes)
        applies.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        w._update_registry_rows(changes.recommendations)
        parts.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        w._registry_cache.clear()
        w.registry.set_rows(w._registry_rows())
        w.inspector.refresh_registry()
        w.reading.filter_bar.refresh_registry()
        w.recommendations.mark_stale()
        old.append(time.perf_counter() - t0)
        cmd.undo_()
        w.apply(ws.take_changes())
    QThreadPool.globalInstance().waitForDone()  # the window's own tasks (a backup …)
    w.close()
    ws.close()
    ms = lambda v: statistics.median(v) * 1000  # noqa: E731
    return {"apply": ms(applies), "part": ms(parts), "old": ms(old)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--folder", type=Path, default=Path("/tmp/bench-counters"))
    ap.add_argument("--shapes", nargs="+", default=["many", "big"])
    ap.add_argument("--sizes", nargs="+", type=int, default=[75_000, 300_000, 1_200_000])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--window", action="store_true", help="also the window's apply, largest size")
    args = ap.parse_args()
    print("shape size       docs   | documents pane: scan → kept (x) | registry after a link: "
          "scan whole → rows by id (x) [whole, kept] | reviews: scan → kept (x)")  # fmt: skip
    for shape in args.shapes:
        files = build(args.folder, args.sizes, shape)
        for size, path_0007 in sorted(files.items()):
            path, took = upgraded(path_0007)
            if took is not None:
                print(f"{shape} {size}: migration 0008 (fill the counts, make the triggers) "
                      f"{took:.1f} s")  # fmt: skip
            r = measure(path, args.repeat)
            x = lambda a, b, r=r: r[a] / max(r[b], 1e-9)  # noqa: E731
            print(f"{shape:5} {r['paragraphs']:>9,} {r['documents']:>6} | "
                  f"{r['docs_old']:7.1f} → {r['docs_new']:6.1f} ms ({x('docs_old', 'docs_new'):5.1f}) | "
                  f"{r['reg_old']:7.1f} → {r['reg_new']:5.1f} ms ({x('reg_old', 'reg_new'):6.1f}) "
                  f"[{r['reg_full_new']:6.1f}] | "
                  f"{r['reviews_old']:7.1f} → {r['reviews_new']:5.1f} ms "
                  f"({x('reviews_old', 'reviews_new'):5.1f})")  # fmt: skip
        if args.window:
            path, _ = upgraded(files[max(files)])
            f = window_figures(path, args.repeat)
            print(f"{shape} window, {max(files):,} ¶: apply() after a link {f['apply']:.1f} ms, "
                  f"its registry part {f['part']:.1f} ms; the branch it replaced (whole "
                  f"registry again, kept counts) {f['old']:.1f} ms "
                  f"({f['old'] / max(f['part'], 1e-9):.1f}x)")  # fmt: skip


if __name__ == "__main__":
    main()
