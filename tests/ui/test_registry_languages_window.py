"""The registry's window shows a recommendation's other editions: after the English,
French and Spanish thematic lists of China's third review, one row per recommendation,
its tooltip and the inspector giving the French and Spanish texts under the English."""

from __future__ import annotations

from tests.conftest import FIXTURES
from tests.ui.conftest import import_and_wait
from ui.models.recommendations import RecommendationsModel as M

FILES = [
    FIXTURES / "un" / "China-UPR3-thematic-list-A_HRC_40_6.docx",
    FIXTURES / "un" / "languages" / "China-UPR3-thematic-list-A_HRC_40_6-fr.docx",
    FIXTURES / "un" / "languages" / "China-UPR3-thematic-list-A_HRC_40_6-es.docx",
]


def test_the_other_editions_texts_in_the_tooltip_and_the_inspector(qtbot, make_window, tmp_path):
    w = make_window()
    done, failed = import_and_wait(qtbot, w, FILES)
    assert failed == [] and [d.recommendations for d in done] == [346, 23, 23]
    w.tabs.setCurrentWidget(w.recommendations)
    p = w.recommendations
    qtbot.waitUntil(lambda: p.model.rowCount() == 346)  # texts added, not rows
    p.text.setText("A/HRC/40/6 28.66")
    p.reload()
    assert p.loader.wait()
    row = p.table.currentIndex().row()
    assert p.model.recommendation(row).number == "28.66"
    tip = p.model.data(p.model.index(row, M.TEXT), 0x3)  # ToolTipRole
    assert tip.startswith("Establish an independent national human rights institution")
    assert "\n\nFrançais: Créer une institution nationale des droits de l’homme" in tip
    assert "\n\nEspañol: Establecer una institución nacional de derechos humanos" in tip
    html = p.detail.text()
    assert html.index("Establish an independent") < html.index("Français:") < html.index("Español:")
    # a recommendation the French and Spanish excerpts do not hold: its text alone
    p.text.setText("A/HRC/40/6 28.1")
    p.reload()
    assert p.loader.wait()
    row = p.table.currentIndex().row()
    assert p.model.recommendation(row).number == "28.1"
    assert "Français" not in p.model.data(p.model.index(row, M.TEXT), 0x3)
    assert "Français" not in p.detail.text()
    p.text.setText("A/HRC/40/6 28.66")
    p.reload()
    assert p.loader.wait()
    w.grab().save(str(tmp_path / "registry-editions.png"))
