"""Who issues a page that no register names: a party (its own page or letter) or a news site.

Only what the text says counts, and only in positions that say "this is ours":

- a headline that opens with the party (``CDA Hoogeveen stelt vragen``), ``Namens de fractie van X``,
  a sender field (``Van: fractie CDA``);
- the party's own voice: ``Als CDA vinden wij``, or ``onze motie`` / ``door ons ingediend`` on a page that
  names one party more than any other (quotations do not count: a news item quotes politicians);
- a sign-off of a party's council member (``Jan Jansen`` over ``VVD Gemeenteraadslid``);
- a newsroom that speaks for itself (``zo meldden we``) on a page that names one news outlet most;
- a news site's own links in the page's head (``De Dorpskrant op Facebook``), its copyright line
  (``Copyright \u00a9 2024 RTV Oost``).

The party is named as the text writes it: ``D66 Roermond`` when the text writes the party with its
municipality, else the party alone (``GroenLinks``). A page that mentions a party without speaking
for it has no publisher.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from ..facts import DocumentKind
from . import prefilter
from .layout import _PAGE_OWNER, Line, _head
from .matching import lowered_for_search
from .parties import PARTY

#: Kinds of document a party or a news site issues.
PAGE_KINDS: frozenset[str] = frozenset({"brief", "nieuwsbericht", "document"})

_PARTY_ISSUER = re.compile(
    r"\b[Nn]amens\s+(?:de\s+)?fractie\s+van\s+(?P<a>[A-Z][\w'\u2019&-]*(?:[ \t]+[A-Z][\w'\u2019&-]*){0,3})"
)
#: The sender field of written questions or a party's letter: "Van: fractie CDA", "Indiener: D66 Zwolle".
_SENDER_FIELD = re.compile(
    r"^\s*(?i:van|indiener\(?s?\)?|ingediend door|vragensteller|afzender)\s*:\s*"
    r"(?:(?i:de\s+)?(?i:fractie)\s+(?:(?i:van)\s+)?(?:(?i:de|het)\s+)?)?"
    rf"(?P<a>{PARTY}(?:[ \t]+[A-Z][\w'\u2019-]+)?)\s*(?:\(|$)"  # one party, not "CDA, VVD en D66"
)
#: A form's group field alone on its line, its one value below it: "Fractie" over "\u2022 Fractie X".
_GROUP_FIELD = re.compile(r"^\s*(?i:fractie|indiener|ingediend door)\s*:?\s*$")
_GROUP_VALUE = re.compile(r"^\s*[\u2022\u00b7-]\s*(?:(?i:fractie)\s+(?:(?i:van)\s+)?)?"
                          r"(?P<a>[A-Z][\w'\u2019!&-]*(?:[ \t]+[A-Z][\w'\u2019!&-]*){0,3})\s*$")
# a name as written: capitalised words ("Partij Veilig Maastricht", "Lokaal Hengelo", "S!N", "Pro'98")
_NAME = r"[A-Z][\w'\u2019!&-]*(?:[ \t]+[A-Z][\w'\u2019!&-]*){0,3}"
#: The author of written questions in their heading: "Schriftelijke vragen Partij Veilig Maastricht over X".
_QUESTIONS_HEADING = re.compile(
    r"^\s*[Ss]chriftelijke vragen\s+(?:van\s+(?:de\s+)?(?:fractie\s+(?:van\s+)?)?)?"
    rf"(?P<a>{_NAME})(?=[ \t]+[a-z\u2013-]|\s*$)"
)
#: The author of a letter's questions: "Lokaal Hengelo heeft de volgende vragen aan het college".
_ASKS = re.compile(
    rf"(?:^|[.!?]\s+)(?:[Dd]e\s+)?(?P<a>{_NAME})\s+(?:heeft|hebben|stelt|stellen)\s+(?:daarom\s+|hierover\s+)?"
    r"(?:de\s+)?(?:volgende|navolgende)\s+(?:schriftelijke\s+)?vragen\b",
    re.MULTILINE,
)
#: A site's banner that names its owner: "Welkom op de website van Lokaal Belang, de partij van X".
_WELCOME = re.compile(rf"\b[Ww]elkom op (?:de )?(?:web)?site van (?P<a>{_NAME})")
#: A letter signed by a council member with the party in brackets: "R. Visser (NCPN)".
_SIGNED_WITH_PARTY = re.compile(
    rf"^\s*(?:[A-Z]\.\s?)+\s*(?:(?:van|de|der|den|ter)\s+)*[A-Z][\w'-]+\s*\((?P<a>{_NAME})\)\s*$"
)
#: A local party by the head words such names are made of (see ``LOCAL_PARTY_NAME``).
LOCAL_PARTY = _LOCAL_NAME = (
    r"(?<![\w-])(?:[Ll]eefbaar|Lokaal|Sociaal|Samen|Beter|Echt|Onafhankelijk|Progressief|Partij"
    r"|(?:Gemeente|Burger|Dorps|Stads|Inwoners)[Bb]elang(?:en)?)"
    # (not a common noun phrase: "Sociaal Domein", "Sociaal Team", "Samen Sterk")
    r"(?![ \t]+(?:Domein|Team|Teams|Wijkteam|Plan|Fonds|Huis|Akkoord|Sterk|Werken|Leven)\b)"
    # (a place of several words: "Gemeentebelang Hof van Twente", "Lokaal Bergen op Zoom")
    r"(?:[ \t]+[A-Z][\w'\u2019-]+"
    r"(?:[ \t]+(?:van|aan|op|in)(?:[ \t]+(?:de|den))?[ \t]+[A-Z][\w'\u2019-]+)?){1,2}"
    # the head word after the place: "Harlinger Belang", "Heemskerk Lokaal", "Helder Onafhankelijk"
    r"|(?<![\w-])[A-Z][\w'\u2019-]+[ \t]+(?:Belang(?:en)?|Lokaal|Onafhankelijk)\b"
    # a name of one word: "Gemeentebelangen", "GemeenteBelangen", "Gemeente belangen", "Leefbaar3B"
    r"|(?<![\w-])(?:Gemeente|Burger|Dorps|Inwoners)[ \t]?[Bb]elang(?:en)?\b|(?<![\w-])Leefbaar[A-Z0-9][\w'-]*"
)
_NOT_AN_AUTHOR = re.compile(r"^(?:Het|De|Wij|We|Ik|Dit|Dat|Deze|Die|Zij|Hij|College|Raad|Fractie)\b")
_PARTY_HEADLINE = re.compile(
    rf"^\s*(?P<a>{PARTY}[ \t]+[A-Z][\w'\u2019-]+|{_LOCAL_NAME})[ \t]+(?:raadslid[ \t]+\S+[ \t]+\S+[ \t]+)?"
    r"(?:stelt|stellen|dient|dienen|vraagt|vragen|wil|wilt)\b"
)
#: "Als CDA vinden wij", "Als GroenLinks hebben we": a party speaking in the first person.
_AS_PARTY = re.compile(
    rf"\bAls (?:fractie (?:van )?(?:de )?)?(?P<a>{PARTY}|{_LOCAL_NAME})(?:[- ]?fractie)?"
    r" (?:[a-z]+ ){0,2}(?:we|wij)\b"
    # the same after its verb: "Wij hopen als ChristenUnie dat", "we zijn als D66 blij"
    rf"|\b(?:[Ww]e|[Ww]ij) (?:[a-z]+ ){{0,2}}als (?:fractie (?:van )?(?:de )?)?(?P<b>{PARTY}|{_LOCAL_NAME})"
    r"(?:[- ]?fractie)?\b"
)
#: The first person of a party's page: "onze motie", "ons amendement", "werd door ons ingetrokken"
#: (not "steun ons": a news site asks for support too).
_OWN_VOICE = re.compile(
    r"(?i)\b(?:onze|ons) (?:fractie|motie|moties|amendement|amendementen|raadslid|raadsleden|optiek"
    r"|standpunt|standpunten|inbreng|voorstel|voorstellen|inziens)\b"
    r"|\b(?:dienden|hebben|stelden|dienen)\s+(?:we|wij)\b[^.!?]{0,40}\b(?:motie|moties|amendement|vragen)\b"
    r"|\b(?:werd|werden|is|zijn|wordt|worden) (?:\w+ ){0,3}door ons"
    r" (?:ingediend|ingetrokken|aangehouden|gesteund|voorgesteld|ingebracht)\b"
    # a party's page in the first person: "Onze vragen", "Wij krijgen signalen", "hebben wij ... ingediend"
    r"|\b(?:onze|ons) (?:vragen|schriftelijke vragen|website|wethouder|fractievoorzitter)\b"
    r"|(?<![,:] )\b(?:[Ww]ij|[Ww]e) (?:krijgen|vinden|willen|maken ons|vragen|hebben|zijn|zullen|roepen"
    r"|nodigen)\b"
    r"|\b(?:hebben|hadden|willen|vinden|vragen|horen|zien|blijven) (?:wij|we)\b|\b(?:wij|we) als fractie\b"
    # a party's view, intentions and programme: "wat ons betreft", "Dit zijn we van plan", "ons programma"
    r"|\bwat ons betreft\b|\b(?:zijn (?:we|wij)|(?:we|wij) zijn) van plan\b"
    # the page's own questions: "Dat brengt ons bij de volgende vragen", "stellen wij de volgende vragen"
    r"|\b(?:ons|wij|we)\b[^.?!\n]{0,30}\bvolgende (?:schriftelijke )?vragen\b"
    # a member writing for the group in the first person: "X en ik waren gisteravond in ..."
    r"|\ben ik (?:waren|zijn|hebben|hadden)\b"
    r"|\b(?:ons|onze) verkiezingsprogramma\b"
)
#: A name in the position of the speaker of a party's page: the subject of a party's act or stance ("S!N
#: erkent", "X dient samen met Y een motie in"), or named as whose view or behalf it is ("wat X betreft",
#: "namens X", "de fractie van X").
_STANCE_NAME = r"(?!(?:De|Het|Een)\b)[A-Z][\w'\u2019!&-]*(?:[ \t]+[A-Z][\w'\u2019!&-]*){0,2}"
_STANCE_VERB = (r"(?:dient|dienen|diende|dienden|erkent|erkende|vindt|vond|steunt|steunde|pleit|pleitte"
                r"|is van mening|was van mening|stemde voor|stemde tegen|wil)")
_STANCE = re.compile(
    rf"\bwat (?P<a>{_STANCE_NAME}) betreft\b|\b(?:namens|fractie van) (?P<d>{_STANCE_NAME})"
    # (the last of several subjects acts with the others: "X, Y en Z dienen een motie in")
    rf"|(?<![\w'\u2019!&-])(?<!, )(?<! en )(?P<b>{_STANCE_NAME}) {_STANCE_VERB}\b"
    rf"|\bis (?P<c>{_STANCE_NAME}) van mening\b"
)
# a party's brand, not a person or a place: a capital, digit or sign inside a word ("S!N", "CU",
# "Leefbaar3B", "OoststellingwerfsBelang", "Pro\u201998"), or a party's name
_BRAND = re.compile(r"\w[A-Z0-9!\u2019']")
#: A party named on the page, with the municipality written after it when it is ("D66 Roermond").
_PARTY_NAMED = re.compile(
    rf"(?<![\w-])(?P<party>{PARTY})(?![\w-])"
    r"(?:[ \t]+(?P<place>[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+)?))?"
)
#: The same, with the party written in any case ("Christenunie Krimpenerwaard").
_PARTY_NAMED_ANY_CASE = re.compile(
    rf"(?<![\w-])(?P<party>(?i:{PARTY}))(?![\w-])"
    r"(?:[ \t]+(?P<place>[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+)?))?"
)
#: A local party by the head words such names are made of: "Leefbaar Almere", "Lokaal Hengelo", "Sociaal
#: Terneuzen", "Burgerbelangen Enschede", "Partij Veilig Maastricht", "Harlinger Belang" (not "het
#: algemeen belang").
LOCAL_PARTY_NAME = re.compile(_LOCAL_NAME)
#: A local party named as the author of motions or amendments: "Twee moties van Mooi Lelystad".
_LOCAL_PARTY = re.compile(
    r"\b(?:moties?|amendement(?:en)?|fractie) van (?!de\b|het\b|een\b)"
    r"(?P<a>[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+){0,2})"
)
_QUOTED = re.compile(
    # a newspaper opens a quotation low: "\u201eWij ...\u201d", ",,Wij ...\u201d"
    r"(?:\u201e|,,)[^\u201c\u201d\"\n]{0,1500}[\u201c\u201d\"]|"
    # opened or closed with two single quotes: "\u201cWe roepen op.\u2019\u2019", "\u2018\u2019Zien we\u201d"
    r"\u201c[^\u201d]{0,1500}?\u2019\u2019|\u2018\u2019[^\u201d\n]{0,1500}?(?:\u2019\u2019|\u201d)|"
    r"\u201c[^\u201d]{0,1500}\u201d|\u2018[^\u2019]{0,1500}\u2019(?!\w)|\"[^\"\n]{0,1500}\""
    r"|(?<![\w'])'[A-Z][^'\n]{10,600}'(?![\w'])"  # 'Onze fractie ...' in straight quotes (not "zo'n")
)
#: The role line of a party member's sign-off: "VVD Gemeenteraadslid", "Fractievoorzitter CDA".
_ROLE = r"(?:gemeenteraadslid|raadslid|fractievoorzitter|fractieleider|woordvoerder|steunfractielid)"
_SIGN_OFF_ROLE = re.compile(
    rf"(?i:^\s*(?:{_ROLE})\s+)(?P<a>{PARTY})\b"
    rf"|^\s*(?P<b>{PARTY})(?:[ \t]+[A-Z][\w'-]+)?(?:\s+|-)(?i:{_ROLE})\s*$"
)
#: A byline with the author's party role: "Door Anna de Vries, fractievoorzitter D66 Zwolle".
_PARTY_BYLINE = re.compile(
    r"^\s*(?i:door|geschreven door|auteur\s*:)\s+(?:[A-Z]\.\s?)*[A-Z][\w'-]+"
    r"(?:\s+(?:[a-z']+\s+){0,2}[A-Z][\w'-]+){0,2}"
    rf"\s*[,(|-]\s*(?i:{_ROLE})\s+(?:(?i:van\s+(?:de\s+|het\s+)?))?"
    rf"(?P<a>{PARTY}(?:[ \t]+[A-Z][\w'\u2019-]+)?)"
)
#: A party's site named on a line of its own atop the page: "GroenLinks Zwolle" over its menu.
_SITE_NAME = re.compile(rf"^\s*(?P<a>{PARTY}(?:[ \t]+[A-Z][\w'\u2019-]+){{0,2}})\s*$")
_PERSON = re.compile(r"^\s*(?:[A-Z]\.\s?)*[A-Z][a-z\u00e0-\u00ff]+(?:\s+(?:van|de|der|den|ter|te|'t)){0,2}"
                     r"(?:\s+[A-Z][\w\u00e0-\u00ff'-]+){1,2}\s*$")
#: A newsroom speaking for itself ("zo meldden we", "aan onze redactie") and a news outlet it names
#: ("Uit documenten in handen van NH Nieuws"): the outlet the page names most is its publisher.
_NEWSROOM_VOICE = re.compile(
    r"(?i)\b(?:meldden|schreven|berichtten|meldde|schreef|berichtte)\s+(?:we|wij)\b|\bonze\s+redactie\b"
)
_OUTLET = re.compile(
    r"\b(?:(?:RTV|Omroep|Radio|TV)\s+[A-Z][\w-]+|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+(?:Nieuws|Dagblad|Courant|Krant"
    r"|Post|FM|Journaal)|Dagblad\s+van\s+het\s+[A-Z][\w-]+|NOS|ANP)\b"
)
_BROADCASTER = re.compile(r"(?:RTV|Omroep|Radio|TV)[ \t]+[A-Z][\w-]+(?:[ \t]+[A-Z][\w-]+)?")
_NEWSROOM_BYLINE = re.compile(r"^\s*(?i:door|geschreven door)\s*:?\s+(?i:de\s+)?(?i:redactie)"
                              rf"(?:\s+(?i:van))?\s+(?P<a>{_OUTLET.pattern})")
#: A news page's title with the site's name after it: "Raad wil kortere wachttijden | RTV Oost".
_TITLE_SITE = re.compile(
    r"[ \t](?:\||-|\u2013)[ \t]+(?!(?:Laatste|Meer|Alle|Overig|Lokaal|Regionaal|Landelijk|Binnenlands)\s)"
    rf"(?P<a>{_BROADCASTER.pattern}|{_OUTLET.pattern})[ \t]*$"
)
# a credit ("(foto: Omroep West)") names who made a picture, not who issues the page
_CREDIT = re.compile(r"(?i)\((?:foto|beeld|bron)\s*:[^)\n]*\)")
#: A news site's own links in its head: "De Dorpskrant op Facebook".
_SITE_LINK = re.compile(
    r"(?P<a>[A-Z][\w'\u2019.-]*(?:[ \t]+[A-Z][\w'\u2019.-]*){0,3})[ \t]+op[ \t]+(?:Twitter|Facebook|Instagram"
    r"|LinkedIn|YouTube)\b"
)


def page_issuer(lines: list[Line], kind: DocumentKind, is_municipality: Callable[[str], bool]) -> str | None:
    """The name of the party or news site that issues a letter, a party page or a news page."""
    if kind not in PAGE_KINDS:
        return None
    name = _issuer(lines, kind, is_municipality)
    # a name written several ways ("GemeenteBelangen", "Gemeente Belangen") gets one label
    return name.capitalize() if name is not None and _HEAD_WORD_LOCAL.fullmatch(name) else name


_HEAD_WORD_LOCAL = re.compile(r"(?:Gemeente|Burger|Dorps|Stads|Inwoners)[ \t]?[Bb]elang(?:en)?")


def _issuer(lines: list[Line], kind: DocumentKind, is_municipality: Callable[[str], bool]) -> str | None:
    if kind != "nieuwsbericht" and (office := _audit_office(lines)) is not None:
        return office
    for line in _head(lines, 4):
        m = _PARTY_HEADLINE.match(line.text)
        if m:
            return m.group("a")
    for line in lines:
        m = _PARTY_ISSUER.search(line.text)
        if m:
            return m.group("a").strip()
    head = _head(lines, 25)
    for line in head[:15]:
        if m := _SENDER_FIELD.match(line.text):
            return m.group("a").strip()
    for above, value, below in zip(head, head[1:], [*head[2:], None], strict=False):  # a form's field
        if _GROUP_FIELD.match(above.text) and (m := _GROUP_VALUE.match(value.text)) and not (
                below is not None and _GROUP_VALUE.match(below.text)):  # (one group, not a list of them)
            return m.group("a")
    if (author := _questions_author(lines, kind)) is not None:
        return author
    for line in _head(lines, 20):
        # (a municipality's site is its own: the letterhead rules name it by its code)
        if "elkom" in line.text and (welcome := _WELCOME.search(line.text)) and not is_municipality(
                re.sub(r"^[Gg]emeente\s+", "", welcome.group("a"))):
            return welcome.group("a")
    text = _QUOTED.sub(" ", "\n".join(line.text for line in lines))
    party = _own_voice_party(text) or _signed_party(lines)
    if party is not None:
        return _as_written(_spelled_out(_FRACTION.sub("", party), text), text, is_municipality)
    for line in _head(lines, 8):
        if (m := _PARTY_BYLINE.match(line.text)) or (line.index < 3 and (m := _SITE_NAME.match(line.text))):
            return _as_written(m.group("a").strip(), text, is_municipality)
        # a local party's site: its name alone on a line atop the page ("Helder Onafhankelijk!")
        if line.index < 3 and (local := LOCAL_PARTY_NAME.fullmatch(line.stripped.rstrip("!").strip())):
            return local.group(0)
        # a newsroom's byline ("Door Redactie RTV Oost") or its name alone atop the page, over its menu
        # (a line "Laatste Nieuws" or a credit "ANP" atop the page names no site)
        if (m := _NEWSROOM_BYLINE.match(line.text)) or (line.index < 3 and (m := _BROADCASTER.fullmatch(
                line.stripped))):
            return m.group("a") if "a" in m.groupdict() else m.group(0)
    for line in _head(lines, 6):
        m = _SITE_LINK.search(line.text) or (_TITLE_SITE.search(line.text) if line.index < 3 else None)
        if m:
            return m.group("a")
    if prefilter.search(_NEWSROOM_VOICE, text, lowered_for_search(text)):
        outlets = Counter(m.group(0) for m in _OUTLET.finditer(_CREDIT.sub(" ", text)))
        ranked = outlets.most_common(2)
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            return ranked[0][0]
    if kind == "nieuwsbericht" and (credit := _closing_credit(lines) or _outlet_at_work(text)) is not None:
        return credit
    head, foot = _head(lines, 6), [line for line in lines if not line.blank][-8:]
    for line in head + foot:
        m = _PAGE_OWNER.match(line.text)
        if m and not (line not in foot and _PICTURE_CREDIT.match(line.text)):
            return m.group("name")
    return None


#: A newsroom telling of its own work as the subject of a sentence: "Omroep Brabant zocht uit", "RTV Oost
#: vroeg alle gemeenten" (another site cites it: "volgens Omroep Brabant", "meldde RTV Oost").
_OUTLET_AT_WORK = re.compile(
    rf"(?:^|[.!?:]\s+)(?P<a>{_OUTLET.pattern})\s+(?:zocht|zoekt|vroeg|vraagt|sprak|spreekt|maakt|maakte|zet|zette"
    r"|onderzocht|onderzoekt|inventariseerde|peilde|analyseerde|bekeek)\b",
    re.MULTILINE,
)


def _outlet_at_work(text: str) -> str | None:
    """The one news outlet a page names, where it is the subject of its newsroom's work."""
    m = _OUTLET_AT_WORK.search(text)
    if m is None or {o.group(0) for o in _OUTLET.finditer(_CREDIT.sub(" ", text))} != {m.group("a")}:
        return None
    return m.group("a")


#: A news item's closing credit after its last sentence: "... vandaan moet komen. (NRC)" names the paper
#: that wrote it (a party after a name, "Jan Smit (CDA).", closes a sentence, not the item).
_CLOSING_CREDIT = re.compile(
    r"[.!?][\"'\u201d\u2019]?[ \t]*\((?P<a>[A-Z][\w&'\u2019.-]*(?:[ \t][A-Z][\w&'\u2019.-]*){0,2})\)[ \t]*$"
)


def _closing_credit(lines: list[Line]) -> str | None:
    last = next((line for line in reversed(lines) if not line.blank), None)
    if last is None or not last.stripped.endswith(")"):
        return None
    m = _CLOSING_CREDIT.search(last.text)
    if m is None or _PARTY_NAMED.fullmatch(name := m.group("a")) or len(name) > 30 or name in _AGENCIES:
        return None
    return m.group("a")


# a press agency supplies its items to other sites: its credit names their writer, not the page's publisher
_AGENCIES = frozenset({"ANP", "Novum", "Reuters", "AP", "AFP", "Belga", "DPA", "dpa"})


# a bare "© anp" atop the page (no year, no "copyright", no rights reserved) credits a picture there
_PICTURE_CREDIT = re.compile(r"^\s*(?:©|\(c\))(?!.*\b(?:19|20)\d\d\b)(?!.*rechten)", re.IGNORECASE)


#: A report's audit office as its author: on a line of its own in the head or colophon ("Rekenkamer
#: Zaanstad"), or in an author field ("Door: Rekenkamercommissie Woerden", also mid-line in a flattened PDF).
_AUDIT_OFFICE = re.compile(
    # (one office of several municipalities: "Gezamenlijke rekenkamercommissie Ommen en Hardenberg")
    r"(?:(?:Gezamenlijke|Regionale|Onafhankelijke)[ \t]+(?=[Rr]ekenkamer))?(?:Rekenkamer|(?<=e )rekenkamer)"
    r"(?:commissie)?[ \t]+(?P<a>[A-Z][\w'\u2019-]+(?:[ \t-][A-Z][\w'\u2019-]+)?"
    r"(?:[ \t]+en[ \t]+[A-Z][\w'\u2019-]+(?:[ \t-][A-Z][\w'\u2019-]+)?)?)"
)
_AUTHOR_FIELD = re.compile(r"\b(?:Door|Auteur|Samensteller|Uitgave)\s*:\s*(?=Rekenkamer)")


def _audit_office(lines: list[Line]) -> str | None:
    for line in _head(lines, 25):
        if "ekenkamer" not in line.text:
            continue
        m = _AUDIT_OFFICE.fullmatch(line.stripped)
        if m is None and (field := _AUTHOR_FIELD.search(line.text)):
            m = _AUDIT_OFFICE.match(line.text, field.end())
        if m is not None:
            return m.group(0).replace("\t", " ")
    return None


#: Whose words a sentence reports: "..., aldus de raadsleden, maar we willen ...", "zegt Smit".
_REPORTED = re.compile(r"\b(?:aldus|zegt|zei|zeggen|zeiden|vertelt|vertelde|volgens|meent|meende|benadrukt"
                       r"|benadrukte|laat weten|liet weten)\b")
_SENTENCE = re.compile(r"[^.!?\n]*")


def _questions_author(lines: list[Line], kind: DocumentKind) -> str | None:
    """Who asks written questions or signs a letter: named in the questions' heading, as the subject of
    "heeft de volgende vragen", or in brackets after the signing member's name."""
    for line in _head(lines, 3):
        if (m := _QUESTIONS_HEADING.match(line.text)) and not _NOT_AN_AUTHOR.match(m.group("a")):
            return m.group("a")
    if kind == "nieuwsbericht":  # a news page reproduces the questions that a party asks
        return None
    tail = [line for line in lines if not line.blank][-3:]
    for line in tail:
        if m := _SIGNED_WITH_PARTY.match(line.text):
            return m.group("a")
    for line in lines:
        m = _ASKS.search(line.text) if "vragen" in line.text else None
        if m and not _NOT_AN_AUTHOR.match(m.group("a")):
            return m.group("a")
    return None


#: The college speaking as itself ("kunnen we als college", "Ons college"): its first person is no party's.
_COLLEGE_VOICE = re.compile(r"(?i)\b(?:we|wij),?\s+als\s+college\b|\bals\s+college\s+(?:\w+\s+)?(?:we|wij)\b"
                            r"|\bons\s+college\b")


def _own_voice_party(text: str) -> str | None:
    if m := prefilter.search(_AS_PARTY, text, lowered_for_search(text)):
        return m.group("a") or m.group("b")
    if "college" in text and _COLLEGE_VOICE.search(text):
        return None
    # every form of the first person holds one of these (looking for them is faster than the pattern)
    lowered = f" {text.lower()}"
    if not any(word in lowered for word in (" ons ", " onze ", " we ", " wij ", "\nwe ", "\nwij ", "\nons ",
                                             "\nonze ", " en ik ")):
        return None
    # the first person of a sentence that reports someone's words is theirs, not the page's
    if not any(not _REPORTED.search(_sentence_around(text, m.start()))
               for m in prefilter.finditer(_OWN_VOICE, text, lowered_for_search(text))):
        return None
    if speakers := _stance_names(text):
        return speakers
    # a party named as a person's ("Joyce Smit van D66", "Joyce Smit (D66)") is that person's, not the page's
    counts = Counter(m.group("party") for m in _PARTY_NAMED.finditer(text)
                     if not _AFFILIATION.search(text, max(0, m.start() - 40), m.start()))
    counts.update(m.group("party") for m in _PARTY_GROUP.finditer(text))  # "De SP-fractie" is the party's
    for m in prefilter.finditer(LOCAL_PARTY_NAME, text, lowered_for_search(text)):
        counts[m.group(0)[:1].upper() + m.group(0)[1:]] += 1
    for m in _LOCAL_PARTY.finditer(text):
        name = m.group("a")
        if not _PARTY_NAMED.fullmatch(name) and not _PARTY_NAMED.match(name):  # "GroenLinks Zoetermeer"
            # a name only ever written after "motie van" names the motion ("een motie van Wantrouwen")
            besides = text.count(name) - len(re.findall(rf"\bmoties? van {re.escape(name)}", text))
            if besides > 0:
                counts[name] = max(counts[name], text.count(name))
    ranked = counts.most_common(2)
    # a party named once speaks for the page only when it is the only party named
    if not ranked or (len(ranked) > 1 and (ranked[0][1] < 2 or ranked[1][1] == ranked[0][1])):
        return None
    return ranked[0][0]


_AFFILIATION = re.compile(r"(?<![\w'\u2019-])(?!(?:Motie|Moties|Amendement|Amendementen|Fractie|Vragen"
                          r"|Voorstel|Initiatiefvoorstel|Namens|Lid|Leden)\b)[A-Z][\w'\u2019-]+"
                          r"[ \t]+(?:van[ \t]+(?:de[ \t]+|het[ \t]+)?|\()$")
_PARTY_GROUP = re.compile(rf"(?<![\w-])(?P<party>{PARTY})-fractie\b")
#: "BSD-fractie", "fractie GB": the group's word around the party's name.
_FRACTION = re.compile(r"(?i)[- ]fractie$|^fractie\s+")


def _spelled_out(name: str, text: str) -> str:
    """A party's abbreviation ("GB") as the page spells its name out elsewhere ("Gemeentebelangen")."""
    if not (2 <= len(name) <= 4 and name.isupper()):
        return name
    for m in prefilter.finditer(LOCAL_PARTY_NAME, text, lowered_for_search(text)):
        if _initials(m.group(0)) == name:
            return m.group(0)
    return name


def _initials(name: str) -> str:
    """The capitals a party's name is abbreviated to: its words' first letters, and the head word inside a
    compound ("Gemeentebelangen" GB, "GemeenteBelangen" GB, "Leefbaar Almere" LA)."""
    letters = ""
    for word in name.split():
        letters += word[0].upper() + "".join(c for c in word[1:] if c.isupper())
        if word[1:].lower().endswith(("belang", "belangen")) and not any(c.isupper() for c in word[1:]):
            letters += "B"
    return letters


# a word opening the sentence is no part of the subject's name: "Ook GB vindt", "Want D66 vindt"
_ADVERB = re.compile(
    r"^(?:Ook|Daarom|Toch|Verder|Daarnaast|Bovendien|Dus|Nu|Zo|Dan|Want|Maar|En|Immers)[ \t]+(?=[A-Z])"
)


#: A party's member named by role and name ("SP-kamerlid Nine Kooiman"): the party is the one that acts.
_MEMBER = re.compile(rf"^(?P<party>{PARTY})-(?:kamerlid|raadslid|statenlid|wethouder|fractievoorzitter)\b.*$")


def _stance_names(text: str) -> str | None:
    """The one party a first-person page names most as the subject of its acts and views, if any."""
    counts: Counter[str] = Counter()
    for m in prefilter.finditer(_STANCE, text, lowered_for_search(text)):
        name = _ADVERB.sub("", (m.group("a") or m.group("b") or m.group("c") or m.group("d")).strip())
        name = _MEMBER.sub(r"\g<party>", name)  # "SP-kamerlid Nine Kooiman diende" acts for the SP
        if (_BRAND.search(name) or _PARTY_NAMED.fullmatch(name) or LOCAL_PARTY_NAME.fullmatch(name)) \
                and not _REPORTED.search(_sentence_around(text, m.start())):
            counts[name] += 1
    ranked = counts.most_common(2)
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return None


def _sentence_around(text: str, position: int) -> str:
    begin = max(text.rfind(".", 0, position), text.rfind("\n", 0, position), text.rfind("!", 0, position),
                text.rfind("?", 0, position)) + 1
    m = _SENTENCE.match(text, position)
    return text[begin:m.end() if m else position]


#: A party's group signing its page on a line of its own: "Fractie SP Zwolle", "De VVD-fractie",
#: "CDA-fractie Ede".
_GROUP_SIGN_OFF = re.compile(
    rf"^\s*(?:(?i:de\s+)?(?i:fractie)\s+(?:(?i:van)\s+)?(?:(?i:de|het)\s+)?(?P<a>{PARTY})"
    rf"|(?i:de\s+)?(?P<b>{PARTY})-?(?i:fractie))(?:[ \t]+[A-Z][\w'\u2019-]+)?[ \t]*[.,]?\s*$"
)


def _signed_party(lines: list[Line]) -> str | None:
    """The party of a council member's sign-off among the last lines: a name over a party role, or the
    party's group on a line of its own."""
    tail = [line for line in lines if not line.blank][-6:]
    for line in tail[-2:]:
        if m := _GROUP_SIGN_OFF.match(line.text):
            return m.group("a") or m.group("b")
    for above, line in zip(tail, tail[1:], strict=False):
        m = _SIGN_OFF_ROLE.match(line.text)
        if m and _PERSON.match(above.text):
            return m.group("a") or m.group("b")
    return None


def _as_written(party: str, text: str, is_municipality: Callable[[str], bool]) -> str:
    """``D66 Roermond`` when the text writes the party with a municipality after it, else the party."""
    placed: Counter[str] = Counter()
    for m in _PARTY_NAMED_ANY_CASE.finditer(text):
        if m.group("party").lower() != party.lower() or not m.group("place"):
            continue
        words = m.group("place").split()
        place = next((" ".join(words[:n]) for n in (2, 1) if len(words) >= n
                      and is_municipality(" ".join(words[:n]))), None)
        if place is not None:
            placed[f"{party} {place}"] += 1
    return placed.most_common(1)[0][0] if placed else party


__all__ = ["LOCAL_PARTY", "LOCAL_PARTY_NAME", "PAGE_KINDS", "page_issuer"]
