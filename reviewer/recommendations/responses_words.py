"""How a State's responses word a position, in the UN's English, French and Spanish.

The addendum (A/HRC/…/Add.1, "Additif", "Adición") is published in each language the
State writes in, and francophone and Latin American States write in French or
Spanish: "Le Gouvernement accepte les recommandations suivantes : 128.1, 128.2 et
128.5", "prend note des recommandations 128.10 à 128.12", "Les recommandations 128.20
et 128.21 ne sont pas acceptées"; "El Estado acepta las recomendaciones 128.1, 128.2 y
128.5", "toma nota de las recomendaciones 128.10 a 128.12", "no cuentan con el apoyo
del Estado"; headings "I. Recommandations acceptées", "II. Recomendaciones de las que
se ha tomado nota"; tables "Recommandation | Position | Observations",
"Recomendación | Posición | Observaciones".

The readers (:mod:`.responses`, :mod:`.responses_common`, :mod:`.responses_table`)
build their patterns of these pieces, each language's words side by side, so a
layout read in English is read the same way in French and Spanish.
"""

from __future__ import annotations

import re

# "recommendation(s)", "recommandation(s)", "recomendación/recomendaciones"
REC_WORD = r"(?:recommendations?|recommandations?|recomendaci(?:ón|on|ones))"
# a number sign after it: "No.", "Nos.", "n°", "nº", "n.º", "núm."
NUMBER_SIGN = r"(?:Nos?|numbers?|n[°º]s?|n\.\s?º|núms?|num)"
# between the two ends of a range: "128.10 to 128.12", "128.10 à 128.12", "128.10 a 128.12"
RANGE_WORDS = r"to|à|au|a|al|hasta"
# between two items of a list: "128.1, 128.2 and/et/y 128.5"
AND_WORDS = r"and|et|y"

# Accepting, supporting: a verb, a participle, or the noun ("bénéficient du soutien",
# "cuentan con el apoyo"); a denied one is a refusal (``NEGATION``).
SUPPORT_VERB = re.compile(
    r"\b(?:accept(?:s|ed)?|support(?:s|ed)?|agree(?:s|d)?\s+(?:with|to)|endorse(?:s|d)?"
    # fr
    r"|accept(?:e|ent|é|ée|és|ées)|appui(?:e|ent)?|appuy(?:é|ée|és|ées)"
    r"|soutien(?:t|nent)?|soutenu(?:e|s|es)?|souscrit"
    # es
    r"|acept(?:a|an|ó|ado|ada|ados|adas)|apoy(?:a|an|ó|o|ado|ada|ados|adas)"
    r"|respald(?:a|an|ó|ada|adas))\b",
    re.I,
)
# Taking note, rejecting.
NOTE_WORDS = (
    r"\b(?:take[sn]?|took)\s+note\b|\bnot(?:es?|ed)\b(?!\s+that)|\breject(?:s|ed)?\b"
    # fr: "prend note des recommandations", "pris note", "notées", "rejette"
    r"|\b(?:prend(?:re|s)?|prennent|pris(?:es)?)\s+note\b(?!\s+(?:que|du\s+fait))"
    r"|\bnot(?:é|ée|és|ées)\b|\brejet(?:te|tent|é|ée|és|ées)\b"
    # es: "toma nota de", "se ha tomado nota", "anotadas", "rechaza"
    r"|\btom(?:a|an|ó|ado|ada|adas|ar)\s+nota\b(?!\s+de\s+que)"
    r"|\banotad(?:a|as|o|os)\b|\brechaz(?:a|an|ó|ada|adas)\b"
)
PARTIAL_WORDS = (
    r"\bpartial(?:ly)?\b|\bpartly\b|\bin\s+part\b"
    r"|\bpartiellement\b|\ben\s+partie\b|\bparcialmente\b|\ben\s+parte\b"
)
# Not decided yet: the 1st cycle's "will be examined", and its French and Spanish.
PENDING_WORDS = re.compile(
    r"\b(?:definitive|definite|final|firm)\s+(?:statement|position|answer|response|decision)"
    r"|\bunder\s+(?:consideration|examination)\b"
    r"|\bstill\s+(?:considering|examining|studying)\b"
    r"|\breserves?\s+(?:its|the)\s+position\b"
    r"|\bwill\s+be\s+(?:further\s+)?(?:considered|examined)\b"
    r"|\bto\s+be\s+examined\b"
    r"|\b(?:à\s+l['’]|en\s+cours\s+d['’])examen\b|\bseront\s+examinées\b"
    r"|\ben\s+(?:estudio|examen)\b|\bserán\s+examinadas\b",
    re.I,
)
# The words that deny a verb just before it: English, French ("n'accepte pas", "ne
# bénéficient pas", "n'ont pas été acceptées"); Spanish "no" close before the verb
# ("no acepta", "no cuentan con el apoyo").
NEGATION = re.compile(
    r"(?:\b(?:not|cannot|unable|neither|nor|never|ne|pas|jamais|ni|nunca)\b|n't\b|\bn['’])"
    r"(?!\s+only\b)",
    re.I,
)
SPANISH_NO = re.compile(r"\bno\b(?:\s+\S+){0,3}\s*\Z", re.I)

# Right after a list: "… are accepted", "sont acceptées", "ne sont pas acceptées",
# "bénéficient du soutien", "son aceptadas", "no cuentan con el apoyo".
AFTER_LIST = re.compile(
    r"^\W*(?P<not>ne\s+|n['’]\s*|no\s+)?(?:(?!\d)\w+\s+|l['’]){0,4}?"
    r"(?P<part>partiellement\s+|parcialmente\s+)?"
    r"(?P<word>acceptées?|appuyées?|soutenues?|notées?|rejetées?|soutien|appui"
    r"|aceptad[ao]s?|apoyad[ao]s?|anotad[ao]s?|rechazad[ao]s?|apoyo)\b",
    re.I,
)
AFTER_NOTED = re.compile(r"^(?:notées?|rejetées?|anotad[ao]s?|rechazad[ao]s?)$", re.I)

# "follow the list in paragraph 115 of the Report"; "paragraphe 128 du rapport",
# "figurant au paragraphe 128"; "párrafo 128 del informe", "contenidas en el párrafo 128"
PARAGRAPH_REF = re.compile(
    r"\bparagraph\s+(\d{1,4})\s+of\s+(?:the\s+)?(?:Report|document|A/HRC)|"
    r"\bcontained\s+in\s+paragraph\s+(\d{1,4})\b|"
    r"\blist(?:ed)?\s+in\s+paragraph\s+(\d{1,4})\b|"
    r"\bparagraphe\s+(\d{1,4})\s+du\s+(?:présent\s+)?(?:rapport|document)|"
    r"\b(?:figurant|énoncées|contenues)\s+au\s+paragraphe\s+(\d{1,4})\b|"
    r"\bpárrafo\s+(\d{1,4})\s+del\s+(?:presente\s+)?(?:informe|documento)|"
    r"\b(?:contenidas|que\s+figuran|enunciadas)\s+en\s+el\s+párrafo\s+(\d{1,4})\b",
    re.I,
)

# --- tables ---------------------------------------------------------------------------

POSITION_HEAD = re.compile(
    r"\b(?:position|response|status|decision|reply|answer|support(?:ed)?|accepted|acceptance"
    r"|réponse|statut|décision|appui|soutien"
    r"|posición|respuesta|estado|decisión|apoyo)\b"
)
COMMENT_HEAD = re.compile(
    r"comment|explanation|remark|justification|observation|reason|rationale|information|"
    r"assessment|\bnotes?\b|implementation|follow|clarification|views?\b|"
    r"commentaire|explication|remarque|mise en (?:œ|oe)uvre|suivi|"
    r"observaci|comentario|explicaci|justificaci|aplicaci|seguimiento"
)
NUMBER_HEAD = re.compile(
    r"^(?:rec(?:ommendation|ommandation|omendación|omendacion)?s?\.?\s*)?"
    r"(?:no|nos|n\.?\s?[°º]s?|n\.\s?º|number|numéro|número|num|núm|#|ref|reference|référence"
    r"|referencia|para|paragraph|paragraphe|párr|párrafo|id)\.?$"
)
STATES_HEAD = re.compile(r"\bstates?\b|countr|recommending|\bétats?\b|\bpays\b|\bestados?\b|país")
REC_HEAD = re.compile(r"recommend|recommand|recomend")
CELL_PREFIX = r"(?:Rec(?:ommendation|ommandation|omendación|omendacion)?s?\.?\s*)?"
HEADER_HINT = re.compile(
    r"(?=.*(?:recommend|recommand|recomend))"
    r"(?=.*(?:position|response|status|decision|réponse|décision|posici|respuesta|decisi))",
    re.I,
)
