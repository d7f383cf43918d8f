"""The link completer: words in any order, numbers and symbols, preferred reports first,
and the inspector's link field after a link is made."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from reviewer.workspace import BadInput, RecommendationRow, Workspace
from tests.conftest import FIXTURES
from tests.ui.conftest import import_and_wait, select_label
from ui.completer import Registry, parse_query
from ui.models import ROW_ROLE

CHINA = FIXTURES / "un" / "China-UPR3-thematic-list-A_HRC_40_6.docx"
SLOVENIA = FIXTURES / "un" / "Slovenia-UPR2-thematic-list-A_HRC_28_15.docx"
CANGO = FIXTURES / "cango" / "cango-upr4-submission.docx"


@pytest.fixture(scope="module")
def rows(tmp_path_factory) -> list[RecommendationRow]:
    """The registry of the China and Slovenia thematic lists (346 + 163)."""
    with Workspace.open(tmp_path_factory.mktemp("reg") / "r.upr.sqlite", "Ana") as ws:
        ws.import_files([CHINA, SLOVENIA])
        return ws.recommendations()


def nums(found) -> list[str]:
    return [r.number for r in found]


def test_words_match_in_any_order_and_any_case(rows):
    reg = Registry(rows)
    assert nums(reg.matches("girls registered birth")) == ["28.296"]
    assert nums(reg.matches("BIRTH girls Registered")) == ["28.296"]
    assert nums(reg.matches("girls registered birth torture")) == []
    # every row found holds every word, somewhere
    found = reg.matches("women violence")
    assert len(found) > 5
    assert all({"women", "violence"} <= set((r.text or "").lower().replace(",", " ").split())
               or ("women" in r.text.lower() and "violence" in r.text.lower())
               for r in found)  # fmt: skip
    # the recommending State is searched too: "India" finds India's recommendations
    assert all("India" in r.states or "india" in (r.text or "").lower()
               for r in reg.matches("india"))  # fmt: skip


def test_numbers_and_symbols_match_as_in_the_registry_table(rows):
    reg = Registry(rows)
    assert nums(reg.matches("115.16")) == ["115.16", "115.160", "115.161", "115.162", "115.163"]
    assert nums(reg.matches("28.29"))[0] == "28.29"  # the number typed whole comes first
    assert len(reg.matches("28.")) == 346
    found = reg.matches("A/HRC/28/15")
    assert len(found) == 163 and {r.symbol for r in found} == {"A/HRC/28/15"}
    assert nums(reg.matches("A/HRC/40/6 28.294")) == ["28.294"]
    assert nums(reg.matches("a/hrc/28/15 115.16 enforced")) == ["115.16"]
    assert reg.matches("A/HRC/40/6 115.16") == []
    assert reg.matches("   ") == []
    q = parse_query("A/HRC/40/6 28. girls, “birth”")
    assert (q.symbols, q.numbers, q.words) == (("a/hrc/40/6",), ("28.",), ("girls", "birth"))
    assert q.exact_numbers == ()


def test_set_preferred_puts_those_reports_first(rows):
    reg = Registry(rows)
    torture = reg.matches("torture")
    symbols = [r.symbol for r in torture]
    assert {"A/HRC/28/15", "A/HRC/40/6"} == set(symbols)
    assert symbols[0] == "A/HRC/28/15"  # registry order: by symbol
    reg.set_preferred(["A/HRC/40/6"])
    symbols = [r.symbol for r in reg.matches("torture")]
    first_other = symbols.index("A/HRC/28/15")
    assert set(symbols[:first_other]) == {"A/HRC/40/6"}
    assert set(symbols[first_other:]) == {"A/HRC/28/15"}
    assert sorted(nums(reg.matches("torture"))) == sorted(nums(torture))  # same rows
    reg.set_preferred([])
    assert [r.symbol for r in reg.matches("torture")][0] == "A/HRC/28/15"


def test_set_preferred_settles_a_number_two_reports_share():
    def rec(i, symbol, number):
        return RecommendationRow(i, symbol, number, f"Text {i}", ("India",), "supported", (), (), 0)

    reg = Registry([rec(1, "A/HRC/40/6", "28.5"), rec(2, "A/HRC/59/15", "28.5"),
                    rec(3, "A/HRC/59/15", "28.50")])  # fmt: skip
    with pytest.raises(BadInput):
        reg.resolve("28.5")
    assert [r.id for r in reg.matches("28.5")] == [1, 2, 3]
    reg.set_preferred(["A/HRC/59/15"])
    assert reg.resolve("28.5") == ("A/HRC/59/15", "28.5")
    assert [r.id for r in reg.matches("28.5")] == [2, 1, 3]  # exact first, then preferred
    assert reg.resolve("28.5", default_symbol="A/HRC/40/6") == ("A/HRC/40/6", "28.5")
    assert reg.resolve("A/HRC/40/6 28.5") == ("A/HRC/40/6", "28.5")


@pytest.fixture
def window(qtbot, make_window):
    w = make_window()
    done, failed = import_and_wait(qtbot, w, [CHINA, SLOVENIA, CANGO])
    assert failed == [] and len(done) == 3
    return w


def test_popup_rows_show_number_symbol_and_states(qtbot, window):
    field, completer = window.inspector.link_field, window.inspector.completer
    select_label(window, "2")
    field.setFocus()
    qtbot.keyClicks(field, "torture")
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible)
    model = popup.model()
    assert model.rowCount() == len(window.registry.matches("torture")) > 3
    for n in range(model.rowCount()):
        row = model.index(n, 0).data(ROW_ROLE)
        shown = model.index(n, 0).data()
        assert row.number in shown and row.symbol in shown
        assert all(s in shown for s in row.states)
        assert "torture" in row.text.lower()
    assert {model.index(n, 0).data(ROW_ROLE).symbol for n in range(model.rowCount())} == {
        "A/HRC/28/15",
        "A/HRC/40/6",
    }
    # painted: the number in the first columns of each row, not an empty popup
    image = popup.viewport().grab().toImage()
    assert image.width() > 400
    inked = {image.pixelColor(x, 10).name() for x in range(8, 70)}
    assert len(inked) > 2


def test_the_link_field_clears_and_its_popup_closes_after_a_link(qtbot, window):
    w = window
    field, completer = w.inspector.link_field, w.inspector.completer
    pid = select_label(w, "2").id
    field.setFocus()
    qtbot.keyClicks(field, "girls registered birth")
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible)
    assert popup.model().rowCount() == 1
    # no row is current until chosen: Enter would take the text as typed
    assert not popup.currentIndex().isValid()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    assert field.text() == "A/HRC/40/6 28.296"
    undo = w.session.undo_stack
    steps = undo.count()
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert "28.296" in {lk.number for lk in w.ws.paragraph(pid).links}
    assert field.text() == "" and not popup.isVisible()
    qtbot.wait(20)
    assert undo.count() == steps + 1  # linked once
    assert "Linked to 28.296" in w.statusBar().currentMessage()
    # typed whole and Enter: the same
    qtbot.keyClicks(field, "28.45")
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert "28.45" in {lk.number for lk in w.ws.paragraph(pid).links}
    assert field.text() == "" and not popup.isVisible()
    # a click on a row links it too
    qtbot.keyClicks(field, "A/HRC/28/15 115.16")
    qtbot.waitUntil(popup.isVisible)
    first = popup.model().index(0, 0)
    assert first.data(ROW_ROLE).number == "115.16"
    qtbot.mouseClick(
        popup.viewport(), Qt.MouseButton.LeftButton, pos=popup.visualRect(first).center()
    )
    qtbot.waitUntil(lambda: field.text() == "")
    assert ("A/HRC/28/15", "115.16") in {(lk.symbol, lk.number) for lk in w.ws.paragraph(pid).links}
    assert not popup.isVisible() and undo.count() == steps + 3
    # undo takes the last link back; nothing else changed in the field
    w.actions_.undo.trigger()
    assert "115.16" not in {lk.number for lk in w.ws.paragraph(pid).links}


def test_the_reading_filter_uses_the_same_completer(qtbot, window):
    bar = window.reading.filter_bar
    bar.rec.setFixedWidth(200)
    bar.rec.setFocus()
    qtbot.keyClicks(bar.rec, "girls registered birth")
    popup = bar.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    with qtbot.waitSignal(bar.changed, timeout=2000):
        qtbot.keyClick(popup, Qt.Key.Key_Return)
    rec = window.ws.recommendation("A/HRC/40/6", "28.296").recommendation
    assert bar.filters().recommendation_id == rec.id
