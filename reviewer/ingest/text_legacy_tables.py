"""The tables behind :mod:`.text_legacy`: the legacy code pages it knows, and the
letters each Latin-script language writes.

A Windows-125x or MacRoman reading of a text is plausible when the accented
letters in each word belong to one language's alphabet.
"""

from __future__ import annotations

# (Python codec, the name offered to the user and accepted by --encoding, label), in
# order of preference when several give the same text.
_CODECS = (
    ("cp1252", "windows-1252", "Windows-1252 (Western European)"),
    ("cp1250", "windows-1250", "Windows-1250 (Central European)"),
    ("cp1251", "windows-1251", "Windows-1251 (Cyrillic)"),
    ("cp1253", "windows-1253", "Windows-1253 (Greek)"),
    ("cp1254", "windows-1254", "Windows-1254 (Turkish)"),
    ("cp1255", "windows-1255", "Windows-1255 (Hebrew)"),
    ("cp1256", "windows-1256", "Windows-1256 (Arabic)"),
    ("cp1257", "windows-1257", "Windows-1257 (Baltic)"),
    ("cp1258", "windows-1258", "Windows-1258 (Vietnamese)"),
    ("mac_roman", "macroman", "MacRoman (Western European, old Macintosh)"),
    ("koi8_r", "koi8-r", "KOI8-R (Russian)"),
    ("cp866", "ibm866", "IBM866 (Russian, DOS)"),
    ("gb18030", "gb18030", "GB18030 (Chinese, simplified)"),
    ("big5", "big5", "Big5 (Chinese, traditional)"),
    ("cp950", "cp950", "CP950 (Chinese, traditional, Windows Big5)"),
    ("shift_jis", "shift_jis", "Shift_JIS (Japanese)"),
    ("cp932", "cp932", "CP932 (Japanese, Windows Shift_JIS)"),
    ("euc_jp", "euc-jp", "EUC-JP (Japanese)"),
    ("euc_kr", "euc-kr", "EUC-KR (Korean)"),
    ("cp949", "cp949", "CP949 (Korean, Windows)"),
)
PUBLIC = {codec: name for codec, name, _ in _CODECS}
LABELS = {name: label for _, name, label in _CODECS}
LABELS["iso-2022-jp"] = "ISO-2022-JP (Japanese)"

ALPHABETS = (
    "àâæçéèêëîïôœùûüÿ",  # French
    "áéíñóúü",  # Spanish
    "áâãàçéêíóôõú",  # Portuguese
    "äöüß",  # German
    "àèéìíîòóù",  # Italian
    "éëïóèáöü",  # Dutch
    "æøåéèêóòô",  # Danish, Norwegian
    "åäöé",  # Swedish, Finnish
    "áðéíóúýþæö",  # Icelandic
    "àçèéíïòóúü",  # Catalan
    "ąćęłńóśźż",  # Polish
    "áčďéěíňóřšťúůýž",  # Czech
    "áäčďéíĺľňóôŕšťúýž",  # Slovak
    "áéíóöőúüű",  # Hungarian
    "ăâîșțşţ",  # Romanian
    "čćđšž",  # Croatian, Bosnian, Serbian, Slovene
    "çğıöşüâîû",  # Turkish
    "çəğıöşü",  # Azerbaijani
    "ąčęėįšųūž",  # Lithuanian
    "āčēģīķļņšūž",  # Latvian
    "äõöüšž",  # Estonian
    "çë",  # Albanian
    "ċġħż",  # Maltese
    "âêîôûŵŷ",  # Welsh
)
ALPHA_SETS = tuple(frozenset(a + a.upper()) for a in ALPHABETS)
ALL_LATIN = frozenset().union(*ALPHA_SETS)
