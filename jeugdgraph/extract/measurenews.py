"""Acts of government that news and reports tell, read as measures.

How news and reports tell what a municipality or region does or will do, beyond the acts of
``measureacts``: something new that comes, after whatever opens the sentence ("Zo komt er per 1 juli één
loket", "Bij huisartsen - een belangrijke verwijzer - komt er een proef"); contracts, covenants and
declarations signed or to be signed ("Begin november worden de eerste contracten getekend", "hebben een
intentieverklaring getekend om"); money put in, in the passive ("Ook wordt er geïnvesteerd in"); a task
moved to another body ("De taken worden ondergebracht bij de GGD"); the municipalities named by their
number or their region as the subject of a concrete act done ("Alle 18 Friese gemeenten hebben samen een
visie ontwikkeld"); a body designated for a role ("is aangewezen als penvoerder"); a promise with its act
("Ze beloofde een gesprek in te plannen"); talks the body holds or starts ("Nu gaat de gemeente in gesprek
met"); research done or a search for ways; a deficit covered from reserves; care bought jointly; work done
at the government's behest; a procurement that will take place; a project joined; a new rule that takes
effect; acting together ("trekt de gemeente regionaal op"); meetings organised; the means "we" try; a choice
made ("hebben we ervoor gekozen om"). Used by ``measures``.
"""

from __future__ import annotations

import re

from .measureacts import BODY, WordedPatterns

# a sentence that opens with a condition states no act ("Als er een tekort komt, ...")
_NO_CONDITION = r"^(?!\W{0,2}(?:als|indien|wanneer|mocht|of)\b)"
# no relative clause before the verb: "de contracten die de gemeente heeft gesloten" describes them
_MAIN_CLAUSE = r"(?:(?!\b(?:die|dat|wat|welke|waarmee|waarin)\s)[^.;:])*?"
# nor a clause of condition, time or cause before it ("als de nieuwe contracten worden afgesloten", "omdat
# daar geen contracten mee zijn afgesloten"), nor a denial
_OWN_CLAUSE = r"(?:(?!\b(?:als|wanneer|indien|zodra|omdat|doordat|die|dat|wat|welke|niet|geen)\s)[^.;:])*?"
_NOT_DENIED = r"(?:(?!\b(?:niet|geen)\b)[^.;:])"
_MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
# a gap of words in the same clause, with no denial or subordinate clause
_GAP = r"(?:(?:(?!\b(?:als|wanneer|indien|zodra|omdat|doordat|niet|geen)\b)[^.;:]){0,60}?\s)?"
_AGREEMENT = r"\w*(?:contract|overeenkomst|convenant|akkoord|verklaring|pact)(?:en)?"
_NUMBER_WORDS = (
    r"twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien"
    r"|achttien|negentien|twintig")
# no aims before the participle: "heeft samen met de andere gemeenten doelstellingen opgesteld"
_NOT_AIMS = r"(?:(?!\b(?:doel\w*|ambitie\w*|uitgangspunt\w*)\b)[^.;:])"
# the participles of concrete acts done (as ``measureacts``) and agreements signed
_DONE = (
    r"aangesteld|gesloten|getekend|ondertekend|verlaagd|verhoogd|gestart|geopend|ingekocht|opgezegd|gegund"
    r"|gecontracteerd|uitgebreid|opgezet|stopgezet|beëindigd|afgesloten|ingehuurd|samengevoegd|opgesteld"
    r"|ontwikkeld|ingericht|opgericht|gecompenseerd")


def _acts(*alternatives: str) -> re.Pattern[str]:
    return re.compile("(?i)" + "|".join(alternatives))


# each pattern with the words one of which stands in every sentence it matches (looked for first)
_PATTERNS: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    # something new that comes, the verb after what opens the sentence and before a time or an aside (not
    # money that comes to the body, a law, or a shortfall: "In 2022 komt er extra geld naar de gemeente")
    (("komt er", "komen er"),
     _acts(_NO_CONDITION + r"[^.;:]{0,120}?\b(?:komt|komen)\s+er\s+"
           r"(?:[-\u2013]\s[^.;:]{1,80}?\s[-\u2013]\s+|(?:(?:ook|nog|dan|straks|binnenkort|per|vanaf|in|dit|jaar"
           rf"|volgend|\d{{1,4}}|{_MONTHS})\s+)*)"
           r"(?:een|één|extra|meer|nieuwe|twee|drie|vier|\d+)\s+(?!(?:\w+\s+)?(?:geld|middelen|\w*tekort|\w*wet)\b)")),
    # an agreement signed or to be signed: "Begin november worden de eerste contracten getekend", "er zal een
    # akkoord worden gesloten", "zullen de provincie en 10 gemeenten convenanten sluiten"
    (("getekend", "ondertekend", "gesloten", "sluiten"),
     _acts(_NO_CONDITION + _OWN_CLAUSE + r"\b(?:wordt|worden|zal|zullen)\s+" + _GAP + _AGREEMENT
           + r"\s+" + _GAP + r"(?:getekend|ondertekend|gesloten|afgesloten)\b",
           _NO_CONDITION + _OWN_CLAUSE + r"\b" + _AGREEMENT + r"\s+" + _GAP
           + r"(?:wordt|worden|zal|zullen)\s+(?:\w+\s+){0,3}?(?:getekend|ondertekend|gesloten|afgesloten)\b",
           r"\b(?:zal|zullen|gaat|gaan)\s+[^.;:]{0,80}?\b(?:een\s+|het\s+)?" + _AGREEMENT
           + r"\s+(?:af)?sluiten\b",
           # in the perfect, by the municipalities or the body: "Veertien gemeenten en tien aanbieders hebben
           # een intentieverklaring getekend om ..."
           _NO_CONDITION + _MAIN_CLAUSE + rf"\b(?:gemeente|gemeenten|college|colleges|regio|{BODY}|we|wij)\b"
           r"[^.;:]{0,120}?\b(?:heeft|hebben)\s+(?:\w+\s+){0,3}?(?:een|het|de)\s+(?:\w+\s+)?" + _AGREEMENT
           + r"\s+(?:\w+\s+)?(?:getekend|ondertekend|gesloten|afgesloten)\b")),
    # money put in, in the passive: "Ook wordt er geïnvesteerd in het vakmanschap" (not in a clause that
    # describes the money: "het geld dat wordt geïnvesteerd in ...")
    (("geïnvesteerd", "geinvesteerd"),
     _acts(_NO_CONDITION + _MAIN_CLAUSE + r"\b(?:wordt|worden|zal|zullen)\s+(?:er\s+)?"
           r"(?:(?:ook|nu|extra|fors|flink|veel|daarnaast|verder|nog|komende\s+jaren|dit\s+jaar)\s+)*(?:worden\s+)?ge[iï]nvesteerd\s+in\b")),
    # a task moved to another body: "De taken van het RSJ worden ondergebracht bij de GGD"
    (("ondergebracht", "overgedragen", "overgeheveld"),
     _acts(r"\b(?:taak|taken|uitvoering|inkoop|verantwoordelijkheid|zorg|hulp|jeugdhulp|jeugdzorg)\b[^.;:]{0,60}?"
           r"\b(?:wordt|worden|zal|zullen)\s+(?:\w+\s+){0,3}?(?:ondergebracht\s+bij|overgedragen\s+aan"
           r"|overgeheveld\s+naar)\b")),
    # the municipalities named by their number or adjective as the subject of a concrete act done: "Alle 18
    # Friese gemeenten hebben samen een visie ontwikkeld" (not "andere gemeenten", others' affair), and the
    # body with its partners: "X heeft samen met zeven gemeenten een akkoord opgesteld en staat nu voor ..."
    (tuple(_DONE.split("|")),
     _acts(_NO_CONDITION + _MAIN_CLAUSE + rf"\b(?:alle|\d+|{_NUMBER_WORDS})\s+(?:[\w-]+\s+){{0,2}}?gemeenten"
           r"(?:\s+en\s+(?:\w+\s+){0,2}?\w+)?\s+(?:heeft|hebben)\s+" + _NOT_DENIED + r"{0,100}?"
           rf"\b(?:{_DONE})(?=\s*(?:[.;,]|$)|\s+(?:en|met|aan|voor|bij|om|zodat|in|per|op)\b)",
           # the verb first: "In 2020 hebben de negen gemeenten zorgaanbieders gecompenseerd"
           rf"\b(?:heeft|hebben)\s+(?:de\s+|alle\s+)?(?:\d+|{_NUMBER_WORDS})\s+(?:[\w-]+\s+){{0,2}}?gemeenten\b"
           + _NOT_DENIED + rf"{{0,100}}?\b(?:{_DONE})\b",
           _NO_CONDITION + _MAIN_CLAUSE + rf"\b(?:{BODY}|we|wij)\s+(?:heeft|hebben)\s+(?:\w+\s+)?"
           rf"samen\s+met\b{_NOT_AIMS}{{1,100}}?\b(?:{_DONE})\b")),
    # a body designated for a role: "De gemeente Hoogeveen is aangewezen als penvoerder", "De gemeente
    # Roosendaal krijgt het mandaat voor de uitvoering"
    (("aangewezen als", "mandaat"),
     _acts(rf"\b{BODY}\s+(?:is|wordt|werd)\s+(?:\w+\s+)?aangewezen\s+als\b",
           rf"\b{BODY}\s+(?:krijgt|kreeg)\s+(?:het|een)\s+mandaat\s+(?:voor|om)\b")),
    # a promise with its act: "Ze beloofde een gesprek in te plannen", "De wethouder belooft de regels te
    # versoepelen" (not what a party promises its voters)
    (("belo",),
     _acts(rf"\b(?:{BODY}|zij|hij|ze|de\s+burgemeester)\s+(?:beloofde|belooft|heeft\s+beloofd)\s+(?:om\s+)?"
           + _NOT_DENIED + r"{0,100}?\bte\s+[a-z]{3,}",
           rf"\b(?:beloofde|belooft)\s+(?:{BODY}|de\s+burgemeester)\s+(?:om\s+)?" + _NOT_DENIED
           + r"{0,100}?\bte\s+[a-z]{3,}")),
    # talks the body holds or starts: "Nu gaat de gemeente, in stap 2, in gesprek met aanbieders", "Hierover
    # zijn we in gesprek met de VNG"
    (("in gesprek",),
     _acts(rf"\b(?:{BODY}|we|wij)\s+(?:is|zijn|gaat|gaan)\s+(?:[^.;:]{{0,40}}?\s)?in\s+gesprek\s+(?:met|over)\b",
           rf"\b(?:is|zijn|gaat|gaan)\s+(?:{BODY}|we|wij)\b[^.;:]{{0,40}}?\bin\s+gesprek\s+(?:met|over)\b")),
    # research done: "Er is onderzoek gedaan naar de effectiviteit van jeugdzorg"
    (("onderzoek",),
     _acts(r"^\W{0,2}er\s+(?:is|wordt|werd)\s+(?:\w+\s+){0,2}?onderzoek\s+(?:gedaan|uitgevoerd|verricht)\s+naar\b")),
    # a search for ways by the body or the council: "De politiek gaat nu op zoek naar manieren om de kosten te
    # drukken"
    (("op zoek naar",),
     _acts(rf"\b(?:{BODY}|de\s+politiek|de\s+(?:gemeente)?raad)\s+(?:gaat|is)\s+(?:(?:nu|al|actief|samen)\s+)*"
           r"op\s+zoek\s+naar\s+(?:manieren|oplossingen|mogelijkheden)\s+(?:om|voor)\b")),
    # a deficit covered from reserves or the body's own means: "De gemeente heeft uit de eigen middelen de
    # tekorten gecompenseerd", "plannen om de tekorten aan te vullen vanuit de reserves"
    (("tekort",),
     _acts(r"\btekort(?:en)?\b[^.;:]{0,60}?\b(?:aan\s+te\s+vullen|te\s+dekken|aangevuld|gedekt|gecompenseerd)\b"
           r"[^.;:]{0,40}?\b(?:uit|vanuit)\s+(?:de|het|eigen)\s+(?:\w+\s+)?(?:reserves?|middelen)\b",
           r"\b(?:uit|vanuit)\s+(?:de|het)\s+(?:eigen|algemene)\s+(?:reserves?|middelen)\b[^.;:]{0,60}?\btekort(?:en)?\s+"
           r"(?:\w+\s+)?(?:aangevuld|gedekt|gecompenseerd)\b")),
    # care bought jointly or on behalf of the municipalities: "De veertien gemeenten kopen gezamenlijk
    # specialistische jeugdhulp in", "Het bureau koopt namens alle gemeenten de jeugdzorg in"
    (("kopen", "koopt"),
     _acts(r"\b(?:koopt|kopen)\s+(?:\w+\s+){0,2}?namens\s+[^.;:]{1,60}?\bin\b(?=\s+(?:en|bij|voor|via)\b|\s*[.;,]|$)",
           r"\bgemeenten\b[^.;:]{0,80}?\b(?:kopen|koopt)\s+(?:(?:de\s+)?(?:jeugdhulp|jeugdzorg|zorg)\s+)?"
           r"(?:gezamenlijk|samen|regionaal)\s+[^.;:]{1,60}?\bin\b(?=\s+(?:en|die|bij|voor|via)\b|\s*[.;,]|$)")),
    # the municipalities' act in the past, the verb first: "ontwikkelden de gemeenten in 2013 een
    # Regionaal Transitiearrangement"
    (("ontwikkelden", "openden", "startten", "introduceerden", "richtten"),
     _acts(r"\b(?:ontwikkelden|openden|startten|introduceerden|richtten)\s+(?:de|alle)\s+(?:[\w-]+\s+){0,2}?"
           r"gemeenten\s+(?:[^.;:]{0,40}?\s)?(?:een|het|de)\s+\w")),
    # a plan worked out in concrete plans: "We werken onze regiovisie uit in jaarplannen"
    (("uit in", "uit via"),
     _acts(rf"\b(?:we|wij|{BODY})\s+(?:werken|werkt)\s+(?:\w+\s+){{1,4}}?uit\s+(?:in|via)\s+(?:een\s+|de\s+|het\s+)?"
           r"(?:\w+\s+)?\w*(?:plan|plannen|programma|agenda|nota)\b")),
    # talks held: "Met twee instellingen voeren we nog gesprekken", "De gemeente voert gesprekken met"
    (("gesprek",),
     _acts(rf"\b(?:voeren|voert)\s+(?:{BODY}|we|wij)\s+(?:(?:nu|nog|al|momenteel)\s+)*(?:de\s+)?gesprekken\b",
           rf"\b(?:{BODY}|we|wij)\s+(?:voeren|voert)\s+(?:(?:nu|nog|al|momenteel)\s+)*(?:de\s+)?gesprekken\s+met\b")),
    # a lobby: "We lobbyen samen met de G4 op de Hervormingsagenda"
    (("lobby",),
     _acts(rf"\b(?:{BODY}|we|wij|de\s+(?:\w+\s+)?gemeenten)\s+(?:(?:ook|samen|actief|nu)\s+)*(?:lobbyt|lobbyen)\b",
           rf"\b(?:lobbyt|lobbyen)\s+(?:{BODY}|we|wij|de\s+(?:\w+\s+)?gemeenten)\b")),
    # money reserved or set aside, in the perfect passive: "Voor de uitvoering is twintig miljoen euro
    # gereserveerd" (not in a clause that describes it)
    (("gereserveerd", "uitgetrokken", "vrijgemaakt"),
     _acts(_NO_CONDITION + _MAIN_CLAUSE + r"\b(?:is|zijn|wordt|worden)\s+"
           r"(?:(?:er|ook|nu|al|inmiddels|extra)\s+)*"
           r"(?:(?:ruim|circa|bijna|ongeveer|zo'n)\s+)?(?:€\s?\d|\d[\d.,]*\s*(?:euro|miljoen|mln|duizend)|(?:\w+\s+)?"
           r"(?:miljoen|ton)\b)[^.;:]{0,40}?\b(?:gereserveerd|uitgetrokken|vrijgemaakt)\b")),
    # money the municipalities want to put in: "Zij willen in 2017 zo'n 11,9 miljoen euro extra uittrekken"
    (("uittrekken", "vrijmaken", "investeren"),
     _acts(r"\b(?:zij|ze|de\s+(?:\w+\s+){0,2}?gemeenten)\s+(?:wil|willen)\s+[^.;:]{0,60}?(?:€|\beuro\b|\bmiljoen\b)"
           r"[^.;:]{0,40}?\b(?:uittrekken|vrijmaken|investeren)\b")),
    # work that starts, in the passive: "zodat in 2018 gestart wordt met een tweejarige pilot"
    (("gestart",),
     _acts(r"\b(?:wordt|worden|zal|zullen)\s+(?:(?:in|per|vanaf)\s+[^.;:]{1,25}?\s)?(?:worden\s+)?gestart\s+met\s+"
           r"(?:een|de|het)\s+(?:[\w-]+\s+){0,2}?(?:pilot|project|proef|experiment|programma|\w*team|aanpak)\b",
           r"\bgestart\s+(?:wordt|worden)\s+met\s+(?:een|de|het)\s+(?:[\w-]+\s+){0,2}?"
           r"(?:pilot|project|proef|experiment|programma|\w*team|aanpak)\b")),
    # work done at the government's behest: "De RDOG heeft in opdracht van de gemeenten een plan van aanpak
    # opgesteld", "zijn in opdracht van de provincie quick-scans uitgevoerd"
    (("in opdracht van",),
     _acts(_NO_CONDITION + r"[^.;:]*?\bin\s+opdracht\s+van\s+(?:de|het)\s+(?:\w+\s+)?"
           r"(?:gemeenten?|college|regio|provincie|colleges)\b[^.;:]{0,80}?\b(?:" + _DONE
           + r"|uitgevoerd)\b")),
    # money charged to a reserve: "Dit bedrag brengen wij ten laste van de reserve jeugdhulpverlening"
    (("ten laste van",),
     _acts(rf"\b(?:brengen|brengt)\s+(?:{BODY}|we|wij)\b[^.;:]{{0,40}}?\bten\s+laste\s+van\b",
           rf"\b(?:{BODY}|we|wij)\s+(?:brengen|brengt)\b[^.;:]{{0,60}}?\bten\s+laste\s+van\b")),
    # an act of procurement that will take place: "De gunning van de contracten zal vóór 1 januari
    # plaatsvinden"
    (("plaats",),
     _acts(r"\b(?:gunning|ondertekening|aanbesteding|overdracht|inkoop)\b[^.;:]{0,80}?\b(?:zal|zullen|vindt|vinden)\s+"
           r"(?:[^.;:]{0,40}?\s)?plaats(?:vinden)?\b")),
    # taking part in a project: "Met de GGZ wordt meegedaan aan het project Storm", "De gemeente doet mee aan"
    (("meegedaan", "doet mee", "doen mee"),
     _acts(r"\b(?:wordt|worden)\s+(?:er\s+)?(?:(?:ook|nu|al)\s+)?meegedaan\s+aan\s+(?:een|het|de)\s+(?:\w+\s+)?"
           r"(?:project|pilot|programma|proef|experiment|onderzoek)\b",
           rf"\b(?:{BODY}|we|wij)\s+(?:doet|doen)\s+(?:(?:ook|nu|al)\s+)?mee\s+aan\s+(?:een|het|de)\s+(?:\w+\s+)?"
           r"(?:project|pilot|programma|proef|experiment|onderzoek)\b")),
    # a new rule that takes effect: "De nieuwe verordening moet per 1 september ingaan"
    (("ingaan", "in werking"),
     _acts(r"\b(?:nieuwe|aangepaste|gewijzigde)\s+(?:\w+\s+)?(?:verordening|regeling|beleidsregels|werkwijze|tarieven)"
           r"\s+(?:moet|moeten|zal|zullen|gaat|gaan)\s+(?:per|op|vanaf|met\s+ingang\s+van)\s+[^.;:]{1,30}?\s"
           r"(?:ingaan|in\s+werking\s+treden)\b")),
    # acting together with the region: "trekt de gemeente regionaal op", "trekken we samen op bij"
    (("trekt", "trekken"),
     _acts(rf"\b(?:trekt|trekken)\s+(?:{BODY}|we|wij|de\s+(?:\w+\s+)?gemeenten)\s+(?:\w+\s+){{0,2}}?"
           r"(?:samen|regionaal|gezamenlijk)\s+op\b",
           rf"\b(?:{BODY}|we|wij|de\s+(?:\w+\s+)?gemeenten)\s+(?:trekt|trekken)\s+(?:\w+\s+){{0,2}}?"
           r"(?:samen|regionaal|gezamenlijk)\s+op\b")),
    # meetings organised: "In oktober werden er een drietal bijeenkomsten voor raadsleden georganiseerd"
    (("georganiseerd",),
     _acts(r"\b(?:werd|werden|wordt|worden|is|zijn)\s+er\s+(?:\w+\s+){0,3}?\w*(?:bijeenkomst|avond|sessie|training"
           r"|cursus|conferentie|werkconferentie)\w*\b[^.;:]{0,60}?\bgeorganiseerd\b")),
    # the means by which "we" try to reach an aim: "We proberen de zorg goedkoper te maken door
    # investeringen te doen"
    (("proberen",),
     _acts(r"\b(?:we|wij)\s+proberen\b[^.;:]{0,80}?\bdoor\s+(?:\w+\s+){1,4}?te\s+[a-z]{3,}")),
    # something new the body sees to: "Dan zorgen we ervoor dat er extra ondersteuning komt"
    (("ervoor dat er",),
     _acts(rf"\b(?:zorgen\s+(?:we|wij)|(?:we|wij)\s+zorgen|zorgt\s+{BODY}|{BODY}\s+zorgt)\s+(?:\w+\s+)?ervoor\s+"
           r"dat\s+er\s+(?:een|extra|meer|nieuwe?)\s[^.;:]{0,60}?\b(?:komt|komen)\b")),
    # a choice made, in the perfect: "Samen hebben we ervoor gekozen om de hulp snel te bieden"
    (("gekozen",),
     _acts(rf"\b(?:(?:heeft|hebben)\s+(?:{BODY}|we|wij)|(?:{BODY}|we|wij)\s+(?:heeft|hebben))\s+"
           r"(?:(?:daarom|ook|samen|bewust)\s+)*ervoor\s+gekozen\s+(?:om\s+)?[^.;:]{0,100}?\bte\s+[a-z]{3,}")),
)

_ACTS = WordedPatterns(_PATTERNS)


def reports_act(body: str, words: str | None) -> bool:
    """Whether a sentence tells one of these acts (``words``: its lowered text, or ``None``)."""
    return _ACTS.any_in(body, words)


__all__ = ["reports_act"]
