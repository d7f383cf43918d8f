"""Where a paragraph's stored text stands in the rich text the reading pane shows, and
its passages highlighted there.

The pane lays out ``paragraph_html``: the text among other lines (a document title, a
"changed" badge, footnotes, tag chips), with footnote markers put back as
superscripts, a new version's removed words struck through, spaces collapsed.  A
``TextMap`` walks the laid-out document and ties each character of the stored text
to its place: offsets in rows are Python code points, positions in a
``QTextDocument`` are UTF-16 units, and a non-BMP character takes two of them.

``highlight`` gives each tagged passage a background and an underline in its tag's
colour and each passage note a dashed underline, with a tooltip saying which tags
and notes are on the words.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument

from reviewer.workspace import NoteRow, ParagraphRow, PassageRow
from ui.i18n import tr

NOTE_UNDERLINE = QColor("#b26a00")
PASSAGE_ALPHA = 110  # of 255: the tag's colour under the words, the text still legible


def _units(ch: str) -> int:
    return 2 if ord(ch) > 0xFFFF else 1


def _skipped(fmt: QTextCharFormat) -> bool:
    """Shown but not the stored text: a footnote marker, words a new version removed."""
    return fmt.verticalAlignment() == QTextCharFormat.VerticalAlignment.AlignSuperScript or (
        fmt.fontStrikeOut()
    )


@dataclass(frozen=True)
class TextMap:
    """Character ``i`` of the stored text is at positions ``starts[i]`` to ``ends[i]``
    of the document (collapsed spaces share the one space shown)."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    @classmethod
    def of(cls, doc: QTextDocument, text: str) -> TextMap | None:
        """The map of the block showing ``text``; None when no block shows it.

        First a block showing exactly the text (with markers and struck-out words
        between); else, if something else was put among its words, the block sharing
        most of its characters, tied by a difference (``difflib``)."""
        if not text:
            return None
        blocks = []
        block = doc.begin()
        while block.isValid():
            shown = _shown(block)
            found = _align(shown, text, block.position())
            if found is not None:
                return found
            blocks.append((shown, block.position()))
            block = block.next()
        best = max((_loose(shown, text, at) for shown, at in blocks), key=lambda x: x[0])
        return best[1] if best[0] >= 0.8 * len(text.strip()) else None

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        """Document positions of characters ``start`` to ``end`` of the text."""
        if not 0 <= start < end <= len(self.text):
            return None
        return self.starts[start], self.ends[end - 1]

    def offsets(self, a: int, b: int) -> tuple[int, int] | None:
        """The characters of the text between document positions ``a`` and ``b``,
        spaces at either end left out; None when that is nothing (or only spaces)."""
        a, b = min(a, b), max(a, b)
        start = bisect_left(self.ends, a + 1)  # the first character ending after a
        end = bisect_left(self.starts, b)  # characters starting before b
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return (start, end) if start < end else None


def _shown(block) -> list[tuple[int, str]]:
    """(position, character) of what a block shows that can be the stored text."""
    shown: list[tuple[int, str]] = []
    it = block.begin()
    while not it.atEnd():
        frag = it.fragment()
        if not _skipped(frag.charFormat()):
            pos = frag.position()
            for ch in frag.text():
                shown.append((pos, ch))
                pos += _units(ch)
        it += 1
    return shown


def _align(shown: list[tuple[int, str]], text: str, origin: int) -> TextMap | None:
    """Tie ``text`` to the characters shown: equal characters in order, a run of spaces
    to the one space shown (or to none, at either end); a space shown between removed
    and added words is passed over.  None when anything else differs."""
    starts: list[int] = []
    ends: list[int] = []
    i = j = 0  # in text, in shown
    while i < len(text):
        t = text[i]
        if j < len(shown):
            pos, c = shown[j]
            if c == t and not c.isspace():
                starts.append(pos)
                ends.append(pos + _units(c))
                i, j = i + 1, j + 1
                continue
            if c.isspace() and t.isspace():  # the run of spaces shown as this one
                while i < len(text) and text[i].isspace():
                    starts.append(pos)
                    ends.append(pos + _units(c))
                    i += 1
                j += 1
                continue
            if c.isspace():
                j += 1
                continue
        if not t.isspace():
            return None
        at = shown[j][0] if j < len(shown) else (ends[-1] if ends else origin)
        starts.append(at)  # a space the layout dropped: no width
        ends.append(at)
        i += 1
    if any(not c.isspace() for _, c in shown[j:]):
        return None
    return TextMap(text, tuple(starts), tuple(ends))


def _loose(shown: list[tuple[int, str]], text: str, origin: int) -> tuple[int, TextMap]:
    """The characters of ``text`` found in order among those shown, and how many; one
    not found takes no room, at the place of the next one found."""
    seen = "".join(" " if c.isspace() else c for _, c in shown)
    flat = "".join(" " if c.isspace() else c for c in text)
    where: list[int | None] = [None] * len(text)
    found = 0
    for a, b, size in SequenceMatcher(None, flat, seen, autojunk=False).get_matching_blocks():
        for k in range(size):
            where[a + k] = b + k
        found += size
    starts = [0] * len(text)
    ends = [0] * len(text)
    after = shown[-1][0] + _units(shown[-1][1]) if shown else origin
    for i in range(len(text) - 1, -1, -1):
        k = where[i]
        if k is None:
            starts[i] = ends[i] = after
        else:
            pos, c = shown[k]
            starts[i], ends[i] = pos, pos + _units(c)
            after = pos
    return found, TextMap(text, tuple(starts), tuple(ends))


# -- highlighting ------------------------------------------------------------------------
def signature(row: ParagraphRow | None) -> tuple:
    """What highlighting a paragraph depends on (a cache key)."""
    if row is None:
        return ()
    tags = tuple((p.start, p.end, p.tag, p.colour) for p in row.passages)
    notes = tuple(
        (n.span_start, n.span_end, n.body, n.author)
        for n in row.notes
        if n.span_start is not None and n.span_end is not None
    )
    return (tags, notes) if tags or notes else ()


def passage_tip(tags: Sequence[PassageRow], notes: Sequence[NoteRow]) -> str:
    lines = [
        tr("Tag: {name}").format(name=p.tag) + (f" ({p.author})" if p.author else "") for p in tags
    ]
    for n in notes:
        body = " ".join(n.body.split())
        body = body if len(body) <= 120 else body[:119] + "…"
        lines.append(tr("Note: {text}").format(text=body) + (f" ({n.author})" if n.author else ""))
    return "\n".join(lines)


def highlight(doc: QTextDocument, tmap: TextMap, row: ParagraphRow) -> None:
    """Mark the paragraph's passages in ``doc`` (laid out from its HTML): each stretch
    of words gets the colours of the tags on it (blended), an underline if a note is
    on it, and a tooltip naming them."""
    notes = [n for n in row.notes if n.span_start is not None and n.span_end is not None]
    n = len(tmap.text)
    cuts = {0, n}
    for p in row.passages:
        cuts.update((min(max(p.start, 0), n), min(max(p.end, 0), n)))
    for note in notes:
        assert note.span_start is not None and note.span_end is not None
        cuts.update((min(max(note.span_start, 0), n), min(max(note.span_end, 0), n)))
    bounds = sorted(cuts)
    cursor = QTextCursor(doc)
    for a, b in zip(bounds, bounds[1:], strict=False):
        tags = [p for p in row.passages if p.start <= a and b <= p.end]
        noted = [x for x in notes if (x.span_start or 0) <= a and b <= (x.span_end or 0)]
        where = tmap.span(a, b)
        if where is None or not (tags or noted):
            continue
        fmt = QTextCharFormat()
        if tags:  # a tint of the tags' colour, underlined in it (a citation has no line)
            colours = [QColor(p.colour or "#4f5d75") for p in tags]
            mixed = QColor(
                sum(c.red() for c in colours) // len(colours),
                sum(c.green() for c in colours) // len(colours),
                sum(c.blue() for c in colours) // len(colours),
            )
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(mixed)
            mixed.setAlpha(min(255, PASSAGE_ALPHA + 30 * (len(colours) - 1)))
            fmt.setBackground(mixed)
        if noted:
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
            fmt.setUnderlineColor(NOTE_UNDERLINE)
        fmt.setToolTip(passage_tip(tags, noted))
        cursor.setPosition(where[0])
        cursor.setPosition(where[1], QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)


def tip_at(doc: QTextDocument, position: int) -> str:
    """The passage tooltip of the character at ``position`` ('' when none)."""
    if position < 0:
        return ""
    block = doc.findBlock(position)
    it = block.begin()
    while not it.atEnd():
        frag = it.fragment()
        if frag.position() <= position < frag.position() + frag.length():
            return frag.charFormat().toolTip()
        it += 1
    return ""
