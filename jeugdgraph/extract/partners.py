"""Organisations a sentence names by what it does with them, without a head noun in their name.

Care providers, schools and housing corporations mostly have names that do not say what they are
(``Enver``, ``Lentis``, ``De Badde``). A sentence can say it:

* the receiver of a subsidy or a contribution: ``een subsidie toe te kennen aan Lentis, Elker en
  Molendrift``, ``subsidie verlenen aan De Badde``;
* the other party of an agreement or contract: ``prestatieafspraken met Acantus``, ``het contract
  met Kwadraad``, ``een overeenkomst met Lentis``;
* the members of a list after a plural noun that says what they are: ``de zorgpartijen Enver,
  MEE en Kwadraad``, ``de jeugdhulpaanbieders Lentis en Elker``;
* a school named after a person: ``de Leo Kannerschool``, ``de Juliana van Stolbergschool``;
* a medium named by what it publishes: ``een artikel in de Volkskrant``, ``de luisteraars van RTV1``.

A list's items are the capitalised names between its commas and its ``en``; an item that opens
with an article in lower case (``en de Jeugdgezondheidszorg``) is a common noun, not a name.
Names the gazetteer links (a municipality, a registered body) stay the gazetteer's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..facts import Mention
from . import cues, prefilter
from .domains import POLICY_DOMAIN
from .known import DIVISION_FIELDS
from .places import PARTY_NAME

# a capitalised word of a name, or a number inside it ("Team 050"); not a word that opens a clause
_WORD = (
    r"(?!(?:Aan|De|Het|Een|In|Op|Voor|Van|En|Met|Bij|Dit|Dat|Deze|Die|Wij|We|Zij|Ook|Als)[ \t]+[a-z])"
    # a word cut off before "en" shares its tail with the next word: "Jeugd- en Gezinsbeschermers"
    r"[A-Z\u00c0-\u00dd][\w'\u2019&!-]*(?:(?<=-)[ \t]+en[ \t]+[A-Za-z][\w'\u2019&!-]*)?"
)
# small words join a name's capitalised words ("GO! voor Jeugd", "Stichting Vrienden van het Kind")
_NAME = rf"{_WORD}(?:(?:[ \t]+(?:van|voor|de|der|des|het|the|of|&)){{0,2}}[ \t]+(?:{_WORD}|\d+)){{0,3}}"
# "A", "A en B", "A, B en C" (also without the "en": "(Lentis, Elker, Molendrift)")
_LIST = rf"(?P<list>{_NAME}(?:[ \t]*,[ \t]*{_NAME})*(?:[ \t]+en[ \t]+{_NAME})?)(?![\w-])"
_PLURAL_ROLES = (
    r"(?:jeugd(?:hulp|zorg)?|zorg)?aanbieders", r"zorgpartijen", r"(?:zorg|jeugdhulp|jeugdzorg)?instellingen",
    r"(?:zorg|jeugdzorg|jeugdhulp)?organisaties", r"woningcorporaties", r"(?:samenwerkings|keten)?partners",
    r"behandelaars", r"instanties",
)
_BY_DEED = re.compile(
    r"(?:"
    # "subsidie toe te kennen aan A en B", "een bijdrage verlenen aan A"
    r"\b(?:subsidie|bijdrage)[ \t]+(?:[a-z]+[ \t]+){0,4}?aan"
    # "prestatieafspraken met A", "het contract met A"
    r"|\b(?:prestatie)?(?:afspraken|contract(?:en)?|overeenkomst(?:en)?)[ \t]+met"
    # "de zorgpartijen A, B en C", "behandelaars als A"
    r"|\b(?i:" + "|".join(_PLURAL_ROLES) + r")(?:[ \t]+(?:als|zoals))?"
    # "werkt de gemeente samen met A": the partner of a body's collaboration
    r"|\b(?:werkt|werken|werkte|werkten)[ \t]+(?:[a-z'\u2019]+[ \t]+){0,4}?samen[ \t]+met"
    r")[ \t]+" + _LIST
)
# a sentence that says what a name is, with the name as its subject: "iHub is de enige zorgaanbieder
# die ...", "Kompas is een jeugdhulporganisatie"
_SINGULAR_ROLE = (
    r"[a-z]*(?:aanbieder|instelling|organisatie|corporatie|koepel|stichting|vereniging|zorgpartij"
    r"|onderzoeksbureau|adviesbureau|school|omroep)"
)
_IS_A = re.compile(
    r"[ \t](?:is|was)[ \t]+(?:de|een)[ \t]+(?:[a-z]+[ \t]+){0,2}?" + _SINGULAR_ROLE + r"(?![\w-])"
)
# the name right before the copula (looked for only there: a search of the whole text costs more)
_SUBJECT = re.compile(r"(?<![\w&/-])(?P<list>" + _NAME + r")(?=[ \t](?:is|was)[ \t])")
# the other party of a conflict or a collaboration with a municipality: "het conflict tussen de gemeente
# Leeuwarden en Habion"; a body whose study or report the text cites: "een onderzoek van MediQuest"
_WITH_A_MUNICIPALITY = re.compile(
    r"\btussen[ \t]+de[ \t]+gemeente[ \t]+" + _WORD + r"(?:[ \t]+" + _WORD + r")?[ \t]+en[ \t]+(?P<list>"
    + _NAME + r")(?![\w-])"
    r"|\b(?:onderzoek|rapport|rapportage|analyse|peiling|enquête)[ \t]+(?:van|door)[ \t]+"
    # "een onderzoek van de NOS", "van “Follow the Money”": the article and quotes are not the name's
    r"(?:(?:de|het)[ \t]+)?[\"\u201c\u201e]?(?P<study>(?![A-Z]\.)" + _NAME + r")(?![\w-]|\.\w)"
)
# the body whose officers a sentence names: "een woordvoerder van Kompaswerk", "de bestuurders van Xonar"
# (a programme or a team has staff too, not officers: "medewerkers van JOS")
_STAFF_WORDS = ("woordvoer", "directeur", "bestuurder", "bestuursvoorzitter")
_STAFF_OF = re.compile(
    r"\b(?:woordvoer(?:der|ster)|directeur(?:en)?|bestuurders?|bestuursvoorzitter)[ \t]+(?:van|bij)[ \t]+"
    r"(?:(?:de|het)[ \t]+)?(?P<list>" + _NAME + r")(?![\w-])"
)
_STUDY_WORDS = ("onderzoek", "rapport", "analyse", "peiling", "enquête")
# the agent of care given, in a passive clause: "omdat er door o.a. Plinthos en HAI5 ongeveer 750 kinderen
# behandeld worden", "die door Kindkracht wordt begeleid"
_BY_AGENT = re.compile(
    r"\bdoor[ \t]+(?:o\.a\.[ \t]+|onder[ \t]+(?:meer|andere)[ \t]+)?" + _LIST
    + r"(?=[^.;:\n]{0,80}?\b(?:behandeld|begeleid|opgevangen|verzorgd|geholpen|geleverd|geboden)\b)"
)
# a medium named by what it publishes: "een artikel in de Volkskrant", "de luisteraars van RTV1"
_MEDIUM = re.compile(
    r"(?:\b(?:kranten|nieuws)?(?:artikel|artikelen|bericht|berichtgeving|interview|uitzending|reportage|luisteraars"
    r"|kijkers|lezers)"
    r"[ \t]+(?:in|van|op|bij)[ \t]+(?:(?:de|het)[ \t]+)?"
    # a medium as the subject of publishing after its verb: "publiceerde de NOS", "meldt de Stentor"
    r"|\b(?:publiceerde|publiceert|berichtte|berichtten|onthulde|onthult|meldde|meldt|schrijft|schreef)[ \t]+"
    # (without an article only a name no person has: "schrijft 1Limburg", "meldt NOS")
    r"(?:(?:de|het)[ \t]+|(?=[A-Z]{2,}(?![\w-])))"
    # the medium a person says something to: "zegt de fractievoorzitter tegen NH Nieuws"
    r"|\b(?:zegt|zei|vertelt|vertelde|laat|liet)\b[^.\n]{0,80}?[ \t]tegen[ \t]+(?:(?:de|het)[ \t]+)?"
    r")(?P<list>" + _NAME + r")(?![\w-])"
    # what one reads in a paper: "heeft u in het NHD kunnen lezen", "las ik in de Stentor"
    r"|\bin[ \t]+(?:de|het)[ \t]+(?P<read>" + _NAME
    + r")[ \t]+(?:[a-z]+[ \t]+){0,2}?(?:lezen|gelezen|lees|las)\b"
    r"|\b(?:las|lazen|lezen|lees|leest)[ \t]+(?:[a-z]+[ \t]+){0,2}?in[ \t]+(?:de|het)[ \t]+(?P<paper>" + _NAME
    + r")(?![\w-])"
    r"|\b(?:meldde|meldt|schrijft|schreef)[ \t]+(?P<digit>\d[A-Z][\w-]*)"
    # a journalist named by the medium he works for: "NOS-zorgredacteur", "Stentor-verslaggever"
    r"|(?<![\w-])(?P<desk>[A-Z][\w]*[A-Z0-9][\w]*|[A-Z][a-z]+)-[a-z]*(?:redacteur|verslaggever|correspondent"
    r"|journalist|presentator)"
)
# the partners of a collaboration a list names beside a generic partner: "werkten huisartsen, de gemeente en
# GGNet samen", "Achter die telefoon werken Ons Welzijn en de gemeente samen" (a list of names alone may be
# one of places or people: "Weert, Nederweert en Leudal werken samen")
_GENERIC_PARTNER = (
    r"(?:(?:de|het)[ \t]+)?(?:gemeente|huisartsen|scholen|politie|wijkteams?|jeugdartsen|consultatiebureaus?)"
)
_PARTNER_ITEM = rf"(?:{_GENERIC_PARTNER}|{_NAME})"
_PARTNERS = rf"{_PARTNER_ITEM}(?:[ \t]*,[ \t]*{_PARTNER_ITEM})*[ \t]+en[ \t]+{_PARTNER_ITEM}"
_TOGETHER = (
    re.compile(rf"(?<![\w-])(?P<list>{_PARTNERS})[ \t]+(?:werken|werkten)[ \t]+(?:[a-z0-9]+[ \t]+){{0,4}}?"
               r"samen(?![\w-])"),
    re.compile(rf"\b(?:werken|werkten)[ \t]+(?:[a-z]+[ \t]+){{0,3}}?(?P<list>{_PARTNERS})[ \t]+"
               r"samen(?![\w-])"),
)
_WORK = re.compile(r"(?<![\w-])(?:werken|werkten)(?![\w-])", re.IGNORECASE)
_ONE_PARTNER = re.compile(rf"(?P<generic>{_GENERIC_PARTNER})(?![\w-])|{_NAME}")
_DEED_WORDS = ("subsidie", "bijdrage", "afspraken", "contract", "overeenkomst", "aanbieders", "zorgpartijen",
               "instellingen", "organisaties", "corporaties", "partners", "behandelaars", "instanties",
               "samen met")
_MEDIUM_WORDS = (
    "artikel", "bericht", "interview", "uitzending", "reportage", "luisteraars", "kijkers", "lezers",
    "publiceer", "onthul", "meld", "tegen ", "lezen", "lees", "las ", "schrijft", "schreef", "redacteur",
    "verslaggever", "correspondent", "journalist", "presentator",
)
_ITEM = re.compile(_NAME)
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w-]*[ \t]+$")
_DOCUMENT = re.compile(
    r"(?i)(?:akkoord|verslag|plan|voorstel|nota|brief|rapport|visie|programma|agenda|begroting|besluit|motie"
    r"|amendement|notulen|stukken|verordening|regeling|wet)\b"
)
_DATE_TAIL = re.compile(r"(?:[ \t]+(?:van|de|der|het))+[ \t]+\d+$")
_PLACES = frozenset({"gemeente", "jeugdregio", "provincie"})
_IS_A_WORDS = (" is de ", " is een ", " was de ", " was een ")
# "de Leo Kannerschool", "de Juliana van Stolbergschool": a person's name before "school"
_PERSON_SCHOOL = re.compile(
    r"(?<![\w-])(?P<name>(?!(?:Op|In|De|Het|Naar|Van|Bij|Voor|Met|Aan|Uit|Een|Elke|Iedere|Die|Deze)[ \t])"
    r"[A-Z][a-z]+[ \t]+(?:(?:van|de|der|den)[ \t]+){0,2}[A-Z][a-z]{2,}school)(?![\w-])"
)
# a first name and a surname (a company's name in capitals, "KPMG", or one word, "Berenschot", is none)
# (no person's name opens with "Het": "een onderzoek van Het Dagblad" is the paper's)
_PERSON = re.compile(r"(?!Het[ \t])[A-Z][a-z]+(?:[ \t]+(?:van|de|der|den|ter|ten))*[ \t]+[A-Z][a-z]+")
# a weekday, a month or a heading word is no name in a list
_NOT_A_NAME = frozenset({
    "Maandag", "Dinsdag", "Woensdag", "Donderdag", "Vrijdag", "Zaterdag", "Zondag", "Jeugdwet", "Wmo",
    "Rijk", "Jeugd", "Gemeente", "Gemeenten", "College", "Raad", "Provincie", "Regio", "Minister",
    "Staatssecretaris", "Inspectie", "Kamer", "Er", "Hier", "Daar", "Nu", "Wat", "Welke", "Ook", "Zo",
    "Rekenkamer", "Rekenkamercommissie", "Gemeenteraad", "Wethouder", "Burgemeester",
})

# an article alone is never a name (a name cut short: "De" of "De Limburger")
_ARTICLES = frozenset({"De", "Het", "Een", "'t"})


def names_by_deed(text: str, lowered: str | None, mentions: Sequence[Mention]) -> list[tuple[int, int, str]]:
    """``(begin, end, name)`` of each organisation a sentence names by what it does with it."""
    found: list[tuple[int, int, str]] = []
    # a place after a name's first word is the name's ("Incluzio Hollands Kroon"); another mention is not
    taken = [m.span for m in mentions]
    places = {m.span.begin for m in mentions if m.kind in _PLACES}
    if lowered is None or cues.any_in(lowered, _DEED_WORDS):
        for m in prefilter.finditer(_BY_DEED, text, lowered):
            if m.group(0)[0].isupper() and _CAPITAL_BEFORE.search(text, max(0, m.start() - 30), m.start()):
                continue  # "Subsidieverordening Zorgaanbieders Jeugdzorg Amsterdam": a title-cased heading
            at = m.start("list")
            for item in _ITEM.finditer(m.group("list")):
                found.append((at + item.start(), at + item.end(), item.group(0)))
    if lowered is None or " samen" in lowered:
        found.extend(_partners(text))
    if lowered is None or "door " in lowered:
        for m in prefilter.finditer(_BY_AGENT, text, lowered):
            at = m.start("list")
            for item in _ITEM.finditer(m.group("list")):
                found.append((at + item.start(), at + item.end(), item.group(0)))
    if lowered is None or cues.any_in(lowered, _MEDIUM_WORDS):
        for m in prefilter.finditer(_MEDIUM, text, lowered):
            group = next(g for g in ("list", "read", "paper", "digit", "desk") if m.group(g))
            name = _DATE_TAIL.sub("", m.group(group))  # "het Brabants Dagblad van 3 oktober"
            if group != "list" and _DOCUMENT.search(name):
                continue  # "lezen in het Coalitieakkoord": a document, not a paper
            found.append((m.start(group), m.start(group) + len(name), name))
    if lowered is None or cues.any_in(text, _IS_A_WORDS):
        for m in _IS_A.finditer(text):
            for subject in _SUBJECT.finditer(text, max(0, m.start() - 80), m.end()):
                if subject.end() == m.start():
                    found.append((subject.start("list"), subject.end("list"), subject.group("list")))
    if lowered is None or "tussen de gemeente" in lowered or cues.any_in(lowered, _STUDY_WORDS):
        for m in _WITH_A_MUNICIPALITY.finditer(text):
            group = "list" if m.group("list") else "study"
            if group == "study" and _PERSON.fullmatch(m.group(group)):
                continue  # "een onderzoek van Marja Jansen": a person's study
            begin = m.start(group)
            if group == "study" and _ARTICLE_BEFORE.search(text, max(0, begin - 5), begin) and (
                    " " not in m.group(group) and not _ACRONYM.fullmatch(m.group(group))):
                continue  # "een rapportage van de Jeugdbescherming": a kind of body, "de NOS" a name
            found.append((m.start(group), m.end(group), m.group(group)))
    if lowered is None or "school" in lowered:
        found.extend((m.start("name"), m.end("name"), m.group("name"))
                     for m in prefilter.finditer(_PERSON_SCHOOL, text, lowered))
    if lowered is None or cues.any_in(lowered, _STAFF_WORDS):
        staffed = prefilter.finditer(_STAFF_OF, text, lowered)
        found.extend((m.start("list"), m.end("list"), m.group("list"))
                     for m in staffed if not _PERSON.fullmatch(m.group("list")))
    return [
        (begin, end, name) for begin, end, name in found
        if name.split()[0] not in _NOT_A_NAME and name not in _ARTICLES and not PARTY_NAME.match(name)
        and not POLICY_DOMAIN.fullmatch(name)  # "Zorg is een ...": a domain opening a sentence
        and not any(span.begin < end and begin < span.end and not (
            span.begin in places and begin < span.begin and span.end <= end) for span in taken)
    ]


def _partners(text: str) -> list[tuple[int, int, str]]:
    """The named partners of a collaboration whose list also holds a generic partner (``_TOGETHER``)."""
    found: list[tuple[int, int, str]] = []
    matches: list[re.Match[str]] = []
    # tried only around each "werken"/"werkten" (a search of the whole text is slow on a long list)
    for verb in _WORK.finditer(text):
        before, after = _TOGETHER
        matches.extend(m for m in before.finditer(text, max(0, verb.start() - 250), verb.end() + 60)
                       if m.end("list") < verb.start())
        matches.extend(m for m in (after.match(text, verb.start(), verb.start() + 300),) if m is not None)
    for m in matches:
        items = list(_ONE_PARTNER.finditer(text, m.start("list"), m.end("list")))
        if any(i.group("generic") for i in items):
            found.extend((i.start(), i.end(), i.group(0)) for i in items if not i.group("generic"))
    return found


# a list of names ("A, B en C", "A (VO), B (PO) en C"), each item with its article and a note in brackets
_LIST_ITEM = rf"(?<![\w/-])(?:(?:de|het)[ \t]+)?(?P<name>{_NAME})(?:[ \t]*\([^()\n]{{1,40}}\))?"
_NAMES_LIST = re.compile(rf"{_LIST_ITEM}(?:[ \t]*(?:,|&|\ben\b)[ \t]*{_LIST_ITEM.replace('?P<name>', '')})+")
_ONE_ITEM = re.compile(_LIST_ITEM)
# words that open a clause or a phrase, not a name, before a list's first item ("Bij Lentis, Elker en ...")
_OPENERS = frozenset({"Bij", "Met", "Door", "Voor", "Naar", "Van", "Aan", "In", "Op", "Ook", "Zoals", "Als",
                      "Samen", "Onder", "Via", "Namens", "Tussen", "Dat", "Die", "Zowel", "Waaronder",
                      # a flattened heading before a sentence's first word: "Inleiding Het Rijk, VNG en IPO"
                      "Inleiding", "Aanleiding", "Samenvatting", "Achtergrond", "Toelichting", "Conclusie"})


def names_beside(
    text: str, bodies: Sequence[tuple[int, int]], mentions: Sequence[Mention]
) -> list[tuple[int, int, str]]:
    """``(begin, end, name)`` of the other items of a list one of whose items is a body's name: in
    "de GGD Twente, Veilig Thuis Twente en Avedan" the list says Avedan is a body like the others."""
    found: list[tuple[int, int, str]] = []
    taken = [m.span for m in mentions]
    places = {m.span.begin for m in mentions if m.kind in _PLACES}
    ends = {(b, e) for b, e in bodies}
    seen: set[int] = set()
    for begin, end in bodies:
        if not _SEPARATOR_NEAR.search(text, end, min(len(text), end + 45)) and not _SEPARATOR_NEAR.search(
                text, max(0, begin - 45), begin):
            continue  # no list here: a comma, "en" or "&" is near every item of one
        # the sentence around the body (a list never runs over its end)
        opening = _SENTENCE_BEFORE.search(text, max(0, begin - 200), begin)
        closing = _SENTENCE_AFTER.search(text, end, min(len(text), end + 200))
        start = max(0, begin - 200) if opening is None else opening.end()
        stop = min(len(text), end + 200) if closing is None else closing.start()
        for m in _NAMES_LIST.finditer(text, start, stop):
            if m.start() > begin or m.end() < end or m.start() in seen or not _in_prose(
                    text, m.start(), m.end()):
                continue  # a list that opens a line or follows a colon may be an agenda's items
            seen.add(m.start())
            items = [(i.start("name"), i.end("name")) for i in _ONE_ITEM.finditer(text, m.start(), m.end())]
            if (begin, end) not in items and not any(e >= end and (
                    b == begin or _LEADING_ARTICLE.fullmatch(text, b, begin)) for b, e in items):
                continue  # the body is not one of the items, only a part of one
            for b, e in items:
                while (first := _FIRST_WORD.match(text, b, e)) is not None and first.group(1) in _OPENERS:
                    b = first.end()
                name = " ".join(text[b:e].split())
                if not name or (b, e) in ends or b == begin or not _a_name(text, b, name):
                    continue
                found.append((b, e, name))
    if ")" in text:
        found.extend(_affiliations(text, bodies, mentions))
    return [
        (begin, end, name) for begin, end, name in found
        if name.split()[0] not in _NOT_A_NAME and not PARTY_NAME.match(name)
        and not any(span.begin < end and begin < span.end and not (
            span.begin in places and begin < span.begin and span.end <= end) for span in taken)
    ]


# a person's name with the body they speak for in brackets: "Anna de Vries (Kindkracht)", "J. Smit (GGD)"
_AFFILIATION = re.compile(
    r"(?<![\w-])(?:[A-Z][a-z\u00e0-\u00ff]+|(?:[A-Z]\.[ \t]?){1,4})"
    r"(?:[ \t]+(?:van|de|der|den|ten|ter|te)){0,3}"
    r"[ \t]+[A-Z][a-z\u00e0-\u00ff]+(?:-[A-Z][a-z\u00e0-\u00ff]+)?[ \t]*\((?:(?:de|het)[ \t]+)?(?P<name>"
    + _NAME + r")\)"
)
_PLACE_KINDS = frozenset({"gemeente", "provincie"})


def _bracketed(text: str) -> list[re.Match[str]]:
    """``_AFFILIATION.finditer(text)``, tried only just before each opening bracket."""
    found: list[re.Match[str]] = []
    at = text.find("(")
    while at >= 0:
        close = text.find(")", at, at + 80)
        start = max(0, at - 70, found[-1].end() if found else 0)
        if close > 0:
            ending = [m for m in _AFFILIATION.finditer(text, start, close + 1) if m.end() == close + 1]
            found.extend(ending[:1])
        at = text.find("(", at + 1)
    return found


def _affiliations(
    text: str, bodies: Sequence[tuple[int, int]], mentions: Sequence[Mention]
) -> list[tuple[int, int, str]]:
    """The bodies of a list of people each with their body in brackets: where one bracket holds a body's
    or a municipality's name and none a party's, the list is one of bodies, so every bracket names one
    ("Anna de Vries (GGD), Piet Smit (Kindkracht)"); in a news item the brackets hold parties instead."""
    known = [*bodies, *((m.span.begin, m.span.end) for m in mentions if m.kind in _PLACE_KINDS)]
    # "Vereniging Nederlandse Gemeenten (VNG)" is a body's name with its abbreviation, not a person's
    spans = [*known, *((s.span.begin, s.span.end) for s in mentions)]
    matches = [m for m in _bracketed(text)
               if not any(kb < m.start("name") - 1 and m.start() < ke for kb, ke in spans)]
    pairs = [(m.start("name"), m.end("name"), m.group("name")) for m in matches]
    if len(pairs) < 2 or any(PARTY_NAME.match(name) for _, _, name in pairs) or any(
            _POLITICIAN_BEFORE.search(text, max(0, m.start() - 20), m.start()) for m in matches):
        return []  # a councillor's or an alderman's bracket holds a party, local or national
    held = [(b, e) for b, e, name in pairs
            if name.split()[0] in _PLACE_NOUNS or any(kb < e and b < ke for kb, ke in known)]
    if not held:
        return []
    return [(b, e, name) for b, e, name in pairs
            if (b, e) not in held and name.split()[0] not in _TITLES and name not in _EVERY_REGIONS]


#: Bodies every region has one of: named bare ("Piet Smit (GGD)") they say which kind, not which body.
_EVERY_REGIONS = frozenset({"GGD", "GGZ", "CJG", "BJZ", "JGZ", "Jeugdbescherming", "Veilig Thuis"})


_PLACE_NOUNS = frozenset({"Gemeente", "Provincie"})
_POLITICIAN_BEFORE = re.compile(
    r"(?i)\b(?:wethouder|burgemeester|raadslid|fractievoorzitter|gedeputeerde|kamerlid|statenlid)[ \t]+$")


def _a_name(text: str, begin: int, name: str) -> bool:
    """Whether a list's item reads as a body's own name: one word after an article is a common noun
    ("de Rechtbank", "de Inspecties"), a word cut at a hyphen shares its tail ("Jeugd- en
    Gezinsbeschermers"), and "X van Y" is a part or a person of Y ("de SWTs van Leiden")."""
    if _PARTICLE_BEFORE.search(text, max(0, begin - 5), begin):
        return False  # "Cristian te Riet, Leger des Heils": a person's surname
    words = name.split()
    article = words[0] in _ARTICLES or bool(_ARTICLE_BEFORE.search(text, max(0, begin - 5), begin))
    words = words[1:] if words[0] in _ARTICLES else words
    if not words:
        return False
    if words[0] in _NOT_A_NAME or words[0] in _TITLES or name.endswith("-") or POLICY_DOMAIN.fullmatch(name):
        return False  # "de thema's Jeugdzorg, Onderwijs en Veilig Thuis": domains beside a body
    if len(words) == 1 and _FIELD.fullmatch(words[0]):
        return False  # "voor Veilig Thuis en Jeugdbescherming": the field, no one body's name
    if len(words) == 1 and article and not _ACRONYM.fullmatch(words[0]):
        return False  # "de Rechtbank" is a common noun, "het SDF" a body's abbreviation
    if (article or len(words) == 1) and _PLURAL.search(words[-1]) or _HYPHEN_LIST_BEFORE.search(
            text, max(0, begin - 12), begin):
        return False  # "de Gecertificeerde Instellingen", "Inspecties": a kind of body in the plural
    return " van " not in name


# a list inside a sentence follows a lower-case word ("in het bijzonder de GGD Twente, ... en Avedan")
_IN_A_SENTENCE = re.compile(r"[a-z\u00df-\u00ff][ \t]+$")
# a list that opens a sentence ("De GGD, Parlan en Triversum werken samen") with a lower-case word after it
_OPENS = re.compile(r"(?:^|[.!?][ \t]+)$")
_VERB_AFTER = re.compile(r"[ \t]+[a-z]{2,}")
_LEADING_ARTICLE = re.compile(r"(?:De|Het)[ \t]+")


def _in_prose(text: str, begin: int, end: int) -> bool:
    """Whether a list stands in a sentence: after a lower-case word, in brackets, or opening a sentence
    (not a line) as the subject of the lower-case words after it."""
    return bool(_IN_A_SENTENCE.search(text, max(0, begin - 30), begin) or text[begin - 1:begin] == "(" or (
        _VERB_AFTER.match(text, end) and _OPENS.search(text, max(0, begin - 3), begin)))
#: A person's title or role before a name in a list ("Wethouder Jansen, de GGD en ...").
_TITLES = frozenset({"Wethouder", "Burgemeester", "Gedeputeerde", "Directeur", "Voorzitter", "Mevrouw",
                     "Meneer", "Dhr", "Dhr.", "Mw", "Mw.", "Mevr.", "Drs.", "Dr.", "Mr.", "Ir."})
_ACRONYM = re.compile(r"[A-Z][A-Za-z]*[A-Z][A-Za-z]*")
_ARTICLE_BEFORE = re.compile(r"(?i)(?<![\w-])(?:de|het)[ \t]+$")
_FIELD = re.compile(DIVISION_FIELDS)
_PARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:te|ten|ter|van[ \t]+de[nr]?)[ \t]+$")
# "Jeugd- en Gezinsbeschermers": the word after "en" shares the hyphened word's head
_HYPHEN_LIST_BEFORE = re.compile(r"\w-[ \t]+en[ \t]+$")
_PLURAL = re.compile(r"(?:[^e]en|ies|ers)$")
_SEPARATOR_NEAR = re.compile(r",|&|\ben\b")
_SENTENCE_BEFORE = re.compile(r"(?s:.*)(?:[.;:!?][ \t]|\n)")
_SENTENCE_AFTER = re.compile(r"[.;:!?](?:[ \t]|$)|\n")
_FIRST_WORD = re.compile(r"(\S+)[ \t]+")


#: The marks of a list or a bracket, without which ``names_beside`` finds nothing.
LIST_MARKS = (",", " en ", "(")

__all__ = ["LIST_MARKS", "names_beside", "names_by_deed"]
