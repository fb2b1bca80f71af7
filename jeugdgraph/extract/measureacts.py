"""Acts of a body that make a measure, read from who does what in the sentence.

The body (the college, the municipality, an alderman, the region) as the subject of a verb, before or
after it: money put to a use ("Dit bedrag wordt ingezet bij", "De overige 500.000 euro blijft
beschikbaar voor"), a choice for an action ("We kiezen voor het opnemen van"), an examination of how
or whether ("Zo bekijkt het college hoe"), joining a named fund, arrangement or network ("sluit X
zich aan bij het Jeugdsportfonds"), work on a plan or agenda, consultation with its aim, a task that
moves to another body, what a plan comprises, something made or set up in a year named, something
the body succeeded in doing, and the means by which "we" pursue an aim. Used by ``measures``.
"""

from __future__ import annotations

import re

import ahocorasick

from ..facts import Span
from .parties import PARTY
from .structure import alone_on_line

#: Who acts for the document's government: the college, an alderman, the municipality, the region.
BODY = (
    r"(?:het\s+college(?:\s+van\s+(?:B\s*&\s*W|burgemeester\s+en\s+wethouders))?"
    # "de wethouder", "Wethouder Jansen", "wethouder De Vries"
    r"|(?:de\s+)?wethouder(?:\s+(?:(?:van|de|den|der)\s+)?(?-i:[A-Z])[\w'-]+)?"
    # "de gemeente", "de gemeente Westerveen", "gemeente Oosterdijk" (as a subject after its verb)
    # (also by its role: "de centrumgemeente", "de grensgemeente")
    r"|(?:de\s+)?(?:centrum|grens|regio)?gemeente(?:\s+(?-i:[A-Z])[\w-]+"
    r"(?:[ -](?:aan|op|in)[ -](?:den\s+|de\s+)?(?-i:[A-Z])[\w-]+)?)?"
    # "de regio", "de regio Lekstroom"
    r"|de\s+regio(?:\s+(?-i:[A-Z])[\w-]+)?|het\s+dagelijks\s+bestuur)"
)
# money by its amount or as a sum (not "middelen en expertise worden gezamenlijk ingezet", a way of working)
_MONEY = r"(?:bedrag|geld|budget|euro|miljoen|mln|ton)"
# the words between the verb and its participle: no modal or second clause ("wordt verhoogd en mag ook
# worden ingezet voor", a permission)
_GAP = r"(?:(?!en\b|mag\b|mogen\b|kan\b|kunnen\b|moet\b|moeten\b)[\w€.,-]+\s+){0,6}?"
_PUT_TO_USE = (
    r"(?:ingezet|besteed|overgemaakt|uitgekeerd|gereserveerd|toegevoegd\s+aan|beschikbaar\s+voor)")
# verbs of change that name an aim, not an act ("het voorkomen van armoede", "het vergroten van")
_AIM_VERBS = (
    r"(?:voorkomen|vergroten|verbeteren|versterken|verminderen|verkleinen|bevorderen|stimuleren|verlagen"
    r"|verhogen|terugdringen|beperken|tegengaan|normaliseren|verkorten)\b"
)


# the participles of concrete acts done ("heeft een coördinator aangesteld", "heeft de tarieven verlaagd")
_DONE = (
    r"aangesteld|gesloten|verlaagd|verhoogd|gestart|geopend|ingekocht|opgezegd|gegund|gecontracteerd|uitgebreid"
    r"|aangescherpt|weggewerkt|opgezet|stopgezet|beëindigd|beeindigd|afgesloten|ingehuurd|samengevoegd"
    r"|opgesteld|ontwikkeld|ingericht|geïntroduceerd"
)
_DONE_WORDS = tuple(_DONE.split("|"))
# work that starts: a project, a pilot, a team, a service point
_NEW_WORK = r"(?:pilot|project|proef|experiment|programma|\w*team|loket|aanpak|werkwijze|inloop\w*|spreekuur)"
# a character of a clause that denies nothing ("dat de gemeente niet meer geld inzet" is no act)
_NOT_DENIED = r"(?:(?!\b(?:niet|geen)\b)[^.;:,])"


def _acts(*alternatives: str) -> re.Pattern[str]:
    return re.compile("(?i)" + "|".join(alternatives))


# each pattern with the words one of which stands in every sentence it matches (looked for first)
_ACT_PATTERNS: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    # money as the subject of a passive or of "blijft" (not in a clause that describes it: "het geld dat
    # wordt besteed aan jeugdhulp stijgt"), or the verb before the money: "wordt 250.000 euro als
    # verevening overgemaakt aan"
    (("ingezet", "besteed", "overgemaakt", "uitgekeerd", "gereserveerd", "toegevoegd aan",
      "beschikbaar voor"),
     _acts(rf"\b{_MONEY}\b[^.;:]{{0,60}}?(?<!\bdat\s)(?<!\bdie\s)(?<!\bwat\s)\b(?:wordt|worden|blijft|blijven)\s+"
           rf"{_GAP}{_PUT_TO_USE}\b",
           rf"\b(?:wordt|worden)\s+(?:€\s?)?\d[\d.,]*\s*(?:euro|miljoen|mln)?\s+{_GAP}{_PUT_TO_USE}\b")),
    # a choice for an action: "We kiezen daarom voor het opnemen van", "kiest het college ervoor om ... te"
    (("kiest", "kiezen"),
     _acts(rf"\b(?:{BODY}|we|wij)\s+(?:kiest|kiezen)\s+(?:\w+\s+){{0,2}}?(?:voor\s+het\s+\w+en\s+van\b"
           r"|ervoor\s+(?:om\s+)?[^.;:]{0,80}?\bte\s+\w+)",
           rf"\b(?:kiest|kiezen)\s+(?:{BODY}|we|wij)\s+(?:\w+\s+){{0,2}}?(?:voor\s+het\s+\w+en\s+van\b"
           r"|ervoor\s+(?:om\s+)?[^.;:]{0,80}?\bte\s+\w+)")),
    # an examination by the body: "Het college onderzoekt of", "Zo bekijkt het college bijvoorbeeld hoe"
    (("onderzoekt", "bekijkt", "verkent", "inventariseert"),
     _acts(rf"\b{BODY}\s+(?:\w+\s+){{0,2}}?(?:onderzoekt|bekijkt|verkent|inventariseert)\s+(?:\w+\s+){{0,3}}?"
           r"(?:of|hoe|welke|waar|de\s+mogelijkhe\w+)\b",
           rf"\b(?:onderzoekt|bekijkt|verkent|inventariseert)\s+{BODY}\s+(?:\w+\s+){{0,3}}?"
           r"(?:of|hoe|welke|waar|de\s+mogelijkhe\w+)\b")),
    # joining a named fund, arrangement or network (not "sluit zich aan bij de woorden van", an opinion)
    (("aan bij",),
     _acts(rf"\b(?:(?:sluit|sluiten)\s+(?:{BODY}|(?-i:[A-Z])[\w-]+)|{BODY}\s+(?:sluit|sluiten))\s+zich\s+"
           r"(?:\w+\s+){0,2}?aan\s+bij\s+(?:het|de|een)\s+(?:(?-i:[A-Z])|\w*(?:fonds|regeling|pact|netwerk"
           r"|convenant|samenwerking|aanpak)\b)")),
    # work on a plan, an agenda or its assignments ("werken we ook aan de opdrachten uit de agenda"; not on
    # a state: "we werken aan een gezonde jeugd", an aim)
    (("werken we", "werken wij", "we werken", "wij werken", "werkt "),
     _acts(rf"\b(?:werken\s+(?:we|wij)|(?:we|wij)\s+werken|{BODY}\s+werkt|werkt\s+{BODY})\s+"
           # (an act, not an aim named by a verb of change: "we werken aan het voorkomen van armoede")
           r"(?:(?:ook|nu|al|hard|volop|inmiddels|samen|verder)\s+)*aan\s+"
           r"(?:het\s+(?!" + _AIM_VERBS + r")\w+en\b"
           r"|(?:de|het|een)\s+"
           r"(?:\w+\s+){0,2}?\w*(?:plan|nota|visie|aanpak|verordening|regeling|uitvoering|agenda|opdrachten)\b)")),
    # consultation under way with its aim: "Er is overleg met huisartsen om het aanbod af te stemmen"
    (("overleg met",),
     _acts(r"\ber\s+is\s+(?:\w+\s+){0,2}?overleg\s+met\b[^.;:]{0,80}?\bom\s+[^.;:]{0,120}?\bte\s+\w+")),
    # a task that moves to another body: "Per 1 januari gaat de jeugdzorg over naar de gemeente Ermelo"
    (("over naar",),
     _acts(r"\bgaat\s+(?:de|het)\s+(?:\w+\s+)?(?:\w*zorg|\w*hulp|taak|taken|uitvoering|inkoop"
           r"|verantwoordelijkheid)\s+over\s+naar\b",
           r"\b(?:\w*zorg|\w*hulp|taak|taken|uitvoering|inkoop|verantwoordelijkheid)\s+gaat\s+(?:\w+\s+){0,3}?"
           r"over\s+naar\b")),
    # what a plan or proposal comprises, an act: "Het plan omvat de tijdelijke aanstelling van"
    (("omvat", "bevat", "behelst"),
     _acts(r"\b(?:plan|voorstel)\s+(?:omvat|bevat|behelst)\s+(?:de|het|een)\s+(?:\w+\s+)?(?:\w+ing|inzet)\s+van\b")),
    # something made or set up in a year the main clause names: "zijn in 2023 het inkoopdocument en de agenda
    # opgesteld", "In 2019 is een jeugdteam opgericht" (not a clause that describes it, nor adopting a plan,
    # a decision's history)
    # (a body, fund or dossier founded or started in a year is its history: "X is in 2015 gestart als nieuwe
    # organisatie", "In 2018 is een fonds ingesteld")
    (("opgesteld", "ingevoerd"),
     _acts(r"(?:(?<!\bdie\s)(?<!\bdat\s)(?<!\bwat\s)\b(?:is|zijn)\s+(?:in|sinds|begin|eind|medio)\s+(?:19|20)\d\d\b"
           r"|^(?:(?:(?!\b(?:dat|die|wat)\b)[\w\s,]){0,40}?\s)?(?:in|begin|eind|medio)\s+(?:19|20)\d\d\s+"
           r"(?:is|zijn)\b)"
           # (a reform of the state is history: "In 2015 is de decentralisatie Jeugd ingevoerd")
           r"(?!\s+(?:de\s+)?(?:decentralisaties?|transitie|jeugdwet|wmo|participatiewet|(?:nieuwe\s+)?wet)\b)"
           r"[^.;:]{0,120}?\b(?:opgesteld|ingevoerd)\b")),
    # something the body or "we" succeeded in doing: "In X zijn we erin geslaagd om het geld preventief in te
    # zetten"
    (("geslaagd",),
     _acts(rf"\b(?:(?:zijn|is)\s+(?:we|wij|{BODY})|(?:we|wij|{BODY})\s+(?:zijn|is))\s+"
           r"(?:(?:er|erin|daar|daarin|bijvoorbeeld|ook|al|inmiddels)\s+)*(?:in\s+)?geslaagd\s+om\s+"
           r"[^.;:]{0,120}?\bte\s+\w+",
           # the municipalities, named after their number: "De drie gemeenten A, B en C zijn erin geslaagd om"
           r"\bgemeenten\b[^.;:]{0,200}?\b(?:zijn|is)\s+(?:(?:er|erin|ook|al|inmiddels)\s+)*(?:in\s+)?geslaagd\s+om\s+"
           r"[^.;:]{0,120}?\bte\s+\w+")),
    # a lobby the body or "we" conduct: "voeren we met andere gemeenten een lobby naar het Rijk", "Ook blijven
    # de gemeenten lobbyen voor meer geld"
    (("lobby",),
     _acts(rf"\b(?:{BODY}|we|wij|de\s+gemeenten)\s+(?:\w+\s+){{0,2}}?(?:voert|voeren|blijft|blijven|gaat|gaan)\b"
           r"[^.;:]{0,60}?\blobby(?:en)?\b",
           rf"\b(?:voert|voeren|blijft|blijven|gaat|gaan)\s+(?:{BODY}|we|wij|de\s+gemeenten)\b[^.;:]{{0,60}}?"
           r"\blobby(?:en)?\b")),
    # research under way by the body or a bureau it hired: "Een extern bureau doet nu onderzoek naar"
    (("onderzoek naar",),
     _acts(rf"\b(?:{BODY}|we|wij|(?:een|het)\s+(?:\w+\s+)?(?:\w*bureau|onderzoeker))\s+(?:doet|doen)\s+"
           r"(?:(?:nu|momenteel|al|inmiddels)\s+)?onderzoek\s+naar\b")),
    # an agreement concluded to an end: "Concreet is er een overeenkomst gesloten om X in te zetten"
    (("gesloten", "getekend", "ondertekend"),
     _acts(r"\b(?:er\s+(?:is|zijn)|(?:is|zijn)\s+er)\s+(?:\w+\s+){0,2}?(?:een|twee|drie|\d+)\s+(?:\w+\s+)?"
           r"(?:overeenkomst|convenant|contract)(?:en)?\s+(?:gesloten|getekend|ondertekend)\s+(?:om|met|voor)\b")),
    # work the body starts: "De gemeente start een onderzoek naar", "start het college een pilot"
    (("start", "begint"),
     _acts(rf"\b{BODY}\s+(?:start|starten|begint|beginnen)\s+(?:\w+\s+){{0,2}}?(?:een|het)\s+(?:\w+\s+)?"
           r"(?:onderzoek|pilot|project|proef|experiment|programma|campagne)\b",
           rf"\b(?:start|starten|begint|beginnen)\s+{BODY}\s+(?:\w+\s+){{0,2}}?(?:een|het)\s+(?:\w+\s+)?"
           r"(?:onderzoek|pilot|project|proef|experiment|programma|campagne)\b")),
    # a search under way: "Gemeente X is nu op zoek naar een onderzoeker"
    (("op zoek naar",),
     _acts(rf"\b{BODY}\s+(?:is|zijn)\s+(?:(?:nu|al|inmiddels|momenteel|actief)\s+)*op\s+zoek\s+naar\s+"
           r"(?:een|nieuwe|extra|meer)\b")),
    # what the body does, as someone reports it in a clause after "dat" with its verb last: "De wethouder zegt
    # dat de gemeente in 2032 een jeugdteam opent" (not what someone wants: "De partij wil dat ...")
    (("dat ",),
     _acts(r"\b(?:zegt|zei|meldt|meldde|vertelt|vertelde|laat\s+weten|liet\s+weten|kondigt\s+aan|kondigde\s+aan"
           rf"|bevestigt|bevestigde|heeft\s+besloten)\s+dat\s+{BODY}\s+{_NOT_DENIED}{{0,100}}?\b(?:opent|organiseert"
           r"|verhoogt|verlaagt|subsidieert|verlengt|inzet|instelt|aanstelt|invoert|inkoopt|uitbreidt|afschaft"
           r"|investeert|start|begint)(?=\s*(?:[.;,]|$))")),
    # working together kept up or taken up to an end: "X blijft samenwerken met de regiogemeenten", "Om de
    # keten te verkorten, werken de gemeenten samen met de Kinderbescherming" (not how the work is organised:
    # "Bij deze taken werken we samen met partners")
    (("samenwerken", "samen met", "met elkaar samen"),
     _acts(rf"\b(?:{BODY}|we|wij|de\s+(?:\w+\s+){{0,2}}?gemeenten)\s+(?:blijft|blijven)\s+"
           r"(?:(?:ook|nu|daarom|verder|nauw|intensief)\s+)*samenwerken\s+met\b",
           r"^Om\s+[^.;:]{1,120}?\bte\s+\w+\s*,?\s+(?:werkt|werken)\s+"
           rf"(?:{BODY}|we|wij|de\s+(?:\w+\s+){{0,2}}?gemeenten)(?:\s+en\s+[^.;:,]{{1,40}}?)?\s+"
           r"(?:(?:ook|nu|nauw|intensief)\s+)*(?:samen\s+met\b|met\s+elkaar\s+samen\b)",
           # working together on an act: "Sinds 2020 werken de drie regio's samen met X aan het afbouwen van",
           # "Samen met de zorginstellingen werken we aan een andere manier van werken"
           rf"\b(?:werkt|werken)\s+(?:{BODY}|we|wij|de\s+(?:\w+\s+){{0,2}}?(?:gemeenten|regio['\u2019]s))\s+(?:\w+\s+){{0,2}}?"
           r"samen\s+met\b[^.;:]{1,80}?\baan\s+het\s+(?!" + _AIM_VERBS + r")\w+en\b",
           rf"^\W{{0,2}}samen\s+met\s+[^.;:]{{1,60}}?\s(?:werken|werkt)\s+(?:we|wij|{BODY})\s+aan\s+(?:een|het|de)\s+"
           r"(?!(?:gezonde|veilige|betere)\b)\w")),
    # a plan the body has: "Het voornemen is om meer in te zetten op preventie"
    # (also "Het plan is om", "De bedoeling is om" opening the sentence, with an act, not an aim: "De
    # bedoeling is om kinderen beter te helpen")
    (("voornemen", "plan is om", "bedoeling"),
     _acts(r"\b(?:het|ons|haar|zijn)\s+voornemen\s+(?:is\s+)?om\s+[^.;:]{0,120}?\bte\s+[a-z]{3,}",
           r"^\W{0,2}(?:het\s+plan\s+is|de\s+bedoeling\s+(?:is\s+)?)\s*om\s+[^.;:]{0,120}?\bte\s+"
           rf"(?!{_AIM_VERBS}|helpen\b|zorgen\b|maken\b|bereiken\b|realiseren\b)[a-z]{{3,}}")),
    # a working group that examines how: "Een speciale taskforce kijkt hoe het tekort kan worden beperkt"
    (("taskforce", "werkgroep", "projectgroep", "stuurgroep", "expertteam", "kwartiermaker"),
     _acts(r"\b(?:een|de)\s+(?:\w+\s+)?['\u2018\"]?(?:taskforce|werkgroep|projectgroep|stuurgroep|expertteam"
           r"|kwartiermaker)['\u2019\"]?(?:\s+[\w-]+){0,3}?\s+(?:kijkt|kijken|onderzoekt|onderzoeken|bekijkt|bekijken"
           r"|verkent|verkennen|(?:gaat|gaan)\s+(?:\w+\s+)?(?:onderzoeken|kijken|bekijken|verkennen))\s+"
           r"(?:\w+\s+){0,2}?(?:hoe|of|welke|waar|wat)\b")),
    # cuts the body makes, or does not make, on a named item: "De gemeente bezuinigt niet op jeugdhulp"
    # (not a condition: "Als de gemeente bezuinigt op ...")
    (("bezuinig",),
     _acts(rf"^(?!\W{{0,2}}(?:als|indien|wanneer|mocht)\b)[^.;:]*?\b(?:{BODY}|we|wij)\s+(?:bezuinigt|bezuinigen)\s+"
           r"(?:\w+\s+){0,3}?op\s+(?:de|het|een)?\s*\w",
           rf"\b(?:bezuinigt|bezuinigen)\s+(?:{BODY}|we|wij)\s+(?:\w+\s+){{0,3}}?op\s+(?:de|het|een)?\s*\w")),
    # money the council or the body puts into something, the verb first or after a long subject: "Ook
    # investeert de raad geld in verkeersveiligheid", "De gemeenteraad zegt ja tegen ... en investeert in"
    (("investeert", "investeren"),
     _acts(rf"\b(?:investeert|investeren)\s+(?:{BODY}|de\s+(?:gemeente)?raad)\b[^.;:]{{0,80}}?\bin\b",
           r"^\W{0,2}de\s+(?:gemeente)?raad\b(?:(?!\b(?:wil|wilde|vraagt|vroeg|verzoekt|vindt|vond|dat|of)\b)[^.;:]){0,160}?"
           r"\binvesteert\s+(?:\w+\s+){0,3}?in\b")),
    # care bought by a tender announced: "Voor 2018 zal de zorg via een aanbesteding worden ingekocht", "De
    # jeugdhulp wordt opnieuw aanbesteed"
    (("aanbested", "aanbesteed"),
     _acts(r"\b(?:zal|zullen)\b[^.;:]{0,80}?\bvia\s+een\s+(?:\w+\s+)?aanbesteding\b",
           r"\b(?:wordt|worden|zal|zullen)\s+(?:\w+\s+){0,3}?(?:europees\s+|opnieuw\s+)?aanbesteed\b")),
    # a concrete act the body has done, in the perfect (not in a clause that describes something: "de
    # contracten die de gemeente heeft gesloten", nor a condition, nor a denial)
    (_DONE_WORDS,
     _acts(rf"^(?!\W{{0,2}}(?:als|indien|wanneer|mocht)\b)(?:(?!\b(?:die|dat|wat|welke|waarmee|waarin)\s)[^.;:])*?"
           rf"\b(?:{BODY}|we|wij|de\s+(?:\w+\s+)?gemeenten)\s+(?:heeft|hebben)\s+{_NOT_DENIED}{{0,100}}?"
           rf"\b(?:{_DONE})(?=\s*(?:[.;,]|$)|\s+(?:met|aan|voor|bij|om|zodat|in|per|op)\b)")),
    # a concrete act in the present tense with its object: "De gemeente sluit een convenant met de scholen",
    # "maakt afspraken met de aanbieders", "biedt ouders gratis cursussen aan", "ontwikkelt een nieuwe
    # aanpak", "beperkt het aantal aanbieders", "Het college heeft de opdracht gegeven om ... te"
    (("sluit", "afspraken met", "biedt", "bieden", "introduce", "ontwikkel", "bouw", "beperk", "opdracht"),
     _acts(rf"^(?!\W{{0,2}}(?:als|indien|wanneer|mocht)\b)(?:(?!\b(?:die|dat|wat|welke)\s)[^.;:])*?"
           rf"\b(?:{BODY}|we|wij)\s+(?:"
           r"(?:sluit|sluiten)\s+(?:\w+\s+){0,3}?(?:een|het|nieuwe?)\s+(?:\w+\s+)?\w*(?:convenant|overeenkomst"
           r"|contract|akkoord|pact)(?:en)?\s+(?:af\s+)?met\b"
           r"|(?:maakt|maken)\s+(?:\w+\s+){0,2}?afspraken\s+met\b"
           rf"|(?:biedt|bieden)\s+{_NOT_DENIED}{{0,80}}?\baan(?=\s*(?:[.;,]|$)|\s+(?:om|voor|bij|in|via)\s)"
           r"|(?:introduceert|introduceren|ontwikkelt|ontwikkelen|bouwt|bouwen)\s+(?:\w+\s+){0,2}?(?:een|twee|drie"
           r"|extra)\s+(?:\w+\s+)?(?:nieuwe?\s+)?\w"
           r"|(?:beperkt|beperken)\s+(?:\w+\s+){0,2}?het\s+aantal\b"
           r"|(?:heeft|hebben|geeft|geven)\s+(?:\w+\s+){0,4}?opdracht\s+(?:gegeven\s+)?(?:aan\s+[^.;:]{1,60}?\s)?"
           r"(?:om|tot|voor)\s)")),
    # the body as the agent of a passive: "De subsidie wordt door het college verlengd", "Er wordt door de
    # gemeente extra geld vrijgemaakt"; a stated expansion or change: "wordt uitgebreid met twee medewerkers",
    # "wordt verhoogd met 2 miljoen euro"
    (("door ", "uitgebreid met", "verhoogd met"),
     _acts(r"\b(?:wordt|worden|zal|zullen)\b[^.;:]{0,60}?\bdoor\s+(?:het\s+college|de\s+gemeente|de\s+regio"
           r"|de\s+wethouder|het\s+(?:algemeen|dagelijks)\s+bestuur)\b[^.;:]{0,60}?\b(?:vrijgemaakt|verlengd|verlaagd"
           r"|verhoogd|ingekocht|uitgebreid|ingezet|ingevoerd|gestart|aangesteld|opgericht|opgezet|georganiseerd"
           r"|ontwikkeld|aangepast|afgeschaft|beschikbaar\s+gesteld|opgesteld|gesubsidieerd|gefinancierd|aanbesteed"
           r"|gecontracteerd)\b",
           # (not what follows from something else: "waardoor het tarief wordt verlaagd met", nor a cut that
           # befalls the body: "Het budget wordt gekort met 15 procent")
           r"^(?:(?!\b(?:waardoor|doordat|omdat|zodat)\b)[^.;:])*?"
           r"\b(?:wordt|worden)\s+(?:\w+\s+)?(?:uitgebreid|verhoogd)\s+met\s+(?:(?:€\s?)?\d"
           r"|twee|drie|vier|vijf|tien|extra)")),
    # a plan drawn up by the municipalities with others, the verb first: "In 2022 stellen de gemeenten, de
    # aanbieders en de jeugdigen samen de Regiovisie op."
    (("stellen",),
     _acts(r"\bstellen\s+[^.;:]{0,160}?\bgemeenten\b[^.;:]{0,120}?\bsamen\s+(?:de|het|een)\s+[^.;:]{1,60}?\sop"
           r"(?=\s*[.;,]|$)")),
    # research or a project under way: "Er loopt een groot provinciaal onderzoek om te kijken waarom"
    (("er loopt", "er lopen"),
     _acts(r"\ber\s+(?:loopt|lopen)\s+(?:(?:nu|momenteel|al|inmiddels)\s+)*(?:een\s+|twee\s+|drie\s+)?(?:\w+\s+){0,2}?"
           r"(?:onderzoek|onderzoeken|pilot|pilots|proef|project|projecten|aanbesteding)\b")),
    # an effort the body makes to an act: "De gemeente probeert de informele zorg te verbinden met", "Met een
    # brandbrief probeert het college de bewindspersonen op andere gedachten te brengen" (not an aim)
    (("probeert", "proberen"),
     _acts(rf"\b(?:{BODY}\s+(?:probeert|proberen)|(?:probeert|proberen)\s+{BODY})\s+[^.;:]{{1,120}}?\bte\s+"
           rf"(?!{_AIM_VERBS})[a-z]{{3,}}")),
    # a contract signed: "Maandag ondertekenden ze het contract", "De gemeenten tekenden een convenant"
    (("tekende",),
     _acts(rf"\b(?:ondertekende|ondertekenden|tekende|tekenden)\s+(?:ze|zij|we|wij|{BODY}|de\s+(?:\w+\s+)?gemeenten)\s+"
           r"(?:\w+\s+){0,3}?(?:het|een|de)\s+(?:\w+\s+)?\w*(?:contract|convenant|overeenkomst|akkoord|pact)\b",
           rf"\b(?:{BODY}|we|wij|de\s+(?:\w+\s+)?gemeenten)\s+(?:ondertekende|ondertekenden|tekende|tekenden)\s+"
           r"(?:\w+\s+){0,3}?(?:het|een|de)\s+(?:\w+\s+)?\w*(?:contract|convenant|overeenkomst|akkoord|pact)\b")),
    # care bought or a tender held on a basis: "Op basis van deze visie vindt de inkoop plaats"
    (("plaats",),
     _acts(r"\b(?:vindt|vinden)\s+(?:de|het|een)\s+(?:\w+\s+)?(?:inkoop|aanbesteding|herijking)\s+plaats\b",
           r"\b(?:de|een)\s+(?:\w+\s+)?(?:inkoop|aanbesteding)\s+(?:\w+\s+){0,4}?(?:vindt|zal)\s+[^.;:]{0,60}?"
           r"\bplaats(?:vinden)?\b")),
    # a plan the text says is meant: "Het is de bedoeling dat de gemeente de partijen actief betrekt"
    (("bedoeling dat",),
     _acts(rf"\bhet\s+is\s+de\s+bedoeling\s+dat\s+(?:{BODY}|we|wij|de\s+(?:\w+\s+)?gemeenten)\b")),
    # something expanded or worked out, no time needed: "Het jongerenwerk wordt uitgebreid.", "Ambulante zorg
    # wordt verder uitgewerkt via ontwikkelcontracten"
    (("uitgebreid", "uitgewerkt"),
     _acts(r"^(?:(?!\b(?:waardoor|doordat|omdat|zodat|als|indien)\b)[^.;:])*?\b(?:wordt|worden)\s+(?:verder\s+)?"
           r"(?:uitgebreid(?=\s*[.;]|$)|uitgewerkt\s+(?:via|met|door\s+middel\s+van)\s)")),
    # the body stops something: "De gemeente stopt per 1 januari met de subsidie aan de stichting"
    (("stopt", "stoppen"),
     # (the body by its office, not another municipality by its name: "De gemeente X stopt met jeugdhulp")
     _acts(r"\b(?:het\s+college|de\s+gemeente|de\s+wethouder|de\s+regio|we|wij)\s+(?:stopt|stoppen)\s+"
           r"(?:(?:per|vanaf|in|op)\s+[^.;:]{0,30}?\s)?"
           r"(?:\w+\s+){0,2}?met\s+(?:de|het|een)\b")),
    # research the body commissions: "Het college laat onderzoek doen naar", "laat onderzoeken of"
    (("laat ", "laten "),
     _acts(rf"\b(?:{BODY}|we|wij)\s+(?:laat|laten)\s+(?:\w+\s+){{0,3}}?(?:(?:een\s+)?(?:\w+\s+)?onderzoek\s+"
           r"(?:doen|uitvoeren|instellen)|onderzoeken\s+(?:of|hoe|welke|wat|waar)\b)")),
    # people taken on: "De gemeente neemt twee extra consulenten in dienst"
    (("in dienst",),
     _acts(rf"\b(?:{BODY}|we|wij)\s+(?:neemt|nemen|heeft|hebben)\s+{_NOT_DENIED}{{0,80}}?\bin\s+dienst"
           r"(?:\s+genomen)?\b",
           rf"\b(?:neemt|nemen)\s+(?:{BODY}|we|wij)\s+{_NOT_DENIED}{{0,80}}?\bin\s+dienst\b")),
    # rules or a policy adjusted: "De gemeente scherpt de regels voor de toegang aan", "Het college past de
    # verordening aan"
    (("past ", "passen ", "scherpt ", "scherpen "),
     _acts(rf"\b(?:{BODY}|we|wij)\s+(?:past|passen|scherpt|scherpen)\s+{_NOT_DENIED}{{0,100}}?\baan"
           r"(?=\s*(?:[.;,]|$)|\s+(?:zodat|om|naar|op|per|met\s+ingang)\b)")),
    # a project or team that starts: "Per 1 januari gaat een nieuw jeugdteam van start", "De pilot is in maart
    # van start gegaan"
    (("van start",),
     _acts(r"\b(?:gaat|gaan|ging|gingen)\s+(?:er\s+)?(?:een|het|de|twee|drie|\d+)\s+(?:\w+\s+){0,3}?"
           rf"{_NEW_WORK}\s+van\s+start\b",
           rf"\b{_NEW_WORK}\b[^.;:]{{0,60}}?\b(?:gaat|gaan|ging|gingen|is|zijn)\s+(?:\w+\s+){{0,4}}?van\s+start\b")),
    # a new service where people can go: "Ouders kunnen vanaf september terecht bij een nieuw inlooppunt"
    (("terecht",),
     _acts(r"\bkunnen\s+(?:\w+\s+){0,4}?terecht\s+(?:\w+\s+){0,2}?(?:bij|in|op)\s+(?:een|het|de)\s+nieuwe?\s")),
    # something new announced by someone who speaks for the body: "Wethouder Jansen kondigt aan dat er een
    # meldpunt komt"
    (("dat er",),
     _acts(rf"\b(?:{BODY}|(?:de\s+)?burgemeester)\b[^.;:]{{0,40}}?\b(?:zegt|zei|meldt|meldde|kondigt\s+aan"
           r"|kondigde\s+aan|bevestigt|bevestigde|laat\s+weten|liet\s+weten)\s+dat\s+er\s+"
           r"(?:(?:nu|binnenkort|snel|ook)\s+)*(?:een|extra|meer|twee|drie|\d+)\s(?!\w*tekort)"
           r"(?:(?!\b(?:niet|geen)\b)[^.;:]){0,80}?\b(?:komt|komen)(?=\s*[.;,]|$)")),
    # spending raised or cut: "Er wordt minder geld uitgegeven aan het onderhoud van"
    (("uitgegeven",),
     _acts(r"\b(?:wordt|worden)\s+(?:er\s+)?(?:minder|meer|extra)\s+(?:geld\s+)?uitgegeven\s+aan\b")),
    # a rate or budget changed by a stated quantity: "De OZB wordt met 2,5% verhoogd"
    (("verhoogd", "verlaagd", "gekort", "verminderd"),
     _acts(r"\b(?:wordt|worden)\s+(?:\w+\s+){0,2}?met\s+(?:€\s?)?\d[\d.,]*\s*(?:%|procent|euro|miljoen)?\s+"
           r"(?:verhoogd|verlaagd|gekort|verminderd)\b")),
    # what the municipalities will do, the verb first: "Waar nodig zullen de gemeenten andere aanbieders de
    # gelegenheid geven", "Daarom gaan de gemeenten samen een expertteam oprichten" (not what befalls them)
    (("zullen de", "gaan de", "zullen alle", "gaan alle"),
     _acts(r"\b(?:zullen|gaan)\s+(?:de|alle)\s+(?:[\w-]+\s+){0,2}?gemeenten\s+(?:(?:ook|samen|daarom|nu)\s+)*"
           r"(?!(?:uitkomen|hebben|krijgen|zijn|worden|blijven|kunnen|moeten|lijden|ontvangen|kampen)\b)"
           rf"{_NOT_DENIED}{{0,80}}?\b(?:geven|bieden|inzetten|oprichten|opzetten|starten|inkopen|aanbesteden|organiseren"
           r"|aanstellen|invoeren|ontwikkelen|opstellen|afsluiten|sluiten|overnemen)(?=\s*[.;,]|\s+om\s)")),
    # what the municipalities named by their region or names will do: "De gemeenten in de regio Twente gaan
    # samen een expertteam oprichten", "De gemeenten Oosterdijk en Zuidhorn gaan de inkoop bundelen"
    (("gemeenten",),
     _acts(r"^\W{0,2}(?:de|alle)\s+(?:[\w-]+\s+){0,2}?gemeenten\s+(?:(?:in|van|uit)\s+(?:de\s+)?(?:regio\s+)?)?"
           r"(?-i:[A-Z])[\w'-]+(?:(?:\s*,\s*|\s+en\s+|\s+)(?-i:[A-Z])[\w'-]+){0,8}\s+(?:gaan|zullen)\s+"
           r"(?!(?:uitkomen|hebben|krijgen|zijn|worden|blijven|kunnen|moeten|lijden|ontvangen|kampen)\b)"
           rf"{_NOT_DENIED}{{0,80}}?\b[a-z]{{3,}}en\b(?=\s*[.;,]|\s+(?:om|met|voor|in|op|aan)\s)")),
    # a joint project the partners start, whoever they are: "De vier aanbieders starten hiervoor een
    # intensieve samenwerking" (not a party's: its campaign is its politics)
    (("starten",),
     _acts(rf"^(?![^.;:]*\b{PARTY}\b)[^.;:]{{0,120}}?\bstarten\s+(?:(?:hiervoor|daarvoor|daarom|nu|binnenkort"
           r"|samen|gezamenlijk)\s+)*(?:een|het)\s+(?:\w+\s+)?(?:pilot|project|proef|experiment|samenwerking)\b")),
    # a search under way, in the passive: "Gezocht wordt naar opvang", "Er wordt gezocht naar een"
    (("gezocht naar", "gezocht wordt"),
     _acts(r"^(?:\W{0,2})gezocht\s+wordt\s+naar\s", r"\b(?:wordt|worden)\s+(?:er\s+)?(?:nu\s+|actief\s+)?"
           r"gezocht\s+naar\s+(?:een|nieuwe|extra|meer)\b")),
    # a plan the body announces it will bring: "Het college komt voor de zomer met een plan van aanpak", "Eind
    # maart komt de gemeente met een actieplan" (a proposal to the council is its procedure)
    (("plan", "aanpak", "programma"),
     _acts(rf"\b(?:{BODY}|we|wij)\s+(?:komt|komen)\s+(?:[^.;:]{{0,60}}?\s)?met\s+(?:een|het|ons|haar)\s+"
           r"(?:\w+\s+)?(?:plan(?:\s+van\s+aanpak)?|\w*plan|aanpak|uitvoeringsprogramma|actieprogramma)\b",
           rf"\b(?:komt|komen)\s+(?:{BODY}|we|wij)\s+(?:[^.;:]{{0,60}}?\s)?met\s+(?:een|het|ons|haar)\s+"
           r"(?:\w+\s+)?(?:plan(?:\s+van\s+aanpak)?|\w*plan|aanpak|uitvoeringsprogramma|actieprogramma)\b")),
    # the verb before "we" when something else opens the clause: "In november organiseren we een bijeenkomst",
    # "De term werken we verder uit in de uitvoeringsplannen" (an act with its object, not an aim)
    (("organiseren w", "openen w", "starten w", "ontwikkelen w", "houden w", "werken w"),
     _acts(r"\b(?:organiseren|openen|starten|ontwikkelen|houden)\s+(?:we|wij)\s+(?:(?:daarom|ook|dan|nu|samen)\s+)*"
           r"(?:een|twee|drie|extra|nieuwe?)\s+(?:\w+\s+)?(?:bijeenkomst|bijeenkomsten|training|trainingen|cursus"
           r"|pilot|campagne|leidraad|aanpak|plan|netwerk|loket|spreekuur|avond|conferentie|werkwijze)\b",
           r"\bwerken\s+(?:we|wij)\s+(?:\w+\s+){0,2}?uit\s+(?:in|via|met)\b")),
    # the means by which "we" pursue an aim, with its object: "Door zorg in de wijk te organiseren hopen we"
    # (not "Door samen te werken kunnen we", a thought)
    (("hopen we", "willen we", "proberen we", "hopen wij", "willen wij", "proberen wij"),
     _acts(r"^Door\s+(?:\S+\s+){2,12}?te\s+\w+\s+(?:hopen|willen|proberen)\s+(?:we|wij)\b")),
)


# what the national government or its inspectorate does is no measure of the document's council or college
NATIONAL_ACTOR = re.compile(
    r"(?i)\b(?:staatssecretaris|minister|kabinet|inspectie\w*|landelijke\s+overheid|rijksoverheid|het\s+rijk"
    r"|in\s+(?:heel\s+)?nederland)\b")
NATIONAL_WORDS = ("staatssecretaris", "minister", "kabinet", "inspectie", "landelijke", "rijk", "nederland")
# a party's page speaks as the party ("onze fractie", "wij als fractie"): its "we" is the party, whose plans
# are its politics, not the government's measures (a quoted alderman's "we" stays, within quotation marks)
PARTY_VOICE = re.compile(
    r"(?i)\b(?:onze|mijn)\s+(?:fractie|partij)\b|\b(?:wij|we)\s+als\s+(?:fractie|partij)\b"
    r"|\bals\s+fractie\s+(?:hebben|zijn|willen)\s+(?:we|wij)\b")
PARTY_WE = re.compile(r"(?i)^[^\"\u201c\u2018']*\b(?:we|wij)\b")


# a subject that refers back to what the sentence before named: that sentence names the measure
REFERS_BACK = re.compile(
    r"(?:(?:Het|De)\s+nieuwe|(?:Dit|Deze|Dat|Die)(?:\s+nieuwe)?)\s+(?:beleid|plan|aanpak|werkwijze|programma"
    r"|regeling|project)\s+(?:wordt|zal|gaat)\b")
# what happens to the responses of a consultation is the procedure, no act: "De zienswijzen worden
# vastgelegd in een inspraaknota", "Alle reacties worden verwerkt"
NO_OWN_ACT = re.compile(
    r"(?i)\b(?:zienswijzen|zienswijze|inspraakreacties|reacties|opmerkingen)\s+(?:\w+\s+){0,2}?(?:wordt|worden)\s+"
    r"(?:\w+\s+){0,2}?(?:vastgelegd|verwerkt|gebundeld|beantwoord|meegenomen|verzameld)\b"
    # telling the council is its procedure: "Het college zal de raad informeren", "Wij houden u op de hoogte",
    # "De wethouder zal de vragen beantwoorden"
    r"|\b(?:de\s+(?:gemeente)?raad|u|uw\s+raad|de\s+commissie)\s+(?:\w+\s+){0,4}?(?:informeren|informeert|inlichten"
    r"|op\s+de\s+hoogte\s+(?:houden|stellen|brengen))\b|\bvragen\b[^.;:]{0,60}?\bbeantwoorden\b"
    # also in the passive: "Eind 2031 wordt de gemeenteraad verder geïnformeerd over"
    r"|\b(?:wordt|worden|zal|zullen)\s+(?:de\s+(?:gemeente)?raad|u|uw\s+raad|de\s+commissie)\s+(?:\w+\s+){0,3}?"
    r"(?:(?:ge)?[iï]nformeerd|ingelicht|op\s+de\s+hoogte\s+(?:gehouden|gesteld|gebracht))\b"
    # a proposal to the council is no act yet: "Het college heeft besloten de raad voor te stellen"
    r"|\bbesloten\s+(?:om\s+)?(?:de\s+(?:gemeente)?raad|u|uw\s+raad)\s+(?:\w+\s+){0,3}?voor\s+te\s+(?:stellen|leggen)\b"
    # what someone wants done is a wish, not an act: "GroenLinks wil dat het college onderzoekt of"
    r"|\b(?:wil|willen|wilde|wilden)\s+(?:graag\s+)?dat\b"
    # the chair moving on through the agenda: "Dan gaan we verder met agendapunt 9"
    r"|\b(?:verder|door)\b[^.;:]{0,30}?\bmet\s+(?:agendapunt|punt\s+\d|de\s+agenda|de\s+vergadering)\b"
    # a question without its mark: "Welke wijzigingen wil het college gaan opnemen in a) ...; b) ..."
    r"|^\W{0,2}(?:welke|wat|hoe|wanneer|waarom|waar|wie)\s+(?:\w+\s+){0,2}?(?:wil|wilt|gaat|zal|zullen|gaan"
    r"|willen|kan|kunnen)\s+(?:het\s+college|de\s+gemeente|de\s+wethouder|u|we|wij)\b"
    # an observation: "Het college stelt vast dat de voorzieningen ... beschikbaar zijn"
    r"|\bstel(?:t|len)\s+vast\s+dat\b"
    # findings taken along: "zal de uitkomsten meenemen in de begroting"
    r"|\b(?:uitkomsten|resultaten|signalen|bevindingen)\b[^.;:]{0,40}?\bmeenemen\b"
    # what befalls the body, its verb last: "De gemeente zal in 2031 een tekort hebben" (not "zal een plan
    # opgesteld hebben", an act)
    r"|\b(?:zal|zullen|gaat|gaan)\s+(?:[^.;:,]{0,80}?\s)?(?!\w*ge\w+[dt]\s)\w+\s+"
    r"(?:hebben|krijgen|blijven|uitkomen|kampen|lijden|ontvangen)(?=\s*(?:[.;,]|$)|\s+(?:van|op)\s)")


# what follows from figures just given is their explanation, not an act: "Dat betekent dat een bedrag van
# 5 miljoen wordt ingezet op regionaal niveau"
_CONSEQUENCE = re.compile(r"(?i)\b(?:betekent|betekende|houdt\s+in|impliceert)\s+dat\b")


class WordedPatterns:
    """Patterns each tried only where one of its words stands in the sentence: every word of every pattern
    is found in one scan (most sentences have none), and only the patterns whose words stand there run."""

    def __init__(self, patterns: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...]) -> None:
        self._words = ahocorasick.Automaton()
        for word in {word for needed, _ in patterns for word in needed}:
            self._words.add_word(word, word)
        self._words.make_automaton()
        self._patterns = tuple(pattern for _, pattern in patterns)
        # per word, the patterns (by place) that need it: a sentence's words name the patterns to run
        by_word: dict[str, tuple[int, ...]] = {}
        for index, (needed, _) in enumerate(patterns):
            for word in needed:
                by_word[word] = (*by_word.get(word, ()), index)
        self._by_word = by_word

    def any_in(self, body: str, words: str | None) -> bool:
        """Whether one of the patterns matches the sentence (``words``: its lowered text, or ``None``)."""
        lowered = body.lower() if words is None else words
        held = {word for _, word in self._words.iter(lowered)}
        if not held:
            return False
        # the patterns whose words stand there, in their order (not every pattern tested)
        tried = sorted({index for word in held for index in self._by_word[word]})
        return any(self._patterns[index].search(body) is not None for index in tried)


_ACTS = WordedPatterns(_ACT_PATTERNS)


def states_act(body: str, words: str | None) -> bool:
    """Whether a sentence reports one of these acts (``words``: its lowered text, or ``None``)."""
    return _ACTS.any_in(body, words) and not _CONSEQUENCE.search(body)


# an alderman introduced by office and name ("wethouder Jan de Vries", "Wethouder Evertz"): the surname
_ALDERMAN = re.compile(
    r"[Ww]ethouder\s+(?:[A-Z][\w'-]+\s+)??(?P<name>(?:(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en)\s+)*"
    r"[A-Z][a-z\u00e0-\u00ff'-]{2,})\b(?!\s+[A-Z])")


def aldermen(text: str) -> re.Pattern[str] | None:
    """The surnames of the aldermen the text introduces by office, as one pattern, or None."""
    names = set()
    at = text.find("ethouder ")
    while at > 0:  # the office's word first: the pattern runs only where it stands
        if m := _ALDERMAN.match(text, at - 1):
            names.add(m.group("name"))
        at = text.find("ethouder ", at + 9)
    if not names:
        return None
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\b")


def as_alderman(body: str, names: re.Pattern[str]) -> str | None:
    """The sentence with an alderman named by surname alone written as "de wethouder" (``Als dat klaar is,
    wil Evertz een toezichthouder aanstellen``), or None when it names none that way."""
    replaced, count = names.subn(
        lambda m: m.group() if body[max(0, m.start() - 10):m.start()].lower().endswith("wethouder ")
        else "de wethouder", body)
    return replaced if count and replaced != body else None


def headline(sentence: Span, text: str) -> bool:
    """A heading alone on its line without a sentence's end; a line of twenty words or more is a sentence
    cut off where the retrieved text stops, no heading."""
    return sentence.text.count(" ") < 20 and alone_on_line(sentence, text)


__all__ = [
    "BODY", "NATIONAL_ACTOR", "NATIONAL_WORDS", "NO_OWN_ACT", "PARTY_VOICE", "PARTY_WE", "REFERS_BACK",
    "WordedPatterns", "aldermen", "as_alderman", "headline", "states_act",
]
