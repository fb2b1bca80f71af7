"""Measures (``jg:Maatregel``): what a document reports as decided, announced or under way.

A concrete action the document reports as decided, announced or under way: the items of a list introduced
as measures or steps (``zetten we verschillende stappen:``); a sentence that calls something a measure or
a step (``X is één van die maatregelen``); a sentence that announces an action with its time (``In de
volgende fase wordt een uitvoeringsplan opgesteld``, ``wordt dit jaar ... vastgesteld``); a sentence
reporting that a body made money available, set something up, abolished something or made agreements
(``heeft ... € 400.000 beschikbaar gesteld``, ``heeft een Regionaal Expertiseteam opgericht``, ``werden
besluiten genomen als het afschaffen van ...``); and, in a section headed ``Aanpak``, ``Maatregelen`` or
``Acties`` (slides), each line that starts with an action verb (``Samenvoegen segmenten 1 en 5``).

Also: commitments given in the council (``heeft toegezegd dat ...``), what the college, the
municipality (also by its name, as a sentence's subject) or "we" will do, want to do with its action,
fund or deploy, concrete acts in the present tense, lists under an action heading or after a sentence
that announces what the body will do, and such lists flattened into one line. What a party proposes
or pleads for, a forecast, an aim or a thought is no measure. With ``learned``, also the sentences the
learned model reads as measures (``measuremodel``; off in the build, see ``measuremodel.APPLIED``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..facts import Measure, Mention, SourceText, Span
from . import dates, prefilter
from .actionsections import action_section_lines, opens_planned_list, planned_rows
from .cues import Cues
from .matching import lowered_for_search
from .measureacts import BODY as _BODY
from .measureacts import NATIONAL_ACTOR as _NATIONAL_ACTOR
from .measureacts import NATIONAL_WORDS as _NATIONAL_WORDS
from .measureacts import (
    NO_OWN_ACT,
    PARTY_VOICE,
    PARTY_WE,
    REFERS_BACK,
    aldermen,
    as_alderman,
    headline,
    states_act,
)
from .measurelists import MEASURE_LIST_HEADER, flattened_list
from .measuremodel import learned_measures
from .measurenews import reports_act
from .structure import ITEM_MARKER, lines, list_at, sentences

#: Within one clause: anything but a sentence or clause end (a full stop between digits is part
#: of a number such as ``€ 400.000``).
_IN_CLAUSE = r"(?:[^.;:]|(?<=\d)[.:](?=\d))*?"
_CALLED_A_MEASURE = re.compile(
    r"\b(?:is|zijn|vormt|vormen)\s+(?:een|één|1)\s+(?:van\s+(?:de|die|deze)\s+)?(?:\w+\s+){0,2}"
    r"(?:maatregel(?:en)?|stap(?:pen)?)\b"
    # "Toen zijn een pakket maatregelen afgesproken": a passive that names no measure
    r"(?!\s+(?:afgesproken|genomen|getroffen|aangekondigd|voorgesteld|bedacht)\b)"
    # the measure named after it: "Eén van die stappen is dat we een regiovisie ontwikkelen"
    r"|^(?:[eé]{2}n|1)\s+van\s+(?:de|die|deze|onze)\s+(?:\w+\s+)?(?:maatregelen|stappen)\s+is\s+(?:dat|het|om)\b",
    re.IGNORECASE,
)
_ANNOUNCED_ACTION = re.compile(
    r"\b(?:wordt|worden|zal|zullen)\b" + _IN_CLAUSE
    # the participle of another clause's auxiliary is not this one's: "waar aan wordt gewerkt, blijkt uit de
    # visie die nu is opgesteld"
    + r"(?<!\bis\s)(?<!\bzijn\s)(?<!\bwerd\s)(?<!\bwerden\s)(?<!\bheeft\s)(?<!\bhebben\s)"
    + r"\b(?:vastgesteld|opgesteld|ingevoerd|uitgevoerd|gerealiseerd"
    r"|opgericht|opgezet|gestart|geïmplementeerd|geimplementeerd|ingekocht|aangepast|uitgebreid"
    r"|afgeschaft|ingesteld|aangescherpt|beschikbaar\s+gesteld|verlengd|geëvalueerd|geevalueerd"
    r"|ingezet|ingericht|gedekt|geïnformeerd|geinformeerd|vastgelegd|ontwikkeld|aangesteld|georganiseerd"
    r"|versterkt|afgerond|overgedragen|samengevoegd|uitgewerkt|onderzocht|aangeboden|omgezet|voortgezet"
    r"|toegekend|afgebouwd|stopgezet|doorontwikkeld|gecontracteerd|geopend|vrijgemaakt"
    r"|opgezegd|beëindigd|beeindigd|gegund|aanbesteed|ingekocht|gebouwd|verbouwd|geïntroduceerd)\b",
    re.IGNORECASE,
)
# something new the passive announces: "Er wordt een wachtlijstcoördinator aangesteld", "worden extra
# plekken ingericht" (not "het beleid wordt aangepast", which needs its time)
_NEW_THING = re.compile(
    r"(?i)\b(?:wordt|worden|zal|zullen)\s+(?:er\s+)?(?:(?:ook|nog|daarom|dit\s+jaar)\s+)?"
    r"(?:een|extra|meer|nieuwe?|twee|drie|vier|vijf|\d+)\s"
    # or recorded in a new document: "De mogelijkheden worden vastgelegd in een 'dilemmadocument'" (not "in de
    # Uitvoeringsnota", one that exists)
    r"|\b(?:vastgelegd|uitgewerkt)\s+in\s+een\s+(?:nieuwe?\s+)?['\u2018\"]?\w*(?:document|plan|nota|notitie|visie|agenda)\b"
)
# the measures after their heading word in the same sentence: "Het college neemt de volgende
# maatregelen: een budgetplafond, strengere toegang en meer preventie."
_LISTED_INLINE = re.compile(
    r"(?i)\b(?:maatregelen|stappen|acties|actiepunten|speerpunten|verbeteracties)\s*:\s+\w[^.;:]{10,}"
)
_TIME_MARKER = re.compile(
    r"\b(?:(?:dit|volgend|komend|het\s+komende|later\s+dit)\s+jaar|in\s+de\s+volgende\s+fase"
    r"|per\s+\d{1,2}\s+\w+\s+(?:19|20)\d{2}|per\s+(?:19|20)\d{2}|in\s+(?:19|20)\d{2}|uiterlijk"
    r"|vóór\s+\d|in\s+het\s+(?:eerste|tweede|derde|vierde)\s+kwartaal|(?:de\s+)?komende\s+(?:tijd|periode|maanden|jaren)"
    r"|binnenkort|(?:begin|eind|medio)\s+(?:(?:19|20)\d{2}|januari|februari|maart|april|mei|juni|juli|augustus"
    r"|september|oktober|november|december)|(?:voor|na)\s+de\s+zomer|vanaf\s+\d{1,2}\s+[a-z]+"
    r"|met\s+ingang\s+van|vanaf\s+(?:19|20)\d{2}|jaarlijks|ieder\s+jaar|elk\s+jaar)\b",
    re.IGNORECASE,
)
_DECIDED_ACTION = re.compile(
    # the body as the subject, before or after its verb (what another municipality did is its own affair:
    # "Andere gemeenten hebben een plafond ingesteld")
    rf"(?:\b(?:{_BODY}|we|wij|(?:het\s+)?(?:algemeen\s+|dagelijks\s+)?bestuur|regio(?:\s+(?-i:[A-Z])[\w-]+)?"
    r"|de\s+gemeenten)\s+(?:[\w-]+\s+){0,3}?(?:heeft|hebben)"
    rf"|\b(?:heeft|hebben)\s+(?:{_BODY}|we|wij))\b" + _IN_CLAUSE
    + r"\b(?:beschikbaar\s+gesteld|opgericht|ingesteld|afgeschaft|vrijgemaakt)\b"
    # "het college heeft besloten een budgetplafond in te stellen"
    # (what the council decided is its decision: resolutions)
    r"|\b(?:college|gemeente|regio|bestuur|wethouders)\s+(?:heeft|hebben)\s+(?:(?:op|in)\s+\d[^.;:]{0,20}?\s)?besloten\b"
    + _IN_CLAUSE + r"\bte\s+\w+"
    r"|\bbesluiten\s+genomen\s+(?:als|zoals)\b"
    # the council or college adopting a proposal with its content: "De raad heeft ingestemd met een
    # voorstel om te investeren in ...", "stemde in met het plan voor ..."
    r"|\b(?:(?:gemeente)?raad|college|bestuur|staten)\b" + _IN_CLAUSE
    + r"\b(?:ingestemd|stemde|stemden|stemt)\s+(?:in\s+)?met\s+"
    r"(?:een|het)\s+(?:\w+\s+)?(?:voorstel|plan)\s+(?:om|voor)\b"
    r"|\b(?:we|wij|gemeente|gemeenten|college|regio)\b" + _IN_CLAUSE + r"\bafspra(?:ak|ken)\b" + _IN_CLAUSE
    + r"\b(?:gemaakt|hebben|maken)\b",
    re.IGNORECASE,
)
# one of these is in every match of _DECIDED_ACTION
_DECIDED_ACTION_WORDS = ("heeft", "hebben", "besluiten", "afspra", "ingestemd", "stemde", "stemt")


def _states_measure(body: str, words: str | None) -> bool:
    """Whether a sentence reports a measure (``words``: its lowered text, to look for the words each
    pattern needs first, or ``None`` to try every pattern)."""
    return bool(
        ((words is None or "maatregel" in words or "stap" in words or "actie" in words)
         and (_CALLED_A_MEASURE.search(body) or _LISTED_INLINE.search(body)))
        or (
            (words is None or "word" in words or "zal" in words or "zull" in words)
            and _ANNOUNCED_ACTION.search(body) and (_TIME_MARKER.search(body) or _NEW_THING.search(body))
            and not _DUTY.search(body)
        )
        or (
            (words is None or any(map(words.__contains__, _DECIDED_ACTION_WORDS)))
            and prefilter.in_sentence(_DECIDED_ACTION, body)
        )
        or ((words is None or any(map(words.__contains__, _WE_WILL_WORDS))
             or words.startswith(("we ", "wij "))) and prefilter.in_sentence(_WE_WILL, body))
        or any((words is None or any(map(words.__contains__, needed))) and pattern.search(body)
               for needed, pattern in _WE_ACTS)
        or ((words is None or (any(map(words.__contains__, _BODY_WILL_WORDS)) and _names_an_actor(words)))
            and _BODY_WILL.search(body))
        or ((words is None or (_names_an_actor(words) and not _BODY_ACTS_VERBS.isdisjoint(words.split())))
            and prefilter.in_sentence(_BODY_ACTS, body))
        or ((words is None or "plan" in words) and _PLAN_UNDER_WAY.search(body))
        or ((words is None or any(map(words.__contains__, _UNDER_WAY_WORDS)))
            and prefilter.in_sentence(_UNDER_WAY, body))
        or ((words is None or _TAKEN_UP_WORDS.any_in(words)) and prefilter.in_sentence(_TAKEN_UP, body))
        or states_act(body, words) or reports_act(body, words)
    ) and not (
        (words is None or any(map(words.__contains__, _NATIONAL_WORDS))) and _NATIONAL_ACTOR.search(body)
        and not _LOCAL_ACTOR.search(body)
    ) and not _advocacy(body) and not _NO_OWN_CONTENT.search(body) and not NO_OWN_ACT.search(body)


def _advocacy(body: str) -> bool:
    """What a party proposes is no measure, but a clause after a colon with the college, the alderman or
    "zij" as its subject speaks for itself ("De wethouder omarmde het amendement: zij gaat nu ...")."""
    if not _ADVOCACY.search(body):
        return False
    after = body.rsplit(": ", 1)[-1]
    return after == body or bool(_ADVOCACY.search(after)) or not _THIRD_PERSON.match(after)


_ACTOR_KINDS = frozenset({"gemeente", "gemeenschappelijke_regeling"})


def _announces_actions(line: str) -> bool:
    """A line that opens a list with what the body or "we" will do ("X gaat werken aan de volgende
    speerpunten:", "Wij gaan het komende jaar:")."""
    last_sentence = re.split(r"(?<=[.!?])\s+", line)[-1]
    return bool(_BODY_WILL.search(last_sentence) or _WE_WILL.search(last_sentence)
                or opens_planned_list(last_sentence))


def find_measures(
    source: SourceText, mentions: Sequence[Mention] = (), kind: str | None = None, *, learned: bool = False
) -> list[Measure]:
    """Measures the document reports as decided, announced or under way, in text order
    (``mentions``: the municipalities and joint bodies named, which may be a sentence's subject; ``kind``:
    the document's kind; ``learned``: also the sentences the learned model reads as measures)."""
    text = source.text
    found: list[Span] = []
    subjects = {m.span.begin: m.span.end for m in mentions if m.kind in _ACTOR_KINDS}

    for line in lines(text):
        stripped = line.text.strip()
        if stripped.endswith(":") and (MEASURE_LIST_HEADER.search(stripped) or _announces_actions(stripped)):
            found.extend(item.content for item in list_at(text, line.end + 1))
        else:
            found.extend(flattened_list(text, line))

    lowered = lowered_for_search(text)
    party = ("fractie" in text or "partij" in text) and PARTY_VOICE.search(text) is not None
    previous: Span | None = None
    names = aldermen(text)
    for sentence in sentences(text):
        before, previous = previous, sentence
        body = sentence.text
        if body.endswith(("?", ":")) or headline(sentence, text) or (party and PARTY_WE.search(body)):
            continue  # a question, a line that opens a list (its items are the measures), a headline, a party
        # the words each pattern needs, looked for first: most sentences have none of them
        # (a quote's opening mark is no word: "'We gaan kritischer kijken,' zegt ze")
        words = None if lowered is None else lowered[sentence.begin : sentence.end].lstrip(_QUOTE_MARKS)
        if (words is None or "toezeg" in words or "toegezegd" in words or "zegde" in words) and (
            commitment := _COMMITMENT.search(body)
        ):
            span = _continued(_without_marker(sentence, text), text)
            which = (commitment.group("which") or "").lower()
            stated = (
                which in _REFERS_TO_ONE or span.end > sentence.end or _PROMISED.match(body, commitment.end()))
            # a denial is of the commitment itself ("heeft niet toegezegd"), not of what it is about
            denied = _DENIED.search(body, 0, commitment.end())
            if stated and not denied and not _NATIONAL_ACTOR.search(body):
                found.append(span)
            continue
        subject_end = subjects.get(sentence.begin)
        if _ONE_OF_THEM.match(body) and before is not None and _NAMES_SOLUTIONS.search(before.text):
            found.append(sentence)  # "Er zijn oplossingen gevonden. Een daarvan is een ondersteuner voor ..."
        elif _states_measure(body, words) or (
            # a municipality by its name as the subject: "Emmen haalt de miljoenen uit de reserves"
            subject_end is not None and _states_measure("De gemeente" + text[subject_end:sentence.end], None)
        ) or (
            # an alderman by surname alone: "Als dat klaar is, wil Evertz een toezichthouder aanstellen"
            names is not None and (named := as_alderman(body, names)) is not None
            and _states_measure(named, named.lower().lstrip(_QUOTE_MARKS))
        ):
            span = _continued(_without_marker(sentence, text), text)
            # "... dit laatste maandelijks te doen", "Het nieuwe beleid wordt in 2031 uitgevoerd"
            if before is not None and (_REFERS_TO_LAST.search(body) or REFERS_BACK.match(body)):
                span = Span.trimmed_of(text, before.begin, span.end)
            found.append(span)

    found.extend(action_section_lines(text))

    # the rows of a budget programme's table first: a sentence read across the table joins several rows
    chosen: list[Span] = planned_rows(text)
    for span in sorted(found, key=lambda s: (-(s.end - s.begin), s.begin)):
        if not any(span.begin < c.end and c.begin < span.end for c in chosen):
            chosen.append(span)
    if learned:
        chosen.extend(learned_measures(text, kind, chosen))
    chosen.sort(key=lambda s: (s.begin, s.end))
    return [Measure(span, dates.deadline_of(span.text)) for span in chosen]


# measures from prose: what "we" will do ("gaan we werken aan", "zetten we ... in" - not "zetten in op", a
# focus, "zetten we een stap in een traditie", a preposition, "zo zorgen we ervoor dat", an aim, "zullen we
# nooit", a denial, or "gaan we akkoord", consent), what the college will do ("Het college zal ..."), a plan
# under way or due ("Eind maart moet er een plan van aanpak liggen")
_WE_WILL = re.compile(
    r"(?i)\b(?:gaan|zullen)\s+(?:we|wij)\s+(?!ervan\b|ervoor\b|uit\b|voor\b|niet\b|nooit\b|over\b|akkoord\b)\w+"
    r"|\b(?:we|wij)\s+(?:gaan|zullen)\s+(?!ervan\b|ervoor\b|uit\b|voor\b|niet\b|nooit\b|over\b|akkoord\b)\w+"
    r"|\bzetten\s+(?:we|wij)\b[^.]{0,80}\bin\b(?!\s+(?:op|een|de)\b|\s+het\s+(?!werk\b))"
    r"|\b(?:we|wij)\s+zetten\b[^.]{0,80}\bin\b(?!\s+(?:op|een|de)\b|\s+het\s+(?!werk\b))"
    # "starten we eind maart met een pilot", "we breiden het jongerenwerk uit"
    r"|\b(?:starten|beginnen)\s+(?:we|wij)\b[^.]{0,60}\bmet\s+(?:een|de|het)\b"
    r"|\b(?:we|wij)\s+(?:starten|beginnen)\b[^.]{0,60}\bmet\s+(?:een|de|het)\b"
    r"|\b(?:breiden|bouwen)\s+(?:we|wij)\b[^.]{0,80}\buit\b"
    r"|\b(?:we|wij)\s+(?:breiden|bouwen)\b[^.]{0,80}\buit\b"
)
# one of these is in every sentence _WE_WILL matches
_WE_WILL_WORDS = (" we ", " wij ")

# more acts of "we", each pattern with the words one of which stands in every sentence it matches (looked for
# first, as these patterns may try many positions)
_WE_ACTS: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    # taking charge of a matter: "voeren we regie op complexe jeugdzorg", "we nemen de regie over de toegang"
    (("regie",), re.compile(
        r"(?i)\b(?:voeren|nemen)\s+(?:we|wij)\s+(?:de\s+)?regie\s+(?:op|over|bij)\b"
        r"|\b(?:we|wij)\s+(?:voeren|nemen)\s+(?:de\s+)?regie\s+(?:op|over|bij)\b")),
    # the means by which "we" will reach an aim: "Door meer personeel in te zetten willen we" (not "kunnen")
    (("door ",), re.compile(
        r"(?i)\bdoor\s+(?:[^.;:,]{1,80}?\s)?te\s+[a-z]+en\s*,?\s+(?:willen|gaan|zullen)\s+(?:we|wij)\b")),
    # an instrument "we" or the municipalities deploy ("zetten we in op maatwerk"), not an aim
    # named by a verb of change ("zetten we in op het verkleinen van de verschillen")
    ((" in op ",), re.compile(
        r"(?i)\b(?:zetten\s+(?:we|wij|de\s+gemeenten)|(?:we|wij)\s+zetten)\s+"
        r"(?:(?:intensief|stevig|extra|ook|nu)\s+)?"
        r"in\s+op\s+(?!(?:het\s+)?(?:voorkomen|vergroten|verbeteren|versterken|verminderen|verkleinen|bevorderen"
        r"|stimuleren|verlagen|verhogen|terugdringen|beperken|tegengaan)\b)(?!(?:een|de|het)\s)[a-z]"
        # (nor a focus given with its purpose: "We zetten in op preventie om te voorkomen dat ...")
        r"(?![^.;:]*\bom\s+(?:\w+\s+){0,3}?te\s)")),
)
# what befalls a body or what it will be is no action of it: "De gemeente zal uitkomen op een tekort"
_NO_ACTION = r"(?:uitkomen|hebben|krijgen|zijn|worden|blijven|kunnen|moeten|lijden|ontvangen|kampen)"
_BODY_WILL = re.compile(
    # what the college, the municipality or the alderman will do ("De gemeente gaat praktijkondersteuners
    # inzetten"), and a concrete instrument the college chooses ("zet in op een dialooggerichte aanbesteding")
    rf"(?i)\b{_BODY}\s+(?:zal|gaat|zullen|gaan)\s+(?!ervan\b|ervoor\b|uit\b|er\b|niet\b|over\b|{_NO_ACTION}\b)\w+"
    # a plan with its action: "Het algemeen bestuur is van plan om in 2030 extra te investeren"
    rf"|\b(?:{_BODY}|we|wij|het\s+(?:algemeen|dagelijks)\s+bestuur)\s+(?:is|zijn)\s+(?:\w+\s+)?van\s+plan\s+"
    r"(?:om\s+)?[^.;:]{0,100}?\bte\s+[a-z]{3,}en\b"
    # the municipalities of a region together: "Alle Drentse gemeenten gaan samen een plan opstellen"
    rf"|^(?:de|alle)\s+(?:[\w-]+\s+){{0,2}}?gemeenten\s+(?:gaan|zullen)\s+(?!{_NO_ACTION}\b)[^.;:]{{0,80}}?\b[a-z]{{3,}}en\b"
    # the verb first, its infinitive right after the body: "Met steun van de EU gaat de gemeente daarom
    # onderzoeken hoe ..."
    rf"|\b(?:gaat|zal)\s+{_BODY}\s+(?:(?:daarom|dan\s+ook|ook|nu|binnenkort|zelf|actief|samen)\s+)*"
    rf"(?!(?:{_NO_ACTION}|spelen)\b)[a-z]{{3,}}en\b"
    rf"|\b{_BODY}\s+zet(?:ten)?\s+in\s+op\s+een\s+\w+"
    # the verb first: "Om gezinnen te steunen zet gemeente Oosterdijk in op de bouw van een CJG"
    rf"|\bzet(?:ten)?\s+{_BODY}\s+(?:\w+\s+){{0,2}}in\s+op\s+(?:de|het|een)\b"
    # something new that comes ("Er komt een wachtlijstcoördinator"), money put into something
    r"|(?:^|[.:;]\s*|\ben\s+)er\s+(?:komt|komen)\s+(?:een|extra|meer|nog|twee|drie|vier|\d+)\b"
    r"|^(?:Daarom|Nu|Ook|Daarnaast|Binnenkort|Bovendien|Verder)\s+(?:komt|komen)\s+er\s+(?:een|extra|meer|nog|\d+)\b"
    rf"|(?<!\bdie\s)(?<!\bdat\s)(?<!\bwat\s)\b(?:{_BODY}|we|wij)\s+(?:investeert|investeren|investeerde)\b[^.]{{0,80}}\bin\b"
    # an action named by its idiom: "zij gaat nu actief op zoek naar", "hij gaat aan de slag met"
    r"|\b(?:zij|hij)\s+(?:gaat|zal|gaan|zullen)\s+(?:(?:nu|direct|actief|samen|zelf)\s+){0,3}"
    r"(?:op\s+zoek\s+naar|aan\s+de\s+slag\s+met|in\s+gesprek\s+met|werk\s+maken\s+van)\b"
)
# one of these is in every sentence _BODY_WILL matches
_BODY_WILL_WORDS = (
    " zal ", " gaat ", " gaan ", " zullen ", " zet ", " zetten ", "er kom", " er ", "investe", " van plan ")
# actions a body takes in the present tense (singular for the college or the municipality, plural for "we")
# (concrete acts: "we versterken gezinnen" is an aim and "we realiseren ons" a thought)
_ACTS_SG = "verhoogt|verlaagt|opent|organiseert|subsidieert|verlengt"
_ACTS_PL = "verhogen|verlagen|openen|organiseren|subsidiëren|verlengen"
# more acts a body wants to do: "De wethouder wil de wachtlijsten aanpakken met een nieuw team" (not
# "organiseren": "We willen onze hulp dichtbij organiseren" is an aim)
_WANTS_TO = (
    "uittrekken|vrijmaken|vastleggen|aanpakken|uitbreiden|verlengen|opzetten|openen|samenvoegen|inhuren|aanbesteden")
# what a body wants to do with its action, money it sets aside or takes from a fund, people or means it
# deploys (a pattern apart, tried only where its verbs are)
_BODY_ACTS = re.compile(
    rf"(?i)\b(?:{_BODY}|we|wij)\s+(?:"
    # an intention with its action: "De gemeente wil meer gaan inkopen", "wil extra inzetten op"
    # (not a verb of a clause it asks about: "Wij willen weten waar ze gaan wonen")
    r"(?:wil|willen)\s+(?:(?:(?!\b(?:wat|waar|waarom|of|hoe|wie|welke|wanneer)\b)[^.;:]){0,80}?\s)?"
    r"(?:gaan\s+\w+|inzetten|investeren|starten|aanstellen|invoeren|instellen|oprichten|inkopen|afschaffen"
    rf"|{_WANTS_TO})\b"
    # a deficit covered from a fund: "De gemeente haalt de miljoenen uit de algemene reserve"
    r"|(?:haalt|halen|dekt|dekken|betaalt|betalen|financiert|financieren)\b[^.;:]{0,100}?"
    r"\buit\s+(?:de|het|een)\s+(?:\w+\s+)?(?:reserves?|potjes?|fondsen|fonds|budget)\b"
    # money set aside: "Het college trekt 2 miljoen euro extra uit voor de jeugdhulp"
    r"|(?:trekt|trekken)\b(?:[^.;:]|(?<=\d)[.:](?=\d)){0,100}?\buit(?:\s+voor\b|(?=\s*[.;,]|$))"
    # an action in the present tense: "De gemeente start in september met een pilot", "Het college
    # verhoogt de subsidie", "We openen een jongerencentrum"
    r"|(?:start|begint)\b[^.;:]{0,80}?\bmet\b"
    rf"|(?:{_ACTS_SG}|{_ACTS_PL})\b(?!\s+(?:ons|zich)\b)"
    # a verb whose particle closes the clause: "Het college stelt een coördinator aan", "koopt ... in",
    # "De gemeente zet extra consulenten in."
    r"|(?:stel(?:t|len)|breid(?:t|en)|koopt|kopen|voer(?:t|en)|richt(?:en)?|schaf(?:t|fen)|huurt|huren|maakt"
    r"|maken|zet(?:ten)?|brengt|brengen)\s[^.;:]{0,100}?\b(?:aan|uit|in|op|af|vrij|terug)(?=\s*(?:[.;,]|$)|\s+naar\s)"
    r")"
    # the intention with the verb first: "Als het klaar is, wil de wethouder een toezichthouder aanstellen"
    rf"|\b(?:wil|willen)\s+{_BODY}\s+(?:(?!\b(?:wat|waar|waarom|of|hoe|wie|welke|wanneer)\b)[^.;:]){{0,80}}?"
    rf"\b(?:inzetten|investeren|starten|aanstellen|invoeren|instellen|oprichten|inkopen|afschaffen|{_WANTS_TO})\b"
    # services bought: "Het college neemt extra uren af bij de GGD", "nemen wij aanvullende diensten af"
    r"|(?:neemt|nemen)\s[^.;:]{0,100}?\baf(?=\s*(?:[.;,]|$)|\s+(?:om|bij|van)\s)"
    # the verb before "we": "dat brengen we terug naar 25 euro", "Daarom stellen we een coördinator aan."
    r"|\b(?:stellen|breiden|kopen|voeren|richten|schaffen|huren|zetten|brengen)\s+(?:we|wij)\s[^.;:]{0,100}?"
    r"\b(?:aan|uit|in|af|vrij|terug)(?=\s*(?:[.;,]|$)|\s+naar\s)"
    r"|\bnemen\s+(?:we|wij)\s[^.;:]{0,100}?\baf(?=\s*(?:[.;,]|$)|\s+(?:om|bij|van)\s)"
    # the verb first: "trekt het college ... uit voor", "Daarom zet de gemeente extra consulenten in."
    rf"|\b(?:trekt|trekken)\s+(?:{_BODY}|we|wij)\b[^.;:]{{0,100}}?\buit\s+voor\b"
    # "Daarnaast start de gemeente in september met een pilot"
    rf"|\b(?:start|begint|starten|beginnen)\s+{_BODY}\s+[^.;:]{{0,80}}?\bmet\s+(?:een|de|het)\b"
    rf"|\bzet(?:ten)?\s+{_BODY}\s+[^.;:]{{0,100}}?\bin(?=\s*(?:[.;,]|$))"
    # or after a clause that opens the sentence: "Om de kosten te beperken, stelt het college een plafond in."
    rf"|\b(?:stelt|voert|richt|koopt|breidt|schaft)\s+{_BODY}\s+(?:(?!\b(?:niet|geen)\b)[^.;:]){{0,100}}?"
    r"\b(?:aan|uit|in|af)(?=\s*(?:[.;,]|$))"
)
# one of these is in every sentence _BODY_WILL or _BODY_ACTS matches: the actor
_ACTOR_WORDS = (
    "college", "gemeente", "wethouder", "regio", "bestuur", "b&w", "b & w", "burgemeester", "er kom",
    "komt er", "komen er", " we ", " wij ", " zij ", " hij ",
)


def _names_an_actor(words: str) -> bool:
    return words.startswith(("we ", "wij ", "zij ", "hij ", "er ")) or any(w in words for w in _ACTOR_WORDS)


# the verbs _BODY_ACTS needs, one of which stands in every sentence it matches
_BODY_ACTS_VERBS = frozenset([
    "wil", "willen", "haalt", "halen", "dekt", "dekken", "betaalt", "betalen", "financiert", "financieren",
    "trekt", "trekken", "start", "begint", "stelt", "stellen", "breidt", "breiden", "koopt", "kopen", "voert",
    "voeren", "richt", "richten", "schaft", "schaffen", "huurt", "huren", "maakt", "maken", "zet", "zetten",
    "brengt", "brengen", "neemt", "nemen",
    *_ACTS_SG.split("|"), *_ACTS_PL.split("|"),
])
_PLAN_UNDER_WAY = re.compile(
    r"(?i)\b(?:ingezet(?:te)?|opgesteld(?:e)?)\s+(?:\w+)?(?:plan|herstelplan|verbeterplan|actieplan)\b"
    r"|\b(?:moet|zal|komt)\s+(?:er\s+)?(?:een\s+)?(?:plan\s+van\s+aanpak|herstelplan|verbeterplan|actieplan)\b"
    r"|\b(?:herstelplan|verbeterplan|actieplan|plan\s+van\s+aanpak)\b[^.]{0,60}\b(?:moet|wordt|zal)\b"
)
# an action taken or under way, in the present or the perfect: "De gemeente is bezig met de
# herinrichting", "is een taskforce in het leven geroepen", "de wethouder heeft ingegrepen", "stelt de
# gemeente jaarlijks € 25.000 beschikbaar", "We zorgen voor een sluitend aanbod" (not "we zorgen ervoor
# dat": an aim; a subjectless "is besloten om" is a decision: resolutions)
_UNDER_WAY = re.compile(
    rf"(?i)\b(?:{_BODY}|we|wij)\s+(?:is|zijn)\s+(?:nu\s+|al\s+|inmiddels\s+)?bezig\s+met\s+(?:de|het|een)\b"
    r"|\b(?:is|zijn|werd|werden)\s+(?:[^.;:]{0,60}?\s)?in\s+het\s+leven\s+geroepen\b"
    r"|\b(?:heeft|hebben)\s+(?:[^.;:]{0,40}?\s)?ingegrepen\b"
    rf"|\b(?:stelt|stellen)\s+(?:{_BODY}|we|wij)\b{_IN_CLAUSE}\bbeschikbaar\b"
    rf"|\b(?:{_BODY}|we|wij)\s+(?:stelt|stellen)\b{_IN_CLAUSE}\bbeschikbaar\b"
    r"|^(?:we|wij)\s+zorgen\s+voor\s+(?:een|meer|extra|goede?|voldoende)\b"
)
# what the law or a framework requires ("Zo moeten gemeenten uiterlijk 1 mei een plan opgesteld hebben
# en moeten de kaders dit jaar worden vastgesteld") is a duty, not an action the document announces
_DUTY = re.compile(r"(?i)\b(?:moet|moeten|dient|dienen)\b" + _IN_CLAUSE + r"\b(?:worden|hebben|zijn)\b")
# one of these is in every sentence _UNDER_WAY matches
_UNDER_WAY_WORDS = ("bezig", "leven geroepen", "ingegrepen", "beschikbaar", "zorgen voor")
# work taken up: a body that changed its system, work taken up or under way, research announced, something
# new set up, what the college or an alderman says it will do (tried only where its words are)
_TAKEN_UP = re.compile(
    # a body that changed its system: "De gemeente X heeft samen met Y het stelsel ingrijpend aangepast"
    rf"(?i)\b{_BODY}\s+(?:heeft|hebben)\b{_IN_CLAUSE}\b(?:aangepast|ingevoerd|hervormd|omgevormd|heringericht)\b"
    # work on something, in the order of a clause after "dat": "dat de gemeente serieus aan de slag gaat met"
    rf"|\b{_BODY}\s+(?:\w+\s+){{0,3}}?aan\s+de\s+slag\s+(?:gaat|gaan)\s+met\b"
    # research announced or commissioned: "Een bureau gaat onderzoek doen naar", "zal onderzoek worden gedaan"
    r"|\b(?:gaat|gaan|zal|zullen|wordt|worden)\s+(?:\w+\s+){0,3}?onderzoek\s+(?:doen|gedaan|worden\s+gedaan)\s+naar\b"
    # an agreement the municipalities concluded: "In 2019 zijn zeven gemeenten in de regio een meerjarig
    # partnerschap aangegaan met zeven aanbieders", "is in de regio het thuiszitterspact vastgesteld"
    r"|\b(?:gemeente|gemeenten|college|colleges|regio)\b[^.;:]{0,120}?\b\w*(?:partnerschap|convenant|overeenkomst"
    r"|pact)\b[^.;:]{0,60}?\b(?:aangegaan|gesloten|getekend|ondertekend|vastgesteld)(?=\s*(?:[.;,]|$)|\s+(?:met|door)\b)"
    # something new set up: "Er is zelfs een werkgroep gestart om de knelpunten op te lossen"
    r"|\ber\s+(?:is|zijn)\s+(?:\w+\s+){0,2}?(?:een|extra|twee|drie|vier|\d+)\s+[^.;:]{1,40}?\s"
    r"(?:gestart|opgericht|opgezet|ingesteld|aangesteld|ingericht|geopend)\b"
    # work under way on an act or a plan: "In 2021 is hard gewerkt aan het opstellen van een jeugdnota" (not
    # on a state: "wordt gewerkt aan een jeugdzorg die minder afhankelijk is", an aim)
    r"|\b(?:is|wordt|werd|zijn|worden)\s+(?:(?:hard|nu|al|inmiddels|volop)\s+)*gewerkt\s+aan\s+(?:het\s+\w+en\b"
    r"|(?:de|het|een)\s+(?:\w+\s+)?\w*(?:plan|nota|visie|aanpak|verordening|regeling|uitvoering)\b)"
    # what the college or an alderman says it will do: "Wethouder Jansen heeft aangegeven dit maandelijks te
    # zullen doen"
    rf"|\b{_BODY}\s+(?:heeft|had)\s+(?:[^.;:]{{0,40}}?\s)?(?:aangegeven|beloofd|laten\s+weten)\b{_IN_CLAUSE}\bte\s+zullen\b"
)
_TAKEN_UP_WORDS = Cues((
    "aangepast", "ingevoerd", "hervormd", "omgevormd", "heringericht", "aan de slag", "onderzoek",
    "gewerkt aan", "te zullen", "er is", "er zijn", "partnerschap", "convenant", "overeenkomst", "pact"))
# a commitment given in the council: "De wethouder heeft toegezegd dat ...", "Er werd een toezegging
# gedaan om ...", "heeft twee toezeggingen gedaan"
_COMMITMENT = re.compile(
    r"(?i)\b(?P<which>\w+)\s+toezegging(?:en)?\s+(?:gedaan|gegeven)\b"
    r"|\b(?:heeft|had|hebben|hadden)\s+(?:[^.;:]{0,60}?\s)?toegezegd\b|\bzegde\s+(?:[^.;:]{0,60}?\s)?toe\b"
)
# what was promised, in the sentence ("toegezegd dat ze laat onderzoeken", "toezegging gedaan om ...") or,
# for "deze toezegging", the sentence before
_PROMISED = re.compile(r"(?i)\s*,?\s*(?:om|dat|te|de|het|een|extra|meer)\b")
_REFERS_TO_ONE = frozenset({"deze", "die", "zijn", "haar", "zo'n"})
_DENIED = re.compile(r"(?i)\b(?:niet|niets|geen)\b")
# what says no action of its own: a possibility ("als dat niet lukt kan de gemeente gaan onteigenen"), an
# action named only by a word that refers back ("En daarom gaan we daarmee door"), the council's input
# taken along ("De wethouder zal deze inbreng meenemen"), keeping watch ("de vinger aan de pols houden"),
_NO_OWN_CONTENT = re.compile(
    rf"(?i)\b(?:kan|kunnen|zou|zouden|mag|mogen)\s+(?:{_BODY}|we|wij)\s+(?:gaan|zullen)\b"
    r"|\b(?:gaan|zullen|gaat|zal)\s+(?:(?:we|wij|zij|hij|ze)\s+)?(?:daarmee|hiermee|ermee|daarop|hierop|daaraan"
    r"|hieraan)\s+(?:door|verder)\b"
    r"|\b(?:inbreng|voorstellen|suggesties|ideeën|opmerkingen|adviezen)\b[^.;:]{0,40}?\b(?:meenemen|overnemen)\b"
    # an act whose object only refers back: "wij voeren het goed uit"
    r"|\b(?:we|wij)\s+(?:voeren|zetten|stellen|brengen)\s+(?:het|dat|dit|ze)\s+(?:\w+\s+)?(?:uit|in|aan|terug)\b"
    r"|\bop\s+de\s+voet\s+(?:te\s+)?volg\w*|\bin\s+de\s+gaten\s+(?:te\s+)?houd\w*"
    r"|\bvinger\s+aan\s+de\s+pols\b|\bzicht\s+op\s+(?:\w+\s+){0,4}?(?:blijven\s+)?houden\b"
    # an effort promised, an aim: "we gaan ons inzetten voor", "zal zich sterk maken voor"
    r"|\b(?:ons|zich)\s+(?:[^.;:]{0,40}?\s)?(?:inzetten|sterk\s+maken|hard\s+maken|buigen\s+over)\b"
    # work named only by a word that refers back, or only as "something": "we gaan hiermee aan de slag",
    # "zullen we wat moeten doen"
    r"|\b(?:hiermee|daarmee|ermee)\s+aan\s+de\s+slag\b|\b(?:wat|iets)\s+(?:moeten|gaan|zullen)\s+doen\b"
    # a step of the council's own procedure: "Er komt nog een inspraakavond over ..."
    r"|\ber\s+(?:komt|komen)\s+(?:nog\s+)?(?:een|twee|nog)\s+(?:\w+\s+)?(?:inspraak\w*|informatieavond"
    r"|raadsinformatie\w*|commissievergadering|raadsvergadering|debat)\b"
)
# what a party proposes or asks is its politics, not a measure: "gaan we een motie indienen", "hebben we
# gepleit voor"
_ADVOCACY = re.compile(r"(?i)\b(?:moties?|amendement(?:en)?|gepleit|pleiten|pleit|schriftelijke\s+vragen)\b")
_THIRD_PERSON = re.compile(rf"(?i)(?:zij|hij|ze|{_BODY})\b")
# (not the association's name: "De Vereniging Nederlandse Gemeenten en het Rijk hebben afspraken gemaakt")
_LOCAL_ACTOR = re.compile(
    rf"(?i)\b(?:{_BODY}|we|wij|gemeente|(?<!nederlandse\s)gemeenten|college|wethouder)\b")
_QUOTE_MARKS = "'\"\u2018\u201c "
# one of the measures or solutions the sentence before names, by itself or as its example ("Zo gaan experts")
_ONE_OF_THEM = re.compile(r"(?i)^\W{0,2}(?:een|één|1)\s+(?:daarvan|ervan|hiervan)\s+is\s+(?:een|de|het)\s"
                          r"|^\W{0,2}zo\s+(?:gaan|gaat|zullen|zal|wordt|worden|komt|komen)\s")
_NAMES_SOLUTIONS = re.compile(r"(?i)\b(?:maatregel(?:en)?|oplossingen|stappen|acties|ingrepen)\b")
# what the sentence before named last: "Wethouder Jansen heeft aangegeven dit laatste maandelijks te doen"
_REFERS_TO_LAST = re.compile(
    r"(?i)\b(?:dit|dat|deze|die)\s+laatste\b(?!\s+(?:jaar|jaren|maand|maanden|week|weken))")
# a sentence that spells out the one before ("Dit betreft het tijdig afronden van ...")
_SPELLS_OUT = re.compile(
    r"\s*(?:(?:Dit|Dat)\s+(?:betreft|zijn|is|gaat\s+om)|De\s+eerste\s+(?:was|is|betreft)"
    # what it means, not what follows: "Dat betekent onder andere vroeg signaleren" (not "betekent dat")
    r"|(?:Dit|Dat)\s+betekent\s+(?:onder\s+(?:andere|meer)\s+)?(?!dat\b)"
    # how "we" do it: "Dit realiseren we door een pilot te starten", "Dat doen we samen met de regio's"
    r"|(?:Dit|Dat)\s+(?:realiseren|doen|bereiken)\s+(?:we|wij)\s+(?:\w+\s+){0,2}?(?:door|samen\s+met))\b[^.]*(?:\.|\Z)")


def _continued(sentence: Span, text: str) -> Span:
    """The measure's sentence together with a next sentence that only spells it out."""
    m = _SPELLS_OUT.match(text, sentence.end)
    return Span.trimmed_of(text, sentence.begin, m.end()) if m else sentence


def _without_marker(sentence: Span, text: str) -> Span:
    marker = ITEM_MARKER.match(sentence.text)
    if not marker:
        return sentence
    return Span.trimmed_of(text, sentence.begin + marker.end(), sentence.end)
