"""Word comments added in constant time each.

python-docx's ``Document.add_comment`` picks each new comment's id by reading every
comment already written (``max(id) + 1`` over an XPath of them all): a brief with
its notes as comments spent most of its time there, and the time grew with the
square of the notes (3,000 notes: 12 to 25 s of a 26 to 40 s export).
``CommentWriter`` keeps the next id itself, starting past the highest id the
document holds when it is made, builds the same ``w:comment`` python-docx builds
(a CommentText paragraph opening with the annotation reference), and lets
python-docx anchor it on the runs (``Run.mark_comment_range``).
"""

from __future__ import annotations

import datetime as dt

from docx.comments import Comment
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.oxml.simpletypes import ST_DateTime

from reviewer.export import docx_xml

_COMMENT = (
    '<w:comment {ns} w:id="{id}" w:author="">'
    '<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>'
    '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'
    "</w:p></w:comment>"
)
W = docx_xml.W
_NS = nsdecls("w")
_AUTHOR, _INITIALS, _DATE = W + "author", W + "initials", W + "date"
_RANGE_START, _RANGE_END = W + "commentRangeStart", W + "commentRangeEnd"
_REFERENCE, _RSTYLE = W + "commentReference", W + "rStyle"


class CommentWriter:
    """The comments of one document being written, each added in constant time."""

    def __init__(self, doc):
        comments = doc.comments  # the comments part, made when the document has none
        self._elm = comments._comments_elm
        self._part = comments._comments_part
        ids = (int(x) for x in self._elm.xpath("./w:comment/@w:id"))
        self._next = max(ids, default=-1) + 1

    def add(self, runs, text: str, author: str, initials: str, date: dt.datetime) -> Comment:
        """A comment with ``text`` (lines become paragraphs) on ``runs``, first to last."""
        cid, self._next = self._next, self._next + 1
        elm = self._comment(cid, text, author, initials, date)
        self._anchor(runs[0]._r, runs[-1]._r, str(cid))
        return Comment(elm, self._part)

    def _comment(self, cid: int, text: str, author: str, initials: str, date: dt.datetime):
        """The ``w:comment`` python-docx's ``add_comment`` makes, with the lines of
        ``text`` in CommentText paragraphs (a tab or line break inside a line through
        python-docx, which writes them as ``w:tab`` and ``w:br``)."""
        elm = parse_xml(_COMMENT.format(ns=_NS, id=cid))
        elm.set(_AUTHOR, author)
        elm.set(_INITIALS, initials)
        elm.set(_DATE, ST_DateTime.convert_to_xml(date))
        self._elm.append(elm)
        first, *more = text.split("\n")
        if "\t" in text or "\r" in text:
            comment = Comment(elm, self._part)
            if first:
                comment.paragraphs[0].add_run(first)
            for line in more:
                comment.add_paragraph(text=line)
            return elm
        if first:
            docx_xml.run(elm[0], first)
        for line in more:
            p = docx_xml.SubElement(elm, docx_xml.P)
            docx_xml.SubElement(
                docx_xml.SubElement(p, docx_xml.PPR), docx_xml.PSTYLE, {docx_xml.VAL: "CommentText"}
            )
            if line:
                docx_xml.run(p, line)
        return elm

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
