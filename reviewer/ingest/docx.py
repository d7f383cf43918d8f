"""Word (.docx) submissions → :class:`ParsedDocument`.

Read with ``zipfile`` (through :mod:`.safezip`, which bounds what each part may
inflate to) and lxml because what matters is what python-docx's ``Paragraph.text``
leaves out: auto-numbers (:mod:`.docx_numbering`), footnote references and notes
(:mod:`.docx_notes`).  Paragraphs and table cells (row by row, as ``body``) come in
document order, ``seq`` from 0, empty ones skipped; headers and footers are never
body text, only where the organisation is named.
Kinds: ``Title`` style → title (else a short all-bold line at the top, before any
numbering); ``Heading n``, outline levels and short all-bold lines → heading;
top-level decimal numbers → body; other numbered levels and bullets → list_item.
Numbers typed by hand ("1. ", "(a) ") outside tables become labels as well, and a
section letter or Roman numeral typed before a heading-like line ("A. Introduction")
makes it a heading labelled "A", as in text and PDF files.
"""

from __future__ import annotations

import hashlib
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import PurePath

from lxml import etree

from reviewer.ingest.text_kind import UPR_NAMES
from reviewer.vocabulary import DocumentKind, ParagraphKind

from .docx_notes import (
    NoteNumbering,
    blocks,
    margin_lines,
    note_formats,
    organisation,
    read_inline,
    read_notes,
)
from .docx_numbering import Numbering, Styles, W, to_int, typed_label, w_val
from .docx_package import DAMAGED, Package, main_part, open_package
from .model import IngestError, ParsedDocument, ParsedParagraph
from .text_clean import section_label

__all__ = ["parse_docx"]

PPR = W + "pPr"
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
# the review named in any UN language, the Council, or recommendations mentioned
_UPR_WORDS = re.compile(
    UPR_NAMES + r"|(?i:Human\s+Rights\s+Council|Conseil\s+des\s+droits\s+de\s+l.homme"
    r"|Consejo\s+de\s+Derechos\s+Humanos|Совет\w*\s+по\s+правам\s+человека"
    r"|recommendation|recommandation|recomendaci[oó]n|рекомендаци)"
    r"|人权理事会|مجلس\s+حقوق\s+الإنسان|التوصي|建议"
)
_PAGE_NUMBER = re.compile(r"\bPage\s+\d+(?:\s*(?:of|/)\s*\d+)?", re.I)
_JUNK_TITLE = re.compile(r"^(microsoft word\b|untitled|title|document\d*|normal)|\.docx?$", re.I)


# ---------------------------------------------------------------------------- body


@dataclass
class _Para:
    label: str | None
    kind: ParagraphKind
    text: str
    refs: list[tuple[tuple[str, str], int]] = field(default_factory=list)
    guessed: bool = False  # heading guessed from bold, may become the title
    numbered: bool = False


def _looks_like_heading(text: str) -> bool:
    short = len(text) <= 160 and len(text.split()) <= 25 and "\n" not in text
    return short and not text.endswith((".", ";", ",")) and any(c.isalpha() for c in text)


class _Body:
    def __init__(self, pkg: Package, rels: dict[str, tuple[str, str]], notes: NoteNumbering):
        self.styles = Styles(pkg.xml(pkg.related(rels, "styles")))
        self.numbering = Numbering(pkg.xml(pkg.related(rels, "numbering")), self.styles)
        self.paras: list[_Para] = []
        self.notes = notes
        self.last_num: int | None = None  # the last paragraph number, typed or automatic

    def _carries_on(self, number: str) -> bool:
        """Four digits are a paragraph number where they carry on the numbering."""
        last = self.last_num
        return last is not None and 0 < int(number) - last <= 3

    def read(self, body: etree._Element) -> None:
        for p, in_table in blocks(body):
            para = self.paragraph(p, in_table)
            if para is not None:
                self.paras.append(para)
        self._promote_title()

    def paragraph(self, p: etree._Element, in_table: bool) -> _Para | None:
        first = p[0] if len(p) else None
        find = {c.tag: c for c in first}.get if first is not None and first.tag == PPR else {}.get
        style = self.styles.paragraph(w_val(find(W + "pStyle")))
        num_id, ilvl = style.num_id, style.ilvl
        numpr = find(W + "numPr")
        if numpr is not None:
            num_id = w_val(numpr.find(W + "numId"), num_id)
            ilvl = to_int(w_val(numpr.find(W + "ilvl")), ilvl)
        num = None
        if num_id and num_id != "0":  # counted even when the paragraph is empty, as Word does
            if ilvl is None:
                ilvl = self.numbering.level_for_style(num_id, style.style_id)
            num = self.numbering.advance(num_id, ilvl)
        inline = read_inline(p, self.styles, bool(style.bold))
        for ref in inline.refs:  # numbered here so that notes in skipped paragraphs count too
            self.notes.marker(ref)
        refs = [((r.kind, r.note_id), r.offset) for r in inline.refs]
        name = style.name.lower()
        text = inline.text
        if not text or name.startswith("toc"):  # a table of contents repeats the headings
            return None
        outline = to_int(w_val(find(W + "outlineLvl")), style.outline_level)
        para = _Para(None, ParagraphKind.BODY, text, refs)
        if num is not None:
            para.label, para.numbered = num.label, True
            para.kind = (
                ParagraphKind.BODY
                if num.level == 0 and num.fmt.startswith("decimal")
                else ParagraphKind.LIST_ITEM
            )
        elif not in_table:
            label, cut, sub = typed_label(text)
            if label and len(label) > 3 and not self._carries_on(label):
                label = None  # "2015. The year …": a year, not paragraph 2015
            kind = ParagraphKind.LIST_ITEM if sub else ParagraphKind.BODY
            if not label:
                head = section_label(text)  # "A. Introduction", as in text and PDF files
                if head is not None:
                    (label, cut), kind = head, ParagraphKind.HEADING
            if label:
                para.label, para.text = label, text[cut:]
                para.refs = [(key, max(off - cut, 0)) for key, off in refs]
                para.kind = kind
        if para.label and para.label.isdigit() and para.kind == ParagraphKind.BODY:
            self.last_num = int(para.label)
        if name == "title":
            para.kind = ParagraphKind.TITLE
        elif name == "subtitle" or re.fullmatch(r"heading ?\d", name) or outline in range(9):
            para.kind = ParagraphKind.HEADING
        elif (
            not in_table
            and inline.all_bold
            and para.kind == ParagraphKind.BODY
            and _looks_like_heading(para.text)
        ):
            para.kind, para.guessed = ParagraphKind.HEADING, True
        return para

    def _promote_title(self) -> None:
        """Without a Title style, a bold line at the top, before the numbering starts."""
        if any(p.kind == ParagraphKind.TITLE for p in self.paras):
            return
        for para in self.paras[:5]:
            if para.guessed and not para.numbered and para.label is None:
                para.kind = ParagraphKind.TITLE
                return
            if para.kind == ParagraphKind.HEADING or para.label is not None:
                return


# ------------------------------------------------------------------------ metadata


def _margin(pkg: Package, body: etree._Element, rels, styles: Styles, tag: str) -> list[str]:
    """Text lines of the footers (``tag="footerReference"``) or headers, default ones first."""
    parts: list[str] = []
    for sect in body.iter(W + "sectPr"):
        refs = sorted(sect.iterfind(W + tag), key=lambda r: r.get(W + "type") != "default")
        for ref in refs:
            target = rels.get(ref.get(R_ID))
            if target and target[1] not in parts:
                parts.append(target[1])
    roots = [pkg.xml(part) for part in parts]
    return margin_lines([r for r in roots if r is not None], styles)


def _pages(pkg: Package, paras: list[_Para], warnings: list[str]) -> int | None:
    """``docProps/app.xml``'s page count, unless its word count shows it is stale."""
    root = pkg.xml("docProps/app.xml")
    if root is None:
        return None
    ns = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}"
    pages = to_int(root.findtext(ns + "Pages"))
    if not pages or pages < 1:
        return None
    stated_words = to_int(root.findtext(ns + "Words"))
    words = sum(len(p.text.split()) for p in paras)
    if stated_words is not None and words and not 0.5 <= words / max(stated_words, 1) <= 2:
        warnings.append(
            f"the page count saved in the file ({pages}) is out of date "
            f"({stated_words} words stated, {words} found); pages left unknown"
        )
        return None
    return pages


# ---------------------------------------------------------------------------- entry


def parse_docx(data: bytes, file_name: str) -> ParsedDocument:
    """Read a Word submission: paragraphs with their displayed numbers, and real notes."""
    pkg = open_package(data, file_name)
    try:
        return _parse(pkg, main_part(pkg), data, file_name)
    except etree.XMLSyntaxError:
        raise IngestError(
            file_name,
            "the file is damaged (its XML is not valid); open it in Word, let Word repair "
            "it, save a copy and import that",
        ) from None
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError):
        raise IngestError(file_name, DAMAGED) from None


def _parse(pkg: Package, main: str, data: bytes, file_name: str) -> ParsedDocument:
    rels = pkg.rels(main)
    root = pkg.xml(main)
    body = root.find(W + "body") if root is not None else None
    if body is None:
        raise IngestError(
            file_name, "the Word document has no body text (word/document.xml is not a document)"
        )
    settings = pkg.xml(pkg.related(rels, "settings"))
    notes = NoteNumbering(note_formats(body.find(W + "sectPr"), settings))
    reader = _Body(pkg, rels, notes)
    reader.read(body)
    if not reader.paras:
        raise IngestError(
            file_name,
            "the document contains no text; if it holds scanned pages as pictures, import "
            "the original PDF or a text version instead",
        )
    note_texts = {
        kind: read_notes(pkg.xml(pkg.related(rels, kind + "s")), kind, reader.styles)
        for kind in ("footnote", "endnote")
    }
    footnotes, warnings = notes.finish(note_texts)
    if reader.numbering.unknown:
        warnings.append("some numbered paragraphs use a missing numbering definition")
    paragraphs = tuple(
        ParsedParagraph(
            seq=i,
            label=p.label,
            kind=p.kind,
            text=p.text,
            markers=notes.marker_refs(p.refs),
        )
        for i, p in enumerate(reader.paras)
    )
    footer = _margin(pkg, body, rels, reader.styles, "footerReference")
    header = _margin(pkg, body, rels, reader.styles, "headerReference")
    all_text = "\n".join([p.text for p in paragraphs] + [f.text for f in footnotes])
    return ParsedDocument(
        title=_title(reader.paras, pkg, header, file_name),
        format="docx",
        file_name=file_name,
        sha256=hashlib.sha256(data).hexdigest(),
        paragraphs=paragraphs,
        footnotes=tuple(footnotes),
        organisation=organisation(footer + header),
        kind=DocumentKind.SUBMISSION if _UPR_WORDS.search(all_text) else DocumentKind.OTHER,
        pages=_pages(pkg, reader.paras, warnings),
        warnings=tuple(warnings),
    )


def _title(paras: list[_Para], pkg: Package, header: list[str], file_name: str) -> str:
    def one_line(text: str) -> str:
        return " ".join(text.split())

    for para in paras:
        if para.kind == ParagraphKind.TITLE:
            return one_line(para.text)
    core = pkg.xml("docProps/core.xml")
    el = core.find("{http://purl.org/dc/elements/1.1/}title") if core is not None else None
    title = one_line(el.text or "") if el is not None else ""
    file_like = "_" in title and title.count(" ") <= 2  # "UPR20_ Slovenia_ThematicList_E"
    if len(title) >= 3 and not file_like and not _JUNK_TITLE.search(title):
        return title
    for para in paras:
        if para.kind == ParagraphKind.HEADING:
            return one_line(para.text)
    for line in header:  # OHCHR documents carry their title in the page header
        line = one_line(_PAGE_NUMBER.sub(" ", line))
        if len(line.split()) >= 3:
            return line[:200]
    return PurePath(file_name).stem or one_line(paras[0].text)[:120]
