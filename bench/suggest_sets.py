"""The held-out sets the suggestion bench scores against, built from the fixtures.

(a) CANGO's submission (China, 4th cycle) with its citations hidden: the Markdown
    fixture without its footnotes, its footnote markers and the cue phrases that
    carry numbers ("According to the Suggestions 28.109 and 28.111,"); the gold is
    the 11 links the real file makes, by paragraph label, over A/HRC/40/6's 346
    recommendations (from China's thematic list, with themes and affected persons).
(b) Slovenia's 2nd-cycle national report (A/HRC/WG.6/20/SVN/1): the paragraphs under
    each of its 12 headings that cite A/HRC/14/15's items; the gold is the items the
    heading cites, over the report's 97.  The heading's own citation is the answer, so
    the heading is left out of the section's text.

Both are read through a real workspace import, as a user's files are.
"""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from reviewer.suggest.rank import Query, Target
from reviewer.workspace import Workspace

ROOT = Path(__file__).resolve().parent.parent
UN = ROOT / "tests" / "fixtures" / "un"
CANGO_MD = ROOT / "tests" / "fixtures" / "cango" / "cango-upr4-submission.md"
CHN_LIST = UN / "China-UPR3-thematic-list-A_HRC_40_6.docx"
SVN1 = (
    UN / "Slovenia-UPR1-A_HRC_14_15-wg-report.pdf",
    UN / "Slovenia-UPR1-A_HRC_14_15_Add.1-responses.pdf",
)
SVN_NATIONAL = UN / "Slovenia-UPR2-A_HRC_WG.6_20_SVN_1-national-report.pdf"


@dataclass
class Case:
    """A document's paragraphs as queries, with the recommendations each should get."""

    name: str
    targets: list[Target]
    numbers: dict[int, str]  # target key → its number
    queries: list[Query]
    labels: list[str]
    gold: list[set[int]]  # per query


_CUE = re.compile(
    r"(?:,\s*)?(?:[Aa]ccording to\s+)?(?:the\s+)?[Ss]uggestions?\s+"
    r"(?:28\.\d+(?:\[\^\d+\])?(?:,\s*|\s+and\s+)?)+,?\s*"
)


def hide_cango_citations(md: str) -> str:
    """CANGO's Markdown with nothing left that names a recommendation."""
    body = md.split("\n[^1]:", 1)[0]
    body = _CUE.sub(" ", body)
    body = re.sub(r"\s*(?:in the report of the Working Group\s+)?28\.\d+\[\^\d+\]", "", body)
    body = re.sub(r"\[\^\d+\]", "", body)
    assert not re.search(r"\b28\.\d+", body), "a number is left"
    return re.sub(r"[ \t]+", " ", body)


def _targets(ws: Workspace, symbol: str) -> tuple[list[Target], dict[int, str]]:
    recs = ws.recommendations(symbol=symbol)
    targets = [
        Target(r.id, r.text or "", tuple(name for _code, name in r.themes), r.affected_persons)
        for r in recs
    ]
    return targets, {r.id: r.number for r in recs}


def _contexts(paras) -> list[str]:
    """Each paragraph's setting: the heading above it and its two neighbours."""
    heading = ""
    out = []
    for i, p in enumerate(paras):
        if p.kind == "heading":
            heading = p.text
        around = [paras[j].text for j in (i - 1, i + 1) if 0 <= j < len(paras)]
        out.append(" ".join([heading, *around]))
    return out


def cango(workdir: Path) -> Case:
    ws = Workspace.open(workdir / "cango.sqlite")
    try:
        ws.import_file(CHN_LIST)
        real = ws.import_file(CANGO_MD).document_id
        hidden_path = workdir / "cango-hidden.md"
        hidden_path.write_text(hide_cango_citations(CANGO_MD.read_text("utf-8")), "utf-8")
        hidden = ws.import_file(hidden_path).document_id
        targets, numbers = _targets(ws, "A/HRC/40/6")
        gold_by_label = {
            p.label: {lk.recommendation_id for lk in p.links}
            for p in ws.document(real).paragraphs
            if p.links
        }
        paras = ws.document(hidden).paragraphs
        assert not any(p.links for p in paras), "the hidden copy still cites"
        contexts = _contexts(paras)
        queries = [Query(p.text, c) for p, c in zip(paras, contexts, strict=True)]
        labels = [p.label or f"#{p.seq}" for p in paras]
        gold = [gold_by_label.get(p.label, set()) for p in paras]
        return Case("CANGO, citations hidden", targets, numbers, queries, labels, gold)
    finally:
        ws.close()


def slovenia(workdir: Path, per_paragraph: bool = False) -> Case:
    """One query per section (its paragraphs together), or per paragraph."""
    ws = Workspace.open(workdir / "svn.sqlite")
    try:
        ws.import_files([*SVN1, SVN_NATIONAL])
        doc = next(d for d in ws.documents() if d.kind == "national_report")
        targets, numbers = _targets(ws, "A/HRC/14/15")
        paras = ws.document(doc.id).paragraphs
        queries, labels, gold = [], [], []
        i = 0
        while i < len(paras):
            p = paras[i]
            cited = {lk.recommendation_id for lk in p.links}
            if p.kind != "heading" or not cited:
                i += 1
                continue
            j = i + 1
            body = []
            while j < len(paras) and paras[j].kind != "heading":
                body.append(paras[j])
                j += 1
            topic = re.sub(r"\s*\(recommendations?[^)]*\)", "", p.text)
            if per_paragraph:
                for q in body:
                    queries.append(Query(q.text, topic))
                    labels.append(f"{p.label}/{q.label}")
                    gold.append(cited)
            elif body:
                queries.append(Query(" ".join(q.text for q in body), topic))
                labels.append(f"{p.label} {topic[:40]}")
                gold.append(cited)
            i = j
        return Case("Slovenia 2nd-cycle national report", targets, numbers, queries, labels, gold)
    finally:
        ws.close()


def build_all(work: Path | None = None) -> tuple[Case, Case, Case]:
    work = work or Path(tempfile.mkdtemp(prefix="suggest-bench-"))
    return cango(work), slovenia(work), slovenia(work, per_paragraph=True)
