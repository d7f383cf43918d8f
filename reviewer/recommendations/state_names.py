"""Recommending States as the UN's French and Spanish editions name them.

The French and Spanish thematic lists and Working Group reports end a recommendation
with its States in their language ("(Chine)", "(Venezuela (République bolivarienne
du))", "(Reino Unido de Gran Bretaña e Irlanda del Norte)"); each is stored under the
English name of ``reviewer/citations/states.txt``, so a recommendation read in two
languages keeps one list of States.  The names come from the per-language tables of
``reviewer.citations.states`` (the UN's official short names in its six languages);
this module adds what the registry's readers need on top: a leading article ("la
Chine", "el Perú") and French typography's no-break space before ";" and ":".
"""

from __future__ import annotations

import re

from reviewer.citations.states import canonical_state, is_english_name, split_trailing_states

_ARTICLE = re.compile(r"^(?:(?:la|le|les|el|los|las)\s+|l['\u2019])", re.IGNORECASE)
_TRAIL = " \t\n;.,\u00a0\u202f"


def canonical_any(name: str) -> str | None:
    """The English UN name of a State named in any UN language, or None."""
    found = canonical_state(name)
    if found is None:
        bare = _ARTICLE.sub("", name.strip())
        found = canonical_state(bare) if bare != name.strip() else None
    return found


def english_name(name: str) -> str:
    """A State named in another language as its English name; an English name, or one
    not known, as written."""
    if is_english_name(name):
        return name
    return canonical_any(name) or name


def split_trailing_states_any(text: str) -> tuple[str, tuple[str, ...]]:
    """``citations.states.split_trailing_states`` with French typography:
    "Ratifier le Pacte (Pologne) (Togo)\u00a0;" → ("Ratifier le Pacte", ("Pologne", "Togo")).
    Names are kept as written."""
    rest, states = split_trailing_states(text.rstrip(_TRAIL))
    if not states:
        return text.strip(), ()
    return rest.rstrip(" ,\u00a0\u202f"), states
