"""Help: the keyboard shortcuts, and About."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QTextBrowser, QVBoxLayout

from ui import locations
from ui.actions import shortcut_table
from ui.i18n import tr


def show_shortcuts(w) -> QDialog:
    rows = "".join(
        f"<tr><td>{escape(text)}</td><td style='padding-left:18px'><b>{escape(keys)}</b></td></tr>"
        for text, keys in shortcut_table(w.actions_)
    )
    dlg = QDialog(w)
    dlg.setWindowTitle(tr("Keyboard shortcuts"))
    view = QTextBrowser(dlg)
    view.setHtml(
        "<p>Single keys work while the reading pane or a list has focus; in a text field "
        "they type as usual.  Up/Down also move through paragraphs.</p>"
        f"<table>{rows}</table>"
    )
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=dlg)
    buttons.rejected.connect(dlg.reject)
    layout = QVBoxLayout(dlg)
    layout.addWidget(view)
    layout.addWidget(buttons)
    dlg.resize(520, 560)
    dlg.open()
    return dlg


def about(w, version: str) -> None:
    QMessageBox.about(
        w,
        "About UPR Reviewer",
        f"<h3>UPR Reviewer {escape(version)}</h3>"
        "<p>Read stakeholder submissions, link paragraphs to Universal Periodic Review "
        "recommendations, tag and annotate them, and export Word briefs.</p>"
        f"<p>Workspace: {escape(locations.shown(w.location))}"
        + (f" (team workspace; your role: {escape(w.ws.role)})" if w.ws.server else "")
        + "</p>"
        "<p>Licensed under the GNU AGPL-3.0-or-later.</p>",
    )
