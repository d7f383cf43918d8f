"""Versions: does a reviewer's work land on the right paragraph of a new version, and
how long does importing a new version take?

Pairs of versions built with python-docx (tests/core/version_helpers.py) from the
shared fixtures: CANGO's Word submission (16 paragraphs) edited in place; Slovenia's
national report (UPR2, 146 paragraphs, read from the PDF) written to a Word file with
typed numbers; and a generated 300-paragraph submission.  Each edit alone, then all
at once: words edited (3 paragraphs), a paragraph split in two, two merged, two moved,
one removed, the numbering changed (restarted at 2, or the typed numbers shifted).

Every paragraph of version 1 gets a tag, a note (on words from its middle), a manual
link and a reviewed mark; version 2 is imported; each annotation is checked against
where its paragraph went (known from the edits): on all of its continuations (a note:
on one of them), or, its paragraph removed, kept on the earlier version.  Printed: the
share landing right by what happened to the paragraph (target: 100 % unchanged and
moved, at least 95 % overall).

Timing: importing version 2 of the 300-paragraph document (every edit, all 300
paragraphs annotated) as a new version, against importing the same file as a new
document in a fresh workspace (baseline), median of --rounds; and the matching alone.
Usage: python bench/bench_versions.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from corpus import realistic_paragraph_text  # noqa: E402

from reviewer.ingest import parse_bytes  # noqa: E402
from reviewer.versions import match_paragraphs  # noqa: E402
from reviewer.workspace import Workspace  # noqa: E402
from tests.core import version_helpers as vh  # noqa: E402

SLOVENIA = ROOT / "tests/fixtures/un/Slovenia-UPR2-A_HRC_WG.6_20_SVN_1-national-report.pdf"
FATES = ("unchanged", "moved", "edited", "split", "merged", "removed")
SYMBOL = "A/HRC/99/9"


class Draft:
    """A Word file being edited, with where each paragraph of version 1 went."""

    def __init__(self, path: Path, typed: bool):
        self.doc = vh.load(path)
        self.typed = typed  # numbers typed in the text (else Word's numbering)
        n = len(self.doc.paragraphs)
        self.origins: list[set[int]] = [{i} for i in range(n)]
        self.fate = ["unchanged"] * n

    def at(self, i: int) -> int:
        return next(k for k, o in enumerate(self.origins) if i in o)

    def body(self, share: float, sentences: int = 1) -> int:
        """The version-1 paragraph of at least 25 words (and ``sentences`` sentences)
        nearest ``share`` of the way, still unchanged."""
        n = len(self.fate)

        def fits(i: int) -> bool:
            text = vh.text_of(self.doc, self.at(i))
            stops = len(re.findall(r"[.;]\s+(?=[A-Z“])", text))
            return len(text.split()) >= 25 and stops + 1 >= sentences

        ok = [i for i in range(n) if self.fate[i] == "unchanged" and fits(i)]
        return min(ok, key=lambda i: abs(i - share * n))

    def edit(self, i: int) -> None:
        """Three words replaced (a quarter, half and three quarters of the way)."""
        k = self.at(i)
        words = [w for w in vh.text_of(self.doc, k).split() if w.isalpha() and len(w) > 4]
        for at in (len(words) // 4, len(words) // 2, 3 * len(words) // 4):
            for w in words[at:]:
                try:
                    vh.edit_words(self.doc, k, f" {w} ", " substantially revised ")
                    self.fate[i] = "edited"
                    break
                except ValueError:
                    continue

    def truth(self) -> list[str]:
        """What each paragraph of version 2 is, as made."""
        parts = defaultdict(int)
        for o in self.origins:
            for i in o:
                parts[i] += 1
        out = []
        for o in self.origins:
            (i,) = o if len(o) == 1 else (min(o),)
            if len(o) > 1:
                out.append("merged")
            elif parts[i] > 1:
                out.append("split")
            else:
                out.append(self.fate[i])
        return out

    def split(self, i: int) -> None:
        k = self.at(i)
        vh.split(self.doc, k)
        self.origins.insert(k + 1, set(self.origins[k]))
        self.fate[i] = "split"

    def merge(self, i: int) -> None:
        k = self.at(i)
        vh.merge(self.doc, k)
        for j in self.origins[k] | self.origins[k + 1]:
            self.fate[j] = "merged"
        self.origins[k] |= self.origins.pop(k + 1)

    def move(self, i: int, after: int) -> None:
        k, a = self.at(i), self.at(after)
        vh.move(self.doc, k, a)
        o = self.origins.pop(k)
        self.origins.insert(a if a > k else a + 1, o)
        self.fate[i] = "moved"

    def remove(self, i: int) -> None:
        k = self.at(i)
        vh.remove(self.doc, k)
        self.origins.pop(k)
        self.fate[i] = "removed"

    def renumber(self) -> None:
        if not self.typed:
            vh.restart_numbering(self.doc, 2)
            return
        for k in range(len(self.doc.paragraphs)):
            head = vh.text_of(self.doc, k).split(". ", 1)[0]
            if head.isdigit():
                vh.edit_words(self.doc, k, f"{head}. ", f"{int(head) + 1}. ")


def make(v1: Path, typed: bool, edits: str) -> Draft:
    d = Draft(v1, typed)
    n = len(d.fate)
    if edits in ("edited", "all"):
        for share in (0.2, 0.45, 0.9):
            d.edit(d.body(share))
    if edits in ("split", "all"):
        d.split(d.body(0.3, sentences=2))
    if edits in ("merged", "all"):
        a = d.body(0.55)
        b = a + 1 if a + 1 < n and d.fate[a + 1] == "unchanged" else a - 1
        d.merge(min(a, b))
    if edits in ("moved", "all"):
        a = d.body(0.65)
        d.move(a, min(a + 3, n - 1))
        d.move(d.body(0.95), 2)
    if edits in ("removed", "all"):
        d.remove(d.body(0.8))
    if edits in ("renumbered", "all"):
        d.renumber()
    return d


def annotate(ws: Workspace, doc_id: int) -> list[int]:
    ids = [p.id for p in ws.document(doc_id).paragraphs]
    for i, pid in enumerate(ids):
        text = ws.paragraph(pid).text
        mid = len(text) // 2
        start = text.rfind(" ", 0, mid) + 1
        end = text.find(" ", min(mid + 12, len(text)))
        ws.add_tag(pid, f"p{i}")
        span = (start, end if end > start else len(text)) if len(text) > 30 else None
        ws.add_note(pid, f"note {i}", span=span)
        ws.link(pid, SYMBOL, f"9.{i + 1}")
        ws.set_reviewed(pid)
    return ids


def score(ws: Workspace, doc_id: int, old_ids: list[int], d: Draft) -> dict[str, list[int]]:
    """Per fate: [right, of] annotations; and under "kinds": [right, of] paragraphs of
    version 2 whose change was told as made."""
    new_ids = [p.id for p in ws.document(doc_id).paragraphs]
    told = [p.change for p in ws.diff(doc_id).paragraphs]
    if len(new_ids) != len(d.origins):
        raise SystemExit(f"version 2 read as {len(new_ids)} paragraphs, {len(d.origins)} made")
    pos = {pid: j for j, pid in enumerate(new_ids)}
    reviewed = {p.id for p in ws.document(doc_id).paragraphs if p.reviewed}
    notes = {n.body: n.paragraph_id for n in ws.notes()}
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for made, said in zip(d.truth(), told, strict=True):
        out["kinds"][0] += made == said
        out["kinds"][1] += 1
    for i, old in enumerate(old_ids):
        expected = {j for j, o in enumerate(d.origins) if i in o}
        tagged = {pos[p] for p in ws.paragraph_ids_filtered(document_id=doc_id, tag=f"p{i}")}
        rec = ws.recommendation(SYMBOL, f"9.{i + 1}").recommendation.id
        linked = {
            pos[p] for p in ws.paragraph_ids_filtered(document_id=doc_id, recommendation_id=rec)
        }
        noted = pos.get(notes[f"note {i}"])
        if expected:
            rev = all(new_ids[j] in reviewed for j in expected)
            note_ok = noted in expected
        else:  # removed: kept on the earlier version's paragraph
            rev = ws.paragraph(old).reviewed
            note_ok = notes[f"note {i}"] == old
        for ok in (tagged == expected, linked == expected, note_ok, rev):
            out[d.fate[i]][0] += bool(ok)
            out[d.fate[i]][1] += 1
    return out


def run_pair(tmp: Path, name: str, v1: Path, typed: bool, edits: str) -> dict[str, list[int]]:
    d = make(v1, typed, edits)
    v2 = vh.save(d.doc, tmp / name / edits / v1.name)
    with Workspace.open(tmp / f"{name}-{edits}.sqlite", author="bench") as ws:
        doc_id = ws.import_file(v1).document_id
        old_ids = annotate(ws, doc_id)
        r = ws.import_file(v2)
        if r.document_id != doc_id or r.versioning is None:
            raise SystemExit(f"{name}/{edits}: not imported as a new version: {r}")
        return score(ws, doc_id, old_ids, d)


def slovenia_docx(tmp: Path) -> Path:
    parsed = parse_bytes(SLOVENIA.read_bytes(), SLOVENIA.name)
    rows = [(p.label if p.kind == "body" else None, p.kind, p.text) for p in parsed.paragraphs]
    return vh.write_paragraphs(rows, tmp / "slovenia" / "svn-national-report.docx")


def generated_docx(tmp: Path, n: int = 300) -> Path:
    rng = random.Random(7)
    rows: list[tuple[str | None, str, str]] = [(None, "title", "Generated submission on water")]
    number = 0
    for k in range(n - 1):
        if k % 12 == 0:
            rows.append((None, "heading", realistic_paragraph_text(rng, 5).rstrip(".")))
            continue
        number += 1
        text = " ".join(realistic_paragraph_text(rng, rng.randint(12, 30)) for _ in range(3))
        rows.append((str(number), "body", text))
    return vh.write_paragraphs(rows, tmp / "generated" / "generated-300.docx")


def report(name: str, edits: str, tally: dict[str, list[int]]) -> tuple[int, int]:
    kinds = tally.pop("kinds")
    right = sum(r for r, _ in tally.values())
    total = sum(t for _, t in tally.values())
    cells = [
        f"{fate} {100 * tally[fate][0] / tally[fate][1]:5.1f}%" for fate in FATES if fate in tally
    ]
    print(
        f"  {name:<10} {edits:<11} {100 * right / total:6.1f}% of {total:>4}  "
        f"(changes told: {kinds[0]}/{kinds[1]})  " + "  ".join(cells)
    )
    return right, total


def timing(tmp: Path, v1: Path, rounds: int) -> None:
    d = make(v1, True, "all")
    v2 = vh.save(d.doc, tmp / "timing" / v1.name)
    a = parse_bytes(v1.read_bytes(), v1.name)
    b = parse_bytes(v2.read_bytes(), v2.name)
    old = [(i, p.label, p.kind, p.text) for i, p in enumerate(a.paragraphs)]
    new = [(i, p.label, p.kind, p.text) for i, p in enumerate(b.paragraphs)]
    t = []
    for _ in range(max(rounds, 5)):
        t0 = time.perf_counter()
        match_paragraphs(old, new)
        t.append(time.perf_counter() - t0)
    print(f"  matching alone ({len(old)} × {len(new)} paragraphs): {statistics.median(t):.3f} s")
    seed = tmp / "timing-seed.sqlite"
    with Workspace.open(seed, author="bench") as ws:
        annotate(ws, ws.import_file(v1).document_id)
        ws.backup("seed")
    versioned, baseline = [], []
    for k in range(rounds):
        copy = tmp / f"timing-{k}.sqlite"
        with Workspace.open(seed) as ws:
            shutil.copy(ws.backup(f"round-{k}"), copy)
        with Workspace.open(copy, author="bench") as ws:
            t0 = time.perf_counter()
            r = ws.import_file(v2)
            versioned.append(time.perf_counter() - t0)
            assert r.versioning is not None, r
        with Workspace.open(tmp / f"baseline-{k}.sqlite", author="bench") as ws:
            t0 = time.perf_counter()
            ws.import_file(v2)
            baseline.append(time.perf_counter() - t0)
    print(
        f"  import of version 2 ({len(new)} paragraphs, {len(old)} annotated 4 ways): "
        f"{statistics.median(versioned):.3f} s median of {rounds} "
        f"(baseline, the same file as a new document: {statistics.median(baseline):.3f} s)"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as td:
        tmp = Path(td)
        sources = [
            ("cango", vh.CANGO_DOCX, False),
            ("slovenia", slovenia_docx(tmp), True),
            ("generated", generated_docx(tmp), True),
        ]
        print("annotations landing on the right paragraph (tag, note, link, reviewed mark):")
        grand = defaultdict(lambda: [0, 0])
        right = total = 0
        for name, path, typed in sources:
            for edits in ("edited", "split", "merged", "moved", "removed", "renumbered", "all"):
                tally = run_pair(tmp, name, path, typed, edits)
                r, t = report(name, edits, tally)
                right, total = right + r, total + t
                for fate, (a, b) in tally.items():
                    grand[fate][0] += a
                    grand[fate][1] += b
        print(f"  overall: {100 * right / total:.1f}% of {total}")
        for fate in FATES:
            if fate in grand:
                a, b = grand[fate]
                print(f"    {fate:<10} {100 * a / b:6.1f}% of {b}")
        print("time:")
        timing(tmp, sources[2][1], args.rounds)


if __name__ == "__main__":
    main()
