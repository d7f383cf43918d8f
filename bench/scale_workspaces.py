"""bench_scale's workspaces: built once at 75k / 300k / 1.2M paragraphs, kept, and
upgraded to the current schema outside the measure (see bench/bench_scale.py)."""

from __future__ import annotations

import random
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
REGISTRY = FIXTURES / "un" / "China-UPR3-thematic-list-A_HRC_40_6.docx"
CANGO = FIXTURES / "cango" / "cango-upr4-submission.docx"
BIG = 3000  # paragraphs of the first generated document (the one scrolled)
PER_DOC = 300


def build(path: Path, paragraphs: int) -> float:
    import hashlib

    from corpus import real_unigrams

    from reviewer.ingest.model import ParsedDocument, ParsedParagraph
    from reviewer.workspace import Workspace

    words = real_unigrams()
    rng = random.Random(11)
    t0 = time.perf_counter()
    with Workspace.open(path, "bench") as ws:
        ws.import_file(REGISTRY)
        ws.import_file(CANGO)
        made, d = 0, 0
        while made < paragraphs:
            n = BIG if d == 0 else min(PER_DOC, paragraphs - made)
            paras = []
            for i in range(n):
                text = " ".join(rng.choice(words) for _ in range(rng.randint(30, 110)))
                text = text[:1].upper() + text[1:] + "."
                if rng.random() < 0.16:
                    text = text[:-1] + f" (A/HRC/40/6, 28.{rng.randint(1, 346)})."
                paras.append(ParsedParagraph(seq=i, label=str(i + 1), kind="body", text=text))
            ws.import_parsed(
                ParsedDocument(
                    title=f"Generated submission {d + 1} to the Universal Periodic Review",
                    organisation=f"Organisation {d % 97 + 1}",
                    format="txt",
                    file_name=f"g{d}.txt",
                    sha256=hashlib.sha256(f"scale-{d}".encode()).hexdigest(),
                    paragraphs=tuple(paras),
                )
            )
            made += n
            d += 1
        first = next(x for x in ws.documents() if x.title.startswith("Generated submission 1 "))
        ids = ws.paragraph_ids(first.id)
        for name in ("follow up", "key point", "disputed"):
            ws.create_tag(name)
        for i, pid in enumerate(rng.sample(ids, 600)):
            ws.add_tag(pid, ("follow up", "key point", "disputed")[i % 3])
        for pid in rng.sample(ids, 150):
            ws.add_note(pid, "Check this against the State's mid-term report.")
        for pid in rng.sample(ids, 400):
            ws.set_reviewed(pid, True)
    return time.perf_counter() - t0


def settle_schema(path: Path) -> float | None:
    """Open once outside the measure, so an upgrade of a kept workspace is not timed."""
    import sqlite3

    from reviewer.storage.db import head_revision
    from reviewer.workspace import Workspace

    con = sqlite3.connect(path)
    revision = con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    con.close()
    if revision == head_revision():
        return None
    t0 = time.perf_counter()
    with Workspace.open(path, "bench") as ws:
        backup = ws.backup_path
    if backup is not None:
        backup.unlink()  # a copy of a generated workspace: only disk space
    return time.perf_counter() - t0
