"""HTML for a document's versions: a paragraph's word-level difference from the
version before, the "changed since reviewed" badge, and what a version changed.

Pure string building from the workspace's plain rows (``DiffParagraph``,
``VersionRow``), as ``ui.render`` is, so it is tested directly.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QT_TR_NOOP

from reviewer.workspace import (
    ChangeCounts,
    DiffParagraph,
    DocumentRow,
    ParagraphChange,
    ParagraphRow,
    VersionRow,
    WorkCounts,
)
from ui.i18n import tr
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

CHANGED_SINCE = QT_TR_NOOP("Changed since reviewed")
CHANGED_TIP = QT_TR_NOOP(
    "Its text changed in a new version after someone worked on it (notes, tags, links "
    "or a reviewed mark followed it): read the difference, then mark it reviewed"
)

# what a paragraph of a version is, against the version before it
CHANGE_WORDS: dict[str, str] = {
    ParagraphChange.EDITED: QT_TR_NOOP("edited"),
    ParagraphChange.SPLIT: QT_TR_NOOP("split from a longer paragraph"),
    ParagraphChange.MERGED: QT_TR_NOOP("merged from several paragraphs"),
    ParagraphChange.ADDED: QT_TR_NOOP("new"),
    ParagraphChange.MOVED: QT_TR_NOOP("moved"),
}
# a version's counts of paragraphs, as ChangeCounts names them
COUNT_WORDS: dict[str, Callable[[int], str]] = {
    "unchanged": lambda n: tr("%n unchanged", "", n),
    "moved": lambda n: tr("%n moved", "", n),
    "edited": lambda n: tr("%n edited", "", n),
    "split": lambda n: tr("%n split", "", n),
    "merged": lambda n: tr("%n merged", "", n),
    "added": lambda n: tr("%n added", "", n),
    "removed": lambda n: tr("%n removed", "", n),
}


def changes_text(c: ChangeCounts) -> str:
    """'14 unchanged, 1 edited, 1 removed' (kinds with none left out), in the window's
    language."""
    parts = [COUNT_WORDS[k](v) for k, v in c.as_dict().items() if v and k in COUNT_WORDS]
    return ", ".join(parts) or tr("no paragraphs")


def work_text(w: WorkCounts, gone: bool = True) -> str:
    """'3 notes, 1 tag on paragraphs that are gone' ('' when there is none); without
    ``gone``, the counts alone."""
    parts = [
        counted(n)
        for n, counted in (
            (w.notes, lambda n: tr("%n note(s)", "", n)),
            (w.tags, lambda n: tr("%n tag(s)", "", n)),
            (w.links, lambda n: tr("%n link(s)", "", n)),
            (w.reviewed, lambda n: tr("%n reviewed mark(s)", "", n)),
        )
        if n
    ]
    if not parts:
        return ""
    counts = ", ".join(parts)
    return tr("{counts} on paragraphs that are gone").format(counts=counts) if gone else counts


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
        f"&nbsp;⚠ {escape(tr(CHANGED_SINCE))}&nbsp;</span>"
    )


def change_line(change: DiffParagraph | None, version: int | None) -> str:
    """'edited in version 3 · was ¶ 4' (muted); '' for an unchanged paragraph."""
    if change is None or change.change == ParagraphChange.UNCHANGED:
        return ""
    what = tr(CHANGE_WORDS.get(change.change, str(change.change)))
    if version:
        what = tr("{what} in version {version}").format(what=what, version=version)
    was = [f"¶ {label}" for label in change.previous_labels if label]
    moved = change.change in (ParagraphChange.MOVED, ParagraphChange.EDITED) and (
        tuple(change.previous_labels) != (change.label,)
    )
    if was and (moved or len(was) > 1):
        what += " · " + tr("was {labels}").format(labels=", ".join(was))
    return what


def changed_paragraph_html(row: ParagraphRow, change: DiffParagraph | None, version: int | None):
    """A paragraph's body and its version note, as the reading pane shows them: for a
    paragraph changed since reviewed, the badge over its difference from the version
    before (None when nothing is to be said: the caller shows the plain text)."""
    line = change_line(change, version)
    if row.changed_since_review:
        body = words_html(change.words) if change is not None and change.words else None
        hint = (
            tr("{what}: removed words struck through, added ones underlined").format(what=line)
            if body
            else line
        )
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
    if d.version_of is None:
        return tr("v{version} (latest)").format(version=d.version)
    return tr("v{version}").format(version=d.version)


def version_tip(d: DocumentRow) -> str:
    """'cango.docx, imported 2025-05-12 14:03, 15 paragraphs'."""
    return tr("{file}, imported {when}, %n paragraph(s)", "", d.paragraphs).format(
        file=d.file, when=local_time(d.imported_at)
    )


def version_summary_html(v: VersionRow) -> str:
    """A version in the versions dialog's list: its number, file, date, author, what
    changed from the one before, and work kept on its paragraphs that are gone."""
    latest = escape(tr("latest"))
    head = "<b>{}</b>".format(escape(tr("Version {number}").format(number=v.version))) + (
        f" <span style='color:{LATEST}'>· {latest}</span>" if v.latest else ""
    )
    who = f" · {escape(v.imported_by)}" if v.imported_by else ""
    meta = f"{escape(v.file)} · {local_time(v.imported_at)}{who} · {v.paragraphs} ¶"
    changes = changes_text(v.changes) if v.changes is not None else tr("the first version")
    parts = [head, f"<span style='color:{MUTED}'>{meta}</span>", escape(changes)]
    gone = work_text(v.gone)
    if gone:
        parts.append(f"<span style='color:{CHANGED}'>{escape(gone)}</span>")
    return "<br>".join(parts)


def diff_paragraph_html(p: DiffParagraph) -> str:
    """One paragraph of a version in the versions dialog: where it is, what it
    continues and, when its text changed, the difference."""
    label = (
        f"¶ {escape(p.label)}"
        if p.label
        else escape(tr("Paragraph {number}").format(number=p.seq + 1))
    )
    what = tr(CHANGE_WORDS.get(p.change, str(p.change)))
    was = ", ".join(f"¶ {escape(x)}" for x in p.previous_labels if x)
    if tuple(p.previous_labels) == (p.label,) or p.change == ParagraphChange.ADDED:
        was = ""  # the same number: nothing to say
    head = (
        f"<b>{label}</b> <span style='color:{MUTED}'>· {escape(what)}"
        + (" · " + tr("was {labels}").format(labels=was) if was else "")
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
