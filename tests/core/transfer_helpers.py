"""Shared by the copy and merge tests: a workspace with a person's work on real
documents, and every row of it read back."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from reviewer.storage.models import Base
from reviewer.workspace import Workspace
from tests.conftest import FIXTURES
from tests.core.version_helpers import edit_words, load, save

CANGO_DOCX = FIXTURES / "cango" / "cango-upr4-submission.docx"
CANGO_MD = FIXTURES / "cango" / "cango-upr4-submission.md"
CHINA_LIST = FIXTURES / "un" / "China-UPR3-thematic-list-A_HRC_40_6.docx"
SVN_SUMMARY = FIXTURES / "un" / "Slovenia-UPR2-A_HRC_WG.6_20_SVN_3-stakeholder-summary.pdf"


def dump(ws: Workspace) -> dict[str, list[tuple]]:
    """Every row of every table of the schema."""
    with ws.read() as s:
        return {
            t.name: sorted((tuple(r) for r in s.execute(select(t)).all()), key=repr)
            for t in Base.metadata.sorted_tables
        }


def worked(ws: Workspace, tmp_path: Path) -> dict:
    """China's list, the CANGO submission in two versions and the Slovenian summary,
    with work on them: tags (one in a group), a passage tag, notes (one edited), a
    reviewed mark, a link by hand, a rejected link, a dismissed finding."""
    ws.import_file(CHINA_LIST)
    first = ws.import_file(CANGO_DOCX)
    doc = load()
    edit_words(doc, 5, "contribution made", "efforts made")
    ws.import_file(save(doc, tmp_path / "v2" / CANGO_DOCX.name))
    other = ws.import_file(SVN_SUMMARY)
    cango = ws.document(first.document_id)
    summary = ws.document(other.document_id)
    assert cango is not None and summary is not None
    p, q = cango.paragraphs[4], cango.paragraphs[6]
    ws.add_tag(p.id, "climate")
    ws.add_tag(summary.paragraphs[2].id, "climate")
    ws.add_tag(q.id, "detention")
    ws.set_tag_group("detention", "climate")
    ws.add_passage_tag(p.id, "detention", 0, 5)
    note = ws.add_note(p.id, "ask about the follow-up")
    ws.update_note(note.id, "ask about the follow-up in 2025", base_revision=note.revision)
    ws.add_note(q.id, "a passage note", start=2, end=9)
    ws.set_reviewed(q.id)
    ws.link(q.id, "A/HRC/40/6", "28.2")
    cited = next(lk for lk in cango.paragraphs[3].links)
    ws.set_link_status(cited.id, "rejected")
    ws.dismiss_finding(first.document_id, "word-limit")
    return {
        "cango": first.document_id, "summary": other.document_id, "p": p.id, "q": q.id,
        "cited": cited.paragraph_id, "cited_number": cited.number,
    }  # fmt: skip
