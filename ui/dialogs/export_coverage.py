"""File › Export coverage…: the review's coverage as a workbook (XLSX) or a CSV file,
written by ``reviewer.export.export_coverage``; a failure is said in a message box
(its text the error's own: ReviewerError subclasses carry user-facing messages)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TR_NOOP, QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from reviewer.workspace import ReviewerError
from ui import i18n
from ui.i18n import tr

XLSX_FILTER = QT_TR_NOOP("Excel workbook (*.xlsx)")
CSV_FILTER = QT_TR_NOOP("CSV, comma-separated (*.csv)")
FILTERS = f"{XLSX_FILTER};;{CSV_FILTER}"
TITLE = QT_TR_NOOP("Export coverage")


def target(name: str, chosen_filter: str = "") -> tuple[Path, str]:
    """The file and format: the extension typed, else the filter chosen (xlsx)."""
    path = Path(name).expanduser()
    suffix = path.suffix.lower().lstrip(".")
    if suffix in ("xlsx", "csv"):
        return path, suffix
    fmt = "csv" if chosen_filter == tr(CSV_FILTER) else "xlsx"
    return path.with_name(f"{path.name}.{fmt}"), fmt


def suggested_path(review: str) -> Path:
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(docs) if docs and Path(docs).is_dir() else Path.home()
    return folder / tr("{review} coverage.xlsx").format(review=review)


def _box(w, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    """A window-modal message that does not block (tests read and close it)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, w)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    w.coverage_message = box
    box.open()
    return box


def export_coverage(w, review: str | None = None) -> Path | None:
    """Ask where (and xlsx or csv), then write review ``review`` (the window's)."""
    review = review or getattr(w, "current_review", None)
    if review is None:
        _box(w, QMessageBox.Icon.Information, tr(TITLE),
             tr("The coverage is that of one review: choose a review first (the Review"
                " switcher in the toolbar, Ctrl+Shift+R), then export it."))  # fmt: skip
        return None
    name, chosen = QFileDialog.getSaveFileName(
        w,
        tr("Export the coverage of {review}").format(review=review),
        str(suggested_path(review)),
        FILTERS,
    )
    if not name:
        return None
    path, fmt = target(name, chosen)
    return path if write(w, path, review, fmt) else None


def write(w, path: str | Path, review: str, fmt: str | None = None) -> bool:
    """Write the file; say how it went (status bar, or a message box on failure)."""
    try:
        from reviewer.export import export_coverage as export
    except ImportError as exc:
        _box(w, QMessageBox.Icon.Warning, tr(TITLE),
             tr("The coverage export is not available: {error}").format(error=exc))  # fmt: skip
        return False
    path = Path(path)
    if hasattr(w, "inspector"):
        w.inspector.notes.flush()
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        export(w.ws, path, review, fmt=fmt, language=i18n.current())  # the window's language
    except ReviewerError as exc:
        QGuiApplication.restoreOverrideCursor()
        _box(w, QMessageBox.Icon.Critical, tr("The coverage was not exported"), str(exc))
        return False
    except OSError as exc:
        QGuiApplication.restoreOverrideCursor()
        _box(w, QMessageBox.Icon.Critical, tr("The coverage was not exported"),
             tr("Could not write {file}: {error}").format(file=path.name,
                                                           error=exc.strerror or exc))  # fmt: skip
        return False
    QGuiApplication.restoreOverrideCursor()
    if hasattr(w, "message"):
        w.message(
            tr("Exported the coverage of {review} to {name}").format(review=review, name=path.name)
        )
    return True
