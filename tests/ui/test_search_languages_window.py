"""Search in every language in the window: a Chinese word inside a run of characters
and a French word in its other forms, listed with their marks and marked in the
paragraph a hit opens (the reading pane's marks: ``match_spans``)."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt

from tests.conftest import FIXTURES
from tests.ui.conftest import import_and_wait
from ui.models import HTML_ROLE
from ui.render import snippet_html
from ui.theme_colours import LIGHT

MARK = re.compile(r'<span style="background-color:' + LIGHT["search_mark"] + r'">([^<]*)</span>')
HIT = re.compile(r'<span style="background-color:[^;]*; font-weight:600">([^<]*)</span>')
CHINESE = FIXTURES / "languages" / "submission-zh.docx"
FRENCH = FIXTURES / "languages" / "submission-fr.docx"


def _opened_marks(qtbot, w, query: str) -> tuple[list[str], list[str]]:
    """Search as a person does (the query in the field, as an input method leaves
    it: QTest types no Chinese; Enter opens the best hit): the best hit's snippet
    marks and the marks in the paragraph it opened."""
    w.focus_search()
    w.search.field.setText(query)
    qtbot.keyClick(w.search.field, Qt.Key.Key_Return)
    assert w.search.wait()
    qtbot.waitUntil(lambda: w.reading.current_id() is not None, timeout=5000)
    best = w.search.model.item(0)
    qtbot.waitUntil(lambda: w.reading.current_id() == best.paragraph_id, timeout=5000)
    row = w.reading.view.currentIndex().row()
    model = w.reading.model
    opened = MARK.findall(model.data(model.index(row, 0), HTML_ROLE) or "")
    return HIT.findall(snippet_html(best.snippet)), opened


def test_chinese_and_french_words_are_found_and_marked(qtbot, make_window):
    w = make_window()
    import_and_wait(qtbot, w, [CHINESE, FRENCH])
    listed, opened = _opened_marks(qtbot, w, "定期审议")  # inside 第四轮普遍定期审议提交
    assert listed and set(listed) == {"定期审议"} and set(opened) == {"定期审议"}
    listed, opened = _opened_marks(qtbot, w, "妇女 发展")
    assert {"妇女", "发展"} <= set(listed) and {"妇女", "发展"} <= set(opened)
    # "recommandation" finds "recommandations" too, marked as such
    listed, opened = _opened_marks(qtbot, w, "recommandation")
    forms = {"recommandation", "recommandations"}
    assert listed and {m.lower() for m in listed + opened} <= forms
    # a paragraph with the plural alone is found, its word marked in the list
    plural = [
        h
        for h in w.ws.search("recommandation", limit=200)
        if "recommandation " not in w.ws.paragraph(h.paragraph_id).text.lower()
    ]
    assert plural and all(
        {m.lower() for m in HIT.findall(snippet_html(h.snippet))} == {"recommandations"}
        for h in plural
    )


def test_the_opened_paragraph_marks_only_the_forms_of_the_workspace_languages(
    qtbot, make_window, tmp_path
):
    """An English workspace: "state" finds and marks "states" and "State", never
    "statement" (a French stem of it); the list and the opened paragraph agree."""
    text = tmp_path / "english-submission.txt"
    text.write_text(
        "Joint submission on the situation of human rights\n\n"
        "1. The State should ensure that all states of emergency are lawful, and the "
        "statement of the Government on the rights of women and children is welcome.\n\n"
        "2. The recommendations of the previous cycle were supported by the State and "
        "their implementation is monitored by civil society organisations.\n\n"
        "3. Women and girls in rural areas have the right to education and health.\n",
        encoding="utf-8",
    )
    w = make_window()
    import_and_wait(qtbot, w, [text])
    assert w.ws.search_languages() == ("en",)
    listed, opened = _opened_marks(qtbot, w, "state")
    assert {m.lower() for m in opened} == {"state", "states"}, opened
    assert {m.lower() for m in listed} == {"state", "states"}, listed


def test_the_workspace_languages_are_read_once_with_the_hits(qtbot, make_window):
    """The window's search takes the workspace's languages (what the opened paragraph
    marks a bare word's forms in) from the answer: read once, in the search's own
    transaction, not asked again beside it."""
    from sqlalchemy import event

    w = make_window()
    import_and_wait(qtbot, w, [CHINESE, FRENCH])
    held = w.ws.search_languages()
    assert {"fr", "zh"} <= set(held)
    read: list[str] = []

    def log(conn, cursor, statement, *args):
        if "paragraph_fts_documents" in statement and "language" in statement:
            read.append(statement)

    event.listen(w.ws.engine, "before_cursor_execute", log)
    try:
        for query in ("recommandation", "妇女"):
            before = len(read)
            w.focus_search()
            w.search.field.setText(query)
            w.search.run()
            assert w.search.wait()
            assert w.search.model.rowCount() > 0
            assert w.search.languages == held
            assert len(read) - before == 1, read[before:]
    finally:
        event.remove(w.ws.engine, "before_cursor_execute", log)
