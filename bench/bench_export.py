"""Word brief export: 1,000 linked, tagged and noted paragraphs, each grouping.

Baseline in the same run: python-docx writing the same 1,000 paragraph texts into
a plain document with no formatting, so the ratio shows what the brief's layout
(headings, recommendation tables, tags, notes, fields) costs on top of the library.
Issue target: a 1,000-paragraph brief in under 5 s.
Usage: python bench/bench_export.py [--paragraphs 1000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import docx  # noqa: E402
from corpus import paragraph_text  # noqa: E402

from reviewer.export import BriefOptions, export_brief  # noqa: E402
from reviewer.ingest.model import ParsedDocument, ParsedParagraph  # noqa: E402
from reviewer.workspace import Workspace  # noqa: E402

TAGS = ["gender", "education", "climate", "disability", "poverty", "health", "migrants"]


def build(ws: Workspace, paragraphs: int, rng: random.Random) -> list[str]:
    per_doc = 100
    texts: list[str] = []
    for d in range(max(1, paragraphs // per_doc)):
        paras = tuple(
            ParsedParagraph(
                seq=i, label=str(i + 1), kind="body", text=paragraph_text(rng, rng.randint(60, 160))
            )
            for i in range(per_doc)
        )
        texts += [p.text for p in paras]
        res = ws.import_parsed(
            ParsedDocument(
                title=f"Generated submission {d}",
                organisation=f"Organisation {d}",
                format="txt",
                file_name=f"g{d}.txt",
                sha256=hashlib.sha256(f"g{d}".encode()).hexdigest(),
                paragraphs=paras,
            )
        )
        for pid in ws.paragraph_ids(res.document_id):
            for _ in range(rng.randint(1, 3)):
                ws.link(pid, "A/HRC/40/6", f"28.{rng.randint(1, 346)}")
            ws.add_tag(pid, rng.choice(TAGS))
            ws.add_note(pid, "Check this against the national report. " + paragraph_text(rng, 12))
    return texts


def plain(texts: list[str], out: Path) -> None:
    doc = docx.Document()
    for t in texts:
        doc.add_paragraph(t)
    doc.save(out)


def timed(fn, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--paragraphs", type=int, default=1000)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    rng = random.Random(5)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        ws = Workspace.open(tmp / "bench.sqlite", author="bench")
        t0 = time.perf_counter()
        texts = build(ws, args.paragraphs, rng)
        print(
            f"workspace: {len(texts)} paragraphs, links/tags/notes on each "
            f"({time.perf_counter() - t0:.1f} s to build)"
        )
        base = timed(lambda: plain(texts, tmp / "plain.docx"), args.rounds)
        print(f"baseline  plain python-docx, {len(texts)} paragraphs: {base:6.2f} s")
        for group_by in ("document", "recommendation", "tag"):
            for comments in (False, True):
                opts = BriefOptions(group_by=group_by, comments=comments)
                out = tmp / f"brief-{group_by}.docx"
                summary = None

                def run(opts=opts, out=out):
                    nonlocal summary
                    summary = export_brief(ws, out, opts)

                secs = timed(run, args.rounds)
                label = f"{group_by}{' +comments' if comments else ''}"
                size = out.stat().st_size / 1e6
                print(
                    f"brief     {label:<24} {secs:6.2f} s  x{secs / base:5.1f} baseline  "
                    f"{summary.paragraphs} ¶ {summary.recommendations} recs "
                    f"{summary.comments} comments  {size:.1f} MB  "
                    f"{'OK' if secs < 5 else 'over'} (<5 s)"
                )
        ws.close()


if __name__ == "__main__":
    main()
