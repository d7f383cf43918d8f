"""HTML for paragraphs, footnotes, snippets and links, as Qt's rich text shows it.

Pure string building from plain rows (no widgets), so it is tested directly.
Offsets in rows are Python code points, and so is slicing a ``str`` here: no
UTF-16 conversion is needed until a position goes back to a Qt text cursor.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from html import escape

from PySide6.QtCore import QT_TR_NOOP

from reviewer.workspace import (
    HIT_END,
    HIT_START,
    CitationRow,
    DocumentKind,
    LinkOrigin,
    LinkRow,
    LinkStatus,
    NoteRow,
    ParagraphKind,
    ParagraphRow,
    Position,
)
from ui.i18n import tr
from ui.theme import Colour, colour, ink_on

# Colours come from the theme (``ui.theme``): each formats as the current theme's value.
CITED = colour("cited")  # a citation resolved to a registry recommendation
UNRESOLVED = colour("unresolved")  # a reference the registry cannot place yet
HIT = colour("hit")
MUTED = colour("muted")
# a suggestion: a proposal, quieter than a citation (amber; the darker shade for text)
SUGGESTED = colour("suggested")
SUGGESTED_TEXT = colour("suggested_text")
SUGGESTED_BG = colour("suggested_back")
ACCEPTED_BG = colour("accepted_back")  # an accepted suggestion's chip
ACCEPTED_TEXT = colour("accepted_text")
MARKER = colour("accent")  # footnote markers
HEADING = colour("heading")
FOOTNOTE = colour("secondary")
STRUCK = colour("struck")
# Keyed by the vocabulary's members; rows carry the stored strings, which are equal
# to them (StrEnum), so ``STATUS_COLOURS.get(row.status)`` finds them.
STATUS_COLOURS: dict[str, Colour] = {
    LinkStatus.CONFIRMED: colour("confirmed"),
    LinkStatus.SUGGESTED: colour("suggested_text"),
    LinkStatus.REJECTED: colour("rejected"),
}
POSITION_COLOURS: dict[str, Colour] = {
    Position.SUPPORTED: colour("supported"),
    Position.NOTED: colour("noted"),
    Position.PARTIALLY: colour("partially"),
    Position.PENDING: colour("pending"),
    Position.UNKNOWN: MUTED,
}
KIND_LABELS: dict[str, str] = {
    DocumentKind.SUBMISSION: QT_TR_NOOP("Submission"),
    DocumentKind.WG_REPORT: QT_TR_NOOP("WG report"),
    DocumentKind.RESPONSES: QT_TR_NOOP("Responses"),
    DocumentKind.THEMATIC_LIST: QT_TR_NOOP("Thematic list"),
    DocumentKind.NATIONAL_REPORT: QT_TR_NOOP("National report"),
    DocumentKind.SUMMARY: QT_TR_NOOP("Summary"),
    DocumentKind.OTHER: QT_TR_NOOP("Other"),
}
# the vocabulary's positions (reviewer.vocabulary.POSITION_LABELS) in the window's language
NOT_IN_REGISTRY = QT_TR_NOOP("text not in the registry yet")
STATUS_NAMES: dict[str, str] = {
    LinkStatus.CONFIRMED: QT_TR_NOOP("confirmed"),
    LinkStatus.SUGGESTED: QT_TR_NOOP("suggested"),
    LinkStatus.REJECTED: QT_TR_NOOP("rejected"),
}
ORIGIN_NAMES: dict[str, str] = {
    LinkOrigin.FOOTNOTE: QT_TR_NOOP("footnote"),
    LinkOrigin.INLINE: QT_TR_NOOP("inline"),
    LinkOrigin.SECTION_HEADING: QT_TR_NOOP("section heading"),
    LinkOrigin.MANUAL: QT_TR_NOOP("manual"),
}
POSITION_NAMES: dict[str, str] = {
    Position.SUPPORTED: QT_TR_NOOP("Supported"),
    Position.NOTED: QT_TR_NOOP("Noted"),
    Position.PARTIALLY: QT_TR_NOOP("Partially supported"),
    Position.PENDING: QT_TR_NOOP("To be examined"),
    Position.UNKNOWN: QT_TR_NOOP("Not known"),
}


def kind_label(kind: str) -> str:
    """'submission' → 'Submission', in the window's language; another value as stored."""
    return tr(KIND_LABELS[kind]) if kind in KIND_LABELS else kind


# Letters of the scripts written right to left: Hebrew, Arabic, Syriac, Thaana, N'Ko …
# (U+0590–U+08FF) and the Hebrew and Arabic presentation forms.
_RTL_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_RTL_FIRST = re.compile(r"[^\W\d_]")


def right_to_left(text: str | None) -> bool:
    """True when ``text`` reads right to left: more of its letters are Arabic (or
    Hebrew) than of any left-to-right script, or as many and an Arabic one comes first.

    The base direction of a paragraph, as the bidi algorithm wants it: an Arabic
    sentence opening with a report symbol ("A/HRC/40/6، الفقرة 28.294: …") is still
    Arabic, which the first strong character alone (HTML's dir="auto") would miss.
    Within the paragraph Qt's bidi algorithm orders the runs: "A/HRC/40/6" and
    "28.294" stay as written.  Most texts are ASCII or hold no such letter: no count.
    """
    if not text or text.isascii() or _RTL_LETTER.search(text) is None:
        return False
    rtl = len(_RTL_LETTER.findall(text))
    ltr = sum(1 for ch in text if ch.isalpha()) - rtl
    if rtl != ltr:
        return rtl > ltr
    first = _RTL_FIRST.search(text)
    return first is not None and _RTL_LETTER.match(first.group()) is not None


def dir_attr(text: str | None) -> str:
    """' dir="rtl"' for an element showing ``text`` when it reads right to left (its
    block then starts at the right edge); nothing otherwise, left as before."""
    return ' dir="rtl"' if right_to_left(text) else ""


def position_label(value: str) -> str:
    """'partially' → 'Partially supported'; a value outside the vocabulary as stored."""
    try:
        return tr(POSITION_NAMES[Position(value)])
    except ValueError:
        return value


def _spans(citations: tuple[CitationRow, ...], footnote_id: int | None, length: int):
    spans = sorted(
        (c.start, c.end, c.resolved)
        for c in citations
        if c.footnote_id == footnote_id
        and c.start is not None
        and c.end is not None
        and 0 <= c.start < c.end <= length
    )
    merged: list[list] = []
    for start, end, resolved in spans:
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
            merged[-1][2] = merged[-1][2] or resolved
        else:
            merged.append([start, end, resolved])
    return merged


def marked_text(
    text: str,
    citations: tuple[CitationRow, ...] = (),
    footnote_id: int | None = None,
    markers: list[tuple[int, str, int]] | tuple = (),
) -> str:
    """Escaped text with citation spans highlighted and footnote markers superscripted."""
    events: dict[int, list[str]] = {}
    for start, end, resolved in _spans(citations, footnote_id, len(text)):
        colour = CITED if resolved else UNRESOLVED
        events.setdefault(start, []).append(f'<span style="background-color:{colour}">')
        events.setdefault(end, []).insert(0, "</span>")
    for offset, marker, _fid in markers:
        pos = min(max(offset, 0), len(text))
        events.setdefault(pos, []).append(
            f'<sup><span style="color:{MARKER}; font-weight:600">{escape(marker)}</span></sup>'
        )
    out, last = [], 0
    for pos in sorted(events):
        out.append(escape(text[last:pos]))
        # close spans before opening new ones or placing markers at the same spot
        out.extend(sorted(events[pos], key=lambda s: 0 if s == "</span>" else 1))
        last = pos
    out.append(escape(text[last:]))
    return "".join(out)


def tag_chip(name: str, back: str | None) -> str:
    """A tag's chip in its colour, its name in dark or white ink, whichever reads."""
    back = back or str(colour("chip"))
    return (
        f'<span style="background-color:{back}; color:{ink_on(back).name()}">'
        f"&nbsp;{escape(name)}&nbsp;</span>"
    )


def paragraph_html(
    row: ParagraphRow,
    markers: list[tuple[int, str, int]] | tuple = (),
    document_title: str | None = None,
    change=None,  # DiffParagraph: what it continues of the version before
    version: int | None = None,
) -> str:
    from ui.render_changes import changed_paragraph_html

    parts = []
    if document_title:
        parts.append(
            f'<p{dir_attr(document_title)} style="color:{MUTED}; font-size:small; '
            f'margin-bottom:2px">{escape(document_title)}</p>'
        )
    head, diff = changed_paragraph_html(row, change, version)
    parts.append(head)
    body = diff or marked_text(row.text, row.citations, None, markers)
    d = dir_attr(row.text)  # an Arabic paragraph reads right to left, from the right edge
    if row.kind == ParagraphKind.TITLE:
        parts.append(f'<p{d} style="font-size:large; font-weight:600">{body}</p>')
    elif row.kind == ParagraphKind.HEADING:
        parts.append(f'<p{d} style="font-weight:600; color:{HEADING}">{body}</p>')
    else:
        parts.append(f"<p{d}>{body}</p>")
    if row.footnotes:
        items = []
        for fn in row.footnotes:
            ftext = marked_text(fn.text, row.citations, fn.id)
            items.append(
                f'<sup><span style="color:{MARKER}">{escape(fn.marker)}</span></sup> {ftext}'
            )
        d = dir_attr(" ".join(fn.text for fn in row.footnotes))
        parts.append(
            f'<p{d} style="color:{FOOTNOTE}; font-size:small; margin-top:4px">'
            + "<br>".join(items)
            + "</p>"
        )
    extras = [tag_chip(t.name, t.colour) for t in row.tags]
    if row.notes:
        n = len(row.notes)
        notes = escape(tr("%n note(s)", "", n))
        extras.append(f'<span style="color:{MUTED}">✎ {notes}</span>')
    if extras:
        parts.append('<p style="margin-top:4px">' + " ".join(extras) + "</p>")
    chips = suggestion_chips(row.links)
    if chips:
        parts.append(chips)
    return "".join(parts)


def open_suggestions(links) -> list[LinkRow]:
    """A paragraph's open suggestions, best first."""
    return sorted((lk for lk in links if lk.suggested), key=lambda lk: -(lk.score or 0.0))


def accepted_suggestion(link: LinkRow) -> bool:
    return link.origin == LinkOrigin.SUGGESTION and link.status == LinkStatus.CONFIRMED


def rejected_suggestion(link: LinkRow) -> bool:
    return link.origin == LinkOrigin.SUGGESTION and link.status == LinkStatus.REJECTED


def suggestion_chips(links) -> str:
    """Under a paragraph: the suggestions it accepted (solid green chips: they count as
    links now) and those still open ("Suggested:", quiet italic amber chips).  Rejected
    suggestions show nothing."""
    accepted = [lk for lk in links if accepted_suggestion(lk)]
    proposed = open_suggestions(links)
    if not accepted and not proposed:
        return ""
    out = []
    if accepted:
        accepted_said = escape(tr("Accepted:"))
        out.append(
            f'<span style="color:{ACCEPTED_TEXT}">{accepted_said}</span> '
            + " ".join(
                f'<span style="background-color:{ACCEPTED_BG}; color:{ACCEPTED_TEXT}">'
                f"&nbsp;✓&nbsp;{escape(lk.number)}&nbsp;</span>"
                for lk in accepted
            )
        )
    if proposed:
        suggested = escape(tr("Suggested:"))
        out.append(
            f'<span style="color:{SUGGESTED_TEXT}; font-style:italic">{suggested}</span> '
            + " ".join(
                f'<span style="background-color:{SUGGESTED_BG}; color:{SUGGESTED_TEXT};'
                f" font-style:italic; text-decoration:underline;"
                f' text-decoration-color:{SUGGESTED}">&nbsp;{escape(lk.number)}?&nbsp;</span>'
                for lk in proposed
            )
        )
    return '<p style="margin-top:4px; font-size:small">' + " &nbsp; ".join(out) + "</p>"


def snippet_html(snippet: str) -> str:
    """An FTS snippet with its hit marks turned into highlighted spans (inline: a
    caller that shows it under other text sets its direction, ``snippet_block``)."""
    text = escape(snippet)
    return text.replace(
        escape(HIT_START), f'<span style="background-color:{HIT}; font-weight:600">'
    ).replace(escape(HIT_END), "</span>")


def snippet_block(snippet: str) -> str:
    """A snippet on the line under what precedes it; an Arabic one in a block of its
    own, right to left."""
    if right_to_left(snippet):
        return f'<div dir="rtl">{snippet_html(snippet)}</div>'
    return f"<br>{snippet_html(snippet)}"


def short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def states_text(states: tuple[str, ...], limit: int = 4) -> str:
    if len(states) <= limit:
        return ", ".join(states)
    return ", ".join(states[:limit]) + f" +{len(states) - limit}"


def link_html(link: LinkRow) -> str:
    status = STATUS_COLOURS.get(link.status, MUTED)
    pos = POSITION_COLOURS.get(link.position, MUTED)
    text = escape(link.text) if link.text else f"<i>{escape(tr(NOT_IN_REGISTRY))}</i>"
    style = (
        f"text-decoration: line-through; color:{STRUCK}"
        if link.status == LinkStatus.REJECTED
        else ""
    )
    states = f' <span style="color:{MUTED}">({escape(states_text(link.states))})</span>'
    origin = (
        tr("accepted suggestion")
        if accepted_suggestion(link)
        else tr(ORIGIN_NAMES.get(link.origin, link.origin))
    )
    status_name = tr(STATUS_NAMES.get(link.status, link.status))
    return (
        f'<b>{escape(link.number)}</b> <span style="color:{MUTED}">{escape(link.symbol)}</span>'
        f' &nbsp;<span style="color:{status}; font-weight:600">{escape(status_name)}</span>'
        f' <span style="color:{MUTED}">· {escape(origin)} ·</span>'
        f' <span style="color:{pos}">{escape(position_label(link.position))}</span>'
        + (
            f'<div dir="rtl"><span style="{style}">{text}</span>{states}</div>'
            if right_to_left(link.text)  # a text in Arabic: right to left, under the rest
            else f'<br><span style="{style}">{text}</span>{states if link.states else ""}'
        )
    )


def local_time(when: datetime | None) -> str:
    """The workspace stores UTC without a zone; people read their own clock."""
    if when is None:
        return ""
    return when.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")


def note_html(note: NoteRow) -> str:
    when = local_time(note.updated_at)
    if right_to_left(note.body):
        return _rtl_note_html(note, when)
    body = escape(note.body).replace("\n", "<br>")
    if note.quote:  # a passage note: the words it is on
        words = escape(short(" ".join(note.quote.split()), 80))
        on = tr("on “{words}”").format(words=words)
        body = f'<i style="color:{MUTED}">{on}</i><br>{body}'
    return f'{body}<br><span style="color:{MUTED}; font-size:small">{escape(note.author or "")} · {when}</span>'


def _rtl_note_html(note: NoteRow, when: str) -> str:
    """An Arabic note: its words a block right to left, the lines around them (the
    English "on …", author and time) left to right.  (Qt gives a div after a
    right-to-left one that direction unless told otherwise.)"""
    body = escape(note.body).replace("\n", "<br>")
    quote = ""
    if note.quote:
        words = escape(short(" ".join(note.quote.split()), 80))
        on = tr("on “{words}”").format(words=words)
        quote = f'<div dir="ltr"><i style="color:{MUTED}">{on}</i></div>'
    meta = f"{escape(note.author or '')} · {when}"
    return (
        f'{quote}<div dir="rtl">{body}</div>'
        f'<div dir="ltr"><span style="color:{MUTED}; font-size:small">{meta}</span></div>'
    )
