"""Light and dark: View › Theme, the system's scheme followed, and every main pane
readable in both (WCAG contrast 4.5:1 for text), from the colours the window really
uses (its palette, the theme's colours in the HTML the delegates paint) and from
grabbed pictures of the panes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import CANGO_MD, CHINA_LIST, import_and_wait, select_label
from tests.ui.contrast import TEXT, grabbed_contrast, poor_runs
from ui import theme
from ui.charts import BACK
from ui.models import HTML_ROLE
from ui.panels import documents_delegate as docs_paint
from ui.resources import icon
from ui.settings import Settings
from ui.theme_colours import DARK, LIGHT
from ui.undo import TagCommand

R = QPalette.ColorRole


def _settled(w) -> bool:
    return w.suggester.current is None and not w.suggester.queue and not w.suggester.busy


@pytest.fixture
def window(qtbot, make_window):
    """CANGO's submission with the thematic list: citations, suggestions, a tag in its
    colour and a note on ¶ 2, which is selected; a search has run."""
    w = make_window()
    done, failed = import_and_wait(qtbot, w, [CHINA_LIST, CANGO_MD])
    assert failed == [] and len(done) == 2
    qtbot.waitUntil(lambda: _settled(w), timeout=60_000)
    pid = select_label(w, "2").id
    assert w.session.push(TagCommand(w.session, pid, "Key point", True))
    w.inspector.notes.new_note()
    w.inspector.notes.editor.setPlainText("Compare with the national report.")
    w.inspector.notes.flush()
    w.search.field.setText("women education")
    w.search.run()
    assert w.search.wait()
    assert w.search.model.rowCount() > 0
    return w


def _html_rows(model) -> list[str]:
    return [model.data(model.index(r, 0), HTML_ROLE) or "" for r in range(model.rowCount())]


def _check_html(rows: list[str], ink: QColor, backs: list[QColor], where: str) -> int:
    """Every run of text in every row against each background it can stand on."""
    runs = 0
    for html in rows:
        for back in backs:
            poor = poor_runs(html, ink, back)
            assert not poor, f"{where} in {theme.name()}: {poor}"
            runs += 1
    return runs


def _check_panes(qtbot, w) -> None:
    c = theme.hex
    pal = QApplication.palette()
    # the palette the panes are drawn with
    for fg, bg in ((R.Text, R.Base), (R.WindowText, R.Window), (R.HighlightedText, R.Highlight),
                   (R.ButtonText, R.Button), (R.ToolTipText, R.ToolTipBase),
                   (R.PlaceholderText, R.Base), (R.Text, R.AlternateBase)):  # fmt: skip
        assert theme.contrast(pal.color(fg), pal.color(bg)) >= TEXT, (fg, bg)
    ink = pal.color(R.Text)
    rows_back = [QColor(c("base")), QColor(c("row_selected"))]
    # the reading pane: body text, footnotes, labels, tag chips, suggestion chips
    w.reading.model.ensure_loaded(w.reading.model.total() - 1)  # beyond the first screenful
    reading = _html_rows(w.reading.model)
    assert any("Key point" in h for h in reading) and any("Suggested:" in h for h in reading)
    assert _check_html(reading, ink, rows_back, "reading pane") >= 2 * 16
    # the inspector: its links, suggestions, notes, its title on the pane
    ins = w.inspector
    assert ins.links_model.rowCount() and ins.suggested.model.rowCount()
    assert ins.notes.model.rowCount() == 1
    for model, where in ((ins.links_model, "links"), (ins.suggested.model, "suggestions"),
                         (ins.notes.model, "notes")):  # fmt: skip
        _check_html(_html_rows(model), ink, rows_back, where)
    title_back = QColor(c("inspector"))
    assert not poor_runs(ins.title.text(), pal.color(R.WindowText), title_back)
    # search results
    _check_html(_html_rows(w.search.model), ink, rows_back, "search")
    # the documents list as its delegate paints it
    for fg, bgs in ((docs_paint.INK, ("base", "alt_base")),
                    (docs_paint.GREY, ("base", "alt_base", "selection", "group_back")),
                    (docs_paint.GROUP_INK, ("group_back",)), (docs_paint.BADGE, ("badge_back",))):  # fmt: skip
        for bg in bgs:
            assert theme.contrast(fg, c(bg)) >= TEXT, (fg.name(), bg)
    # the style sheet's texts: status bar, hints, section titles, dock titles, buttons
    for fg, bg in (("secondary", "panel"), ("muted", "panel"), ("muted", "window"),
                   ("secondary", "window"), ("dock_title", "panel"), ("text", "base"),
                   ("heading", "base"), ("muted", "base"), ("selection_text", "selection")):  # fmt: skip
        assert theme.contrast(c(fg), c(bg)) >= TEXT, (fg, bg)

    # and the pictures: the commonest colour of each against its text
    w.message("Imported 2 files")
    view = w.reading.view
    selected = view.currentIndex()
    below = w.reading.model.index(selected.row() + 1, 0)
    view.scrollTo(below)  # the selected paragraph's end and the next one's start in view
    qtbot.wait(20)
    port = view.viewport().rect()

    def text_of(index):  # a row's text, without its gutter and selection bar
        return view.visualRect(index).adjusted(60, 4, -10, -4).intersected(port)

    for widget, rect, where in (
        (view.viewport(), text_of(selected), "selected ¶"),
        (view.viewport(), text_of(below), "¶ below"),
        (w.documents.view.viewport(), None, "documents"),
        (w.search.results.viewport(), None, "search results"),
        (w.search.info, None, "search hint"),
        (ins.title, None, "inspector title"),
        (ins.notes.list.viewport(), None, "notes"),
        (w.author_label, None, "status bar"),
        (w.statusBar(), None, "status message"),
    ):
        assert widget.isVisible() and widget.width() > 0, where
        ratio, back, text = grabbed_contrast(widget, rect)
        assert ratio >= TEXT, f"{where} in {theme.name()}: {text.name()} on {back.name()}"


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_every_main_pane_reads_in_both_themes(qtbot, window, settings, mode):
    w = window
    w.actions_.all[f"theme_{mode}"].trigger()  # View › Theme › Light / Dark
    qtbot.wait(50)
    assert theme.name() == mode and settings.theme == mode
    expected = DARK if mode == "dark" else LIGHT
    assert QApplication.palette().color(R.Base).name() == expected["base"]
    _check_panes(qtbot, w)


def test_choosing_a_theme_recolours_the_window_and_is_remembered(qtbot, window, settings, tmp_path):
    w = window
    acts = [w.actions_.all[f"theme_{m}"] for m in ("system", "light", "dark")]
    assert [a.isCheckable() for a in acts] == [True] * 3
    assert acts[0].isChecked() and w.theme_menu.actions() == acts
    pid = w.reading.current_id()
    light_html = w.reading.model.data(w.reading.view.currentIndex(), HTML_ROLE)
    assert LIGHT["cited"] in light_html

    acts[2].trigger()  # Dark
    assert acts[2].isChecked() and not acts[0].isChecked()
    app = QApplication.instance()
    assert QApplication.palette().color(R.Window).name() == DARK["window"]
    assert DARK["panel"] in app.styleSheet() and "${" not in app.styleSheet()
    # the rows' HTML read again with the dark colours; the same paragraph selected
    assert w.reading.current_id() == pid
    html = w.reading.model.data(w.reading.view.currentIndex(), HTML_ROLE)
    assert DARK["cited"] in html and LIGHT["cited"] not in html
    assert DARK["muted"] in w.inspector.title.text()
    # painted colours, widgets' own style sheets, line icons
    assert BACK.name() == DARK["chart_back"]
    assert DARK["base"] in w.documents.view.styleSheet()
    pixels = icon("import").pixmap(24, 24).toImage()
    drawn = {pixels.pixelColor(x, y).name() for x in range(24) for y in range(24)
             if pixels.pixelColor(x, y).alpha() == 255}  # fmt: skip
    assert drawn == {DARK["icon"]}
    # remembered: a new start reads it
    again = Settings(QSettings(settings.q.fileName(), QSettings.Format.IniFormat))
    assert again.theme == "dark"

    acts[1].trigger()  # Light
    assert QApplication.palette().color(R.Window).name() == LIGHT["window"]
    assert BACK.name() == LIGHT["chart_back"] and LIGHT["base"] in w.documents.view.styleSheet()
    html = w.reading.model.data(w.reading.view.currentIndex(), HTML_ROLE)
    assert LIGHT["cited"] in html and DARK["cited"] not in html


def test_system_follows_the_desktops_scheme_as_it_changes(qtbot, make_window, settings):
    w = make_window()
    import_and_wait(qtbot, w, [CANGO_MD])
    hints = QGuiApplication.styleHints()
    w.actions_.theme_system.trigger()
    assert settings.theme == "system"
    # the desktop turns dark, then light again, while the window is open
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert theme.name() == "dark"
    assert QApplication.palette().color(R.Base).name() == DARK["base"]
    assert DARK["muted"] in w.reading.header.text()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert theme.name() == "light" and LIGHT["muted"] in w.reading.header.text()
    # a theme chosen by hand stays, whatever the desktop does
    w.actions_.theme_light.trigger()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert theme.name() == "light" and w.actions_.theme_light.isChecked()


def test_both_colour_sets_name_the_same_roles_and_fill_the_style_sheet():
    assert set(LIGHT) == set(DARK)
    assert all(QColor(v).isValid() for v in (*LIGHT.values(), *DARK.values()))
    sheet = theme.stylesheet()
    assert "${" not in sheet and LIGHT["panel"] in sheet
    # a tag chip in any colour gets the ink that reads on it
    for colour in ("#d1495b", "#edae49", "#00798c", "#30638e", "#ffffff", "#000000"):
        assert theme.contrast(theme.ink_on(colour), colour) >= TEXT
        for back in (LIGHT["inspector"], DARK["inspector"]):
            assert theme.contrast(theme.readable(colour, back), back) >= TEXT
