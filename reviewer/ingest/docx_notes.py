"""Paragraph text with its footnote/endnote references, the notes, headers, footers.

python-docx's ``Paragraph.text`` silently drops ``w:footnoteReference``, so the
place a submission cites a recommendation ("… 28.109¹ and 28.111² …") would be
lost.  Runs are walked here instead, recording each reference at its code-point
offset in the cleaned text.

Markers are what the reader sees: footnotes are numbered 1, 2, 3 … in order of
reference (decimal unless ``w:footnotePr`` says otherwise), endnotes i, ii, iii …
(Word's default lower-roman).  An endnote marker that would collide with a
footnote marker (both decimal, say) gets an ``"e"`` prefix: ``"e1"``.  A
reference with ``w:customMarkFollows`` takes the following text ("*") as marker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from .docx_numbering import Styles, W, format_number, on_off, w_val
from .model import MarkerRef, ParsedFootnote

# Containers whose children are read as if they stood in the paragraph itself.
_TRANSPARENT = {
    W + "hyperlink",
    W + "smartTag",
    W + "customXml",
    W + "fldSimple",
    W + "ins",
    W + "moveTo",
    W + "dir",
    W + "bdo",
    W + "sdtContent",
    W + "sdt",
}
_BLOCK_CONTAINERS = {W + t for t in ("tr", "tc", "sdt", "sdtContent", "customXml", "ins", "moveTo")}
_NOTE_REFS = {W + "footnoteReference": "footnote", W + "endnoteReference": "endnote"}
_PRIVATE_USE = range(0xE000, 0xF900)
RPR = W + "rPr"
_SPACES = re.compile(r"[ \t]+")
_BREAKS = re.compile(r" ?\n[ \n]*")
_ORG_WORDS = re.compile(
    r"\b(Association|Organi[sz]ations?|Foundation|Institute|Institution|Society|Council|"
    r"Network|Cent(?:er|re)|Federation|Coalition|Alliance|NGOs?|Committee|Union|League|"
    r"Trust|Forum|Commission|Movement|Watch|International|Agency|Initiative|Fund)\b"
)
_NOT_ORG = re.compile(
    r"consultative status|human rights council|general assembly|\bpage\b|\d+\s*(of|/)\s*\d+", re.I
)


@dataclass(frozen=True)
class NoteRef:
    kind: str  # "footnote" or "endnote"
    note_id: str
    offset: int
    custom_mark: str | None = None


@dataclass
class Inline:
    """Text of one paragraph, its note references, and whether all of it is bold."""

    text: str = ""
    refs: list[NoteRef] = field(default_factory=list)
    all_bold: bool = False


class _Reader:
    def __init__(self, styles: Styles, para_bold: bool):
        self.styles = styles
        self.para_bold = para_bold
        self.parts: list[str] = []
        self.length = 0
        self.refs: list[NoteRef] = []
        self.bold_chars = 0
        self.visible_chars = 0
        self.pending_custom: int | None = None  # index in refs awaiting its custom mark

    def walk(self, parent: etree._Element) -> None:
        for child in parent:
            tag = child.tag
            if tag == W + "r":
                self.run(child)
            elif tag in _TRANSPARENT:
                self.walk(child)
            # w:del, w:moveFrom, w:pPr, bookmarks, mc:AlternateContent (drawings,
            # text boxes) and proofing marks are not part of the visible text.

    def run(self, r: etree._Element) -> None:
        bold = self.para_bold
        if len(r) and r[0].tag == RPR:
            props = {c.tag: c for c in r[0]}
            if on_off(props.get(W + "vanish")):
                return  # hidden text
            style_bold = self.styles.character(w_val(props.get(W + "rStyle"))).bold
            if style_bold is not None:
                bold = style_bold
            direct = on_off(props.get(W + "b"))
            if direct is not None:
                bold = direct
        for el in r:
            tag = el.tag
            if tag == W + "t":
                self.add(el.text or "", bold)
            elif tag in (W + "tab", W + "ptab"):
                self.add("\t", bold)
            elif tag in (W + "br", W + "cr"):
                self.add("\n", bold)
            elif tag == W + "noBreakHyphen":
                self.add("-", bold)
            elif tag == W + "sym":
                code = int(el.get(W + "char", "0"), 16) if _is_hex(el.get(W + "char")) else 0
                if code and code not in _PRIVATE_USE:
                    self.add(chr(code), bold)
            elif tag in _NOTE_REFS:
                note_id = el.get(W + "id")
                if note_id is None:
                    continue
                self.refs.append(NoteRef(_NOTE_REFS[tag], note_id, self.length))
                if _custom(el):
                    self.pending_custom = len(self.refs) - 1

    def add(self, text: str, bold: bool) -> None:
        if not text:
            return
        if self.pending_custom is not None and text.strip():
            i, self.pending_custom = self.pending_custom, None
            ref = self.refs[i]
            self.refs[i] = NoteRef(ref.kind, ref.note_id, ref.offset, text.strip())
            return
        self.parts.append(text)
        self.length += len(text)
        visible = len("".join(text.split()))
        self.visible_chars += visible
        if bold:
            self.bold_chars += visible


def _is_hex(value: str | None) -> bool:
    try:
        int(value or "", 16)
    except ValueError:
        return False
    return True


def _custom(el: etree._Element) -> bool:
    return (el.get(W + "customMarkFollows") or "").lower() in ("1", "true", "on")


def _fold(text: str) -> str:
    return _BREAKS.sub("\n", _SPACES.sub(" ", text)).lstrip(" \n")


def clean_text(text: str, offsets: list[int]) -> tuple[str, list[int]]:
    """Fold spaces/tabs to one space, keep line breaks, strip the ends; remap offsets."""
    folded = _fold(text).rstrip(" \n")
    new_offsets = []
    for offset in offsets:
        prefix = _fold(text[:offset])
        n = min(len(prefix), len(folded))
        while n and folded[n - 1] != prefix[n - 1]:  # "a \n": the space went, not the break
            n -= 1
        new_offsets.append(n)
    return folded, new_offsets


def blocks(container: etree._Element, in_table: bool = False):
    """``(w:p, in_table)`` in document order, descending into tables and content controls."""
    for child in container:
        tag = child.tag
        if tag == W + "p":
            yield child, in_table
        elif tag == W + "tbl":
            yield from blocks(child, True)
        elif tag in _BLOCK_CONTAINERS:
            yield from blocks(child, in_table)


def read_inline(p: etree._Element, styles: Styles, para_bold: bool = False) -> Inline:
    reader = _Reader(styles, para_bold)
    reader.walk(p)
    text, offsets = clean_text("".join(reader.parts), [r.offset for r in reader.refs])
    refs = [
        NoteRef(r.kind, r.note_id, off, r.custom_mark)
        for r, off in zip(reader.refs, offsets, strict=True)
    ]
    all_bold = reader.visible_chars > 0 and reader.bold_chars == reader.visible_chars
    return Inline(text, refs, all_bold)


# ------------------------------------------------------------------------------ notes


def read_notes(root: etree._Element | None, kind: str, styles: Styles) -> dict[str, str]:
    """Note id → text, leaving out the separator and continuation notes."""
    notes: dict[str, str] = {}
    if root is None:
        return notes
    for note in root.iterfind(W + kind):
        note_id = note.get(W + "id")
        note_type = note.get(W + "type", "normal")
        if note_id is None or note_type != "normal" or note_id in ("-1", "0"):
            continue
        paragraphs = [read_inline(p, styles).text for p in note.iter(W + "p")]
        notes[note_id] = "\n".join(t for t in paragraphs if t)
    return notes


@dataclass(frozen=True)
class NoteFormat:
    fmt: str
    start: int = 1


def note_formats(
    last_sect: etree._Element | None, settings: etree._Element | None
) -> dict[str, NoteFormat]:
    """Footnote and endnote formats: the section's ``w:footnotePr`` over the settings'."""

    def pr(root: etree._Element | None, tag: str) -> etree._Element | None:
        return root.find(W + tag) if root is not None else None

    return {
        "footnote": _note_format(
            pr(last_sect, "footnotePr"), pr(settings, "footnotePr"), "decimal"
        ),
        "endnote": _note_format(
            pr(last_sect, "endnotePr"), pr(settings, "endnotePr"), "lowerRoman"
        ),
    }


def _note_format(
    section: etree._Element | None, settings: etree._Element | None, default: str
) -> NoteFormat:
    fmt, start = None, None
    for pr in (section, settings):
        if pr is None:
            continue
        fmt = fmt or w_val(pr.find(W + "numFmt"))
        start_val = w_val(pr.find(W + "numStart"))
        if start is None and start_val and start_val.isdigit():
            start = int(start_val)
    return NoteFormat(fmt or default, start or 1)


class NoteNumbering:
    """Gives each referenced note the marker Word would print, in reference order."""

    def __init__(self, formats: dict[str, NoteFormat]):
        self._formats = formats
        self._next = {kind: f.start for kind, f in formats.items()}
        self.markers: dict[tuple[str, str], str] = {}  # (kind, id) -> marker
        self.order: list[tuple[str, str]] = []
        self.missing: set[tuple[str, str]] = set()  # referenced, but no such note

    def marker(self, ref: NoteRef) -> str:
        key = (ref.kind, ref.note_id)
        if key in self.markers:  # a note referenced twice keeps its first marker
            return self.markers[key]
        if ref.custom_mark:
            mark = ref.custom_mark
        else:
            number = self._next[ref.kind]
            self._next[ref.kind] = number + 1
            mark = format_number(number, self._formats[ref.kind].fmt) or str(number)
        self.markers[key] = mark
        self.order.append(key)
        return mark

    def marker_refs(self, refs: list[tuple[tuple[str, str], int]]) -> tuple[MarkerRef, ...]:
        """A paragraph's ``((kind, id), offset)`` references as final markers."""
        return tuple(MarkerRef(self.markers[k], off) for k, off in refs if k not in self.missing)

    def finish(self, texts: dict[str, dict[str, str]]) -> tuple[list[ParsedFootnote], list[str]]:
        """Notes in marker order (footnotes, then endnotes) and any missing-note warnings.

        Endnote markers that collide with a footnote marker are renamed ``e<mark>``;
        ``self.markers`` is updated so body references can be remapped, and
        references to notes the file lacks are listed in ``self.missing``.
        """
        foot_marks = {m for (kind, _), m in self.markers.items() if kind == "footnote"}
        notes: list[ParsedFootnote] = []
        warnings: list[str] = []
        for kind in ("footnote", "endnote"):
            for key in self.order:
                if key[0] != kind:
                    continue
                mark = self.markers[key]
                if kind == "endnote" and mark in foot_marks:
                    mark = self.markers[key] = "e" + mark
                text = texts[kind].get(key[1])
                if text is None:
                    warnings.append(f"{kind} {mark} is referenced but missing from the file")
                    self.missing.add(key)
                    continue
                notes.append(ParsedFootnote(marker=mark, text=text))
        return notes, warnings


# --------------------------------------------------------------- headers and footers


def margin_lines(roots: list[etree._Element], styles: Styles) -> list[str]:
    """Non-empty text lines of header or footer parts, in order."""
    lines: list[str] = []
    for root in roots:
        for p, _ in blocks(root):
            text = read_inline(p, styles).text
            lines.extend(line.strip() for line in text.split("\n") if line.strip())
    return lines


def organisation(lines: list[str]) -> str | None:
    """The first footer/header line that names an organisation.

    CANGO's footer reads "China Association for NGO Cooperation" / "NGO in Special
    Consultative Status with the ECOSOC, United Nations": the first line is the name,
    the second must not be taken for it.
    """
    for line in lines:
        if len(line) <= 120 and _ORG_WORDS.search(line) and not _NOT_ORG.search(line):
            return line
    return None
