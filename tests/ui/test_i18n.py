"""The window in English, French, Spanish and Chinese (``ui.i18n``).

The catalogues' sources (resources/translations/*.ts) hold every string the code
marks (pyside6-lupdate run again here finds none missing), each translated with its
placeholders, plural forms and accelerator kept; they compile with pyside6-lrelease;
the window is built in the language installed, View › Language builds it again in
another on the same workspace, and a string shown in the window without being marked
is caught by a pseudo-translation (every marked string wrapped in ‹ ›): menus, actions,
labels, buttons, fields, combo boxes' entries, tabs, panes' titles and the lists' and
tables' column headers, with the workspace's own data (titles, tag names) and the
languages' own names left as they are.
"""

from __future__ import annotations

import getpass
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QTableView,
    QTreeView,
)

from tests.ui.conftest import CANGO_MD, CHINA_LIST, import_and_wait, settled
from ui import i18n
from ui.i18n import tr

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations"
OTHERS = ("fr", "es", "zh")
FIELD = re.compile(r"\{[^{}]*\}")
TAG = re.compile(r"</?[a-zA-Z][^>]*>")


def _messages(path: Path) -> dict[str, ET.Element]:
    root = ET.parse(path).getroot()
    return {m.findtext("source"): m for m in root.iter("message")}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> Path:
    """The strings the code marks today, as pyside6-lupdate finds them."""
    out = tmp_path_factory.mktemp("lupdate") / "upr_reviewer_fr.ts"
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    done = subprocess.run(
        ["pyside6-lupdate", "-no-obsolete", "-locations", "none", *sources, "-ts", str(out)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return out


@pytest.mark.parametrize("code", i18n.CODES)
def test_each_catalogue_holds_every_marked_string(extracted, code):
    marked = set(_messages(extracted))
    held = set(_messages(TS / f"upr_reviewer_{code}.ts"))
    assert len(marked) > 400
    assert marked - held == set(), "run: python -m ui.i18n update, then translate"
    assert held - marked == set(), "strings no longer marked: python -m ui.i18n update"


@pytest.mark.parametrize("code", OTHERS)
def test_every_string_is_translated_with_its_placeholders_and_accelerator(code):
    wrong = []
    for source, m in _messages(TS / f"upr_reviewer_{code}.ts").items():
        t = m.find("translation")
        forms = [f.text or "" for f in t.findall("numerusform")] or [t.text or ""]
        if t.get("type") == "unfinished" or not all(forms):
            wrong.append(("untranslated", source))
            continue
        for text in forms:
            if sorted(FIELD.findall(text)) != sorted(FIELD.findall(source)):
                wrong.append(("placeholders", source, text))
            if ("%n" in source) != ("%n" in text):
                wrong.append(("%n", source, text))
            if sorted(TAG.findall(text)) != sorted(TAG.findall(source)):
                wrong.append(("tags", source, text))
            marks = text.replace("&&", "").count("&")
            if source.replace("&&", "").count("&") == 1 and marks != 1:
                wrong.append(("accelerator", source, text))
    assert wrong == []


def test_english_has_both_plural_forms_of_every_counted_string():
    """English's catalogue holds "1 paragraph" / "2 paragraphs" for every "%n" string."""
    for source, m in _messages(TS / "upr_reviewer_en.ts").items():
        if m.get("numerus") == "yes":
            forms = [f.text or "" for f in m.find("translation").findall("numerusform")]
            assert len(forms) == 2 and all("%n" in f for f in forms), source
            assert "(s)" not in "".join(forms), source


def test_the_catalogues_compile_and_speak(catalogue_dir):
    for code in i18n.CODES:
        qm = catalogue_dir / f"check_{code}.qm"
        i18n.compile_catalogue(TS / f"upr_reviewer_{code}.ts", qm)
        assert qm.stat().st_size > 0
    assert tr("%n file(s) imported. ", "", 1) == "1 file imported. "  # English plurals
    assert tr("%n file(s) imported. ", "", 3) == "3 files imported. "
    assert i18n.install("fr")
    assert tr("&File") == "&Fichier" and i18n.current() == "fr"
    assert tr("%n document(s)", "", 2) == "2 documents"
    assert i18n.install("zh")
    assert tr("&File") == "文件(&F)"
    assert i18n.install("en") and tr("&File") == "&File"


def test_the_language_setting_and_the_system(settings, monkeypatch):
    assert settings.language == "system"
    settings.language = "es"
    assert settings.language == "es" and i18n.resolve(settings.language) == "es"
    assert i18n.resolve("klingon") in i18n.CODES  # an unknown value: the system's, or English


def _menu_titles(w) -> list[str]:
    return [a.text() for a in w.menuBar().actions()]


def test_the_window_is_built_in_the_chosen_language(make_window):
    assert i18n.install("fr")
    w = make_window()
    assert _menu_titles(w)[:3] == ["&Fichier", "É&dition", "&Révision"]
    assert w.actions_.all["import_files"].text() == "&Importer des fichiers…"
    assert "Aucune note" in w.notes_empty.text()


def test_view_language_builds_the_window_again_where_it_was(
    qtbot, launcher, workspace_path, settings
):
    w = launcher.open(workspace_path)
    qtbot.addWidget(w)
    done, failed = import_and_wait(qtbot, w, [CANGO_MD, CHINA_LIST])
    assert failed == []
    cango = next(d for d in w.ws.documents() if d.kind == "submission")
    w.select_document(cango.id)
    settled(w)
    w.reading.select_row(2)
    paragraph = w.reading.current_id()
    ws = w.ws
    w.actions_.all["language_zh"].trigger()
    qtbot.waitUntil(lambda: not w.isVisible())
    new = launcher.windows[-1]
    qtbot.addWidget(new)
    assert new is not w and new.ws is ws and len(ws.documents()) == 2  # the same one, open
    assert _menu_titles(new)[0] == "文件(&F)" and settings.language == "zh"
    assert new.documents.current_id() == cango.id and new.reading.current_id() == paragraph
    assert new.actions_.all["language_zh"].isChecked()
    assert "撤销历史" in new.statusBar().currentMessage()
    new.actions_.all["language_system"].trigger()  # back to the system's language
    qtbot.waitUntil(lambda: not new.isVisible() or i18n.current() == i18n.system_language())
    assert settings.language == "system"


# -- the pseudo-translation: what the window shows that is not marked --------------------
def _pseudo(extracted: Path, out: Path) -> Path:
    """Every marked string wrapped in ‹ › (plural forms too), compiled."""
    tree = ET.parse(extracted)
    for m in tree.getroot().iter("message"):
        source = m.findtext("source") or ""
        t = m.find("translation")
        t.attrib.pop("type", None)
        if m.get("numerus") == "yes":
            for f in t.findall("numerusform") or [ET.SubElement(t, "numerusform")]:
                f.text = f"‹{source}›"
        else:
            t.text = f"‹{source}›"
    ts = out.with_suffix(".ts")
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    i18n.compile_catalogue(ts, out)
    return out


def _shown_texts(w) -> set[str]:
    texts = set()
    for menu_action in w.menuBar().actions():
        texts.add(menu_action.text())
    for act in w.actions_.all.values():
        texts |= {act.text(), act.toolTip(), act.statusTip()}

    def headers(view: QTableView | QTreeView) -> list[str]:
        model = view.model()
        if model is None:
            return []
        h = Qt.Orientation.Horizontal
        return [
            str(model.headerData(c, h, role) or "")
            for c in range(model.columnCount(QModelIndex()))
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
        ]

    for cls, read in (
        (QLabel, lambda x: [x.text(), x.toolTip()]),
        (QAbstractButton, lambda x: [x.text(), x.toolTip()]),
        (QLineEdit, lambda x: [x.placeholderText(), x.toolTip()]),
        (QDockWidget, lambda x: [x.windowTitle()]),
        (QGroupBox, lambda x: [x.title(), x.toolTip()]),
        (QTabBar, lambda x: [t for i in range(x.count()) for t in (x.tabText(i), x.tabToolTip(i))]),
        (QComboBox, lambda x: [x.toolTip()] + [x.itemText(i) for i in range(x.count())]),
        (QTableView, headers),
        (QTreeView, headers),
    ):
        for widget in w.findChildren(cls):
            texts.update(read(widget))
    user = getpass.getuser()
    return {
        " ".join(t.replace(user, "<user>").split())
        for t in texts
        if t and re.search(r"[A-Za-z]{3}", t)
    }


def _data(w) -> set[str]:
    """What the window shows as it is: the workspace's documents' titles and
    organisations, its tags' names, and each language's own name (View › Language)."""
    ws = w.ws
    data = {name for _code, name in i18n.LANGUAGES}
    for d in ws.documents():
        data |= {d.title, d.organisation or ""}
    data |= {t.name for t in ws.tags(counts=False)}
    for r in ws.recommendations():  # the registry's States and themes (the filters' lists)
        data |= set(r.states) | {f"{code} {name}".strip() for code, name in r.themes}
    return {" ".join(t.split()) for t in data if t}


def test_no_string_is_shown_without_being_marked(qtbot, make_window, extracted, tmp_path):
    """Every text the window shows is marked (wrapped in ‹ › by the pseudo-translation),
    or is the workspace's data: a new visible string not marked for translation fails."""
    from PySide6.QtCore import QTranslator

    pseudo = QTranslator()
    assert pseudo.load(str(_pseudo(extracted, tmp_path / "pseudo.qm")))
    i18n.install(i18n.ENGLISH)
    qapp = __import__("PySide6.QtWidgets", fromlist=["QApplication"]).QApplication.instance()
    qapp.installTranslator(pseudo)
    try:
        w = make_window()
        import_and_wait(qtbot, w, [CANGO_MD, CHINA_LIST])
        s = w.suggester  # the inspector's suggestions shown (their title says how many)
        qtbot.waitUntil(lambda: s.current is None and not s.queue and not s.busy, timeout=60_000)
        w.apply(w.ws.take_changes())
        for tab in (1, 2, 0):  # the Recommendations and Coverage tabs, built when first shown
            w.show_tab(tab)
        w.recommendations.loader.wait()  # the registry's rows, read off the GUI thread
        qtbot.waitUntil(lambda: w.recommendations.model.rowCount() == 346, timeout=30_000)
        w.reading.wait()
        w.reading.select_row(2)
        qtbot.wait(50)
        unmarked = {t for t in _shown_texts(w) if "‹" not in t} - _data(w)
    finally:
        qapp.removeTranslator(pseudo)
    assert unmarked == set(), "mark these with tr() (ui/i18n.py):\n" + "\n".join(sorted(unmarked))


def _accelerator(text: str) -> str | None:
    m = re.search(r"&([^&\s])", text.replace("&&", ""))
    return m.group(1).casefold() if m else None


@pytest.mark.parametrize("code", i18n.CODES)
def test_no_two_entries_of_a_menu_share_a_key(make_window, code):
    """Alt+letter reaches one entry of a menu, in every language."""
    assert i18n.install(code)
    w = make_window()
    menus = [("menu bar", [a for a in w.menuBar().actions()])]
    for top in w.menuBar().actions():
        menu = top.menu()
        menus.append((top.text(), [a for a in menu.actions() if not a.isSeparator()]))
        for a in menu.actions():
            if a.menu() is not None:
                menus.append((a.text(), list(a.menu().actions())))
    clashes = []
    for title, entries in menus:
        seen: dict[str, str] = {}
        for a in entries:
            key = _accelerator(a.text())
            if key is None:
                continue
            if key in seen:
                clashes.append((title, seen[key], a.text()))
            seen[key] = a.text()
    assert clashes == []


def _inspector_widths(qtbot, make_window, code: str) -> tuple[int, int, int, int]:
    """The inspector in ``code`` with a paragraph and its suggestions shown: its minimum
    width, the width its dock was given, its tabs' width and the width they ask for."""
    assert i18n.install(code)
    w = make_window()
    import_and_wait(qtbot, w, [CANGO_MD, CHINA_LIST])
    s = w.suggester
    qtbot.waitUntil(lambda: s.current is None and not s.queue and not s.busy, timeout=60_000)
    w.apply(w.ws.take_changes())
    w.reading.wait()
    w.reading.select_row(2)
    qtbot.wait(50)
    ins = w.inspector
    assert ins.suggested.keys.isVisible()  # the longest hint is shown
    tabs = ins.tabs
    return (
        ins.minimumSizeHint().width(),
        ins.width(),
        tabs.tabBar().width(),
        tabs.tabBar().sizeHint().width(),
    )


def test_the_inspector_keeps_its_width_in_every_language(qtbot, make_window):
    """A longer language's labels wrap instead of widening the pane: the inspector's
    minimum width stays near English's, within the width the layout gives it, and its
    three tabs' titles fit (no scroll arrows, nothing cut)."""
    english_min, english_width, _bar, _wanted = _inspector_widths(qtbot, make_window, "en")
    for code in OTHERS:
        least, width, bar, wanted = _inspector_widths(qtbot, make_window, code)
        assert least <= english_min * 1.15, code
        assert width == english_width, code  # the window's proportions, as in English
        assert wanted <= bar, code
    i18n.install(i18n.ENGLISH)


def test_the_workspace_s_counts_and_history_read_in_the_window_s_language():
    """What the core says in English (a version's changes, a merge's summary, a history
    entry) is said again by the window in its language."""
    from datetime import datetime

    from reviewer.workspace import ChangeCounts, HistoryRow, MergeReport, WorkCounts
    from ui.dialogs.merge_report import merge_summary
    from ui.panels.history import history_text
    from ui.render_changes import changes_text, work_text

    report = MergeReport("a", "b")
    report.added["notes"] = 2
    entry = HistoryRow(1, datetime(2026, 12, 2), "Ana", "tag added", 4, 1, None,
                       {"tag": "Torture"}, "tagged “Torture”")  # fmt: skip
    decided = HistoryRow(2, datetime(2026, 12, 2), "Ana", "link decided", 4, 1, None,
                         {"status": "rejected", "recommendation": "28.1"}, "")  # fmt: skip
    assert i18n.install("en")
    assert changes_text(ChangeCounts(unchanged=14, edited=1)) == "14 unchanged, 1 edited"
    assert work_text(WorkCounts(notes=1, tags=2)) == "1 note, 2 tags on paragraphs that are gone"
    assert merge_summary(report) == "2 rows added" and history_text(entry) == entry.text
    assert i18n.install("fr")
    assert changes_text(ChangeCounts(unchanged=14, edited=1)) == "14 inchangés, 1 modifié"
    assert work_text(WorkCounts(notes=1, tags=2)).startswith("1 note, 2 étiquettes sur des")
    assert merge_summary(report) == "2 lignes ajoutées"
    assert history_text(entry) == "a étiqueté «\u00a0Torture\u00a0»"
    assert history_text(decided) == "a rejeté le lien vers 28.1"
    assert i18n.install("zh") and history_text(entry) == "添加了标签“Torture”"
    i18n.install("en")
