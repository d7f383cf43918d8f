"""The words of a search marked in the paragraph a search hit opened.

The reading pane's HTML is built elsewhere (``ui.render``); the marks go over its
text afterwards, between its tags, where the query's words and phrases stand
(``reviewer.workspace.match_spans``: the full-text index's own reading of a query).
"""

from __future__ import annotations

import re
from html import escape, unescape

from reviewer.workspace import match_spans
from ui.theme import colour

SEARCH_MARK = colour("search_mark")
_TAG = re.compile(r"(<[^>]*>)")


def mark_query(html: str, query: str, languages: tuple[str, ...] = ()) -> str:
    """``html`` with what ``query`` searches for marked; its tags left as they are; a
    bare word's other forms in the workspace's ``languages`` as the search found them
    (none told: every language of the word's script)."""
    if not query.strip():
        return html
    out = []
    for part in _TAG.split(html):
        if not part or part.startswith("<"):
            out.append(part)
            continue
        text = unescape(part)
        spans = match_spans(query, text, languages)
        if not spans:
            out.append(part)
            continue
        last = 0
        for start, end in spans:
            out.append(escape(text[last:start], quote=False))
            out.append(
                f'<span style="background-color:{SEARCH_MARK}">'
                f"{escape(text[start:end], quote=False)}</span>"
            )
            last = end
        out.append(escape(text[last:], quote=False))
    return "".join(out)
