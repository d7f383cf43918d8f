"""A real workspace for the brief tests: CANGO imported, then tagged and noted."""

from pathlib import Path

import docx

from reviewer.export import BriefOptions, export_brief
from reviewer.workspace import Workspace
from tests.conftest import FIXTURES

CANGO_MD = FIXTURES / "cango" / "cango-upr4-submission.md"
THEMATIC = FIXTURES / "un" / "China-UPR3-thematic-list-A_HRC_40_6.docx"
TAGS = {
    "2": ["gender equality"],
    "3": ["gender equality"],
    "12": ["gender equality"],
    "6": ["international cooperation"],
    "8": ["education", "gender equality"],
}
NOTES = {
    "2": "Ask CANGO for the 2022 enforcement figures before the meeting.",
    "6": "Strong on South-South cooperation; nothing on civil society space.",
    "8": "需要核实数据来源 — check the source of the education statistics.",
}
SPAN_NOTE = ("7", "Which conference? Ask for the list.", "United Nations Climate Change")


def build(path: Path, thematic: bool = False) -> Workspace:
    ws = Workspace.open(path, author="Mei Lin")
    done, failed = ws.import_files([CANGO_MD] + ([THEMATIC] if thematic else []))
    assert not failed and done[0].paragraphs == 16 and done[0].links == 11
    by = labels(ws)
    for label, names in TAGS.items():
        for name in names:
            ws.add_tag(by[label].id, name)
    for label, body in NOTES.items():
        ws.add_note(by[label].id, body)
    label, body, phrase = SPAN_NOTE
    start = by[label].text.index(phrase)
    ws.add_note(by[label].id, body, span=(start, start + len(phrase)))
    return ws


def labels(ws: Workspace, doc_id: int = 1) -> dict:
    return {p.label or f"#{p.seq}": p for p in ws.document(doc_id).paragraphs}


def export(ws, path, **kw):
    summary = export_brief(ws, path, BriefOptions(**kw))
    return summary, docx.Document(str(path))


def blocks(doc):
    """Body paragraphs and tables in order, as (style name, text or table)."""
    out = []
    for b in doc.iter_inner_content():
        if isinstance(b, docx.table.Table):
            out.append(("table", b))
        else:
            out.append((b.style.name, b.text))
    return out


def table_text(table) -> list[list[str]]:
    return [[c.text for c in row.cells] for row in table.rows]


def section_after(bl, index):
    """The blocks after a heading up to the next heading of any level."""
    out = []
    for style, content in bl[index + 1 :]:
        if style.startswith("Heading"):
            break
        out.append((style, content))
    return out


def leftovers(folder: Path, keep: str = "brief.docx") -> list[str]:
    """Files besides the brief and the workspace: a temporary file left behind."""
    return [
        p.name for p in folder.iterdir() if p.name != keep and not p.name.startswith("w.sqlite")
    ]
