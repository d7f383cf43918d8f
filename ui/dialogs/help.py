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
    intro = tr(
        "Single keys work while the reading pane or a list has focus; in a text field "
        "they type as usual.  Up/Down also move through paragraphs."
    )
    view.setHtml(f"<p>{escape(intro)}</p><table>{rows}</table>")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=dlg)
    buttons.rejected.connect(dlg.reject)
    layout = QVBoxLayout(dlg)
    layout.addWidget(view)
    layout.addWidget(buttons)
    dlg.resize(520, 560)
    dlg.open()
    return dlg


def about(w, version: str) -> None:
    what = tr(
        "Read stakeholder submissions, link paragraphs to Universal Periodic Review "
        "recommendations, tag and annotate them, and export Word briefs."
    )
    where = tr("Workspace: {place}").format(place=locations.shown(w.location))
    if w.ws.server:
        where += " " + tr("(team workspace; your role: {role})").format(role=w.ws.role)
    licence = tr("Licensed under the GNU AGPL-3.0-or-later.")
    QMessageBox.about(
        w,
        tr("About UPR Reviewer"),
        f"<h3>UPR Reviewer {escape(version)}</h3><p>{escape(what)}</p>"
        f"<p>{escape(where)}</p><p>{escape(licence)}</p>",
    )
