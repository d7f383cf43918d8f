"""HTML for a document's versions: a paragraph's word-level difference from the
version before, the "changed since reviewed" badge, and what a version changed.

Pure string building from the workspace's plain rows (``DiffParagraph``,
``VersionRow``), as ``ui.render`` is, so it is tested directly.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TR_NOOP

from reviewer.workspace import (
    DiffParagraph,
    DocumentRow,
    ParagraphChange,
    ParagraphRow,
    VersionRow,
)
from ui.render import MUTED, local_time, short
from ui.theme import colour

DELETED = colour("deleted")
DELETED_BG = colour("deleted_back")
ADDED = colour("added")
ADDED_BG = colour("added_back")
CHANGED = colour("changed")  # the "changed since reviewed" badge
CHANGED_BG = colour("changed_back")
CHANGED_BAR = colour("changed_bar")  # its mark in the reading pane's gutter
LATEST = colour("confirmed")

CHANGED_TIP = QT_TR_NOOP(
    "Its text changed in a new version after someone worked on it (notes, tags, links "
    "or a reviewed mark followed it): read the difference, then mark it reviewed"
)

# what a paragraph of a version is, against the version before it
CHANGE_WORDS: dict[str, str] = {
    ParagraphChange.EDITED: "edited",
    ParagraphChange.SPLIT: "split from a longer paragraph",
    ParagraphChange.MERGED: "merged from several paragraphs",
    ParagraphChange.ADDED: "new",
    ParagraphChange.MOVED: "moved",
}


def words_html(words: tuple[tuple[str, str], ...] | list[tuple[str, str]]) -> str:
    """A word-level difference: removed words struck through (red), added ones
    underlined (green), the rest as it was."""
    out = []
    last = ("equal", " ")
    for op, text in words:
        if (last[0], op) == ("delete", "insert") and not (
            last[1][-1:].isspace() or text[:1].isspace()
        ):
            out.append(" ")  # words replaced: the old and the new ones apart
        last = (op, text or " ")
        if op == "delete":
            out.append(
                f'<s style="color:{DELETED}; background-color:{DELETED_BG}">{escape(text)}</s>'
            )
        elif op == "insert":
            out.append(f'<u style="color:{ADDED}; background-color:{ADDED_BG}">{escape(text)}</u>')
        else:
            out.append(escape(text))
    return "".join(out)


def changed_badge() -> str:
    return (
        f'<span style="background-color:{CHANGED_BG}; color:{CHANGED}; font-weight:600">'
        "&nbsp;⚠ Changed since reviewed&nbsp;</span>"
    )


def change_line(change: DiffParagraph | None, version: int | None) -> str:
    """'edited in version 3 · was ¶ 4' (muted); '' for an unchanged paragraph."""
    if change is None or change.change == ParagraphChange.UNCHANGED:
        return ""
    what = CHANGE_WORDS.get(change.change, str(change.change))
    where = f" in version {version}" if version else ""
    was = [f"¶ {label}" for label in change.previous_labels if label]
    moved = change.change in (ParagraphChange.MOVED, ParagraphChange.EDITED) and (
        tuple(change.previous_labels) != (change.label,)
    )
    tail = f" · was {', '.join(was)}" if was and (moved or len(was) > 1) else ""
    return f"{what}{where}{tail}"


def changed_paragraph_html(row: ParagraphRow, change: DiffParagraph | None, version: int | None):
    """A paragraph's body and its version note, as the reading pane shows them: for a
    paragraph changed since reviewed, the badge over its difference from the version
    before (None when nothing is to be said: the caller shows the plain text)."""
    line = change_line(change, version)
    if row.changed_since_review:
        body = words_html(change.words) if change is not None and change.words else None
        hint = (line + ": removed words struck through, added ones underlined") if body else line
        head = (
            f'<p style="margin-bottom:3px">{changed_badge()} '
            f'<span style="color:{MUTED}; font-size:small">{escape(hint)}</span></p>'
        )
        return head, body
    if line:
        return (
            f'<p style="color:{MUTED}; font-size:small; margin-bottom:2px">✎ {escape(line)}</p>',
            None,
        )
    return "", None


def version_label(d: DocumentRow) -> str:
    """'v3 (latest)' for a version switcher (a version's row: the latest is the
    document's own, an earlier one's has ``version_of``)."""
    return f"v{d.version}" + (" (latest)" if d.version_of is None else "")


def version_tip(d: DocumentRow) -> str:
    """'cango.docx, imported 2025-05-12 14:03, 15 paragraphs'."""
    return f"{d.file}, imported {local_time(d.imported_at)}, {d.paragraphs} paragraphs"


def version_summary_html(v: VersionRow) -> str:
    """A version in the versions dialog's list: its number, file, date, author, what
    changed from the one before, and work kept on its paragraphs that are gone."""
    head = f"<b>Version {v.version}</b>" + (
        f" <span style='color:{LATEST}'>· latest</span>" if v.latest else ""
    )
    who = f" · {escape(v.imported_by)}" if v.imported_by else ""
    meta = f"{escape(v.file)} · {local_time(v.imported_at)}{who} · {v.paragraphs} ¶"
    changes = v.changes.describe() if v.changes is not None else "the first version"
    parts = [head, f"<span style='color:{MUTED}'>{meta}</span>", escape(changes)]
    gone = v.gone.describe()
    if gone:
        parts.append(f"<span style='color:{CHANGED}'>{escape(gone)}</span>")
    return "<br>".join(parts)


def diff_paragraph_html(p: DiffParagraph) -> str:
    """One paragraph of a version in the versions dialog: where it is, what it
    continues and, when its text changed, the difference."""
    label = f"¶ {escape(p.label)}" if p.label else f"Paragraph {p.seq + 1}"
    what = CHANGE_WORDS.get(p.change, str(p.change))
    was = ", ".join(f"¶ {escape(x)}" for x in p.previous_labels if x)
    if tuple(p.previous_labels) == (p.label,) or p.change == ParagraphChange.ADDED:
        was = ""  # the same number: nothing to say
    head = (
        f"<b>{label}</b> <span style='color:{MUTED}'>· {escape(what)}"
        + (f" · was {was}" if was else "")
        + "</span>"
    )
    if p.changed_since_review:
        head += " " + changed_badge()
    if p.words:
        body = words_html(p.words)
    elif p.change == ParagraphChange.ADDED:
        body = f'<u style="color:{ADDED}; background-color:{ADDED_BG}">{escape(p.text)}</u>'
    else:
        body = escape(short(p.text, 240))
    return f"{head}<br>{body}"
