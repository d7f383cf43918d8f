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

_COMMENT = (
    '<w:comment {ns} w:id="{id}" w:author="">'
    '<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>'
    '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'
    "</w:p></w:comment>"
)


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
        elm = parse_xml(_COMMENT.format(ns=nsdecls("w"), id=cid))
        self._elm.append(elm)
        elm.author, elm.initials, elm.date = author, initials, date
        comment = Comment(elm, self._part)
        first, *more = text.split("\n")
        if first:
            comment.paragraphs[0].add_run(first)
        for line in more:
            comment.add_paragraph(text=line)
        runs[0].mark_comment_range(runs[-1], cid)
        return comment
