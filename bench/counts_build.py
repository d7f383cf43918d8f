"""Big workspaces for bench_counts.py, built once by bulk SQL.

A seed workspace imports the real fixture documents (the UN's lists and reports,
which fill the registry, the submissions and reports citing it), marks a third of
its paragraphs reviewed and confirms a few suggestions; then its documents that
cite (not the registry's lists) are copied by ``INSERT … SELECT``, with their
paragraphs and links, until the workspace holds the paragraphs wanted.  Every copy
goes through the schema's triggers (the search index's, and the kept counts' at
schema 0008), as an import would.

Usage: python bench/counts_build.py FOLDER many|big 75000 300000 1200000
(existing files are kept).
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FIXTURES = ROOT / "tests" / "fixtures"
REGISTRY_KINDS = ("thematic_list", "wg_report", "responses")


def seed(path: Path) -> float:
    """Import every real fixture document; a third of the paragraphs reviewed."""
    from reviewer.workspace import Workspace

    t0 = time.perf_counter()
    files = sorted((FIXTURES / "un").iterdir()) + [
        FIXTURES / "cango" / "cango-upr4-submission.pdf",
        *sorted((FIXTURES / "context").glob("*.txt")),
    ]
    with Workspace.open(path, "bench") as ws:
        for f in files:
            ws.import_files([f], new_document=True)
        with ws.write() as s:
            s.connection().exec_driver_sql(
                "UPDATE paragraph SET reviewed_at = '2026-01-01 00:00:00', "
                "reviewed_by = 'bench' WHERE id % 3 = 0"
            )
    return time.perf_counter() - t0


def paragraphs(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM paragraph").fetchone()[0]
    finally:
        con.close()


def grow(path: Path, target: int, documents: int | None = None) -> int:
    """Copy the seed's citing documents until ``path`` holds ``target`` paragraphs:
    each copy a document of its own, or (``documents``) the copies' paragraphs shared
    out among that many documents, made once (a few big documents, at any size)."""
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA foreign_keys = ON")
    kinds = ", ".join(f"'{k}'" for k in REGISTRY_KINDS)
    base = [
        r[0]
        for r in con.execute(
            f"SELECT id FROM document WHERE kind NOT IN ({kinds}) AND id <= 100 "
            "AND version_of_id IS NULL ORDER BY id"
        )
    ]
    per_copy = con.execute(
        f"SELECT count(*) FROM paragraph WHERE document_id IN ({','.join(map(str, base))})"
    ).fetchone()[0]
    n = paragraphs(path)
    copies = 0
    pool: list[int] = []
    if documents:
        first = con.execute("SELECT max(id) FROM document").fetchone()[0] + 1
        pool = list(range(first, first + documents))
        con.execute("BEGIN")
        for new in pool:
            _copy_document(con, base[0], new)
        con.execute("COMMIT")
    while n < target:
        con.execute("BEGIN")
        doc_off = con.execute("SELECT max(id) FROM document").fetchone()[0] + 1000
        par_off = con.execute("SELECT max(id) FROM paragraph").fetchone()[0] + 1
        for d in base:
            if pool:
                new, seq_off = pool[copies % len(pool)], 1000 * (copies + 1) + d * 10**6
            else:
                new, seq_off = doc_off + d, 0
                _copy_document(con, d, new)
            con.execute(
                "INSERT INTO paragraph (id, document_id, seq, label, kind, text, page_start, "
                "page_end, reviewed_at, reviewed_by, previous_id, change, "
                "changed_since_review, boxes) "
                "SELECT id + ?, ?, seq + ?, label, kind, text, page_start, page_end, "
                "reviewed_at, reviewed_by, NULL, change, changed_since_review, boxes "
                "FROM paragraph WHERE document_id = ?",
                (par_off, new, seq_off, d),
            )
            con.execute(
                "INSERT INTO link (uid, paragraph_id, recommendation_id, origin, status, score, "
                "detail, created_by, created_at, updated_at) "
                "SELECT lower(hex(randomblob(16))), l.paragraph_id + ?, l.recommendation_id, "
                "l.origin, l.status, l.score, l.detail, l.created_by, l.created_at, "
                "l.updated_at FROM link l JOIN paragraph p ON p.id = l.paragraph_id "
                "WHERE p.document_id = ?",
                (par_off, d),
            )
        con.execute("COMMIT")
        copies += 1
        n += per_copy
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return copies


def _copy_document(con: sqlite3.Connection, d: int, new: int) -> None:
    con.execute(
        "INSERT INTO document (id, uid, title, organisation, kind, format, file_name, "
        "sha256, pages, symbol, report_symbol, imported_at, imported_by, review_id, "
        "review_status, review_reason, short_reading, version, version_of_id, "
        "superseded_at, source_path, edited) "
        "SELECT ?, lower(hex(randomblob(16))), title || ' #' || ?, organisation, kind, "
        "format, file_name, lower(hex(randomblob(32))), pages, symbol, report_symbol, "
        "imported_at, imported_by, review_id, review_status, review_reason, "
        "short_reading, version, NULL, NULL, NULL, edited FROM document WHERE id = ?",
        (new, new, d),
    )


SHAPES = {"many": None, "big": 300}  # one document per copy; or 300 big documents


def build(folder: Path, sizes: list[int], shape: str = "many") -> dict[int, Path]:
    """Workspaces at schema 0007 (as the seed was imported; opening one upgrades it)
    of each size: ``counts-SHAPE-SIZE-0007.sqlite``."""
    folder.mkdir(parents=True, exist_ok=True)
    seed_path = folder / "seed.sqlite"
    if not seed_path.exists():
        took = seed(seed_path)
        print(f"seed: {paragraphs(seed_path)} paragraphs imported in {took:.1f} s")
    out, previous = {}, seed_path
    for size in sorted(sizes):
        path = folder / f"counts-{shape}-{size}-0007.sqlite"
        if not path.exists():
            t0 = time.perf_counter()
            tmp = path.with_suffix(".building")
            shutil.copy(previous, tmp)
            copies = grow(tmp, size, SHAPES[shape])
            tmp.rename(path)
            print(f"{shape} {size}: {paragraphs(path)} paragraphs ({copies} copies of the "
                  f"seed's citing documents) in {time.perf_counter() - t0:.1f} s")  # fmt: skip
        out[size] = path
        if shape == "many":
            previous = path  # the big shape's pool is made once, from the seed
    return out


if __name__ == "__main__":
    build(Path(sys.argv[1]), [int(x) for x in sys.argv[3:]], sys.argv[2])
