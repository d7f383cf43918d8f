"""Item models without widgets: QAbstractItemModelTester plus row/column/data checks."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from reviewer.workspace import (
    HIT_END,
    HIT_START,
    CitationRow,
    CitingParagraph,
    DocumentKind,
    DocumentRow,
    FootnoteRow,
    LinkRow,
    LinkStatus,
    NoteRow,
    ParagraphRow,
    Position,
    RecommendationRow,
    SearchHit,
    TagRow,
)
from ui.completer import Registry
from ui.models import HTML_ROLE, ID_ROLE, PROGRESS_ROLE, ROW_ROLE
from ui.models.documents import DocumentsModel
from ui.models.lists import LinksModel, NotesModel, SearchModel
from ui.models.paragraphs import ParagraphsModel
from ui.models.recommendations import CitingModel, RecommendationsModel
from ui.render import (
    KIND_LABELS,
    POSITION_COLOURS,
    STATUS_COLOURS,
    marked_text,
    paragraph_html,
    position_label,
    snippet_html,
)

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal
DISPLAY = Qt.ItemDataRole.DisplayRole


def _doc(i, n=16, reviewed=0, kind="submission"):
    return DocumentRow(
        i, f"Doc {i}", "CANGO", kind, "md", f"d{i}.md", n, reviewed, None, None, None, None
    )


def _para(i, doc=1, text=None, **kw):
    return ParagraphRow(i, doc, i, str(i), "body", text or f"Paragraph {i} text.", None, None, **kw)


class FakeSource:
    """Stands in for the Workspace: counts how many rows were fetched."""

    def __init__(self, n):
        self.rows = {i: _para(i) for i in range(1, n + 1)}
        self.fetched = 0

    def paragraphs(self, ids):
        self.fetched += len(ids)
        return [self.rows[i] for i in ids if i in self.rows]

    def footnote_markers(self, ids):
        return {i: [(9, "1", 100)] for i in ids if i % 2 == 0}


def test_documents_model(qapp):
    m = DocumentsModel()
    QAbstractItemModelTester(m, FATAL)
    m.set_rows([_doc(1, reviewed=4), _doc(2, 0, kind="thematic_list")])
    assert (m.rowCount(), m.columnCount()) == (2, 5)
    assert m.headerData(0, Qt.Orientation.Horizontal) == "Title"
    assert m.data(m.index(0, m.TITLE)) == "Doc 1"
    assert m.data(m.index(0, m.ORGANISATION)) == "CANGO"
    assert m.data(m.index(1, m.KIND)) == "Thematic list"
    assert m.data(m.index(0, m.PARAGRAPHS)) == 16
    assert m.data(m.index(0, m.PROGRESS)) == "4/16"
    assert m.data(m.index(1, m.PROGRESS)) == "—"
    assert m.data(m.index(0, 0), PROGRESS_ROLE) == (4, 16)
    assert m.data(m.index(1, 0), ID_ROLE) == 2
    changed = []
    m.dataChanged.connect(lambda a, b: changed.append((a.row(), b.row())))
    m.update_row(_doc(1, reviewed=16))
    assert changed == [(0, 0)] and m.data(m.index(0, m.PROGRESS)) == "16/16"
    assert m.row_of(2) == 1 and m.row_of(99) == -1
    listed = DocumentRow(3, "List", "OHCHR", "thematic_list", "docx", "l.docx", 0, 0, None, None,
                         "A/HRC/40/6", None, recommendations=346)  # fmt: skip
    m.set_rows([listed])
    assert m.data(m.index(0, m.PARAGRAPHS)) == "—"
    assert m.data(m.index(0, m.PROGRESS)) == "346 rec."
    assert "346 recommendations" in m.data(m.index(0, 0), Qt.ItemDataRole.ToolTipRole)


def test_paragraphs_model_fetches_lazily_in_batches(qapp):
    src = FakeSource(2000)
    m = ParagraphsModel(src)
    QAbstractItemModelTester(m, FATAL)
    m.set_ids(list(range(1, 2001)))
    assert m.total() == 2000
    assert m.rowCount() == ParagraphsModel.BATCH == src.fetched
    assert m.canFetchMore(QModelIndex())
    m.fetchMore(QModelIndex())
    assert m.rowCount() == 2 * ParagraphsModel.BATCH
    assert m.row_of(1500) == 1499 and m.rowCount() >= 1500
    assert m.row_of(1999, load=False) == -1 or m.rowCount() > 1998
    m.ensure_loaded(1999)
    assert m.rowCount() == 2000 and not m.canFetchMore(QModelIndex())
    idx = m.index(1, 0)
    assert m.data(idx, DISPLAY) == "Paragraph 2 text."
    assert m.data(idx, ID_ROLE) == 2 and m.data(idx, ROW_ROLE).label == "2"
    assert "<sup>" in m.data(idx, HTML_ROLE)  # marker from footnote_markers
    src.rows[2] = _para(2, text="Edited.", reviewed=True)
    assert m.refresh(2).reviewed and m.data(idx, DISPLAY) == "Edited."
    assert m.refresh(99999) is None
    m.set_ids([])
    assert m.rowCount() == 0 and not m.canFetchMore(QModelIndex())


def test_paragraphs_model_multi_document_titles(qapp):
    m = ParagraphsModel(FakeSource(3))
    m.set_ids([1, 2, 3], {1: "CANGO submission"})
    assert "CANGO submission" in m.data(m.index(0, 0), HTML_ROLE)


def _rec(i, number, states=("India",), position="supported", count=0):
    return RecommendationRow(i, "A/HRC/40/6", number, f"Text {number}", states, position,
                             (("A12", "Acceptance of international norms"),), (), count)  # fmt: skip


def test_recommendations_and_citing_models(qapp):
    m = RecommendationsModel()
    QAbstractItemModelTester(m, FATAL)
    m.set_rows([_rec(1, "28.9", ("A", "B", "C", "D", "E")), _rec(2, "28.294", count=2)])
    assert (m.rowCount(), m.columnCount()) == (2, 9)
    assert m.data(m.index(0, m.NUMBER)) == "28.9"
    assert m.data(m.index(0, m.STATES)) == "A, B, C +2"
    assert m.data(m.index(0, m.STATES), Qt.ItemDataRole.ToolTipRole) == "A, B, C, D, E"
    assert m.data(m.index(1, m.PARAGRAPHS)) == 2
    assert m.data(m.index(0, m.THEMES)) == "A12"
    assert m.data(m.index(1, m.POSITION), Qt.ItemDataRole.ForegroundRole) is not None
    c = CitingModel()
    QAbstractItemModelTester(c, FATAL)
    c.set_rows([CitingParagraph(1, "CANGO", 4, "2", "We appreciate…", "footnote", "confirmed")])
    assert c.rowCount() == 1 and c.data(c.index(0), ID_ROLE) == 4
    assert "¶ 2" in c.data(c.index(0), HTML_ROLE) and "confirmed" in c.data(c.index(0), HTML_ROLE)


def test_list_models(qapp):
    link = LinkRow(
        1, 4, 9, "A/HRC/40/6", "28.294", "footnote", "confirmed", "Continue <taking>", ("India",)
    )
    lm = LinksModel()
    QAbstractItemModelTester(lm, FATAL)
    lm.set_rows([link])
    html = lm.data(lm.index(0), HTML_ROLE)
    assert "28.294" in html and "&lt;taking&gt;" in html and "India" in html and "footnote" in html
    now = datetime(2026, 11, 2, 10, 30)
    nm = NotesModel()
    QAbstractItemModelTester(nm, FATAL)
    nm.set_rows([NoteRow(3, "u", 4, "Check\nthis", "Ana", now, now)])
    assert nm.data(nm.index(0), DISPLAY) == "Check\nthis"
    assert "Ana" in nm.data(nm.index(0), HTML_ROLE) and "2026-11-02" in nm.data(
        nm.index(0), HTML_ROLE
    )
    sm = SearchModel()
    QAbstractItemModelTester(sm, FATAL)
    sm.set_rows(
        [SearchHit(1, 8, "6", f"and {HIT_START}South-South{HIT_END} cooperation", 3.2, "CANGO")]
    )
    assert sm.data(sm.index(0), DISPLAY) == "and South-South cooperation"
    assert sm.data(sm.index(0), ID_ROLE) == 8
    assert "¶ 6" in sm.data(sm.index(0), HTML_ROLE)


def test_marked_text_highlights_citations_and_places_markers():
    text = "See Suggestions 28.109 and 28.111 & more"
    cits = (
        CitationRow(1, None, 16, 22, "A/HRC/40/6", "28.109", "cued", "inline", True),
        CitationRow(1, None, 27, 33, None, "28.111", "cued", "inline", False),
        CitationRow(1, 7, 0, 5, "A/HRC/40/6", "28.109", "full", "footnote", True),  # in a footnote
    )
    html = marked_text(text, cits, None, [(22, "2", 7), (33, "3", 8)])
    assert html.count('<span style="background-color') == 2
    assert "28.109</span><sup>" in html and "&amp; more" in html
    assert html.index("28.111") < html.index(">3<")
    # footnote citations highlight inside their footnote only
    assert marked_text("A/HRC/40/6, 28.109", cits, 7).startswith('<span style="background-color')


def test_marked_text_with_non_bmp_characters_uses_code_points():
    text = "𝐀 emoji 😀 then 28.45 here"
    start = text.index("28.45")
    cits = (CitationRow(1, None, start, start + 5, "S", "28.45", "bare", "inline", True),)
    html = marked_text(text, cits)
    assert ">28.45</span>" in html


def test_paragraph_html_shows_footnotes_tags_and_notes():
    now = datetime(2026, 1, 1)
    row = _para(
        4,
        text="Gender 28.294",
        footnotes=(FootnoteRow(7, "1", "A/HRC/40/6, 28.294: Continue (India).", 1),),
        tags=(TagRow(1, "women", "#d1495b"),),
        notes=(NoteRow(1, "u", 4, "n", "me", now, now),),
    )
    html = paragraph_html(row, [(13, "1", 7)])
    assert "A/HRC/40/6, 28.294: Continue (India)." in html
    assert "women" in html and "#d1495b" in html and "1 note" in html


def test_snippet_html_escapes_and_marks():
    assert snippet_html(f"a <b> {HIT_START}hit{HIT_END}") == (
        'a &lt;b&gt; <span style="background-color:#ffd54f; font-weight:600">hit</span>'
    )


def test_registry_resolves_what_was_typed():
    reg = Registry([_rec(1, "28.294"), _rec(2, "28.45")])
    assert reg.resolve("28.294") == ("A/HRC/40/6", "28.294")
    assert reg.resolve(reg.entries[1]) == ("A/HRC/40/6", "28.45")
    assert reg.resolve("A/HRC/28/15 115.3") == ("A/HRC/28/15", "115.3")
    assert reg.resolve("28.7") == ("A/HRC/40/6", "28.7")  # one report: new numbers go there
    with pytest.raises(ValueError):
        reg.resolve("women")
    assert reg.find("28.45").id == 2 and reg.find("zzz") is None


def test_every_word_of_the_vocabulary_has_its_colour_and_label():
    assert set(KIND_LABELS) == set(DocumentKind)
    assert set(STATUS_COLOURS) == set(LinkStatus)
    assert set(POSITION_COLOURS) == set(Position)
    assert STATUS_COLOURS.get("rejected") == STATUS_COLOURS[LinkStatus.REJECTED]  # stored text
    assert [position_label(p) for p in ("supported", "partially", "unknown", "odd")] == [
        "Supported",
        "Partially supported",
        "Not known",
        "odd",  # a value outside the vocabulary is shown as stored
    ]
