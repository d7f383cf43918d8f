"""What importing a PDF gives, as short fingerprints, to compare with a reference.

The reference (tests/fixtures/snapshots/pdf_import.json) was written by the reader and
the store as they were before they were made faster; ``test_import_snapshot`` checks
that every PDF of the fixtures (and the 181-page bench file) still gives the very same
paragraphs (text, label, kind, pages, boxes, footnote markers), footnotes, warnings,
title, links planned and rows stored.  Each paragraph has its own fingerprint, so a
difference is reported with the paragraph where it starts.

Write the reference again (only for an intended change of the output):
    PYTHONPATH=$PWD python tests/core/import_snapshot.py
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import text

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
REFERENCE = FIXTURES / "snapshots" / "pdf_import.json"
BENCH_PDF = ROOT / "bench" / "data" / "A_HRC_28_2-council-session-report-181p.pdf"


def pdf_files() -> list[Path]:
    return sorted(FIXTURES.glob("*/*.pdf")) + [BENCH_PDF]


def key(path: Path) -> str:
    return str(path.relative_to(ROOT))


def _digest(value: Any) -> str:
    blob = json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:12]


def parsed_fingerprint(path: Path) -> dict[str, Any]:
    """The reader's output: one digest per paragraph, one for the rest."""
    from reviewer.ingest.pdf import parse_pdf
    from reviewer.linking import plan_links

    doc = parse_pdf(path.read_bytes(), path.name)
    paragraphs = [
        _digest(
            [
                p.seq,
                p.label,
                str(p.kind),
                p.text,
                p.page_start,
                p.page_end,
                [[m.marker, m.offset] for m in p.markers],
                [list(b) for b in p.boxes],
            ]
        )
        for p in doc.paragraphs
    ]
    plan = plan_links(doc)
    head = [
        doc.title,
        str(doc.kind),
        doc.pages,
        doc.symbol,
        doc.organisation,
        list(doc.warnings),
        [[f.marker, f.text, f.page] for f in doc.footnotes],
    ]
    links = [
        [list(x) for x in plan.links],
        [list(x) for x in plan.marker_footnotes],
        [
            [c.paragraph_index, c.footnote_index, c.start, c.end, c.symbol, c.number, c.kind]
            for c in plan.citations
        ],
        plan.named_report,
    ]
    return {"head": _digest(head), "links": _digest(links), "paragraphs": paragraphs}


_STORED = {
    "paragraph": "SELECT seq, label, kind, text, page_start, page_end, boxes FROM paragraph "
    "WHERE document_id = :d ORDER BY seq",
    "footnote": "SELECT seq, marker, text, page FROM footnote WHERE document_id = :d ORDER BY seq",
    "footnote_ref": 'SELECT p.seq, f.seq, r."offset" FROM footnote_ref r '
    "JOIN paragraph p ON p.id = r.paragraph_id JOIN footnote f ON f.id = r.footnote_id "
    "WHERE p.document_id = :d ORDER BY 1, 2, 3",
    "citation": 'SELECT p.seq, f.seq, c.start, c."end", c.symbol, c.number, c.kind, c.origin, '
    "r.symbol, r.number FROM citation c JOIN paragraph p ON p.id = c.paragraph_id "
    "LEFT JOIN footnote f ON f.id = c.footnote_id "
    "LEFT JOIN recommendation r ON r.id = c.recommendation_id "
    "WHERE p.document_id = :d ORDER BY 1, 3, 6, 2",
    "link": "SELECT p.seq, r.symbol, r.number, l.origin, l.status, l.created_by FROM link l "
    "JOIN paragraph p ON p.id = l.paragraph_id JOIN recommendation r ON r.id = "
    "l.recommendation_id WHERE p.document_id = :d ORDER BY 1, 2, 3",
    "recommendation": "SELECT symbol, number, text, states, position FROM recommendation "
    "ORDER BY symbol, number",
    "document": "SELECT title, organisation, kind, format, file_name, pages, symbol, "
    "report_symbol, version FROM document WHERE id = :d",
}


def stored_fingerprint(path: Path, workspace: Path | str) -> dict[str, str]:
    """The rows an import of ``path`` into a new workspace stores, table by table."""
    from reviewer.ingest import IngestError
    from reviewer.workspace import Workspace

    with Workspace.open(workspace, author="snapshot") as ws:
        try:
            result = ws.import_file(path)
        except IngestError as exc:  # responses before their report
            return {"error": exc.reason}
        out = {"kind": str(result.kind)}
        with ws.read() as s:
            for table, sql in _STORED.items():
                rows = s.execute(text(sql), {"d": result.document_id}).all()
                out[table] = _digest([_plain(r) for r in rows])
    return out


def _plain(row) -> list[Any]:
    out = []
    for v in row:
        if isinstance(v, str) and v[:1] in "[{":
            try:
                v = json.loads(v)  # a JSON column as SQLite hands it back: compare values
            except ValueError:
                pass
        out.append(v)
    return out


def build(tmp: Path) -> dict[str, Any]:
    ref: dict[str, Any] = {}
    for i, path in enumerate(pdf_files()):
        ref[key(path)] = {
            "parsed": parsed_fingerprint(path),
            "stored": stored_fingerprint(path, tmp / f"w{i}.sqlite"),
        }
    return ref


if __name__ == "__main__":
    import tempfile

    sys.path.insert(0, str(ROOT))
    with tempfile.TemporaryDirectory() as tmp:
        reference = build(Path(tmp))
    REFERENCE.parent.mkdir(parents=True, exist_ok=True)
    REFERENCE.write_text(json.dumps(reference, indent=1, sort_keys=True) + "\n", "utf-8")
    print(f"wrote {REFERENCE} ({REFERENCE.stat().st_size} bytes)")
