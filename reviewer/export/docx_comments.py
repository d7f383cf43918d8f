"""Word comments added in constant time each.

python-docx's ``Document.add_comment`` picks each new comment's id by reading every
comment already written (``max(id) + 1`` over an XPath of them all): a brief with
its notes as comments spent most of its time there, and the time grew with the
square of the notes (3,000 notes: 12 to 25 s of a 26 to 40 s export).
``CommentWriter`` keeps the next id itself, starting past the highest id the
document holds when it is made, and builds the same ``w:comment`` python-docx
builds (a CommentText paragraph opening with the annotation reference, a paragraph
for each further line) and the same anchors as ``Run.mark_comment_range``, with
lxml directly (``docx_xml``); the brief writes its anchors as text with the
paragraph (``docx_blocks.commented``).
"""

from __future__ import annotations

import datetime as dt

from docx.comments import Comment
from docx.oxml import parse_xml
from docx.oxml.simpletypes import ST_DateTime

from reviewer.export import docx_blocks as xml
from reviewer.export import docx_xml

_OPEN = '<w:comments xmlns:w="' + docx_xml.W_NS + '">'
_FIRST = (
    '<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>'
    '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'
)
_MORE = '<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>'
FLUSH_EVERY = 400  # comments parsed at a time
W = docx_xml.W
_RANGE_START, _RANGE_END = W + "commentRangeStart", W + "commentRangeEnd"
_REFERENCE, _RSTYLE = W + "commentReference", W + "rStyle"


def comment_xml(cid: int, text: str, author: str, initials: str, date: dt.datetime) -> str:
    """The ``w:comment`` python-docx's ``add_comment`` makes: its first paragraph opens
    with the annotation reference, each further line of ``text`` a paragraph of its
    own (``add_run``'s tabs and breaks within a line)."""
    first, *more = text.split("\n")
    return (
        f'<w:comment w:id="{cid}" w:author={xml.attr(author)} w:initials={xml.attr(initials)}'
        f' w:date="{ST_DateTime.convert_to_xml(date)}">'
        + _FIRST
        + (xml.run(first) if first else "")
        + "</w:p>"
        + "".join(_MORE + (xml.run(line) if line else "") + "</w:p>" for line in more)
        + "</w:comment>"
    )


class CommentWriter:
    """The comments of one document being written, each added in constant time (and
    parsed a few hundred at a time: ``flush`` before saving)."""

    def __init__(self, doc):
        comments = doc.comments  # the comments part, made when the document has none
        self._elm = comments._comments_elm
        self._part = comments._comments_part
        ids = (int(x) for x in self._elm.xpath("./w:comment/@w:id"))
        self._next = max(ids, default=-1) + 1
        self._pending: list[str] = []

    def add(self, runs, text: str, author: str, initials: str, date: dt.datetime) -> Comment:
        """A comment with ``text`` (lines become paragraphs) on ``runs``, first to last."""
        cid = self.comment(text, author, initials, date)
        self.flush()
        self._anchor(runs[0]._r, runs[-1]._r, str(cid))
        return Comment(self._elm[-1], self._part)

    def comment(self, text: str, author: str, initials: str, date: dt.datetime) -> int:
        """A comment with ``text``, not yet anchored (``docx_blocks.commented``); its id."""
        cid, self._next = self._next, self._next + 1
        self._pending.append(comment_xml(cid, text, author, initials, date))
        if len(self._pending) >= FLUSH_EVERY:
            self.flush()
        return cid

    def flush(self) -> None:
        """Put the comments written so far in the comments part."""
        if self._pending:
            root = parse_xml(_OPEN + "".join(self._pending) + "</w:comments>")
            self._pending.clear()
            self._elm.extend(list(root))

    @staticmethod
    def _anchor(first, last, cid: str) -> None:
        """``Run.mark_comment_range``: the range's start before the first run, its end
        and the reference run after the last."""
        first.addprevious(first.makeelement(_RANGE_START, {docx_xml.ID: cid}))
        ref = last.makeelement(docx_xml.R, {})
        docx_xml.SubElement(
            docx_xml.SubElement(ref, docx_xml.RPR), _RSTYLE, {docx_xml.VAL: "CommentReference"}
        )
        docx_xml.SubElement(ref, _REFERENCE, {docx_xml.ID: cid})
        last.addnext(ref)
        last.addnext(last.makeelement(_RANGE_END, {docx_xml.ID: cid}))
