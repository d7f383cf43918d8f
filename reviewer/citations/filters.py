"""What keeps numbers in ordinary prose from passing for recommendations.

Two kinds of false positive matter in real documents:

- a decimal with no cue that is a quantity, a label or a date ("28.5 per cent",
  "US$ 2.5", "Output 1.3", "rate of 16.9", "25.671 people") rather than a
  recommendation number;
- a cue word that refers to some other document's paragraph: OHCHR summaries cite
  stakeholders as "JS1, para. 4", "CoE-ACFC, p. 1 and para. 47",
  "Coe-CM: Resolution, para.2" — the stakeholder's own paragraphs.
"""

from __future__ import annotations

import re

from reviewer.citations.forms import LETTERED, OTHER_PARAGRAPH_WORDS, PARA_CUE
from reviewer.citations.states import canonical_state

# Recommendations sit in the conclusions of a Working Group report, never in its
# first nine paragraphs; 1.x – 9.x in prose are section numbers and quantities.
BARE_MIN_PREFIX = 10

_CURRENCY = r"(?:US\s?\$|HK\$|A\$|C\$|\$|€|£|¥|₹|USD|EUR|GBP|CHF|CNY|RMB|JPY|INR|AUD|CAD|Rs\.?|yuan|euros?|dollars?)"
_LABELS = (
    r"outputs?|outcomes?|goals?|targets?|indicators?|sections?|sect?\.|chapters?|ch\.|articles?|"
    r"arts?\.|annex(?:es)?|appendix|appendices|tables?|tab\.|figures?|figs?\.|box|steps?|phases?|"
    r"stages?|versions?|ver\.|v\.?|releases?|rules?|principles?|objectives?|results?|activit(?:y|ies)|"
    r"parts?|pages?|p\.|pp\.|items?|clauses?|sub-?paragraphs?|standards?|levels?|tiers?|grades?|"
    r"class|categor(?:y|ies)|priorit(?:y|ies)|pillars?|components?|sdgs?|areas?|strateg(?:y|ies)|"
    r"measures?|actions?|programmes?|programs?|models?|modules?|lessons?|units?|editions?|vol\.|"
    r"volumes?|no\.|nos\.|numbers?|resolutions?|decisions?|decrees?|laws?|acts?|orders?|"
    r"regulations?|directives?|iso|§|"
    # fr, es, ru, ar
    r"annexes?|tableaux?|objectifs?|cibles?|indicateurs?|chapitres?|lois?|décrets?|"
    r"résolutions?|décisions?|n°|nº|artículos?|anexos?|cuadros?|tablas?|gráficos?|objetivos?|"
    r"metas?|indicadores?|páginas?|págs?\.|capítulos?|secci(?:ón|ones)|leyes|ley|decretos?|"
    r"resoluci(?:ón|ones)|núm\.|стать(?:я|и|е|ю)|ст\.|приложени[еяи]|таблиц[аы]|рисунок|"
    r"цел[ьи]|задач[аи]|страниц[аы]|стр\.|с\.|глав[аы]|раздел[аы]?|показател[ьи]|закон[аы]?|"
    r"указ|резолюци[яи]|решени[еяи]|№|المادة|المواد|الصفحة|ص\.|الجدول|الهدف|الغاية|المؤشر|"
    r"القانون|القرار|المرفق|الفصل|الباب"
)
_QUANTITY = (
    r"about|approx\.?|approximately|around|nearly|almost|over|under|than|roughly|some|estimated|"
    r"only|just|least|most|between|from|by|at|reached|reaching|total(?:l?ing|l?ed)|"
    r"averag(?:e|es|ed|ing)|scored?|scoring|ranked|rated|measured|recorded|fell|rose|grew|"
    r"increased|decreased|declined|dropped|stood|rates?|ratios?|index|scores?|totals?|values?|"
    r"shares?|proportions?|percentages?|growth|increases?|decreases?|declines?|rises?|falls?|"
    r"drops?|gdp|temperatures?|magnitudes?|mean|median|coefficients?|density|ages?|height|"
    r"weight|length|width|depth|speed|prices?|costs?|budgets?|revenues?|incomes?|expenditures?|"
    r"investments?|amounts?|sums?|worth|valued|population|expectancy|"
    # fr, es, ru, ar
    r"environ|près\s+de|plus\s+de|moins\s+de|quelque|entre|atteint|atteignant|taux|"
    r"moyenne|hausse|baisse|cerca\s+de|más\s+de|menos\s+de|unos|unas|aproximadamente|"
    r"alrededor\s+de|entre|alcanzó|tasa|promedio|около|более|менее|почти|примерно|свыше|"
    r"составил[аио]?|составляет|уровень|доля|حوالي|نحو|أكثر\s+من|أقل\s+من|قرابة|بلغ|بلغت|"
    r"معدل|نسبة"
)
# A currency, a label or a quantity word before the number, or another number on the
# same line (a table row; a page number on the line above is fine).
_BEFORE_BARE = re.compile(
    rf"(?:{_CURRENCY}|\b(?:{_LABELS}|{_QUANTITY})"
    r"(?:\s+(?:of|at|to|by|from|is|was|were|are|for|in|around|about|nearly|approximately"
    r"|de|du|des|à|est|était|del|es|fue|составил[аио]?|в|на))?)"
    r"\s*\(?\Z|\d[%‰]?[ \t]+\Z"
    r"|(?:百分之|约|约为|达|达到|为|占|增长|下降|目标|表|图|页|条|第)\s*\Z",  # Chinese
    re.IGNORECASE,
)
_UNITS = (
    r"million|mn|m|billion|bn|b|trillion|tn|thousand|k|hundred|lakh|crore|per|percent|pct|"
    r"percentage|points?|pts?|pp|basis|degrees?|deg|celsius|fahrenheit|km2?|kilomet(?:er|re)s?|"
    r"metres?|meters?|m2|m3|cm|mm|miles?|mi|ha|hectares?|acres?|sq|square|cubic|kg|"
    r"kilo(?:gram)?s?|grams?|g|mg|tons?|tonnes?|t|mt|gt|lbs?|ounces?|oz|litres?|liters?|l|ml|"
    r"gallons?|barrels?|kwh|mwh|gwh|twh|kw|mw|gw|watts?|volts?|hz|mhz|ghz|gb|mb|kb|tb|bytes?|"
    r"hours?|hrs?|h|minutes?|mins?|seconds?|secs?|s|days?|weeks?|months?|years?|yrs?|decades?|"
    r"centuries|times|fold|x|magnitude|richter|dollars?|usd|euros?|eur|yuan|rmb|renminbi|yen|"
    r"francs?|pounds?|rupees?|cents?|am|pm|a\.m|p\.m|o'clock|ppm|ppb|people|persons|individuals|"
    r"inhabitants|residents|children|women|men|girls|boys|cases|victims|families|households|"
    r"students|pupils|workers|migrants|refugees|deaths|jobs|members|participants|beneficiaries|"
    r"views|users|followers|subscribers|visitors|tourists|patients|doctors|teachers|schools|"
    r"hospitals|villages|projects|countries|copies|votes|seats|stars|out\s+of|"
    # fr, es, ru, ar
    r"pour\s*cent|pourcent|p\.\s*100|millions?|milliards?|milliers|euros?|francs?|ans|années|"
    r"mois|jours|heures|habitants|personnes|enfants|femmes|hommes|fois|por\s*ciento|millones|"
    r"mil|miles|años|meses|días|horas|personas|habitantes|niños|niñas|mujeres|hombres|veces|"
    r"pesos|dólares|процент(?:а|ов)?|проц\.|млн|млрд|тыс|миллион(?:а|ов)?|миллиард(?:а|ов)?|"
    r"тысяч[аи]?|руб(?:лей|ля|\.)?|долл(?:аров|ара|\.)?|лет|года?|раза?|человек|детей|женщин|"
    r"в\s+процентах|في\s*الما?ئة|بالما?ئة|مليون|ملايين|مليار|ألف|آلاف|دولار|دولارا|سنة|"
    r"سنوات|عاما|شخص|أشخاص|طفل|أطفال|امرأة|نساء|مرة|مرات"
)
# Glued letter or sign (18.3million, 1.95m, 6.2%, 9.3/100,000, 2.5-fold), a unit word,
# or another number (a row of a table: "12.3 14.5 16.7").
_AFTER_BARE = re.compile(
    rf"[^\W\d_]|[%‰°/]|-[^\W\d_]|:\d|\s*(?:[%‰°]|(?:{_UNITS})\b)|[ \t]+[-+−]?\d"
    r"|\s*[万亿元年岁个人倍次名所]",  # Chinese units after a space: "28.5 亿"
    re.IGNORECASE,
)


def bare_context_ok(text: str, start: int, end: int) -> bool:
    """True when nothing around a cue-less decimal group marks it as a quantity or label."""
    if _AFTER_BARE.match(text, end):
        return False
    return _BEFORE_BARE.search(text, max(0, start - 40), start) is None


# --- cues that belong to another document's paragraphs -------------------------

_PARA_CUE = PARA_CUE
_CLAUSE_START = re.compile(r"[;(\[]|[.!?][\"”’)]?\s+(?=[A-Z])")
_CITED_SOURCE = re.compile(r"([^\s,:;()\[\]]+)\s*[,:]")
_DIRECT_SOURCE = re.compile(
    r"([^\s,:;()\[\]]+)\s*[,:]\s*(?:pp?\.\s*\d+(?:\s*[-–]\s*\d+)?\s*[,;]?\s*(?:and\s+)?)?\Z"
)
# "para. 4 above", "paragraph 15 (a)", "paragraph 5 of the annex to Human Rights Council
# resolution 16/21" (boilerplate of every UPR document): a paragraph of this or another
# instrument.  Recommendations have no lettered sub-paragraphs.
_OTHER_PARAGRAPH = re.compile(
    rf"{LETTERED}|\s*(?:{OTHER_PARAGRAPH_WORDS}|above|below|supra|infra|"
    r"of\s+(?:the\s+present|this)\s+(?:report|submission|document)|"
    r"of\s+(?:the\s+)?(?:[A-Z][\w\-’']*\s+)*(?i:annex|resolution|decision|convention|covenant|"
    r"declaration|charter|act|law|code|constitution|protocol|statute|rules|guidelines|principles|"
    r"agreement|treaty|statement|programme|plan)s?)\b"
)
_NOT_A_SOURCE = {"UPR", "UPRs", "UPR's"}


def _is_source(token: str, start: int, symbol_spans: list[tuple[int, int]]) -> bool:
    """A stakeholder or treaty-body abbreviation: JS1, AI, CoE-ACFC, CRC/C/CHN/CO/3-4."""
    token = token.rstrip(".")
    if sum(c.isupper() for c in token) < 2 or token in _NOT_A_SOURCE:
        return False
    if canonical_state(token):  # "CHINA: recommendations 28.1–28.3"
        return False
    return not any(s <= start < e for s, e in symbol_spans)


def cue_is_foreign(
    text: str, cue_start: int, cue: str, group_end: int, symbol_spans: list[tuple[int, int]]
) -> bool:
    """True when the cue cites a stakeholder's or another body's paragraph.

    Any cue directly after "ABBR," ("JS1, recommendation 3") is foreign.  A "para."
    cue is also foreign when its clause cites a source abbreviation
    ("CoE-ACFC, p. 1 and para. 47") or names the paragraph of another instrument or of
    the document itself ("paragraph 5 of the annex to …", "para. 4 above").
    """
    lo = max(0, cue_start - 80)
    direct = _DIRECT_SOURCE.search(text, lo, cue_start)
    if direct and _is_source(direct.group(1), direct.start(1), symbol_spans):
        return True
    if not _PARA_CUE.match(cue):
        return False
    if _OTHER_PARAGRAPH.match(text, group_end):
        return True
    clause = lo
    for m in _CLAUSE_START.finditer(text, lo, cue_start):
        clause = m.end()
    return any(
        _is_source(m.group(1), m.start(1), symbol_spans)
        for m in _CITED_SOURCE.finditer(text, clause, cue_start)
    )
