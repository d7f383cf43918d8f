"""A recommendation as the inspector and the registry show it: its text, position and
States, its text in the other UN languages' editions, and what its sources say
differently (a word diff against the registry's text).

Kept apart from ``ui.render`` (a paragraph, its links, tags and notes), as
``ui.render_changes`` is.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from html import escape

from PySide6.QtCore import QT_TR_NOOP

from reviewer.workspace import PredecessorRow, RecommendationRow
from ui.i18n import tr
from ui.render import MUTED, POSITION_COLOURS, position_label, short
from ui.theme import colour

# -- a recommendation whose sources disagree ---------------------------------------------
CONFLICT_COLOUR = colour("conflict")
CONFLICT_TIP = QT_TR_NOOP("Sources give different texts")
DIFFERS = colour("differs")  # what a source says that the registry text does not
SOURCE_KIND_LABELS: dict[str, str] = {
    "thematic_list": QT_TR_NOOP("Thematic list"),
    "wg_report": QT_TR_NOOP("WG report"),
    "responses": QT_TR_NOOP("Responses"),
    "table": QT_TR_NOOP("Table"),
    "footnote": QT_TR_NOOP("Footnote"),
}
_TOKENS = re.compile(r"\w+|[^\w\s]+|\s+")


def diff_html(base: str, text: str) -> str:
    """``text`` escaped, with what differs from ``base`` marked: its own words and
    punctuation highlighted, words of ``base`` it lacks struck through."""
    a, b = _TOKENS.findall(base or ""), _TOKENS.findall(text or "")

    def norm(tokens):
        return [" " if t.isspace() else t for t in tokens]

    out = []
    ops = SequenceMatcher(None, norm(a), norm(b), autojunk=False).get_opcodes()
    for op, i1, i2, j1, j2 in ops:
        if op in ("delete", "replace") and "".join(a[i1:i2]).strip():
            out.append(
                f'<s style="color:{CONFLICT_COLOUR}">{escape("".join(a[i1:i2]).strip())}</s>'
                + (" " if op == "delete" else "")
            )
        if op == "equal":
            out.append(escape("".join(b[j1:j2])))
        elif op in ("insert", "replace"):
            piece = "".join(b[j1:j2])
            if piece.strip():
                out.append(
                    f'<span style="background-color:{DIFFERS}; font-weight:600">'
                    f"{escape(piece)}</span>"
                )
            else:
                out.append(escape(piece))
    return "".join(out)


def source_kind_label(kind: str) -> str:
    if kind in SOURCE_KIND_LABELS:
        return tr(SOURCE_KIND_LABELS[kind])
    return kind.replace("_", " ").capitalize()


# each UN language by its own name (the label of a recommendation's text in it)
LANGUAGE_NAMES = {
    "en": "English",
    "fr": "Français",
    "es": "Español",
    "zh": "中文",
    "ar": "العربية",
    "ru": "Русский",
}


def other_editions(r: RecommendationRow) -> list[tuple[str, str]]:
    """(language name, text) of the recommendation in the languages of the registry's
    other editions: every text it holds but the one shown (``r.text``)."""
    return [
        (LANGUAGE_NAMES.get(lang, lang), body) for lang, body in r.texts.items() if body != r.text
    ]


def predecessor_text(p: PredecessorRow) -> str:
    """'also recommended in cycle 1 by Egypt: 111.10 — supported', in the window's
    language (the inspector's line under a link)."""
    where = (
        tr("in cycle {cycle}").format(cycle=p.cycle)
        if p.cycle
        else tr("in {symbol}").format(symbol=p.symbol)
    )
    position = position_label(p.position).lower()
    if p.states:
        said = tr("also recommended {where} by {states}: {number} — {position}")
    else:
        said = tr("also recommended {where}: {number} — {position}")
    return said.format(where=where, states=", ".join(p.states), number=p.number, position=position)


def editions_html(r: RecommendationRow) -> str:
    """The other editions' texts, each under its language's name (right to left for
    Arabic), for the inspector."""
    out = []
    for name, body in other_editions(r):
        direction = " dir='rtl'" if name == LANGUAGE_NAMES["ar"] else ""
        out.append(
            f"<br><span style='color:{MUTED}'>{escape(name)}:</span> <span{direction}>"
            f"{escape(body)}</span>"
        )
    return "".join(out)


def recommendation_html(
    r: RecommendationRow,
    sources: tuple[dict, ...] | list[dict] = (),
    titles: dict[int, str] | None = None,
) -> str:
    """The registry's detail of one recommendation. With sources that disagree, each
    source (kind, document, its text, States and position) follows, the conflicting
    ones marked ≠ and what each says differently from the registry text highlighted."""
    titles = titles or {}
    under = ""
    if r.state_under_review:
        under = f" · {escape(r.state_under_review)}" + (
            f" ({escape(r.review)})" if r.review else ""
        )
    colour = POSITION_COLOURS.get(r.position, MUTED)
    parts = [
        f"<b>{escape(r.number)}</b> <span style='color:{MUTED}'>{escape(r.symbol)}{under}</span>"
        f" · <span style='color:{colour}'>{escape(position_label(r.position))}</span>"
        f" · {escape(', '.join(r.states))}<br>{escape(r.text or '')}" + editions_html(r)
    ]

    def where(src: dict) -> str:
        kind = source_kind_label(src.get("source_kind") or "")
        doc = src.get("document_id")
        title = titles.get(doc) if doc is not None else None
        return f"<b>{escape(kind)}</b>" + (
            f" <span style='color:{MUTED}'>· {escape(short(title, 90))}</span>" if title else ""
        )

    if r.conflict and sources:
        highlighted = tr("(what each says differently from the text above is highlighted)")
        parts.append(
            f"<br><br><span style='color:{CONFLICT_COLOUR}; font-weight:600'>≠ {tr(CONFLICT_TIP)}"
            f"</span> <span style='color:{MUTED}'>{escape(highlighted)}</span>"
        )
        differs, no_text = escape(tr("differs")), escape(tr("no text"))
        for src in sources:
            mark = (
                f"<span style='color:{CONFLICT_COLOUR}; font-weight:600'>≠ {differs}</span> "
                if src.get("conflict")
                else ""
            )
            facts = []
            if src.get("position"):
                pc = POSITION_COLOURS.get(src["position"], MUTED)
                facts.append(
                    f"<span style='color:{pc}'>{escape(position_label(src['position']))}</span>"
                )
            if src.get("states"):
                facts.append(escape(", ".join(src["states"])))
            text = src.get("text")
            body = (
                diff_html(r.text or "", text) if text else f"<i style='color:{MUTED}'>{no_text}</i>"
            )
            parts.append(
                "<br><br>" + mark + where(src) + (" · " + " · ".join(facts) if facts else "")
                + f"<br>{body}"
            )  # fmt: skip
    elif sources:
        listed = ", ".join(where(src) for src in sources)
        said = escape(tr("Sources:"))
        parts.append(f"<br><span style='color:{MUTED}'>{said}</span> {listed}")
    themes = "; ".join(f"{c} {name}" for c, name in r.themes)
    if themes:
        gap = "<br><br>" if r.conflict and sources else "<br>"
        parts.append(f"{gap}<span style='color:{MUTED}'>{escape(themes)}</span>")
    return "".join(parts)
