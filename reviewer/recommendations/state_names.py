"""Recommending States as the UN's French and Spanish editions name them.

A minimal table of this package's own, for reading the French and Spanish thematic
lists and Working Group reports: the UN's official short names (the names its French
and Spanish documents print, "(Chine)", "(Venezuela (République bolivarienne du))",
"(Reino Unido de Gran Bretaña e Irlanda del Norte)"), each mapped to the English
name of ``reviewer/citations/states.txt``, so a recommendation read in two languages
keeps one list of States.  It covers the States that recommend most often, not all
193; ``reviewer.citations.states`` is getting per-language tables of every State,
and this one is to be replaced by them (``canonical_any`` is the one place to wire).

Names in lists are joined with "et" (French) and "y"/"e" (Spanish) as in English with
"and"; a name holding such a word ("Bosnie-Herzégovine", "Trinité-et-Tobago",
"Reino Unido de Gran Bretaña e Irlanda del Norte") is taken whole first.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from reviewer.citations.states import canonical_state

# English | French | Spanish (the UN's short names; "(…)" forms as its lists print them)
_NAMES = """
Afghanistan|Afghanistan|Afganistán
Albania|Albanie|Albania
Algeria|Algérie|Argelia
Angola|Angola|Angola
Argentina|Argentine|Argentina
Armenia|Arménie|Armenia
Australia|Australie|Australia
Austria|Autriche|Austria
Azerbaijan|Azerbaïdjan|Azerbaiyán
Bahrain|Bahreïn|Bahrein
Bangladesh|Bangladesh|Bangladesh
Belarus|Bélarus|Belarús
Belgium|Belgique|Bélgica
Benin|Bénin|Benin
Bolivia (Plurinational State of)|Bolivie (État plurinational de)|Bolivia (Estado Plurinacional de)
Bosnia and Herzegovina|Bosnie-Herzégovine|Bosnia y Herzegovina
Botswana|Botswana|Botswana
Brazil|Brésil|Brasil
Bulgaria|Bulgarie|Bulgaria
Burkina Faso|Burkina Faso|Burkina Faso
Burundi|Burundi|Burundi
Cambodia|Cambodge|Camboya
Cameroon|Cameroun|Camerún
Canada|Canada|Canadá
Chad|Tchad|Chad
Chile|Chili|Chile
China|Chine|China
Colombia|Colombie|Colombia
Congo|Congo|Congo
Costa Rica|Costa Rica|Costa Rica
Côte d'Ivoire|Côte d'Ivoire|Côte d'Ivoire
Croatia|Croatie|Croacia
Cuba|Cuba|Cuba
Cyprus|Chypre|Chipre
Czechia|Tchéquie|Chequia
Democratic People's Republic of Korea|République populaire démocratique de Corée|República Popular Democrática de Corea
Democratic Republic of the Congo|République démocratique du Congo|República Democrática del Congo
Denmark|Danemark|Dinamarca
Djibouti|Djibouti|Djibouti
Ecuador|Équateur|Ecuador
Egypt|Égypte|Egipto
El Salvador|El Salvador|El Salvador
Estonia|Estonie|Estonia
Ethiopia|Éthiopie|Etiopía
Fiji|Fidji|Fiji
Finland|Finlande|Finlandia
France|France|Francia
Gabon|Gabon|Gabón
Georgia|Géorgie|Georgia
Germany|Allemagne|Alemania
Ghana|Ghana|Ghana
Greece|Grèce|Grecia
Guatemala|Guatemala|Guatemala
Haiti|Haïti|Haití
Honduras|Honduras|Honduras
Hungary|Hongrie|Hungría
Iceland|Islande|Islandia
India|Inde|India
Indonesia|Indonésie|Indonesia
Iran (Islamic Republic of)|Iran (République islamique d')|Irán (República Islámica del)
Iraq|Iraq|Iraq
Ireland|Irlande|Irlanda
Israel|Israël|Israel
Italy|Italie|Italia
Japan|Japon|Japón
Jordan|Jordanie|Jordania
Kazakhstan|Kazakhstan|Kazajstán
Kenya|Kenya|Kenya
Kuwait|Koweït|Kuwait
Kyrgyzstan|Kirghizistan|Kirguistán
Lao People's Democratic Republic|République démocratique populaire lao|República Democrática Popular Lao
Latvia|Lettonie|Letonia
Lebanon|Liban|Líbano
Libya|Libye|Libia
Liechtenstein|Liechtenstein|Liechtenstein
Lithuania|Lituanie|Lituania
Luxembourg|Luxembourg|Luxemburgo
Madagascar|Madagascar|Madagascar
Malaysia|Malaisie|Malasia
Maldives|Maldives|Maldivas
Mali|Mali|Malí
Malta|Malte|Malta
Mauritania|Mauritanie|Mauritania
Mauritius|Maurice|Mauricio
Mexico|Mexique|México
Montenegro|Monténégro|Montenegro
Morocco|Maroc|Marruecos
Mozambique|Mozambique|Mozambique
Myanmar|Myanmar|Myanmar
Namibia|Namibie|Namibia
Nepal|Népal|Nepal
Netherlands|Pays-Bas|Países Bajos
New Zealand|Nouvelle-Zélande|Nueva Zelandia
Nicaragua|Nicaragua|Nicaragua
Niger|Niger|Níger
Nigeria|Nigéria|Nigeria
North Macedonia|Macédoine du Nord|Macedonia del Norte
Norway|Norvège|Noruega
Oman|Oman|Omán
Pakistan|Pakistan|Pakistán
Panama|Panama|Panamá
Paraguay|Paraguay|Paraguay
Peru|Pérou|Perú
Philippines|Philippines|Filipinas
Poland|Pologne|Polonia
Portugal|Portugal|Portugal
Qatar|Qatar|Qatar
Republic of Korea|République de Corée|República de Corea
Republic of Moldova|République de Moldova|República de Moldova
Romania|Roumanie|Rumania
Russian Federation|Fédération de Russie|Federación de Rusia
Rwanda|Rwanda|Rwanda
Saudi Arabia|Arabie saoudite|Arabia Saudita
Senegal|Sénégal|Senegal
Serbia|Serbie|Serbia
Seychelles|Seychelles|Seychelles
Sierra Leone|Sierra Leone|Sierra Leona
Singapore|Singapour|Singapur
Slovakia|Slovaquie|Eslovaquia
Slovenia|Slovénie|Eslovenia
Somalia|Somalie|Somalia
South Africa|Afrique du Sud|Sudáfrica
South Sudan|Soudan du Sud|Sudán del Sur
Spain|Espagne|España
Sri Lanka|Sri Lanka|Sri Lanka
State of Palestine|État de Palestine|Estado de Palestina
Sudan|Soudan|Sudán
Sweden|Suède|Suecia
Switzerland|Suisse|Suiza
Syrian Arab Republic|République arabe syrienne|República Árabe Siria
Tajikistan|Tadjikistan|Tayikistán
Thailand|Thaïlande|Tailandia
Timor-Leste|Timor-Leste|Timor-Leste
Togo|Togo|Togo
Trinidad and Tobago|Trinité-et-Tobago|Trinidad y Tabago
Tunisia|Tunisie|Túnez
Türkiye|Türkiye|Türkiye
Turkmenistan|Turkménistan|Turkmenistán
Uganda|Ouganda|Uganda
Ukraine|Ukraine|Ucrania
United Arab Emirates|Émirats arabes unis|Emiratos Árabes Unidos
United Kingdom of Great Britain and Northern Ireland|Royaume-Uni de Grande-Bretagne et d'Irlande du Nord|Reino Unido de Gran Bretaña e Irlanda del Norte
United Republic of Tanzania|République-Unie de Tanzanie|República Unida de Tanzanía
United States of America|États-Unis d'Amérique|Estados Unidos de América
Uruguay|Uruguay|Uruguay
Uzbekistan|Ouzbékistan|Uzbekistán
Venezuela (Bolivarian Republic of)|Venezuela (République bolivarienne du)|Venezuela (República Bolivariana de)
Viet Nam|Viet Nam|Viet Nam
Yemen|Yémen|Yemen
Zambia|Zambie|Zambia
Zimbabwe|Zimbabwe|Zimbabwe
"""
# forms the French and Spanish editions also print (inverted, as English lists do)
_ALSO = """
État plurinational de Bolivie=Bolivia (Plurinational State of)
République bolivarienne du Venezuela=Venezuela (Bolivarian Republic of)
République islamique d'Iran=Iran (Islamic Republic of)
Estado Plurinacional de Bolivia=Bolivia (Plurinational State of)
República Bolivariana de Venezuela=Venezuela (Bolivarian Republic of)
República Islámica del Irán=Iran (Islamic Republic of)
République tchèque=Czechia
República Checa=Czechia
Turquie=Türkiye
Turquía=Türkiye
"""

_ARTICLE = re.compile(r"^(?:(?:la|le|les|el|los|las)\s+|l')")
_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00a0": " ", "\u202f": " "})


def _key(name: str) -> str:
    name = unicodedata.normalize("NFC", name).translate(_FOLD)
    return re.sub(r"\s+", " ", name).strip().casefold()


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    """Folded French or Spanish name → the English name of ``citations.states``."""
    table: dict[str, str] = {}
    for line in _NAMES.strip().splitlines():
        english, french, spanish = line.split("|")
        english = canonical_state(english) or english
        for name in (french, spanish):
            table.setdefault(_key(name), english)
    for line in _ALSO.strip().splitlines():
        name, english = line.split("=")
        table.setdefault(_key(name), canonical_state(english) or english)
    return table


def canonical_any(name: str) -> str | None:
    """The English UN name of a State named in English, French or Spanish, or None."""
    found = canonical_state(name)
    if found is not None:
        return found
    key = _key(name)
    return _table().get(key) or _table().get(_ARTICLE.sub("", key))


def english_name(name: str) -> str:
    """A French or Spanish State name as the English one; an English name, or one not
    known, as written."""
    if canonical_state(name) is not None:
        return name
    return _table().get(_key(name)) or name


_JOIN = re.compile(r"\s+(?:and|et|y|e)\s+")
_TRAIL = " \t\n;.,\u00a0\u202f"


def _split_names(inner: str) -> list[str] | None:
    """'Pologne, Togo et Uruguay' → the names; None unless every part is a State."""
    inner = re.sub(r"\s+", " ", inner).strip()
    if canonical_any(inner):
        return [inner]
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(inner):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch in ",;" and depth == 0:
            parts.append(inner[start:i])
            start = i + 1
    parts.append(inner[start:])
    names: list[str] = []
    for part in (p.strip() for p in parts):
        if not part:
            continue
        part = re.sub(r"^(?:and|et|y|e)\s+", "", part)
        if canonical_any(part):
            names.append(part)
            continue
        pieces = [p.strip() for p in _JOIN.split(part) if p.strip()]
        if len(pieces) < 2 or not all(canonical_any(p) for p in pieces):
            return None
        names.extend(pieces)
    return names or None


def _trailing_group(text: str) -> tuple[int, str] | None:
    if not text.endswith(")"):
        return None
    depth = 0
    for i in range(len(text) - 1, -1, -1):
        if text[i] == ")":
            depth += 1
        elif text[i] == "(":
            depth -= 1
            if depth == 0:
                return i, text[i + 1 : -1]
    return None


def split_trailing_states_any(text: str) -> tuple[str, tuple[str, ...]]:
    """``citations.states.split_trailing_states`` for English, French and Spanish:
    "Ratifier le Pacte (Pologne) (Togo) ;" → ("Ratifier le Pacte", ("Pologne", "Togo")).

    French typography's space before ";" and ":" (a no-break space) is punctuation
    here too.  Names are kept as written."""
    rest = text.rstrip()
    states: list[str] = []
    while True:
        trimmed = rest.rstrip(_TRAIL)
        group = _trailing_group(trimmed)
        if group is None:
            break
        start, inner = group
        names = _split_names(inner)
        if names is None:
            break
        states[:0] = names
        rest = trimmed[:start].rstrip()
    if not states:
        return text.strip(), ()
    return rest.rstrip(" ,\u00a0\u202f"), tuple(states)
