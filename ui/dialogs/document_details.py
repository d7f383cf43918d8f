"""A document's details edited (Rename…, Edit details…), and the questions asked about
documents: removing one (what goes with it), and files that repeat a document's text.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from reviewer.workspace import EDITABLE_KINDS, DocumentDetails, ImportResult, RemovalSummary
from ui.i18n import tr
from ui.render import MUTED, kind_label, short


class DocumentDetailsDialog(QDialog):
    """The title (``rename``: only it), the organisation and the kind of a document.
    A document that brought recommendations to the registry keeps its kind."""

    def __init__(
        self,
        details: DocumentDetails,
        registry: bool,
        rename: bool = False,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.details = details
        self.setObjectName("documentDetailsDialog")
        self.setWindowTitle(tr("Rename document") if rename else tr("Edit document details"))
        self.resize(560, 10)
        form = QFormLayout()
        self.title = QLineEdit(details.title, self)
        self.title.setObjectName("documentTitle")
        self.title.selectAll()
        form.addRow(tr("&Title:"), self.title)
        self.organisation = QLineEdit(details.organisation or "", self)
        self.organisation.setObjectName("documentOrganisation")
        self.organisation.setPlaceholderText(tr("Who wrote it"))
        self.kind = QComboBox(self)
        self.kind.setObjectName("documentKind")
        kinds = list(EDITABLE_KINDS)
        if details.kind not in kinds:
            kinds.insert(0, details.kind)
        for k in kinds:
            self.kind.addItem(kind_label(k), str(k))
        self.kind.setCurrentIndex(self.kind.findData(details.kind))
        if registry:
            self.kind.setEnabled(False)
            self.kind.setToolTip(
                tr(
                    "It brought recommendations to the registry: its kind is what it was imported as"
                )
            )
        if not rename:
            form.addRow(tr("&Organisation:"), self.organisation)
            form.addRow(tr("&Kind:"), self.kind)
        else:
            self.organisation.hide()
            self.kind.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("&Rename") if rename else tr("&Save"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.title.textChanged.connect(lambda t: ok.setEnabled(bool(t.strip())))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.title.setFocus()

    def values(self) -> DocumentDetails:
        return DocumentDetails(
            self.details.document_id,
            " ".join(self.title.text().split()),
            " ".join(self.organisation.text().split()) or None,
            self.kind.currentData(),
        )

    def changed(self) -> bool:
        return self.values() != self.details


def removal_text(s: RemovalSummary) -> str:
    """What goes with a document, as the confirmation says it (rich text)."""
    lines = []
    if s.paragraphs:
        paragraphs = tr("%n paragraph(s)", "", s.paragraphs)
        if s.footnotes:
            footnotes = tr("%n footnote(s)", "", s.footnotes)
            paragraphs = tr("{paragraphs} and {footnotes}").format(
                paragraphs=paragraphs, footnotes=footnotes
            )
        lines.append(paragraphs)
    if s.versions:
        lines.append(tr("%n earlier version(s) with theirs", "", s.versions))
    work = [
        tr("%n tag(s)", "", s.tags) if s.tags else "",
        tr("%n note(s)", "", s.notes) if s.notes else "",
        tr("%n link(s) made by a reviewer", "", s.links) if s.links else "",
        tr("%n reviewed mark(s)", "", s.reviewed) if s.reviewed else "",
        tr("%n dismissed check finding(s)", "", s.dismissed) if s.dismissed else "",
    ]
    work = [w for w in work if w]
    lines += work or [
        tr("no review work (no tags, notes, links made by reviewers or reviewed marks)")
    ]
    items = "".join(f"<li>{escape(x)}</li>" for x in lines)
    stay = ""
    if s.registry:
        stay = "<p>{}</p>".format(
            escape(
                tr(
                    "The %n recommendation(s) it brought stay in the registry, with the links "
                    "other documents make to them.",
                    "",
                    s.recommendations,
                )
            )
        )
    ask = tr("Remove <b>“{title}”</b> ({file}) from the workspace?").format(
        title=escape(short(s.title, 90)), file=escape(s.file)
    )
    backup = tr(
        "A backup copy of the workspace is made first, and Edit › Undo (Ctrl+Z) brings it "
        "back with everything."
    )
    going = escape(tr("Going with it:"))
    return (
        f"<p>{ask}</p><p>{going}</p><ul>{items}</ul>{stay}"
        f"<p style='color:{MUTED}'>{escape(backup)}</p>"
    )


def removal_box(parent: QWidget, s: RemovalSummary) -> QMessageBox:
    """The confirmation: Remove (not the default) or Cancel."""
    box = QMessageBox(parent)
    box.setObjectName("removeDocumentBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Remove document"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(removal_text(s))
    box.setStyleSheet("QLabel#qt_msgbox_label { min-width: 440px; }")
    remove = box.addButton(tr("&Remove"), QMessageBox.ButtonRole.DestructiveRole)
    remove.setObjectName("remove")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    return box


def confirm_removal(parent: QWidget, s: RemovalSummary) -> bool:
    box = removal_box(parent, s)
    box.exec()
    answer = box.clickedButton()
    return answer is not None and answer.objectName() == "remove"


def same_text_box(parent: QWidget, held: list[ImportResult]) -> QMessageBox:
    """Files repeating a document's text: Skip (the default) or Import anyway."""
    rows = "".join(
        "<li>{}</li>".format(
            tr("<b>{name}</b>: the same text as “{title}” (document {number}, {file})").format(
                name=escape(Path(r.file).name),
                title=escape(short(s.title, 70)),
                number=s.document_id,
                file=escape(s.file),
            )
        )
        for r in held
        if (s := r.same_text) is not None
    )
    n = len(held)
    box = QMessageBox(parent)
    box.setObjectName("sameTextBox")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("Already in the workspace"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(
        (
            tr(
                "These files hold the text of a document already here, in another format:"
                "<ul>{rows}</ul>Imported, they would be a document of their own, and every "
                "search would find the text twice."
            )
            if n > 1
            else tr(
                "This file holds the text of a document already here, in another format:"
                "<ul>{rows}</ul>Imported, it would be a document of its own, and every "
                "search would find the text twice."
            )
        ).format(rows=rows)
    )
    skip = box.addButton(tr("&Skip"), QMessageBox.ButtonRole.RejectRole)
    skip.setObjectName("skip")
    anyway = box.addButton(tr("&Import anyway"), QMessageBox.ButtonRole.AcceptRole)
    anyway.setObjectName("importAnyway")
    box.setDefaultButton(skip)
    box.setEscapeButton(skip)
    return box
