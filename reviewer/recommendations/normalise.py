"""Text, State, position and symbol helpers shared by the importers.

The same recommendation reaches us through a PDF (hard line breaks, straight
quotes), an OHCHR matrix (curly quotes, spaces lost in copy-paste: "toarticle8")
and spreadsheets, so comparisons go through one normal form.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# reviewer.calendar tells cycles; the importers take these two from here.
from reviewer.calendar import cycle_from_symbol as cycle_from_symbol
from reviewer.calendar import cycle_from_text as cycle_from_text
from reviewer.vocabulary import Position

from .state_names import canonical_any, english_name, split_trailing_states_any

_CHARS = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u02bc": "'",
        "`": "'",
        "\u00b4": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u00ad": None,  # soft hyphen
        "\u200b": None,
        "\ufeff": None,
    }
)


def normalise_text(s: str | None) -> str:
    """Comparison form: one kind of quote, apostrophe and dash, single spaces, no final ;/.

    Case and wording are kept: two texts that differ in them are different texts.
    """
    if not s:
        return ""
    s = unicodedata.normalize("NFC", s).translate(_CHARS)
    s = re.sub(r"\s*-\s*(?=\d)", "-", s)  # "2014 – 2018" == "2014–2018"
    s = re.sub(r"\s+", " ", s).strip()
    return s.rstrip(" ;.,").strip()


def same_text(a: str | None, b: str | None) -> bool:
    """True when two renderings of a recommendation say the same thing.

    Whitespace is ignored entirely, not just folded: matrices copied out of PDFs
    lose spaces ("amendment toarticle8") and PDFs gain them at line breaks.
    """
    return normalise_text(a).replace(" ", "") == normalise_text(b).replace(" ", "")


# --- positions -----------------------------------------------------------------

_POSITION_WORDS = (
    (
        Position.PARTIALLY,
        ("partially", "partly", "in part", "partiellement", "en partie", "parcialmente", "en parte"),
    ),
    (
        Position.NOTED,
        (
            "noted", "note", "notes", "rejected", "not accepted", "not supported", "reject",
            # French and Spanish editions: "Notée", "Prise note", "Tomada nota", "Anotada"
            "notée", "notées", "noté", "notés", "prise note", "pris note", "prend note",
            "rejetée", "rejetées", "non acceptée", "non appuyée", "non soutenue",
            "tomada nota", "tomadas nota", "tomó nota", "toma nota", "se toma nota", "anotada",
            "anotadas", "rechazada", "rechazadas", "no aceptada", "no apoyada",
            # a cell saying the State's answer in a verb: "N'accepte pas", "No apoya"
            "n'accepte pas", "n'appuie pas", "ne soutient pas", "rejette", "no acepta",
            "no apoya", "rechaza",
        ),
    ),
    (
        Position.SUPPORTED,
        (
            "supported", "accepted", "support", "accept", "accepts", "supports",
            "appuyée", "appuyées", "appuyé", "soutenue", "soutenues", "acceptée", "acceptées",
            "apoyada", "apoyadas", "aceptada", "aceptadas", "respaldada",
            "accepte", "appuie", "soutient", "acepta", "apoya",
        ),
    ),
)  # fmt: skip


def parse_position(value: str | None) -> Position | None:
    """ "Supported", "Accepted", "Noted", "Partially supported" … → supported/noted/partially;
    the French and Spanish editions' words too ("Appuyée", "Notée", "Apoyada", "Tomada nota")."""
    if not value:
        return None
    v = re.sub(r"\s+", " ", str(value)).strip().casefold().replace("\u2019", "'")
    if not v:
        return None
    for position, words in _POSITION_WORDS:
        if any(re.search(rf"\b{re.escape(w)}\b", v) for w in words):
            return position
    return None


# --- States --------------------------------------------------------------------


def state_key(name: str) -> str | None:
    """The canonical (English) UN name of a State as a list writes it, in English,
    French or Spanish (inverted forms too)."""
    return canonical_any(name)


def split_states(text: str) -> tuple[str, tuple[str, ...]]:
    """ "Ratify ICRMW (Senegal, Peru) (Mali);" → ("Ratify ICRMW", ("Senegal", "Peru", "Mali")).

    ``citations.states.split_trailing_states`` (in English, French or Spanish), plus
    the final ";"/"." stripped even when no State is found.
    """
    rest, states = split_trailing_states_any(text)
    return rest.rstrip(" \t\n;.,\u00a0\u202f"), states


_BOUNDARY = re.compile(r"\)(?:(\s*[;.])\s*|\s+)(?=\S)")


def split_recommendation(body: str) -> list[tuple[str, tuple[str, ...]]]:
    """Cut one number's text into its States' texts: [(text, states), …] in order.

    28.9 in A/HRC/40/6 holds six: "… (Benin); Take meaningful steps … (Estonia); …".
    A cut is made after a State group followed by ";" or "." (or by a space and a
    capital), so "(Uruguay) (Mali)" stays one group and an inner "(ICRMW)" never
    cuts.  Matrices sometimes lose the space: "(Peru);take".
    """
    body = re.sub(r"\s+", " ", body).strip()
    segments: list[tuple[str, tuple[str, ...]]] = []
    start = 0
    for m in _BOUNDARY.finditer(body):
        nxt = body[m.end()]
        if nxt == "(" or not (m.group(1) or nxt.isupper()):
            continue
        text, states = split_states(body[start : m.start() + 1])
        if states and text:
            segments.append((text, states))
            start = m.end()
    tail = body[start:].strip()
    if tail:
        segments.append(split_states(tail))
    return segments


def join_segments(
    segments: Iterable[tuple[str, tuple[str, ...]]],
) -> tuple[str | None, tuple[str, ...]]:
    """Texts joined with "\\n", States in order without repeats (compared by canonical
    name); a State named in French or Spanish by its English name, so the editions of
    one recommendation name the same States."""
    texts: list[str] = []
    states: list[str] = []
    seen: set[str] = set()
    for text, names in segments:
        if text:
            texts.append(text)
        for name in names:
            key = state_key(name) or name.casefold()
            if key not in seen:
                seen.add(key)
                states.append(english_name(name))
    return ("\n".join(texts) or None), tuple(states)


def parse_recommendation_text(body: str) -> tuple[str | None, tuple[str, ...]]:
    """Whole recommendation body → (text, states) as RecommendationRecord wants them."""
    return join_segments(split_recommendation(body))


def split_list(value: str | None, separators: str = ";\n") -> list[str]:
    if not value:
        return []
    parts = re.split(f"[{re.escape(separators)}]", str(value))
    return [re.sub(r"\s+", " ", p).strip(" -•\t") for p in parts if p.strip(" -•\t\r")]


# --- symbols and cycles --------------------------------------------------------

SYMBOL_RE = re.compile(r"A ?/HRC(?:/[A-Za-z0-9.]*[A-Za-z0-9])+")


def clean_symbol(s: str) -> str:
    return re.sub(r"\s+", "", s).rstrip(".,;")


def symbol_from_file_name(file_name: str) -> str | None:
    """'…-A_HRC_40_6.docx' → 'A/HRC/40/6' (how OHCHR and we name the files)."""
    m = re.search(r"A_HRC_(\d+)_(\d+)(?:_Add\.?(\d+))?", file_name)
    if not m:
        return None
    return f"A/HRC/{m.group(1)}/{m.group(2)}" + (f"/Add.{m.group(3)}" if m.group(3) else "")
