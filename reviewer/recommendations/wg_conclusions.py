"""The "Conclusions and/or recommendations" section of a Working Group report, as rows.

Two numberings live under one or more numbered paragraphs, each opening with a
sentence on what the State did with the recommendations below it:

* ``P.k`` (from 2010–2011 on): "131.1 Ratify … (Niger);" under paragraph 131;
* plain items (first cycle, 2008–2011): "1. To examine … (Algeria);" on lines of
  their own, numbered from 1 again under each paragraph (or, in a few reports,
  running on from the paragraph before).  They are stored as ``P.k`` too.

A plain "112." after item 111 is either the next paragraph or the next item:
the indent tells (items sit further right than paragraphs in UN layout), or, where
the file gives no indents (DOCX), what the line says ("All conclusions and/or
recommendations …", "The following recommendations …" against "To strengthen …").  Page notes set at body size ("∗∗ The
conclusions and recommendations have not been edited.") never join an item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reviewer.vocabulary import Position

from .pdftext import FOOTNOTE_MARKS

_MARKS = f"[{re.escape(FOOTNOTE_MARKS)}]"
_HEADING = re.compile(
    rf"^(?:[IVX]+\s*\.\s*|[A-H]\s*\.\s*)?"
    r"(?:Conclusions\s+and\s*(?:/\s*or\s*)?recommendations"
    r"|Conclusions\s+et\s*(?:/\s*ou\s*)?recommandations"
    r"|Conclusiones\s+y\s*(?:/\s*o\s*)?recomendaciones)"
    rf"(?:\s|{_MARKS}|\d)*$",
    re.I,
)
_STOP = re.compile(
    r"^(?:Annex(?:es)?\b|Annexe?s?\b|Anexos?\b|Notes$|Notas$|Composition of the delegation"
    r"|Composition de la délégation|Composición de la delegación|[IVX]+\.\s+\w)",
    re.I,
)
_TOP = re.compile(r"^(\d{1,4})\.(?:\s+(.*)|$)")
_ITEM = re.compile(r"^(\d{1,3})\.(?:\s+|(?=[^\W\d_])|$)(.*)$")
_SUB = re.compile(r"^(\d{1,4})\.(\d{1,4})\.?(?:\s+(.*)|$)")
# A page note: a line opened by footnote marks, or the UN's usual one even when its
# raised marks were dropped as small print.
_NOTE = re.compile(
    rf"^{_MARKS}+\s*\S"
    r"|^(?:the\s+)?conclusions\s+and\s*(?:/\s*or\s*)?recommendations\s+(?:have|has|were)\s+not\s+"
    r"been\s+edited\b"
    r"|^les\s+conclusions\s+et\s+recommandations\b.{0,80}\bn['’]ont\s+pas\s+été\s+revues\b"
    r"|^las\s+conclusiones\s+y\s+recomendaciones\b.{0,80}\bno\s+han\s+sido\s+(?:editadas|revisadas)\b",
    re.I,
)
_CLOSING = re.compile(
    r"\bconclusions\s+and\s*/?\s*(?:or\s+)?recommendations\b"
    r"|\b(?:following|these|above|below)\s+recommendations\b"
    r"|\brecommendations\s+(?:formulated|listed|made|contained|below|above)\b"
    r"|\bconclusions\s+et\s*/?\s*(?:ou\s+)?recommandations\b"
    r"|\brecommandations\s+(?:ci-après|ci-dessous|ci-dessus|suivantes|formulées|énumérées)\b"
    r"|\bconclusiones\s+y\s*/?\s*(?:o\s+)?recomendaciones\b"
    r"|\brecomendaciones\s+(?:que\s+figuran|siguientes|anteriores|formuladas|enumeradas)\b"
    r"|\b(?:siguientes|dichas)\s+recomendaciones\b",
    re.I,
)

# What a paragraph's sentence says the State did, tried in this order.
_STATEMENTS: tuple[tuple[Position, re.Pattern[str]], ...] = (
    (
        Position.NOTED,
        re.compile(
            r"\b(?:did|do|does|will|shall)\s+not\s+(?:enjoy|receive|have|get)\s+the\s+support"
            r"|\b(?:cannot|can\s+not|could\s+not|(?:is|was|were)\s+(?:not\s+)?unable\s+to|"
            r"(?:does|did|do)\s+not)\s+(?:accept|support)"
            r"|\b(?:were|was|are|is|been)\s+noted\b|\bnoted\s+(?:by|the\s+following)\b"
            r"|\btakes?\s+note\b|\btook\s+note\b|\bnot\s+accepted\b|\brejected\b"
            # French: "… dont X a pris note", "… qui en a pris note", "n'ont pas recueilli l'appui"
            r"|\b(?:a|ont|avait)\s+pris\s+note\b|\bprend\s+note\b|\bprises?\s+en\s+note\b"
            r"|\bn['’]ont\s+pas\s+recueilli\b|\bne\s+bénéficient\s+pas\b"
            r"|\b(?:ont\s+été|sont)\s+notées\b|\brejetées\b"
            # Spanish: "… de las que X ha tomado nota", "no cuentan con el apoyo"
            r"|\b(?:ha|han|había)\s+tomado\s+nota\b|\btom[óa]\s+nota\b"
            r"|\bno\s+(?:cuentan|contaron|han\s+recibido|recibieron)\s+(?:con\s+)?el\s+apoyo\b"
            r"|\b(?:han\s+sido|fueron)\s+anotadas\b|\brechazadas\b",
            re.I,
        ),
    ),
    (
        Position.PARTIALLY,
        re.compile(
            r"\bpartial(?:ly)?\s+(?:support|accept)|\bpartiellement\b|\bparcialmente\b", re.I
        ),
    ),
    (
        Position.PENDING,
        re.compile(
            r"\bwill\s+(?:be\s+)?(?:further\s+)?(?:examin|consider|stud)\w*"
            r"|\bwill\s+(?:provide\s+(?:its\s+|their\s+|a\s+)?)?respon\w*"
            r"|\brespons\w*\b[^.]{0,80}\bwill\s+be\s+included\b"
            r"|\bseront\s+examinées\b|\by\s+répondra\b"
            r"|\bserán\s+examinadas\b|\bresponderá\b",
            re.I,
        ),
    ),
    (
        Position.SUPPORTED,
        re.compile(
            r"\b(?:enjoy(?:ed|s)?|received?|has|have|had)\s+the\s+(?:full\s+)?support\b"
            r"|\b(?:accepted|supported|accepts|supports)\b"
            r"|\balready\s+(?:been\s+)?implemented\b|\bin\s+the\s+process\s+of\s+implementation\b"
            # "… ont recueilli l'appui de X", "… ont recueilli son appui", "bénéficient de l'appui"
            r"|\brecueilli\s+(?:l['’]appui|son\s+appui|leur\s+appui|l['’]adhésion)"
            r"|\bbénéficient\s+de\s+(?:l['’]appui|son\s+appui)|\b(?:acceptées|appuyées|soutenues)\b"
            # "… cuentan con el apoyo de X", "… cuentan con su apoyo", "han recibido el apoyo"
            r"|\b(?:cuentan|contaron)\s+con\s+(?:el|su)\s+apoyo\b"
            r"|\b(?:han\s+recibido|recibieron|reciben)\s+(?:el|su)\s+apoyo\b"
            r"|\b(?:aceptadas|apoyadas)\b",
            re.I,
        ),
    ),
)
_NAME_WORD = r"[A-Z][\w'\u2019-]*(?:\s+\([^()]*\))?"
_WHO = re.compile(
    r"\s+(?:by|of|par|de|del|por)\s+(?:the\s+|la\s+|le\s+|l['’]|el\s+|los\s+)?"
    rf"{_NAME_WORD}(?:\s+(?:of|the|and|de|du|del|et|y|{_NAME_WORD}))*"
)
_BACK_REFERENCE = re.compile(
    r"\b(?:these|those|the\s+above|above[- ]mentioned|preceding|foregoing)\s+recommendations\b"
    r"|\b(?:ces|les)\s+recommandations\s+(?:ci-dessus|précitées|susmentionnées)\b|\bces\s+recommandations\b"
    r"|\b(?:estas|dichas|las\s+anteriores)\s+recomendaciones\b",
    re.I,
)


@dataclass(frozen=True)
class Row:
    """One line of text; ``x`` and ``page`` when the file gives them (PDF)."""

    text: str
    x: float | None = None
    page: int | None = None


@dataclass
class Paragraph:
    number: int
    intro: list[str] = field(default_factory=list)
    items: list[tuple[int, list[str]]] = field(default_factory=list)
    style: str | None = None  # "sub" (131.1) or "plain" (1.)
    position: Position | None = None
    statement: str | None = None  # the words saying it: "will be examined by Norway"


def statement(intro: str) -> tuple[Position | None, str | None]:
    """(position, the words saying it) from a paragraph's opening sentence."""
    s = re.sub(r"\s+", " ", intro).strip()
    for position, pattern in _STATEMENTS:
        m = pattern.search(s)
        if m:
            words = m.group(0)
            who = _WHO.match(s, m.end())
            if who:
                words += " " + re.sub(r"(?:\s+(?:of|the|and))+$", "", who.group(0).strip())
            return position, words.strip().rstrip(" ,:;")
    return None, None


def is_heading(text: str) -> bool:
    return bool(_HEADING.match(text.strip()))


def drop_page_notes(rows: list[Row]) -> list[Row]:
    """Rows without page notes set at body size; a note runs to the end of its page."""
    out: list[Row] = []
    note_page: int | None = None
    for row in rows:
        if note_page is not None and row.page == note_page:
            continue
        note_page = None
        if _NOTE.match(row.text):
            note_page = row.page  # None (no pages): only the line itself
            continue
        out.append(row)
    return out


def _heading_starts(rows: list[Row]) -> list[int]:
    """Indexes just after each conclusions heading (one line, or cut over two)."""
    starts = []
    for i, row in enumerate(rows):
        if is_heading(row.text):
            starts.append(i + 1)
        elif i + 1 < len(rows) and is_heading(f"{row.text} {rows[i + 1].text}"):
            starts.append(i + 2)
    return starts


class _Grouper:
    def __init__(self) -> None:
        self.paragraphs: list[Paragraph] = []
        self.warnings: list[str] = []
        self.current: list[str] | None = None
        self.intro_x: float | None = None
        self.item_x: float | None = None

    def sub(self, para: Paragraph, n: int, text: str) -> bool:
        last = para.items[-1][0] if para.items else 0
        if not (last < n <= last + 3) or para.style == "plain":
            return False
        if n != last + 1:
            self.warnings.append(f"{para.number}.{last + 1}–{para.number}.{n - 1} are missing")
        para.style = "sub"
        self.current = [text]
        para.items.append((n, self.current))
        return True

    def next_item(self, para: Paragraph) -> set[int]:
        """The plain numbers that may come next under ``para``."""
        if para.style == "sub":
            return set()
        if para.items:
            return {para.items[-1][0] + 1}
        wanted = {1}
        before = [p for p in self.paragraphs[:-1] if p.items]
        if before and before[-1].style == "plain":
            wanted.add(before[-1].items[-1][0] + 1)  # numbering running on
        return wanted

    def reads_as_paragraph(self, row: Row, text: str) -> bool:
        """For a number that could be either the next paragraph or the next item."""
        ix, px = self.item_x, self.intro_x
        if row.x is not None and ix is not None and px is not None and abs(ix - px) > 4:
            return abs(row.x - px) < abs(row.x - ix)
        body = _TOP.sub(r"\2", text)
        if re.match(r"To\b", body):  # first-cycle items: "4. To strengthen …"
            return False
        return statement(body)[0] is not None or bool(_CLOSING.search(body))

    def feed(self, row: Row) -> bool:
        """Take one row; False at the end of the section."""
        text = row.text
        para = self.paragraphs[-1] if self.paragraphs else None
        m = _SUB.match(text)
        if m and para and int(m.group(1)) == para.number:
            if self.sub(para, int(m.group(2)), m.group(3) or ""):
                return True
        top = _TOP.match(text)
        item = _ITEM.match(text)
        as_para = top is not None and (para is None or int(top.group(1)) == para.number + 1)
        as_item = (
            item is not None and para is not None and int(item.group(1)) in self.next_item(para)
        )
        if as_para and as_item:
            if self.reads_as_paragraph(row, text):
                as_item = False
            else:
                as_para = False
        if as_item and para is not None and item:
            para.style = "plain"
            self.current = [item.group(2)]
            para.items.append((int(item.group(1)), self.current))
            if self.item_x is None:
                self.item_x = row.x
            return True
        if as_para and top:
            self.paragraphs.append(Paragraph(int(top.group(1)), [top.group(2) or ""]))
            self.current = self.paragraphs[-1].intro
            if self.intro_x is None:
                self.intro_x = row.x
            return True
        if _STOP.match(text):
            return False
        if self.current is not None:
            self.current.append(text)
        return True


def _settle_positions(paragraphs: list[Paragraph]) -> None:
    """Each paragraph's position; a later paragraph without items may speak of the one before.

    "60. … the following recommendations were made to X: 1. … 61. The response of
    X to these recommendations will be included in the outcome report …"
    """
    for para in paragraphs:
        para.position, para.statement = statement(" ".join(para.intro))
    for i, para in enumerate(paragraphs):
        if para.items or para.position is None or i == 0:
            continue
        intro = " ".join(para.intro)
        before = paragraphs[i - 1]
        if before.items and before.position is None:
            if _BACK_REFERENCE.search(intro) or re.search(
                rf"\b(?:paragraph|paragraphe|párrafo)\s+{before.number}\b", intro
            ):
                before.position, before.statement = para.position, para.statement


def group(rows: list[Row]) -> tuple[list[Paragraph], list[str]]:
    """The numbered paragraphs under the conclusions heading, with their items."""
    rows = drop_page_notes(rows)
    starts = _heading_starts(rows)
    if not starts:
        return [], [
            "no 'Conclusions and/or recommendations' heading was found (nor 'Conclusions "
            "et/ou recommandations', 'Conclusiones y/o recomendaciones')"
        ]
    best: _Grouper | None = None
    for start in reversed(starts):  # the last heading wins: the first may be the contents
        grouper = _Grouper()
        for row in rows[start:]:
            if not grouper.feed(row):
                break
        if any(p.items for p in grouper.paragraphs):
            best = grouper
            break
        best = best or grouper
    assert best is not None
    _settle_positions(best.paragraphs)
    return best.paragraphs, best.warnings
