"""A paragraph's notes in a brief: as text under it, or as Word comments on it.

Each returns the runs it writes, as text (``docx_blocks``)."""

from __future__ import annotations

from itertools import pairwise

from reviewer.export import docx_blocks as xml
from reviewer.export.docx_cells import _span, _utc, initials
from reviewer.export.docx_comments import CommentWriter
from reviewer.export.docx_fields import clean, tag_colour
from reviewer.export.docx_style import GREY
from reviewer.words import Words

GREY_HEX = str(GREY)


def notes_as_comments(
    comments: CommentWriter | None,
    paragraph_text: str,
    notes,
    reviewer: str | None,
    nobody: str = "Reviewer",
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
        author = n.author or reviewer or nobody
        assert comments is not None  # given whenever there are notes
        cid = comments.comment(clean(n.body), author, initials(author), _utc(n.created_at))
        anchors.append((cid, inside[0], inside[-1]))
    return xml.commented([xml.run(text[a:b]) for a, b in bounds], anchors)


def note_as_text(note, paragraph_text: str, reviewer: str | None, w: Words | None = None) -> str:
    """ "Note · Mei Lin · 3 March 2025: “the span” the note"."""
    w = w or Words()
    who = note.author or reviewer
    out = xml.run(w("note.label"), bold=True)
    when = w.date(note.created_at)
    out += xml.run(w("label", label=f"{f' · {who}' if who else ''} · {when}"), colour=GREY_HEX)
    span = _span(note, paragraph_text)
    if span is not None:
        quote = w("quoted", text=clean(paragraph_text[span[0] : span[1]]))
        out += xml.run(quote + " ", italic=True)
    return out + xml.run(clean(note.body))


def passage_as_text(passage, skip_tag: int | None = None, w: Words | None = None) -> str:
    """ "■ climate · Mei Lin · 3 March 2025: “the words tagged”"; under the passage's
    own tag (by tag) just "Passage · …"."""
    w = w or Words()
    if passage.tag_id == skip_tag:
        out = xml.run(w("note.passage"), bold=True)
    else:
        out = xml.run("■ ", colour=tag_colour(passage.colour))
        out += xml.run(clean(passage.tag), bold=True)
    who = f" · {passage.author}" if passage.author else ""
    out += xml.run(w("label", label=f"{who} · {w.date(passage.created_at)}"), colour=GREY_HEX)
    return out + xml.run(w("quoted", text=clean(passage.text)), italic=True)
