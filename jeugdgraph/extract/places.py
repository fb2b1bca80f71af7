"""People and places: which municipality mentions name a municipality as an actor.

The gazetteer finds every place name; not every one is the municipality the document speaks of:

* a surname: after initials (``R. Bloemendaal``), after a role or form of address (``Wethouder
  Hoogeveen``, ``mevrouw Meppel``), after a first name in a signature or list of
  names with their parties (``Karin Bloemendaal`` beside ``Piet Jansen (VVD)``), or before
  a party in parentheses (``Bloemendaal (VVD)``);
* a party's name: ``GroenLinks Rijswijk``, ``CDA Hoogeveen``, ``Stadspartij 100% voor Groningen``,
  ``Progressief Pijnacker-Nootdorp``, ``Beter voor Rijswijk``, ``Groot Hontenisse``, and the names
  after ``de fractie(s)`` (``de fracties Algemeen Belang Groot Hulst en Groot Hontenisse``);
* an organisation's name the text names (``Omroep Zeeland``, ``Jeugdbescherming Noord``, a
  registered body's branch ``Veilig Thuis Drenthe``): the organisation is the actor;
* a venue or the seat of government: ``naar Den Haag``, and ``in``/``uit Den Haag`` in a sentence
  about national politics (the cabinet, parliament, a protest or lobby of aldermen: they sit or
  go there); ``jeugdigen in Den Haag`` stays the municipality; going to a place (``naar Leeuwarden
  vertrokken``) does not make it an actor either (coming from one does: ``wethouders uit Asten``).

A municipality that had ended before the latest year the text states is the village it is now
(``de bureaus in Doorn en Maarn`` in 2014), unless the text calls it a municipality.

``not_actors`` removes those mentions, and a law's abbreviation that names a policy domain
(``domains``); the others stay.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from ..facts import Mention, NamedOrganisation
from ..reference_tables import read_table
from ..settings import REFERENCE_DIR
from .domains import names_a_domain
from .entities import at_sentence_start
from .lawnames import names_a_bill

_PARTIES = (
    r"CDA", r"VVD", r"PvdA", r"D66", r"GroenLinks", r"GL", r"SP", r"ChristenUnie", r"CU", r"SGP", r"PVV",
    r"JA21", r"FvD", r"BBB", r"Volt", r"DENK", r"50PLUS", r"PvdD", r"Partij voor de Dieren",
    r"CU-SGP", r"ChristenUnie-SGP", r"GBLV", r"Trots", r"[Ll]eefbaar", r"Lokaal", r"Senioren",
    r"Seniorenpartij", r"Gemeentebelangen",
    r"Onafhankelijk", r"Progressief", r"Stadspartij(?: [\w%]+)*? voor", r"(?:Beter|Echt|Samen|Hart) voor",
    r"Algemeen Belang", r"Democraten '66", r"Inwonersbelang", r"Burgerbelang", r"Dorpsbelang",
    # the adjectives local parties put before their place ("Groot Hontenisse", "Sterk Maasgouw")
    r"Groot", r"Sterk", r"Gewoon", r"Open", r"Vrij", r"Trots op", r"Lijst", r"Mooi", r"Puur", r"Beter",
    r"Betrokken", r"Jong",
)
_PARTY_BEFORE = re.compile(r"(?:^|[\s(])(?:" + "|".join(_PARTIES) + r")\s+$")
_INITIALS_BEFORE = re.compile(r"(?:\b[A-Z]\.\s?){1,4}(?:(?:van|de|der|den|ten|ter)\s+){0,2}$")
# a particle that opens a surname: after a first name ("Felix van Beek"), or capitalised inside a
# sentence ("volgens Van Beek", "aldus De Ruiter")
_SURNAME_BEFORE = re.compile(
    r"(?:(?<![.!?:;\n\u2022][ \t])(?<![.!?:;\n\u2022])(?<!^)\b"
    r"[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]{1,15}[ \t]+"
    r"(?:van|de|ter|ten|van[ \t]+de[nr]?|in[ \t]+'t|von(?:[ \t]+de[mnr])?|vom|zu)"
    r"|[a-z,][ \t]+(?:Van|De|Ter|Ten|Van[ \t]+de[nr]?))[ \t]+$"
)
_PARTICLES = frozenset({"van", "de", "der", "den", "ter", "ten", "'t", "Van", "De", "Der", "Den", "Ter",
                        "Ten", "von", "dem", "vom", "zu"})
# a body or role before "van": "Raad van", "Burgemeester van", "Gemeente van", "Hof van"
_BODY_NOUN_BEFORE = re.compile(
    r"\b(?:Raad|Gemeente|Gemeenten|Burgemeester|Wethouder|College|Provincie|Regio|Stad|Dorp|Hof|Kern"
    r"|Inwoners|Kinderen|Jeugd|Haven|Rekenkamer|Ministerie|Minister|Kamer|Staten|Stichting|Griffie"
    r"|Gemeentebestuur|Bestuur|Centrum|Noorden|Zuiden|Oosten|Westen|Namens|Welkom|Vanuit)"
    r"[ \t]+[a-z]\S*[ \t]+$"
)
_OPENING_PARTICLES = frozenset({"Van", " De", "Ter", "Ten", " de", "den", "der"})
# a particle with a capital opening a sentence whose verb follows the name: "Van Dongen heeft ..."
_SURNAME_OPENS = re.compile(r"(?:^|[.!?:;\n][ \t]*)(?:Van|De|Ter|Ten|Van[ \t]+de[nr]?)[ \t]+$")
_VERB_AFTER = re.compile(
    r"^[ \t]+(?:heeft|had|is|was|zegt|zei|neemt|nam|wil|wilde|gaat|ging|kan|kon|moet|moest|vindt|vond"
    r"|stelt|stelde|laat|liet|benadrukt|benadrukte|antwoordt|antwoordde|reageert|reageerde|noemt|noemde"
    r"|verwacht|verwachtte|wijst|wees|zag|ziet|sprak|spreekt|legde|legt|gaf|geeft|kreeg|krijgt)\b"
)
# a first name and a surname before "van": the person "of" the place ("wethouder Geert Meijering
# van Kampen"), where the place is the municipality
_NAMED_OF = re.compile(
    r"(?<![\w-])(?<![.!?:;\n][ \t])(?!(?:Wethouder|Burgemeester|Raadslid|Mevrouw|Meneer|Heer|Gedeputeerde"
    r"|Minister|Voorzitter|Griffier|Fractievoorzitter|Directeur|Wethouders|Volgens|Aldus)\b)"
    r"[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+[ \t]+"
    r"[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+[ \t]+van[ \t]+$"
)
_FIRST_NAME_BEFORE = re.compile(r"(?:^|[\n,;()])\s*[A-Z][a-z]{2,15}\s+(?:(?:van|de|der|den)\s+){0,2}$")
# a first name and a surname alone on a line (not "Gemeente X", "Situatie X", "Regio X")
_SIGNATURE_LINE = re.compile(
    r"^(?!(?:Gemeente|Regio|Provincie|Situatie|Raad|College|Stad|Dorp|Wijk|Jeugdhulp|Jeugdzorg)\b)"
    r"[A-Z][a-z]{2,15}(?:\s+(?:van|de|der|den|ten|ter))*\s+[A-Z][\w'-]+$"
)
# the parties a sentence names as such: "de fracties Algemeen Belang Groot Hulst en Groot Hontenisse"
_FRACTION_BEFORE = re.compile(
    r"\bfracties?\s+[A-Z0-9][\w'%-]*,?(?:\s+(?:[A-Z0-9][\w'%-]*,?|en|van|voor|de))*\s+$"
)
_PARTY_AFTER = re.compile(r"^\s*\((?:" + "|".join(_PARTIES) + r")\)")
# a local party named by its place and what it stands for: "Heemskerk Lokaal", "Zeewolde Belang"
_PARTY_WORD_AFTER = re.compile(r"^[ \t]+(?:Lokaal|Belang|Belangen|Transparant|Progressief|Liberaal)(?![\w-])")
# going to a place, or where a building or a named place lies: "naar Leeuwarden", "de Dillenburg aan de
# Stolberglaan in Middelharnis", "het project in Zuidlanden te Leeuwarden"; a meeting's "Locatie:" label
# or place ("het congres vond plaats in Utrecht")
_VENUE_BEFORE = re.compile(
    r"(?i)\b(?:naar|richting|plaats\s+in|gehouden\s+in|georganiseerd\s+in|station)\s+$"
    r"|\b(?:vergader)?locatie[ \t]*:[ \t]*(?:(?:gemeente|gemeentehuis|stadhuis|raadhuis)[ \t]+)?$"
    r"|(?<=[a-z])(?:straat|weg|laan|plein|kade|singel|dreef|gracht|dijk|park)"
    r"(?:\s+\d+\w?)?\s+(?:in|te)\s+$|(?-i:[A-Z][\w-]+)\s+te\s+$"
)
_ROAD_BEFORE = re.compile(r"\b[AN]\d{1,3}[ \t]+tussen[ \t]+(?:[A-Z][\w'-]*[ \t]+en[ \t]+)?$")
# a surname after a role or form of address: "Wethouder Hoogeveen", "mevrouw Meppel", "de heer Ede"
_ROLE_BEFORE = re.compile(
    r"(?i)\b(?:wethouder|burgemeester|raadslid|gedeputeerde|minister|staatssecretaris|fractievoorzitter"
    r"|griffier|commissaris|mevrouw|mevr\.|mw\.|de heer|dhr\.|heer)\s+$"
)
_PARTY_IN_LINE = re.compile(r"\((?:" + "|".join(_PARTIES) + r")\)")
_SEAT_OF_GOVERNMENT = frozenset({"gm0518"})  # 's-Gravenhage: "in Den Haag" is parliament and cabinet
_SERVICE_IN_BEFORE = re.compile(
    r"\b(?:GGZ|GGz|GGD|CJG|Jeugdbescherming|Veilig Thuis|Bureau Jeugdzorg)[ \t]+(?:in|op)[ \t]+$"
)
_OWNER_BEFORE = re.compile(r"\b(?:Omroep|Radio|RTV|Dagblad|Provinciale|Veiligheidsregio|GGD|Rechtbank)\s+$")
_NATIONAL = re.compile(
    r"(?i)\b(?:kabinet|minister\w*|staatssecretaris|tweede kamer|kamerleden|het rijk|rijksoverheid"
    r"|miljoenennota|actie|protest\w*|lobby|wethouders|demonstr\w*|manifestatie|haagse)\b"
)
_MONEY_WORD = re.compile(r"(?i)\b(?:geld|\w*miljoen\w*|\w*miljard\w*|budget\w*|subsidie\w*)\b")
# what one receives "uit Den Haag": "dan ze uit Den Haag krijgen", "wat we vanuit Den Haag ontvangen"
_RECEIVED_AFTER = re.compile(r"[ \t]+(?:[a-z]+[ \t]+)?(?:krijg|kreg|ontv[ai]ng)\w*\b")
_IN_BEFORE = re.compile(r"(?i)\b(?:in|uit|vanuit)\s+$")
# pressure, an appeal or criticism "op Den Haag" is aimed at the national government
_ADDRESSED_BEFORE = re.compile(r"(?i)\b(?:druk|beroep|app[eè]l|kritiek|lobby)\b[^.\n]{0,60}\bop\s+$")
# a party in parentheses after a name: "(De Lokale Partij)", "(Leefbaar Nijkerk)"
_PARTYISH_AFTER = re.compile(
    r"^\s*\((?=[^)\n]{2,40}\))[^)\n]*\b(?:[Pp]artij|[Bb]elang|Leefbaar|Lokaal|Lokale|fractie)\b[^)\n]*\)"
)
_CAPITALISED_BEFORE = re.compile(r"(?<![\w-])[A-Z][a-z]{2,15}\s+$")
# a dateline: the place in capitals that opens a news text ("HILVERSUM - Na ...", "NOORD-HOLLAND -
# HILVERSUM Na ...", "NIJKERK De gemeenteraad ...")
_DATELINE_BEFORE = re.compile(r"(?:^|\n)[^\n]{0,20}?(?:[A-Z'][A-Z'-]+[ \t]*[-\u2013/,][ \t]*)*$")
_DATELINE_AFTER = re.compile(r"^[ \t]*(?:[-\u2013:,][ \t]*)?[A-Z][a-z]")


_NAMED_INSIDE = frozenset({"jeugdregio", "wet", "provincie"})
_PLACES = frozenset({"gemeente", "jeugdregio", "provincie"})


def _after_a_body(text: str, mention: Mention, body_ends: set[int], name_ends: set[int]) -> bool:
    # (also after the body's abbreviation inside its name: "het Regionaal Serviceteam Jeugd (RSJ) IJsselland")
    begin = mention.span.begin
    inserted = _ABBREVIATION_BEFORE.search(text, max(0, begin - 14), begin)
    after = begin - 1 in body_ends and text[begin - 1] in " \t"
    return after or bool(inserted and inserted.start() in name_ends)
_ABBREVIATION_BEFORE = re.compile(r"[ \t]\([A-Z][A-Za-z&]{1,7}\)[ \t]+$")


def not_actors(
    text: str, mentions: Sequence[Mention], organisations: Sequence[NamedOrganisation] = ()
) -> list[Mention]:
    """The mentions without municipalities named as a surname, in a party's or organisation's name,
    or as a venue."""
    # "Veilig Thuis Drenthe", "Centrum voor Jeugd en Gezin Rotterdam": a place right after a body's
    # name (one space between) names that body's branch
    body_ends = {m.span.end for m in mentions if m.kind in {"organisatie", "gemeenschappelijke_regeling"}}
    body_starts = {m.span.begin for m in mentions if m.kind in {"organisatie", "gemeenschappelijke_regeling"}}
    seats = body_ends | {o.span.end for o in organisations}
    seat = [m for m in mentions if m.kind == "gemeente" and m.iri.rsplit("/", 1)[-1] in _SEAT_OF_GOVERNMENT]
    national = bool(seat) and not _the_municipality(text, seat, mentions)
    starts = {m.span.begin for m in mentions}
    ends = {m.span.end for m in mentions if m.kind in _PLACES}
    villages = _villages(text, mentions)
    region_ends = {m.span.end for m in mentions if m.kind == "jeugdregio"}
    # a text that speaks of The Hague as the seat of government once, and never as a municipality,
    # means the seat wherever it names it ("dan worden ze misschien wakker in Den Haag")
    seat_only = national and any(_not_an_actor(text, m, organisations) for m in seat)
    kept = []
    for mention in mentions:
        if seat_only and mention in seat:
            continue
        if mention.kind in _PLACES and _after_a_body(text, mention, body_ends, seats):
            continue
        if mention.kind == "gemeente" and _seat_of_a_body(text, mention, seats):
            continue  # "niet meer naar Peel 6.1 in Helmond": where the body sits, a venue
        if mention.kind in _PLACES and _before_its_abbreviation(text, mention, body_starts):
            continue  # "regeling jeugdhulp Rijnmond (GRJR)": the place ends the abbreviated body's name
        if mention in villages:
            continue
        if mention.kind == "gemeente" and _not_an_actor(text, mention, organisations):
            continue
        if mention.kind == "gemeenschappelijke_regeling" and _names_the_region(text, mention, region_ends):
            continue  # "de Jeugdzorgregio H10", "de regio Haaglanden, de H10": the region, not the body
        if mention.kind == "gemeente" and _ends_a_name(text, mention, ends):
            continue  # "adviesraad WMO Goeree-Overflakkee", "Tracébesluit A27 Houten"
        if national and mention in seat and _SEAT_AS_ACTOR.match(mention.span.text) and not _IN_BEFORE.search(
                text[max(0, mention.span.begin - 10):mention.span.begin]):
            continue  # "Den Haag moet ons compenseren": the national government ("in Den Haag" see below)
        if mention.kind in _NAMED_INSIDE and _inside_a_name(text, mention, organisations, starts):
            continue  # "Gemeenschappelijke regeling Jeugd en Wmo Midden-Holland" names neither
        if names_a_domain(text, mention):
            continue  # "Jeugdzorg en WMO": the policy domain, not the law
        if mention.kind == "wet" and "oorstel" in text and names_a_bill(text, mention.span.begin):
            continue  # "het wetsvoorstel Wet verbetering beschikbaarheid jeugdzorg": a bill
        kept.append(mention)
    return kept


# a youth-care region's noun before a joint body's name, or a region named right before it in apposition
_REGION_NOUN_BEFORE = re.compile(r"(?i)(?<![\w-])(?:jeugd|jeugdzorg|jeugdhulp)regio[ \t]+$")
_APPOSITION_BEFORE = re.compile(r",[ \t]+(?:de|het)[ \t]+$")


def _names_the_region(text: str, mention: Mention, region_ends: set[int]) -> bool:
    """Whether a joint body's name stands for the region it serves: after a youth-care region's noun
    ("de Jeugdzorgregio H10") or in apposition to a region ("de regio Haaglanden, de H10")."""
    begin = mention.span.begin
    before = text[max(0, begin - 20):begin]
    if _REGION_NOUN_BEFORE.search(before):
        return True
    apposition = _APPOSITION_BEFORE.search(before)
    return apposition is not None and begin - len(before) + apposition.start() in region_ends


# where a text speaks of The Hague as a municipality: "gemeente Den Haag", "de Haagse wethouder"
_MUNICIPAL_SEAT = re.compile(
    r"(?i:gemeente(?:n)?|stad|college|wethouder|gemeenteraad|burgemeester)(?:[ \t]+van)?[ \t]+Den[ \t]+Haag\b"
    r"|\bHaagse[ \t]+(?i:gemeenteraad|raad|college|wethouder|jeugdhulp|jeugdzorg|wijken|scholen)\b"
)


def _the_municipality(text: str, seat: Sequence[Mention], mentions: Sequence[Mention]) -> bool:
    """Whether the text names The Hague as a municipality anywhere: as such ("gemeente Den Haag"),
    or in a list of municipalities ("Rotterdam, Den Haag en Utrecht"). Otherwise "Den Haag" in a
    council document is the seat of government: the cabinet, parliament and the ministries."""
    if "Haag" in text and _MUNICIPAL_SEAT.search(text):
        return True
    others = [m.span for m in mentions if m.kind == "gemeente" and m not in seat]
    for mention in seat:
        for other in others:
            between = text[other.end:mention.span.begin] if other.end <= mention.span.begin else text[
                mention.span.end:other.begin]
            if _LIST_JOIN.fullmatch(between):
                return True
    return False


_SEAT_AS_ACTOR = re.compile(r"Den[ \t]+Haag$")
_LIST_JOIN = re.compile(r"[ \t]*(?:,|\ben\b|/|&)[ \t]*")


# a council's own words before its municipality: "Gemeenteraad Ede", "College Zutphen"
_COUNCIL_WORDS = re.compile(
    r"(?i:gemeenteraad|raad|college|wethouder|wethouders|burgemeester|\w*gemeente[ns]?|stad|dorp|regio"
    r"|provincie|inwoners|griffie|raadsleden|fractie|in|uit|naar|van|voor|vanuit|en|of|de|het|tussen|heel"
    r"|rond|over|met|bij|tot|door|om|te|als|zoals|dan|ook|zowel|waaronder|gemeentebestuur|kern|dorpen)"
)


def _ends_a_name(text: str, mention: Mention, ends: set[int]) -> bool:
    """A municipality after a capitalised word inside a sentence ends a name (an organisation's, a
    plan's, a road's), unless that word is the council's or a place noun."""
    begin = mention.span.begin
    before = text[max(0, begin - 30):begin]
    word = _NAME_WORD_BEFORE.search(before)
    if word is None or _COUNCIL_WORDS.fullmatch(word.group("word")):
        return False
    if begin - len(before) + word.end("word") in ends:
        return False  # a list of places: "Gorinchem Hardinxveld-Giessendam Leerdam"
    at = begin - len(before) + word.start("word")
    if at_sentence_start(text, at) or (word.group("word").isupper() and mention.span.text.isupper()):
        return False
    return not _PLAN_BEFORE.search(text, max(0, begin - 80), begin)


def _inside_a_name(
    text: str, mention: Mention, organisations: Sequence[NamedOrganisation],
    starts: frozenset[int] | set[int] = frozenset(),
) -> bool:
    """A region named inside an organisation's name (``Omroep Zeeland``, ``Centrumregeling
    Jeugdhulp Noordoost Brabant``) is the organisation's, not the region as an actor."""
    begin, end = mention.span.begin, mention.span.end
    if any(o.span.begin <= begin and end <= o.span.end for o in organisations):
        return True
    before = text[max(0, begin - 30):begin]
    if _OWNER_BEFORE.search(before):
        return True
    # "Jeugdhulp Friesland", "SHV Zeeland", "PvdA Flevoland": a capitalised word inside a sentence
    # right before the area opens a name the area ends
    after = _NAME_WORD_AFTER.match(text, end) if mention.kind != "wet" else None
    opens = after is not None and end + 1 not in starts and not mention.span.text.isupper()
    if opens and not at_sentence_start(text, begin):
        return True  # "de redactie van Noordkop Centraal": the area opens a name
    word = _NAME_WORD_BEFORE.search(before) if mention.kind != "wet" else None
    if word is None or at_sentence_start(text, begin - len(before) + word.start("word")):
        return False
    if word.group("word").isupper() and mention.span.text.isupper():
        return False  # a heading in capitals: "REGIO ZUID-LIMBURG"
    return not _PLAN_BEFORE.search(text, max(0, begin - 80), begin)  # "Regiovisie Jeugdhulp Haaglanden"


# a plan's title names the area it is for: "Regiovisie Jeugdhulp Haaglanden", "Beleidsplan Jeugd Twente",
# "het conceptbeleidsplan Jeugd Zuid-Limburg", "de Samenwerkingsagenda Jeugdhulp Twente", "visiedocument 'X'"
_PLAN_BEFORE = re.compile(
    r"(?<![\w-])(?:[A-Za-z]*(?i:visie|visiedocument|plan|kader|agenda)|Nota|Verordening)"
    r"(?:[ \t]+[\u2018'\u201c\"]?[A-Z][\w&-]*)*[ \t]+[\u2018'\u201c\"]?$"
)
_NAME_WORD_AFTER = re.compile(
    r"[ \t](?!(?:En|Of|In|De|Het|Een|Van|Voor|Op|Met|Bij|Na|Als|Ook|Dat|Die|Dit|Wij|We|Zij|Ze|Er)(?![\w-]))"
    # an abstract noun after the area opens the next heading ("Kop van Noord-Holland Bereikbaarheid")
    r"(?![A-Z][a-z]*(?:heid|ingen)(?![\w-]))[A-Z][a-z][\w-]*"
)
_NAME_WORD_BEFORE = re.compile(
    r"(?<![\w-])(?P<word>(?!(?i:Regio|Jeugdregio|Jeugdhulpregio|Jeugdzorgregio|Provincie|Gemeenten|Gemeente"
    r"|In|Uit"
    r"|Naar|Van|Voor|Vanuit|Binnen|Buiten|En|Of|De|Het|Heel|Geheel|Rond|Over|Met|Bij|Tot|Door|Om)[ \t])"
    r"[A-Z][\w&!-]*)[ \t]$"
)


# "de Delftse Rekenkamer": the town's adjective before its own audit office names the town (the town's organ)
_TOWNS_AUDIT_OFFICE = re.compile(r"[A-Z][\w'-]*se[ \t]+[Rr]ekenkamer(?:commissie)?$")


def _not_an_actor(text: str, mention: Mention, organisations: Sequence[NamedOrganisation]) -> bool:
    begin, end = mention.span.begin, mention.span.end
    before = text[max(0, begin - 60):begin]
    after = text[end:end + 40]
    if any(o.span.begin <= begin and end <= o.span.end
           and not _TOWNS_AUDIT_OFFICE.match(text, begin, o.span.end) for o in organisations):
        return True
    if _OWNER_BEFORE.search(before) or _SERVICE_IN_BEFORE.search(before):
        return True  # "Omroep Zeeland", "de GGZ in Rotterdam", "het CJG op Goeree-Overflakkee"
    if _PARTY_BEFORE.search(before) or _PARTY_AFTER.match(after) or _PARTY_WORD_AFTER.match(after) or (
        "fractie" in before and _FRACTION_BEFORE.search(before)
    ):
        return True
    if _INITIALS_BEFORE.search(before):
        return True
    if before[-5:].rstrip().rpartition(" ")[2].rpartition("\t")[2] in _PARTICLES and _SURNAME_BEFORE.search(
            before) and not (_BODY_NOUN_BEFORE.search(before) or _NAMED_OF.search(before)):
        return True  # "Hélène van Beek", "volgens Van Beek": a surname after its particle
    if before[-4:-1] in _OPENING_PARTICLES and _SURNAME_OPENS.search(before) and _VERB_AFTER.match(after):
        return True  # "Van Dongen heeft het geld gevonden": a person opens the sentence
    if _is_dateline(text, mention, before, after) and mention.iri.rsplit("/", 1)[-1] in dissolved_codes():
        return True  # "SNEEK -": a town that was a municipality once; a municipality's own dateline names it
    if "(" in after[:3] and _PARTYISH_AFTER.match(after) and _CAPITALISED_BEFORE.search(before):
        return True  # "Ruby Horst (De Lokale Partij)": a member with her party
    if _ROLE_BEFORE.search(before):
        return True
    if _named_person(before, after):
        return True  # "Door: Tom Leiden", "Karin Ede zegt": a person's surname
    if _ENGLISH_HEAD_AFTER.match(after):
        return True  # "Tilburg University", "Lelystad Airport": the place opens a body's English name
    line_begin = text.rfind("\n", 0, begin) + 1
    line_end = text.find("\n", end)
    line = text[line_begin:len(text) if line_end < 0 else line_end]
    if _FIRST_NAME_BEFORE.search(before) and (_PARTY_AFTER.match(after) or _PARTY_IN_LINE.search(line)):
        return True  # a name in a signature or a list of members with their parties
    if _SIGNATURE_LINE.match(line.strip()) and len(text) - line_end < 400:
        return True  # "Karin Bloemendaal" alone on a line among the closing lines: a signature
    if _VENUE_BEFORE.search(before) or ("tussen" in before and _ROAD_BEFORE.search(before)):
        return True  # "naar Leeuwarden"; "de A27 tussen Houten en Hooipolder": where a road runs
    code = mention.iri.rstrip("/").rsplit("/", 1)[-1]
    if code in _SEAT_OF_GOVERNMENT and _ADDRESSED_BEFORE.search(before):
        return True
    if code not in _SEAT_OF_GOVERNMENT or not _IN_BEFORE.search(before):
        return False
    # "in Den Haag" is the seat of government only where the sentence is about national politics
    start = max(text.rfind(".", 0, begin), text.rfind("\n", 0, begin)) + 1
    stops = [i for i in (text.find(".", end), text.find("\n", end)) if i >= 0]
    sentence = text[start:min(stops) if stops else len(text)]
    if _NATIONAL.search(sentence):
        return True
    # "In Den Haag is beweging. Vandaag kwamen de ministers ...": a sentence that opens with the place
    # sets the scene for the next one
    if before.endswith(("In ", "In\t")) and stops and _NATIONAL.search(_next_sentence(text, min(stops))):
        return True
    # money "uit" or "vanuit Den Haag" comes from the national government
    return bool(re.search(r"(?i)\b(?:van)?uit\s+$", before)) and bool(
        _MONEY_WORD.search(sentence) or _RECEIVED_AFTER.match(text, end))


# a byline's label before a first name: "Door: Tom Leiden", "Tekst en foto: Anita Ede", "Geschreven door ..."
_BYLINE_BEFORE = re.compile(
    r"(?im)^[ \t]*(?:door|auteur|tekst(?:[ \t]+en[ \t]+foto'?s?)?|foto'?s?|redactie|(?:geschreven|geplaatst)"
    r"[ \t]+door)[ \t]*:?[ \t]*(?P<first>[A-Z][a-z]{1,15})[ \t]+(?:(?:van|de|der|den|ten|ter)[ \t]+){0,2}$"
)
# a first name before the place and a verb of speech after it: "Karin Ede zegt", "Anita Ede stelde"
_FIRST_WORD_BEFORE = re.compile(r"(?:^|(?<=[\s(,;:\u2018\u201c\"']))(?P<first>[A-Z][a-z]{2,15})[ \t]+$")
_SPEECH_AFTER = re.compile(
    r"[ \t]+(?:zegt|zei|vertelt|vertelde|stelt|stelde|vraagt|vroeg|benadrukt|benadrukte|antwoordt|antwoordde"
    r"|reageert|reageerde|legt|legde|pleit|pleitte|schrijft|schreef)(?![\w-])"
)
# the words that stand before a sentence's subject without being a name ("Maar Ede zegt", "Zelfs Ede stelt")
_BEFORE_A_SUBJECT = frozenset({"maar", "want", "dus", "zelfs", "alleen", "juist", "vooral", "noch", "ofwel",
                               "zeker", "niet", "nu", "toen", "behalve", "namelijk"})


def _named_person(before: str, after: str) -> bool:
    """A municipality's name after a first name in a byline, or before a verb of speech: a surname."""
    first = _BYLINE_BEFORE.search(before)
    if first is None and _SPEECH_AFTER.match(after):
        first = _FIRST_WORD_BEFORE.search(before)
    if not first:
        return False
    word = first.group("first")
    return not _COUNCIL_WORDS.fullmatch(word) and word.lower() not in _BEFORE_A_SUBJECT


_ENGLISH_HEAD_AFTER = re.compile(r"[ \t]+(?:University|Airport|College|Centre|Center|Hospital|Campus)\b")
_IN_AFTER_A_BODY = re.compile(r"[ \t]+in[ \t]+$")


def _seat_of_a_body(text: str, mention: Mention, seats: set[int]) -> bool:
    """Whether the municipality follows a body's name and "in": the place the body sits."""
    before = _IN_AFTER_A_BODY.search(text, max(0, mention.span.begin - 8), mention.span.begin)
    return before is not None and before.start() in seats


def _next_sentence(text: str, stop: int) -> str:
    ends = [i for i in (text.find(".", stop + 1), text.find("\n", stop + 1)) if i >= 0]
    return text[stop + 1:min(ends) if ends else len(text)]


# a name's lower-case word before the place ("jeugdhulp Rijnmond") and a bracket right after it
# ("de regio Rijnmond (GRJR)" names the region still)
_LOWER_NAME_WORD_BEFORE = re.compile(
    r"(?<![\w-])(?![a-z]*(?:regio|gemeente|provincie)[ \t])[a-z][\w-]+[ \t]+$")
_BRACKET_AFTER = re.compile(r"[ \t]*\(")


def _before_its_abbreviation(text: str, mention: Mention, body_starts: set[int]) -> bool:
    """Whether the place ends a body's written-out name whose abbreviation follows in brackets."""
    after = _BRACKET_AFTER.match(text, mention.span.end)
    return after is not None and after.end() in body_starts and bool(
        _LOWER_NAME_WORD_BEFORE.search(text, max(0, mention.span.begin - 30), mention.span.begin))


@lru_cache(maxsize=2)
def dissolved(reference_dir: Path = REFERENCE_DIR) -> dict[str, int]:
    """The TOOI code of each municipality that no longer exists, with the year it ended (``gm0091``,
    Sneek, 2010)."""
    rows = read_table(Path(reference_dir) / "tooi-rwc_gemeenten_compleet.csv", ("code", "einddatum"))
    return {row["code"].lower(): int(row["einddatum"][:4]) for row in rows if row["einddatum"][:4].isdigit()}


@lru_cache(maxsize=2)
def founded(reference_dir: Path = REFERENCE_DIR) -> dict[str, int]:
    """The TOOI code of each municipality with the year it began (``gm1982``, Land van Cuijk, 2022)."""
    rows = read_table(Path(reference_dir) / "tooi-rwc_gemeenten_compleet.csv", ("code", "begindatum"))
    return {row["code"].lower(): int(year) for row in rows if (year := row["begindatum"][:4]).isdigit()}


def dissolved_codes() -> frozenset[str]:
    return frozenset(dissolved())


# a year, also before a comma ("11 mei 2011, 19.30 uur"); not a number's part ("2011,50", "2.011")
_YEAR = re.compile(r"(?<![\w.,-])(?:19[5-9]\d|20[0-4]\d)(?![\w-]|[.,]\d)")
_MUNICIPALITY_BEFORE = re.compile(r"(?i)\bgemeenten?[ \t]+$")


def _villages(text: str, mentions: Sequence[Mention]) -> set[Mention]:
    """Mentions of a municipality that had ended before the latest year the text states, or began after
    it, not called a municipality ("gemeente Doorn"): the village or area it is then ("in Doorn, Amerongen
    en Driebergen")."""
    ended, began = dissolved(), founded()
    # a municipality that began after the latest year the text states is still the area it is named
    # after ("jeugdhulp in het Land van Cuijk" in 2018)
    places = [m for m in mentions if m.kind == "gemeente" and (
        (code := m.iri.rsplit("/", 1)[-1]) in ended or began.get(code, 0) >= _RECENT)]
    if not places:
        return set()
    years = [int(y) for y in _YEAR.findall(text)]
    latest = max(years, default=0)
    return {
        m for m in places if (latest > ended.get(code := m.iri.rsplit("/", 1)[-1], latest) or (
            0 < latest < began.get(code, 0))) and not _MUNICIPALITY_BEFORE.search(
            text, max(0, m.span.begin - 12), m.span.begin)
    }


_RECENT = 1990  # municipalities founded before any text the project reads


def _is_dateline(text: str, mention: Mention, before: str, after: str) -> bool:
    """A place written in capitals where its name is not, opening a line before the text's first
    sentence: where a news item was written (a municipality's dateline names it; a town's that was
    a municipality once does not)."""
    written = mention.span.text
    letters = [c for c in written if c.isalpha()]
    if len(letters) < 3 or not all(c.isupper() for c in letters):
        return False
    return bool(_DATELINE_BEFORE.search(before) and _DATELINE_AFTER.match(after))


PARTY_BEFORE = _PARTY_BEFORE
PLAN_BEFORE = _PLAN_BEFORE
#: A political party's name (a name that opens with one is the party's: "GroenLinks Rijswijk").
PARTY_NAME = re.compile(r"(?:" + "|".join(_PARTIES) + r")(?![\w-])")

__all__ = ["PARTY_BEFORE", "PARTY_NAME", "PLAN_BEFORE", "not_actors"]
