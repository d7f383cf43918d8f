"""A paragraph's notes in a brief: as text under it, or as Word comments on it.

Each returns the runs it writes, as text (``docx_blocks``)."""

from __future__ import annotations

from itertools import pairwise

from reviewer.export import docx_blocks as xml
from reviewer.export.docx_cells import _span, _utc, initials
from reviewer.export.docx_comments import CommentWriter
from reviewer.export.docx_fields import clean, tag_colour
from reviewer.export.docx_style import GREY

GREY_HEX = str(GREY)


def notes_as_comments(
    comments: CommentWriter | None, paragraph_text: str, notes, reviewer: str | None
) -> str:
    """The paragraph's text, each note a comment anchored on its span (or the whole
    paragraph): the text cut where a span starts or ends, a run for each piece."""
    text = clean(paragraph_text)
    if not notes:
        return xml.run(text)
    cuts = {0, len(text)}
    for n in notes:
        span = _span(n, text)
        if span is not None:
            cuts.update(span)
    bounds = list(pairwise(sorted(cuts))) or [(0, 0)]
    anchors = []
    for n in notes:
        span = _span(n, text)
        if span is not None:
            start, end = span
            inside = [i for i, (a, b) in enumerate(bounds) if a >= start and b <= end]
        else:
            inside = list(range(len(bounds)))
        author = n.author or reviewer or "Reviewer"
        assert comments is not None  # given whenever there are notes
        cid = comments.comment(clean(n.body), author, initials(author), _utc(n.created_at))
        anchors.append((cid, inside[0], inside[-1]))
    return xml.commented([xml.run(text[a:b]) for a, b in bounds], anchors)


def note_as_text(note, paragraph_text: str, reviewer: str | None) -> str:
    """ "Note · Mei Lin · 03 Mar 2025: “the span” the note"."""
    who = note.author or reviewer
    out = xml.run("Note", bold=True)
    out += xml.run(f"{f' · {who}' if who else ''} · {note.created_at:%d %b %Y}: ", colour=GREY_HEX)
    span = _span(note, paragraph_text)
    if span is not None:
        out += xml.run(f"“{clean(paragraph_text[span[0] : span[1]])}” ", italic=True)
    return out + xml.run(clean(note.body))


def passage_as_text(passage, skip_tag: int | None = None) -> str:
    """ "■ climate · Mei Lin · 03 Mar 2025: “the words tagged”"; under the passage's
    own tag (by tag) just "Passage · …"."""
    if passage.tag_id == skip_tag:
        out = xml.run("Passage", bold=True)
    else:
        out = xml.run("■ ", colour=tag_colour(passage.colour))
        out += xml.run(clean(passage.tag), bold=True)
    who = f" · {passage.author}" if passage.author else ""
    out += xml.run(f"{who} · {passage.created_at:%d %b %Y}: ", colour=GREY_HEX)
    return out + xml.run(f"“{clean(passage.text)}”", italic=True)
