"""Organisations that no register holds, recognised by what their name says they are.

A register (TOOI, the project's reference files) knows municipalities, joint bodies and
government organisations; the care providers, foundations and associations a council document
names are mostly not in one. They are recognised here by the head noun of their name
(``Stichting MeeleefGezin``, ``Vereniging Limburgse Gemeenten``, ``GGD Hollands Midden``,
``Gemeenschappelijke regeling Jeugd en Wmo Midden-Holland 2024`` - a joint body -,
``Jeugdbescherming Noord``, ``Bureau Jeugdzorg Limburg``, ``Veilig Thuis Haaglanden``,
``Alliantie Burgervoogdij``, ``Rekenkamer Amersfoort``; a council's ``de Rekenkamer`` alone
is not a name), by a compound whose last part is such a noun
(``Mutsaersstichting``, ``Fietsersbond``), by a role noun or an apposition that says what the name
is (``zorgaanbieder Horizon``, ``welzijnskoepel Porthos``, ``Xonar, de grootste
jeugdhulpaanbieder``), as a ministry (``ministerie van VWS``), or as one of the national youth-care
providers and bodies whose name has no such noun (``William Schrikker Groep``, ``Leger des Heils``,
``JB West``), listed with their sources in ``seeds/reference/organisaties-zonder-register.csv``.

Each gets ``jgi:organisatie/{slug}`` with its name as written; a name the gazetteer already links
(a registered organisation) is left to the gazetteer. A place inside such a name does not make the
place an actor (``places.not_actors`` drops it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import iris
from ..facts import Mention, NamedOrganisation, SourceText, Span
from . import auditoffices, cues, known, prefilter
from .abbreviations import expanded, in_prose_case, names_with_abbreviations, registered_aliases, spelled_out
from .areanames import names_ending_in_an_area
from .domains import POLICY_DOMAIN
from .known import KNOWN_NAMES, KNOWN_NAMES_TABLE, known_names, national_in_lower_case
from .matching import fold, lowered_for_search, matches_from, occurrences
from .namespans import widened
from .notbodies import a_kind, no_body
from .partners import LIST_MARKS, names_beside, names_by_deed
from .tailnames import names_with_a_tail

#: Head nouns that say a name is an organisation's; the capitalised words after them belong to it.
# (a head in lower case before a capitalised name still heads it: "de stichting Leergeld Zwolle", "de
# adviesraad WMO Goeree-Overflakkee")
_HEADS = (
    r"[Ss]tichting", r"[Vv]ereniging", r"Coöperatie", r"Cooperatie", r"Federatie", r"Alliantie",
    r"Bureau Jeugdzorg", r"GGD", r"Veilig Thuis", r"Jeugdbescherming", r"Centrum voor Jeugd en Gezin",
    r"Kenniscentrum", r"Expertisecentrum", r"Zorggroep", r"Jeugdzorg Plus", r"[Rr]ekenkamer",
    r"[Rr]ekenkamercommissie", r"Ombudscommissie", r"[Aa]dviesraad", r"[Jj]ongerenraad",
    r"Jeugdbeschermers", r"CJG\+?", r"GGZ", r"GGz", r"Rechtbank", r"Meldpunt", r"Raad voor",
    r"Bibliotheek", r"Participatieraad", r"Cli[\u00ebe]ntenraad", r"Seniorenraad", r"Wmo-raad",
    r"(?:Wmo|WMO)[ \t-](?:[Pp]latform|PLATFORM)", r"Waterschap", r"Hoogheemraadschap", r"Universiteit",
    r"Hogeschool", r"Taskforce", r"Brandweer", r"Pleegzorg", r"Academie", r"Instituut", r"Ziekenhuis",
) + known.TEAM_HEADS
#: Head nouns of a joint body's name: typed jg:GemeenschappelijkeRegeling.
# (a city region, "Stadsregio Amsterdam", was a plusregio: a joint body by law)
_JOINT_HEADS = (r"[Gg]emeenschappelijke [Rr]egeling", r"Centrumregeling", r"Openbaar [Ll]ichaam",
                r"Stadsregio")
# names without such a noun come from the project's table (extract/known.py)
# a capitalised word of a name (also "Hollands", "Midden-Nederland", "'s-Hertogenbosch") and the
# small words inside names
# (a capitalised small word before a lower-case one opens a sentence: "Rekenkamercommissie Aan de leden";
# a word cut off with ".." ends no name: "Gemeenschappelijke Regeling Omgevingsd..")
# (a document's kind ends a name in a title-cased heading: "Adviesraad Sociaal Domein Regiovisie ...")
_MONTH = (
    r"(?i:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b"
)
_NAME_WORD = (
    r"(?!(?:Aan|De|Het|Een|In|Op|Voor|Van|En|Met|Bij|Over|Tot|Om|Dit|Dat|Deze|Die|Wij|We|Zij|Ook|Als|Na)"
    r"[ \t]+[a-z])(?!(?:Regiovisie|Visie|Motie|Amendement|Nota|Beleidsplan|Verordening|Raadsvoorstel"
    r"|Raadsbesluit|Raadsinformatiebrief|Rapport|Jaarverslag|Begroting|Brief|Artikel|Hoofdstuk|Paragraaf"
    r"|Bijlage|Stap|Fase|Deel|Zienswijze|Jaarrekening|Jaarstukken|Kadernota|Bijgevoegd|Programma|Portefeuillehouder"
    r"|Samenvatting|Onderwerp)(?![\w-]))"
    # a word before a colon and a name is a label ("Door: Rekenkamercommissie"), a number before a
    # month a date
    r"(?:[A-Z\u00c0-\u00dd'][\w'\u2019&-]*(?!:[ \t]*[A-Z])|\d+(?:-\d+|\.\d+)?(?![ \t]+" + _MONTH + r"))"
    r"(?![\w'\u2019&-]|\.\.|\u2026)"
)
# after a small word a name goes on with a capitalised word, not a number ("GGD Twente op 24 mei")
_LINKED_WORD = r"(?!\d)" + _NAME_WORD
_LINK_WORD = r"(?:de|der|den|het|van|voor|en|in|op|aan|'t|&)"
# inside a name, small words join its capitalised words ("Bureau Jeugdzorg Agglomeratie Amsterdam",
# "Stichting Leergeld Zwolle", "Stichting Vrienden van het Kind"); "en" joins two names instead
_FIRST_LINK = r"(?:de|der|den|het|van|voor|in|op|aan|'t)"
_INNER_LINK = r"(?:de|der|den|het|van|voor|in|op|aan|'t|&)"  # "&" after a name's own word only


def _headed(heads: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(
        r"(?<![\w-])(?P<name>(?:" + "|".join(heads) + r")"
        # after a small word a number is no part of the name ("de GGZ van 909 aanvragen naar 732")
        + r"(?:(?:[ \t]+|-(?=[A-Z]))" + _NAME_WORD
        + r"|(?:[ \t]+" + _FIRST_LINK + r"){1,2}[ \t]+" + _LINKED_WORD
        + r")(?:[ \t]+" + _NAME_WORD
        + r"|(?:[ \t]+" + _INNER_LINK + r"){1,2}[ \t]+" + _LINKED_WORD + r")*)\b"
    )


_HEADED = _headed(_HEADS)
# a company's name with its legal form after it: "Incluzio Hollands Kroon BV"
_LEGAL_FORM = re.compile(
    r"(?<![\w-])(?P<name>" + _NAME_WORD + r"(?:[ \t]+" + _NAME_WORD + r"){0,4}[ \t]+"
    r"(?<!\d\d\d\d )(?:BV|B\.V\.))(?![\w])"  # (a postcode's letters are no legal form: "5431 BV")
)
# a joint body's name runs on over its words ("Gemeenschappelijke regeling Jeugd en Wmo
# Midden-Holland 2024"): greedy, up to the end of the capitalised run
_JOINT = re.compile(
    # an abbreviation may follow the head ("Gemeenschappelijke Regeling (GR) X"); "en" joins two kinds
    r"\b(?P<name>(?:" + "|".join(_JOINT_HEADS) + r")(?:[ \t]+\((?:GR|CR|OL)\))?(?![ \t]+(?:en|of)[ \t])"
    + r"(?:[ \t]+(?:" + _LINK_WORD + r"|" + _NAME_WORD + r"))*[ \t]+" + _NAME_WORD + r")"
)
_HEAD_ABBREVIATION = re.compile(r"[ \t]+\((?:GR|CR|OL)\)")
# a regulation's heading is its whole name, lower-case words and year included: "Centrumregeling
# samenwerking Sociaal Domein Fryslân 2022" alone on its line
_JOINT_HEADING = re.compile(
    r"(?m)^[ \t]*(?P<name>(?:" + "|".join(_JOINT_HEADS) + r")(?:[ \t]+[\w'\u2019&-]+){0,9}[ \t]+"
    r"(?:[A-Z\u00c0-\u00dd][\w'\u2019&-]*|(?:19|20)\d{2}))[ \t]*$"
)
# a known name goes on with a division's name joined by "&" ("Leger des Heils Jeugdbescherming &
# Jeugdreclassering", also after a comma: "Leger des Heils, Jeugdbescherming en Reclassering"); other
# capitalised words after it may open a title-cased headline ("Midden-Nederland" is also "Midden Nederland")
_KNOWN = re.compile(
    r"(?<![\w-])(?P<name>(?:" + "|".join(re.escape(n).replace(r"\-", r"(?:-[ \t]?|[ \t])")
                                         for n in sorted(KNOWN_NAMES, key=len, reverse=True))
    + r")(?:(?:[ \t]+(?!\d)" + _NAME_WORD + r"){1,2}[ \t]+&[ \t]+(?!\d)" + _NAME_WORD
    + r"|,[ \t]+" + known.DIVISION_FIELDS + r"(?:,[ \t]+" + known.DIVISION_FIELDS + r")?[ \t]+(?:en|&)[ \t]+"
    + known.DIVISION_FIELDS + r")?)(?![\w-])"
)
_JOINT_HEAD_WORDS = re.compile(r"^(?:Gemeenschappelijke Regeling|Centrumregeling|Openbaar Lichaam)[ \t]+")
_JOINT_HEAD_CASE = re.compile(r"^(?:gemeenschappelijke regeling|openbaar lichaam)", re.IGNORECASE)
_CANONICAL_HEADS = {"gemeenschappelijke regeling": "Gemeenschappelijke Regeling",
                    "openbaar lichaam": "Openbaar Lichaam"}
# ("Verwey- Jonker Instituut": a flattened line break after the hyphen)
_KNOWN_LOWER = tuple(sorted({s for n in KNOWN_NAMES for lower in (n.lower(),)
                             for s in (lower, lower.replace("-", " "), lower.replace("-", "- "))}))
_HEAD_WORDS = ("stichting", "vereniging", "co\u00f6peratie", "cooperatie", "federatie", "alliantie",
               "bureau jeugdzorg", "ggd", "veilig thuis", "jeugdbescherming", "centrum voor jeugd",
               "kenniscentrum", "expertisecentrum", "zorggroep", "jeugdzorg plus", "rekenkamer",
               "ombudscommissie", "adviesraad", "jongerenraad", "jeugdbeschermers", "cjg",
               "ggz", "rechtbank", "meldpunt", "raad voor", "bibliotheek", "participatieraad",
               "cli\u00ebntenraad", "clientenraad", "seniorenraad", "wmo-raad", "platform", "waterschap",
               "hoogheemraadschap", "universiteit", "hogeschool", "taskforce", "brandweer", "pleegzorg",
               "academie", "instituut", "ziekenhuis") + known.TEAM_WORDS
#: A body's generic name, which a place after it makes a branch's name ("Veilig Thuis Drenthe").
_GENERIC = frozenset(fold(h) for h in (
    "Veilig Thuis", "GGD", "Jeugdbescherming", "Bureau Jeugdzorg", "Centrum voor Jeugd en Gezin",
    "Centrum Jeugd en Gezin", "Stichting",
    "CJG", "GGZ",
))
_BODIES = frozenset({"organisatie", "gemeenschappelijke_regeling"})
_GENERIC_IN_PLACE = re.compile(
    r"(?:GGZ|GGz|GGD|CJG|Jeugdbescherming|Veilig Thuis|Bureau Jeugdzorg|Centrum (?:voor )?Jeugd en Gezin)"
    r"[ \t]+(?:in|op)[ \t]"
)
# a one-word name followed by "van" and a determiner heads a noun phrase ("Karakter van dit beleidsplan")
_NOUN_OF = re.compile(r"[ \t]+van[ \t]+(?:de|het|dit|deze|die|dat|een|onze|ons|uw|hun)[ \t]")
_YEAR_TAIL = re.compile(r"(?:[ \t]+(?:19|20)\d{2})?")
# a capitalised adjective between an article and a head noun is the name's ("de Brede Adviesraad Sociaal
# Domein"); a place's adjective ("de Delftse Rekenkamer") names the place, a determiner ("Deze") none
_ADJECTIVE_OF_NAME = re.compile(
    r"(?<![\w-])(?:de|het)[ \t]+(?P<adjective>(?!(?:Deze|Elke|Iedere|Onze|Andere|Beide|Genoemde)[ \t])"
    r"[A-Z][a-z]+[^s]e)[ \t]+$"
)
# (a name ends before "en" and an article, "de GR Noord en de GGD", and before a flattened heading's article)
_TRAILING_LINK = re.compile(r"(?:\s+" + _LINK_WORD + r")+$|[ \t]+(?:en[ \t]+(?:de|het)[ \t]|Artikel[ \t]).*$")


def find_named_organisations(source: SourceText, mentions: Sequence[Mention]) -> list[NamedOrganisation]:
    """Organisations named by a head noun or a known name, outside the gazetteer's mentions."""
    text = source.text
    taken = [m.span for m in mentions if m.kind in {"organisatie", "gemeenschappelijke_regeling"}]
    # a shortened name of a registered joint body the text names ("de Gemeenschappelijke Regeling
    # Jeugdhulp (GRJR)" beside "Gemeenschappelijke Regeling Jeugdhulp Rijnmond") is that body
    registered = [fold(m.span.text) for m in mentions if m.kind == "gemeenschappelijke_regeling"]
    found: dict[tuple[int, int], NamedOrganisation] = {}
    places = {(m.span.begin, m.span.end) for m in mentions if m.kind == "gemeente"}
    lowered = lowered_for_search(text)
    patterns = []
    # each pattern only where its words are (looking for a word is much faster than a search)
    if lowered is None or cues.any_in(lowered, _KNOWN_LOWER):
        patterns.append((_KNOWN, "organisatie"))
    if lowered is None or any(word in lowered for word in ("regeling", "lichaam", "stadsregio")):
        patterns += [(_JOINT_HEADING, "gemeenschappelijke_regeling"), (_JOINT, "gemeenschappelijke_regeling")]
    if lowered is None or cues.any_in(lowered, _HEAD_WORDS):
        patterns.append((_HEADED, "organisatie"))
    if "BV" in text or "B.V." in text:
        patterns.append((_LEGAL_FORM, "organisatie"))
    for pattern, kind in patterns:
        matches = prefilter.finditer(pattern, text, lowered)
        for begin, whole in (piece for m in matches for piece in _names_in(m)):
            written = _TRAILING_LINK.sub("", whole).strip()
            written = _without_seat(written, begin, places)  # "GGD Zuid in Ede": Ede is where it sits
            # one name however the head is capitalised ("gemeenschappelijke regeling X" in a
            # definition, "Gemeenschappelijke Regeling X" in the heading): one resource, one label
            name = _JOINT_HEAD_CASE.sub(lambda h: _CANONICAL_HEADS[h.group(0).lower()], written)
            name = _HEAD_ABBREVIATION.sub("", name) if kind == "gemeenschappelijke_regeling" else name
            end = begin + len(written)
            if kind == "organisatie" and (widest := widened(text, begin, end)) != (begin, end):
                begin, end, name = *widest, " ".join(text[widest[0]:widest[1]].split())
            if _GENERIC_IN_PLACE.match(name) or (" " not in name and _NOUN_OF.match(text, end)):
                continue  # "de GGZ in Rotterdam": the service in a place; "Karakter van dit plan": a noun
            if len(name.split()) > 12 or any(
                _overlaps(begin, end, s) and not _gives_way(s, begin, end, text, kind) for s in taken
            ):
                continue
            if any(_overlaps(begin, end, Span(b, e, "")) for b, e in found):
                continue
            if spelled_out(text, begin, end, taken) or _CUT_OFF.match(text, end):
                continue
            bare = _JOINT_HEAD_WORDS.sub("", name)  # "de Gemeenschappelijke Regeling Jeugd": which one?
            if kind == "gemeenschappelijke_regeling" and (
                    any(r.startswith(fold(name)) for r in registered) or POLICY_DOMAIN.fullmatch(bare)):
                continue
            adjective = _ADJECTIVE_OF_NAME.search(text, max(0, begin - 30), begin)
            if kind == "organisatie" and adjective:
                begin, name = adjective.start("adjective"), adjective.group("adjective") + " " + name
            found[(begin, end)] = _named(text, begin, end, name, kind)
    # "de Delftse Rekenkamer": an audit office named by its place's adjective; "de Rekenkamercommissie
    # Beek en Stein": one the two municipalities share
    if lowered is None or "rekenkamer" in lowered:
        names = [(b, e, o.name) for (b, e), o in found.items()]
        for begin, end, old, name in auditoffices.shared(text, names, mentions):
            del found[(begin, old)]
            found[(begin, end)] = _named(text, begin, end, name)
        offices = [*auditoffices.by_adjective(text, mentions), *auditoffices.by_owner(text, mentions)]
        for begin, end, name in offices:
            if not any(_overlaps(begin, end, Span(b, e, "")) for b, e in found):
                found[(begin, end)] = _named(text, begin, end, name)
    # "de zorgaanbieder Horizon", "onderzoeksbureau I&O Research": a name its role noun introduces;
    # "Xonar, de grootste jeugdhulpaanbieder": a name its apposition says is a body
    more: list[list[re.Match[str]]] = []
    if lowered is None or cues.any_in(lowered, _ROLE_WORDS):
        more += _role_matches(text, lowered)
    if lowered is None or "minister" in lowered:
        more.append(list(_MINISTRY.finditer(text)))
    if lowered is None or cues.any_in(lowered, _COMPOUND_WORDS):
        more.append(list(_COMPOUND.finditer(text)))
    if lowered is None or "umc" in lowered or "ziekenhuis" in lowered:
        more.append(list(_HOSPITAL.finditer(text)))
    if lowered is None or any(word in lowered for word in ("bureau jeugdzorg", "adviesraad sociaal domein")):
        more.append(list(_WHOLE_HEAD.finditer(text)))
    if lowered is None or cues.any_in(lowered, _BODY_COMPOUNDS):
        more.append(_compound_headed(text, lowered))
    if lowered is None or "voorheen" in lowered or "voormalig" in lowered:
        more.append(list(_RENAMED.finditer(text)))
    for matches in more:
        for m in matches:
            begin, end = m.start("name"), m.end("name")
            if POLICY_DOMAIN.fullmatch(m.group("name")) and (
                    office := _OFFICE.search(text, max(0, begin - 40), begin)):
                begin = office.start()  # "de inkooporganisatie Jeugd": the office's compound opens its name
            if any(_overlaps(begin, end, mention.span) for mention in mentions) or any(
                    _overlaps(begin, end, Span(b, e, "")) for b, e in found) or _CUT_OFF.match(text, end):
                continue
            # one label for one body: "bureau jeugdzorg" in a sentence is "Bureau Jeugdzorg"
            name = "Bureau Jeugdzorg" if m.group("name") == "bureau jeugdzorg" else text[begin:end]
            if _ADJECTIVE_BEFORE_NOUN.match(text, begin):
                continue  # "inkooporganisatie Groninger gemeenten": an adjective, not a name
            found[(begin, end)] = _named(text, begin, end, name)
    # "de ISD (Intergemeentelijke Sociale Dienst)", "de Regionale Inkooporganisatie Groninger Gemeenten
    # (RIGG)": a body's name with its abbreviation
    if "(" in text:
        for begin, end, name, kind in names_with_abbreviations(text, mentions):
            if not any(_overlaps(begin, end, Span(b, e, "")) for b, e in found):
                found[(begin, end)] = _named(text, begin, end, name, kind)
    # "Jeugdhulp Friesland", "SHV Zeeland": capitalised words inside a sentence before an area; "subsidie
    # aan Lentis en Elker", "de zorgpartijen Enver en MEE": names a sentence says what it does with
    by_area_or_deed = [*names_ending_in_an_area(text, mentions), *names_with_a_tail(text, mentions),
                       *names_by_deed(text, lowered, mentions), *national_in_lower_case(text, lowered)]
    for begin, end, name in by_area_or_deed:
        if not any(_overlaps(begin, end, Span(b, e, "")) for b, e in found):
            found[(begin, end)] = _named(text, begin, end, name)
    # "de GGD Twente, Veilig Thuis Twente en Avedan": the other items of a list of bodies are bodies
    bodies = [*found, *((m.span.begin, m.span.end) for m in mentions if m.kind in _BODIES)]
    for begin, end, name in names_beside(text, bodies, mentions) if cues.any_in(text, LIST_MARKS) else ():
        if not any(_overlaps(begin, end, Span(b, e, "")) for b, e in found):
            found[(begin, end)] = _named(text, begin, end, name)
    # a name beside a registered body's in brackets is that body's other name, wherever it stands
    spans = [(b, e, o.name) for (b, e), o in found.items()]
    aliases = registered_aliases(text, spans, mentions) if "(" in text else set()
    # "een Kinderombudsman in te stellen": an indefinite article makes the name a kind of body
    named = [o for o in found.values() if o.name not in aliases and not no_body(text, o.span)]
    return sorted(_one_spelling(in_prose_case(expanded(text, named) if "(" in text else named)),
                  key=lambda o: (o.span.begin, o.span.end))


_SEAT_TAIL = re.compile(r"[ \t]+(?:in|op)[ \t]+(?P<place>\S.*)$")


def _without_seat(written: str, begin: int, places: set[tuple[int, int]]) -> str:
    """A name without the municipality after "in" or "op" that ends it: the place the body sits (a head alone
    before it names a service in a place, "de GGZ in Rotterdam", no body)."""
    seat = _SEAT_TAIL.search(written)
    if seat is None or (begin + seat.start("place"), begin + len(written)) not in places or (
            " " not in written[:seat.start()]):
        return written
    return written[:seat.start()]


def _named(text: str, begin: int, end: int, name: str, kind: str = "organisatie") -> NamedOrganisation:
    return NamedOrganisation(name, str(iris.organisatie(name)), Span.of(text, begin, end), kind)


def _one_spelling(organisations: list[NamedOrganisation]) -> list[NamedOrganisation]:
    """One name for one body however a text spaces it: "VeiligThuis Twente" beside "Veilig Thuis Twente"
    is the spaced spelling's body (the spelling with most words wins, a known name's table spelling first)."""
    spellings: dict[str, str] = {}
    for o in organisations:
        key = _SPACING.sub("", fold(o.name))
        if len(o.name.split()) > len(spellings.get(key, "").split()):
            spellings[key] = o.name
    spellings.update((key, name) for key, name in _KNOWN_SPELLINGS.items() if key in spellings)  # the table's
    return [o if (name := spellings[_SPACING.sub("", fold(o.name))]) == o.name else NamedOrganisation(
        name, str(iris.organisatie(name)), o.span, o.kind) for o in organisations]


_SPACING = re.compile(r"[\s-]+")
_KNOWN_SPELLINGS = {_SPACING.sub("", fold(name)): name for name in KNOWN_NAMES}
_OFFICE = re.compile(r"(?<![\w-])[a-z]{3,}organisatie[ \t]+$")
_ADJECTIVE_BEFORE_NOUN = re.compile(r"[A-Z][\w-]*(?:er|se)[ \t]+[a-z]")


#: Role nouns that introduce one organisation's name right after them (singular: a plural lists).
_ROLES = (
    r"[a-z]*aanbieder", r"[a-z]*instelling", r"(?:behandel|jeugdzorg|zorg)centrum",
    r"zorgorganisatie", r"[a-z]*verzekeraar", r"onderzoeksbureau", r"adviesbureau", r"(?:basis)?school",
    r"vakbond",
    r"[Bb]ureau(?![ \t]+Jeugdzorg)",  # "Bureau Berenschot", "het bureau Berenschot" are Berenschot
)
_ROLE_WORDS = ("aanbieder", "instelling", "organisatie", "bureau", "corporatie", "koepel", "school",
               "vakbond", "centrum", "verzekeraar")
# compounds name the kind of body in their last part: "jeugdzorgorganisatie", "welzijnskoepel",
# "woningcorporatie"; a role noun may open a line ("Corporatie Habion heeft ...")
_ROLE_NOUN = (r"(?:" + "|".join(_ROLES) + r"|[a-z]*organisatie|(?:woning)?corporatie|[a-z]*koepel)")
_BY_ROLE = re.compile(
    r"\b(?:" + _ROLE_NOUN + r"|(?<![^\n])[ \t]*(?=[A-Z])(?i:" + _ROLE_NOUN + r"))"
    # "een instelling als de Campus Jeugdzorg", "basisschool de Kroevendonk": a name after its article
    r"[ \t]+(?:(?:als|zoals)[ \t]+)?(?:(?:de|het)[ \t]+)?(?P<name>(?:[a-z]-)?" + _NAME_WORD
    + r"(?:[ \t]+" + _NAME_WORD + r"){0,3})(?![\w-])"
)
# "XONAR, de grootste jeugdhulpaanbieder in ...", "Kompaswerk, een zorginstelling": an apposition
# after a name says what it names (looked for from the comma: the name is right before it)
_APPOSITION = re.compile(r",[ \t]+(?:de|een)[ \t]+(?:[a-z]+[ \t]+){0,2}" + _ROLE_NOUN + r"(?![\w-])")
# a singular apposition describes one body, so "Kompaan en de Bocht, de grootste aanbieder" is one name
_NAME_BEFORE_COMMA = re.compile(
    r"(?<![\w-])(?P<name>" + _NAME_WORD + r"(?:[ \t]+" + _NAME_WORD + r"){0,3}"
    r"(?:[ \t]+en[ \t]+(?:de[ \t]+|het[ \t]+)?" + _NAME_WORD + r"(?:[ \t]+" + _NAME_WORD + r"){0,2})?)$"
)


def _role_matches(text: str, lowered: str | None) -> list[list[re.Match[str]]]:
    """The names a role noun introduces and those an apposition describes, each pattern tried only
    where its role noun is (at the start of the word that holds it, and at the start of its line)."""
    if lowered is None:
        by_role = list(_BY_ROLE.finditer(text))
    else:
        starts = set()
        for at in occurrences(lowered, _ROLE_WORDS):
            word = at
            while word > 0 and lowered[word - 1].isalpha():
                word -= 1
            starts.add(word)
            line = text.rfind("\n", 0, word) + 1
            if not text[line:word].strip():
                starts.add(line)
        by_role = matches_from(_BY_ROLE, text, sorted(starts))
    described = []
    for tail in (_APPOSITION.finditer(text) if "," in text else ()):
        m = _NAME_BEFORE_COMMA.search(text, max(0, tail.start() - 80), tail.start())
        if m is not None:
            described.append(m)
    return [by_role, described]
# "het ministerie van Volksgezondheid, Welzijn en Sport", "ministerie van VWS": a ministry's name
_MINISTRY = re.compile(
    r"(?<![\w-])(?P<name>[Mm]inisterie(?:[ \t]+van)?[ \t]+[A-Z][\w&-]*"
    r"(?:(?:,[ \t]*|[ \t]+(?:en|van|voor|&)[ \t]+|[ \t]+)[A-Z][\w&-]*)*)"
)
# a compound whose last part says what the body is: "Mutsaersstichting", "Fietsersbond",
# "Mensontwikkelbedrijf", "Jeugdsportfonds" (a fund of money, "Gemeentefonds", is no body: only
# the youth funds, foundations that pay children's sport and culture, are)
_COMPOUND = re.compile(
    r"(?<![\w-])(?P<name>(?:(?!Verbond)[A-Z][a-z]{2,}(?:stichting|bond|bedrijf|autoriteit)|(?:Jeugd|Kinder)[a-z]*fonds)"
    # two words joined by "&" after it go on with the name: "Jeugdfonds Sport & Cultuur"
    r"(?:[ \t]+[A-Z][a-z]+[ \t]+&[ \t]+[A-Z][a-z]+)?)(?![\w-])"
)
# a hospital by its name: "UMCG", "Amsterdam UMC", "Radboudumc", "Maasstad Ziekenhuis"
_HOSPITAL = re.compile(
    r"(?<![\w-])(?P<name>(?:(?!(?:De|Het|Een|Dit|Dat)[ \t])[A-Z][a-z]+[ \t]+)?[A-Z]{0,2}UMC[A-Z]?"
    r"|[A-Z][a-z]+umc|(?:(?!(?:De|Het|Een|Dit|Dat|Nieuwe?)[ \t])[A-Z][\w-]+[ \t]+){1,3}Ziekenhuis)(?![\w-])"
)
# a head that is a whole name on its own: "(voorheen Bureau Jeugdzorg)", "de Adviesraad Sociaal Domein";
# in lower case only without an article ("wachtlijst van bureau jeugdzorg"; "het bureau jeugdzorg" is a kind)
_WHOLE_HEAD = re.compile(
    r"(?<![\w-])(?P<name>Bureau Jeugdzorg|Adviesraad Sociaal Domein"
    r"|(?<!de )(?<!het )(?<!een )(?<!De )(?<!Het )(?<!Een )bureau jeugdzorg)(?![\w-])"
)
# a capitalised compound whose last part says it is a body, with the capitalised words after it:
# "Serviceorganisatie Jeugd", "het Nederlands Kwaliteitsinstituut Dyslexie", "Preventieplatform Jeugd"
# (a participle opens an agenda item's words, no part of the name: "Serviceorganisatie Jeugd Besluitvormend")
_BODY_COMPOUNDS = ("instituut", "organisatie", "autoriteit", "platform")
_COMPOUND_HEADED = re.compile(
    r"(?<![\w-])(?P<name>(?:(?:Nederlandse?|Landelijke?|Regionaal|Regionale)[ \t]+)?"
    r"[A-Z][a-z]+(?:instituut|organisatie|autoriteit|platform)"
    r"(?:[ \t]+(?![A-Z][a-z]*ende?(?![\w-]))" + _LINKED_WORD + r"){1,2})(?![\w-])"
)
def _compound_headed(text: str, lowered: str | None) -> list[re.Match[str]]:
    """The names ``_COMPOUND_HEADED`` finds, tried only at the start of a compound's word and of the word
    before it (an adjective may open the name)."""
    if lowered is None:
        return list(_COMPOUND_HEADED.finditer(text))
    starts = set()
    for at in occurrences(lowered, _BODY_COMPOUNDS):
        word = at
        while word > 0 and lowered[word - 1].isalpha():
            word -= 1
        starts.add(word)
        before = word - 1
        while before > 0 and lowered[before - 1] in " \t":
            before -= 1
        while before > 0 and lowered[before - 1].isalpha():
            before -= 1
        starts.add(max(0, before))
    return matches_from(_COMPOUND_HEADED, text, sorted(starts))


# a body's new name with its former one after it: "Regiecentrum Bescherming en Veiligheid (voorheen Bureau
# Jeugdzorg)"
_RENAMED = re.compile(
    # (a plan or a note renamed is a document: "Jeugdplan Zuid (voorheen Jeugdnota)")
    r"(?<![\w-])(?P<name>(?!(?:De|Het)[ \t])(?![A-Za-z]*(?:plan|nota|visie|programma|agenda|beleid)[ \t])"
    + _NAME_WORD
    + r"(?:(?:[ \t]+(?:en|van|voor|de|der|het))?[ \t]+" + _NAME_WORD + r"){1,5})[ \t]*"
    r"\((?:voorheen|vroeger|(?:het|de)?[ \t]*voormalige?)[ \t]+(?:het[ \t]+|de[ \t]+)?[A-Z]"
)
_COMPOUND_WORDS = ("stichting", "bond", "bedrijf", "fonds", "autoriteit")


def _names_in(m: re.Match[str]) -> list[tuple[int, str]]:
    """The names a match holds: a flattened list repeats the head ("Rekenkamer Breda
    Rekenkamercommissie Eindhoven") and each repetition starts a name of its own."""
    name, begin = m.group("name"), m.start("name")
    stem = _STEM.match(name)
    if stem is None:
        return [(begin, name)]
    cuts = [0] + [c.start() for c in re.finditer(
        r"(?<=[ \t])" + re.escape(stem.group(0)), name) if c.start() > stem.end()]
    pieces = [(begin + a, name[a:b].rstrip()) for a, b in zip(cuts, cuts[1:] + [len(name)], strict=True)]
    return [(at, piece) for at, piece in pieces if len(piece.split()) >= 2]  # a head alone names none


# the first word of a head, without a suffix such as "commissie" ("Rekenkamer", "Stichting")
_STEM = re.compile(
    r"(?:Rekenkamer|Stichting|Vereniging|GGD|Veilig Thuis|Bureau Jeugdzorg|Meldpunt|Centrumregeling"
    r"|[Gg]emeenschappelijke [Rr]egeling)(?=\w*[ \t])"
)


def _gives_way(span: Span, begin: int, end: int, text: str, kind: str) -> bool:
    """Whether a registered body's mention is part of a longer name found at ``begin:end``: a
    generic name with a place after it ("Veilig Thuis Drenthe"), or the tail of a joint body's
    name ("Gemeenschappelijke regeling Jeugdhulp Regio Foodvalley 2022" is not Regio Foodvalley)."""
    if span.begin == begin and span.end < end:
        return fold(span.text) in _GENERIC
    tail = text[span.end:end]
    # "Centrumregeling Veilig Thuis West-Brabant": a generic body's name inside a joint body's name
    inside = bool(_YEAR_TAIL.fullmatch(tail)) or fold(span.text) in _GENERIC
    return kind == "gemeenschappelijke_regeling" and span.begin > begin and inside


def extended(
    mentions: Sequence[Mention], organisations: Sequence[NamedOrganisation], text: str = ""
) -> list[Mention]:
    """The mentions without the bodies whose mention is part of a named organisation's name, and
    without a generic body's name where the text names its branch ("Veilig Thuis West-Brabant ... bij
    Veilig Thuis", "het Centrum voor Jeugd en Gezin Meppel ... het Centrum voor Jeugd en Gezin": the
    short name refers back to the branch)."""
    return [
        m for m in mentions
        if not (m.kind in _BODIES and (a_kind(text, m.span) or any(
            o.span.begin <= m.span.begin and m.span.end <= o.span.end and o.span.text != m.span.text
            for o in organisations) or _has_branch(fold(m.span.text), [fold(o.name) for o in organisations])))
    ]


def _has_branch(generic: str, names: list[str]) -> bool:
    return generic in _GENERIC and any(name.startswith(generic + " ") for name in names)


# a name cut off in an agenda or a search result: "Gemeenschappelijke Regeling Publiek Ve.."
_CUT_OFF = re.compile(r"[ \t]*[\w'-]*(?:\.\.|\u2026)")


def _overlaps(begin: int, end: int, span: Span) -> bool:
    return begin < span.end and span.begin < end


__all__ = [
    "KNOWN_NAMES", "KNOWN_NAMES_TABLE", "NamedOrganisation", "extended", "find_named_organisations",
    "known_names",
]
