"""Assignments: what a motion or an amendment asks of the college (``jg:Opdracht``).

In a motion, the items after ``We geven het college opdracht om:``, ``verzoekt het college``,
``draagt het college op``, ``roept het college op`` or what it ``spreekt uit`` the college must do; a
motion with one unnumbered request gives one assignment, numbered 1. A news item or letter that
reports a motion gives what it says the motion asked (``een amendement van X om ... te``), also when
it says the motion failed: a rejected or withdrawn motion keeps its requests (docs/CONTRACT.md).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..facts import Assignment, DocumentMetadata, DocumentPart, SourceText, Span
from . import dates, prefilter
from .matching import lowered_for_search, matches_from, occurrences
from .minutes import FINITE
from .parties import PARTY
from .requestlayouts import ORDER_OF_THE_DAY as _ORDER_OF_THE_DAY
from .requestlayouts import (
    SENTENCE_END,
    headed_motions,
    inline_dashes,
    is_headline,
    request_paragraphs,
    single_assignment,
    skip_space_and_colon,
)
from .structure import ITEM_MARKER, ListItem, inline_list_at, list_at, sentences

#: The college as a motion addresses it: "het college", "het college van B&W", "B & W", "de burgemeester".
_COLLEGE = (
    # a province's executive is its college: "het college van gedeputeerde staten", "Gedeputeerde Staten"
    r"(?:het\s+college(?:\s+van\s+(?:B\s*&\s*W|burgemeester\s+en\s+wethouders|gedeputeerde\s+staten))?|B\s*&\s*W"
    r"|gedeputeerde\s+staten"
    r"|burgemeester\s+en\s+wethouders|de\s+burgemeester|de\s+colleges(?:\s+van\s+[^,.:;\n]{3,60}?)?"
    r"|het\s+dagelijks\s+bestuur|het\s+bestuur\s+van\s+de\s+[A-Z][\w-]+|het\s+gemeentebestuur)"
)
#: Whom a motion's dictum addresses: the college, or an alderman by portfolio or name ("verzoekt de
#: wethouder Jeugd om:"), with the municipality it belongs to ("het gemeentebestuur van Stadskanaal").
_ADDRESSEE = (
    rf"(?:{_COLLEGE}|de\s+wethouders?(?:\s+(?-i:[A-Z])[\w-]+){{0,2}})(?:\s+van\s+(?-i:[A-Z])[\w-]+)?"
)
#: The national government a council's motion may address: "de Tweede Kamer", "het kabinet", "het Rijk".
_NATIONAL = r"(?:de\s+Tweede\s+Kamer|het\s+kabinet|het\s+Rijk|de\s+regering|de\s+minister(?:\s+van\s+\w+)?)"
#: Who asks, between the verb and the college in a report: "de PvdA", "GroenLinks en D66", "de indieners"
#: (not an advisory body: "vraagt de Adviesraad het college" gives its advice, no motion's request).
_NAMED_SUBJECT = (
    r"(?:(?:de\s+|het\s+)?(?!\S*(?:raad|werkgroep|platform|rekenkamer|ombudsman|inspectie)\b)(?-i:[A-Z])[\w&-]*(?:\s+(?-i:[A-Z])[\w&-]*)?(?:\s+en\s+(?:de\s+)?(?-i:[A-Z])[\w&-]*)?"
    r"|de\s+(?:indieners|partijen|fracties|coalitie(?:partijen)?|oppositie(?:partijen)?))\s+"
)
#: What is asked for that is a question or a procedure, no request of a motion ("vraagt om uitleg").
_NOT_A_QUESTION = (r"(?!\s*(?:opheldering|uitleg|toelichting|informatie\b|een\s+reactie|duidelijkheid"
                   r"|een\s+(?:hoofdelijke\s+)?stemming|een\s+schorsing|het\s+woord|aandacht))")
_ASSIGNMENT_TRIGGER = re.compile(
    r"\b(?:"
    rf"(?:geven|geeft|gaf|gaven)\s+{_COLLEGE}\s+(?:de\s+)?opdracht"
    rf"|(?:wordt|werd)\s+{_COLLEGE}\s+(?:de\s+)?opdracht\s+gegeven"
    rf"|(?:verzoek(?:t|en)|verzocht(?:en)?)\s+{_ADDRESSEE}"
    # with its subject between, as a report writes it: "In de motie vraagt de PvdA het college om", "verzoekt
    # GroenLinks het college om"
    rf"|(?:vraagt|vragen|vroeg|vroegen|verzoekt|verzoeken|verzocht|verzochten)\s+{_NAMED_SUBJECT}{_COLLEGE}"
    r"(?=\s+(?:om|te)\b)"
    # the past: "De raad droeg het college op om"
    rf"|(?:droeg|droegen)\s+{_ADDRESSEE}(?:\s+(?:nog\s+eens|nogmaals|daarom|dan\s+ook|ook))?\s+op"
    # the college that gets its assignment: "Het college krijgt de opdracht om", "krijgt het college de
    # opdracht"
    rf"|(?:(?:krijgt|kreeg)\s+{_COLLEGE}|{_COLLEGE}\s+(?:krijgt|kreeg))\s+(?:de\s+|een\s+)?opdracht"
    r"(?=\s+(?:om\s+)?[^.\n]{0,160}?\bte\s+[a-z])"
    # what stands or is asked in it: "In de motie staat dat het college ... moet", "In de motie wordt
    # gevraagd om"
    r"|(?:(?<=in de )|(?<=in het )|(?<=in een )|(?<=aangenomen ))(?:motie|amendement)\s+(?:(?:staat|stond)"
    r"\s+dat(?=\s[^.\n]{0,150}?\b(?:moet|moeten|dient|dienen)\b)|(?:wordt|werd)\s+(?:gevraagd|verzocht)"
    r"(?=\s+om\s))"
    # a party that wants it by the motion: "De SP wil met de motie dat het college"
    r"|(?:wil|willen|wilde|wilden)\s+met\s+(?:de|het|deze|dit|een)\s+(?:motie|amendement)(?=\s+dat\s)"
    # a heading over the motion's points: "Opdracht aan het college:", "Verzoek aan het college:"
    rf"|(?:opdracht(?:en)?|verzoek(?:en)?)\s+aan\s+{_COLLEGE}(?=[ \t]*:)"
    # an adverb may stand before the particle: "draagt het college nog eens op om"
    rf"|draag(?:t|en)\s+{_ADDRESSEE}(?:\s+(?:nog\s+eens|nogmaals|daarom|dan\s+ook|ook))?\s+op"
    # as news reports it: "de raad vraagt het college om"
    rf"|(?:vraagt|vragen|vroeg|vroegen)\s+(?:(?:de\s+(?:gemeente)?raad|de\s+fracties?|zij|ze|hij)\s+)?"
    # or a motion's dictum with its points on the lines below: "vragen Gedeputeerde Staten" / • ...
    rf"{_COLLEGE}(?=\s+(?:om|te)\b|[ \t]*[,:]?[ \t]*\n"
    # or its object first: "vraagt de raad het college de huisartsen beter te betrekken"
    r"|\s+(?:de|het|een|meer|extra)\s[^.\n]{0,120}?\bte\s+[a-z])"
    rf"|roep(?:t|en)\s+{_ADDRESSEE}(?:\s+(?:nog\s+eens|nogmaals|daarom|dan\s+ook|ook))?\s+op"
    # as a report tells it, also to the national government, whom it addresses kept in the request: "De
    # raad riep de Tweede Kamer op om ... te"
    rf"|(?:riep|riepen)(?=\s+(?:{_ADDRESSEE}|{_NATIONAL})(?:\s+(?:nog\s+eens|nogmaals|daarom|ook))?\s+op"
    r"\s+om\s+[^.\n]{0,160}?\bte\s+[a-z])"
    rf"|verplicht(?:en)?\s+{_COLLEGE}"
    rf"|{_COLLEGE}\s+(?:werd|wordt|werden|worden)\s+(?:gevraagd|verzocht)"
    # the passive of a report: "Daarnaast wordt het college opgedragen de bijdrage niet te innen"
    rf"|(?:wordt|werd|worden|werden)\s+{_COLLEGE}\s+(?:(?:ook|tevens|daarnaast|verder|nogmaals)\s+)?"
    r"(?:opgedragen|opgeroepen|verzocht|gevraagd)(?=\s+(?:om\s+)?[^.\n]{0,120}?\bte\s+[a-z])"
    # a report: "heeft GroenLinks het college verzocht om"; a decision list: "Het college te verzoeken"
    # (also an alderman: "heeft de gemeenteraad de wethouder gevraagd om voor november een plan op te
    # stellen"; not a question: "de wethouder gevraagd om uitleg")
    rf"|{_ADDRESSEE}\s+(?:verzocht|gevraagd)(?=\s+(?:om|tot)\b{_NOT_A_QUESTION})"
    rf"|{_COLLEGE}\s+(?:te\s+verzoeken|op\s+te\s+dragen|(?:de\s+)?opdracht\s+te\s+geven)"
    # the motion's aim to call on the college: "een motie opgesteld om het college op te roepen om ... te"
    rf"|{_ADDRESSEE}\s+op\s+te\s+roepen(?=\s+(?:om\s+)?[^.\n]{{0,160}}?\bte\s+[a-z])"
    # what a motion or an amendment asks, as reported: "Deze motie vraagt om", "een amendement dat
    # vraagt om", "met een amendement heeft de VVD gepleit voor", "de motie van mijn hand om ... te"
    r"|(?:motie|amendement)\b[^.\n]{0,80}?\b(?:vraagt|vroeg|vragen|vroegen)(?=\s+om\b)"
    r"|(?:motie|amendement)\b[^.\n]{0,60}?\b(?:gepleit|pleit|pleiten|pleitte|pleitten)(?:\s+[^.\n]{0,60}?)??(?=\s+voor\b)"
    # the motion or amendment with its aim: "Een amendement van CDA en VVD om het college meer tijd te geven"
    # also with its number and how it was brought: "een motie (nummer 19) klaar staan om", "een motie
    # ingediend om extra ... te houden", "dient een motie in om te onderzoeken of"
    r"|(?:motie|amendement)(?:\s*\([^()\n]{1,30}\))?"
    r"(?:\s+van\s+[^,.\n]{1,40}?|\s+(?:die|dat)\s+[^,.\n]{1,60}?\s(?:ingediend|indiende))?"
    r"(?:\s+(?:in|ingediend|klaar\s+(?:staan|liggen|staat|ligt)))?(?=\s+om\s+(?:[^.\n]{0,160}?\s)?te\s+[a-z]"
    # or its aim as a noun, as a hasty page writes it: "een motie ingediend om het behoud van de speeltuin."
    r"|\s+om\s+(?:het|de)\s+[^.\n]{5,160}\.)"
    # a proposal of a party with its aim (not the college's: a raadsvoorstel): "akkoord met een voorstel van
    # VVD en CDA om te monitoren"
    r"|voorstel\s+van\s+(?!het\s+college|de\s+wethouder|b\s*&\s*w|burgemeester)[^,.\n]{1,40}?"
    r"(?=\s+om\s+(?:[^.\n]{0,160}?\s)?te\s+[a-z])"
    # one in which someone is called upon: "een voorstel van GroenLinks, waarin de minister wordt opgeroepen"
    r"|(?:motie|amendement|voorstel)\s+van\s+[^,.\n]{1,40}?,?\s+waarin"
    r"(?=\s[^.;\n]{1,80}?\s(?:wordt|worden|werd|werden)\s+(?:opgeroepen|verzocht|gevraagd|opgedragen)\b)"
    # a motion by which the college must act: "een motie medeondertekend waarbij het college werk moet maken
    # van", "een amendement waarin de gemeente wordt gevraagd"
    r"|(?:motie|amendement)\b[^.\n]{0,60}?\b(?:waarbij|waarin)(?=\s+(?:het\s+college|de\s+gemeente|B\s*&\s*W)\b"
    r"[^.\n]{0,100}?\b(?:moet|moeten|dient|dienen|wordt\s+gevraagd|wordt\s+verzocht)\b)"
    # what stands in it, a duty: "Centraal staat hierin dat de gemeente alle zeilen moet bijzetten"
    r"|(?:staat|stond|stelt|stelde)\s+(?:hierin|daarin|(?:de|het|deze|dit)\s+(?:motie|amendement))\s+dat"
    r"(?=\s[^.\n]{0,150}?\b(?:moet|moeten|dient|dienen)\b)"
    # what it is about, an act: "dienen een motie in over het opschorten van de ouderbijdrage"
    r"|(?:motie|amendement)\s+(?:in|ingediend)\s+over(?=\s+het\s+\w+en\b)"
    # the motion as the subject of what it wants or asks: "De motie wil verder dat", "vraagt de motie het
    r"|(?:motie|amendement)\s+(?:wil|wilde|wenst)(?:\s+(?:verder|vervolgens|ook|daarnaast|tevens))?(?=\s+dat\b)"
    r"|(?:vraagt|vroeg)\s+(?:de|het|deze|dit)\s+(?:motie|amendement)(?=\s+(?:om|het|de|B)\b)"
    # what it comes down to: "De strekking van de motie was dat ...", "een motie met als strekking: ... te"
    r"|strekking\s+van\s+(?:de|het|deze|dit)\s+(?:motie|amendement)\s+(?:was|is)(?=\s+dat\b)"
    r"|(?:motie|amendement)\b[^.\n]{0,120}?\bmet\s+als\s+strekking(?=\s*:?\s+[^.\n]{0,160}?\bte\s+[a-z])"
    # the motion as the subject that calls for or proposes it: "een motie die oproept een krant te maken",
    # "Een motie stelde voor om ... te laten onderzoeken"
    r"|(?:motie|amendement)\b[^.\n]{0,60}?\b(?:die|dat|welke)\s+(?:oproept|opriep|verzoekt|verzocht)"
    r"(?:\s+om)?(?=\s+[^.\n]{0,160}?\bte\s+[a-z])"
    # with its addressee first: "een motie die het college opdraagt een platform op te richten"
    rf"|(?:motie|amendement)\b[^.\n]{{0,60}}?\b(?:die|dat|welke)\s+{_ADDRESSEE}\s+(?:opdraagt|opdroeg|verzoekt"
    r"|verzocht|vraagt|vroeg|oproept|opriep)(?:\s+om)?(?=\s+[^.\n]{0,160}?\bte\s+[a-z])"
    # what stands in it: "een motie aan waarin staat dat het college uiterlijk 1 juli met een plan moet komen"
    r"|(?:motie|amendement)\b[^.\n]{0,60}?\bwaarin\s+(?:staat|stond|wordt\s+gesteld|werd\s+gesteld)\s+dat"
    r"(?=\s[^.\n]{0,150}?\b(?:moet|moeten|dient|dienen)\b)"
    # what it provides for or asks in a relative clause: "een motie die voorziet in een rapportage", "een
    # motie ingediend waarin wordt gevraagd ...", "een motie waarbij we oproepen de petitie te tekenen"
    r"|(?:motie|amendement)\b[^.\n]{0,60}?\b(?:(?:die|dat|welke)\s+(?:voorziet|voorzag)\s+in"
    r"|(?:waarin|waarbij)\s+(?:(?:wordt|werd)\s+(?:gevraagd|verzocht|opgeroepen)"
    rf"|(?:we|wij|zij|ze)\s+(?:{_COLLEGE}\s+)?(?:oproepen|opriepen|vragen|vroegen|verzoeken|verzochten)))(?:\s+om)?"
    r"(?=\s+\w)"
    # the mover as the subject after the motion: "In de motie roept raadslid X op om ... te", "In dit
    # amendement stelt partij X voor het beslispunt te wijzigen"
    rf"|(?:(?<=motie )|(?<=amendement ))(?:stelt|stelde|stellen|stelden)\s+{_NAMED_SUBJECT}voor"
    r"(?=\s+(?:om\s+)?[^.\n]{0,160}?\bte\s+[a-z])"
    # (also the movers in the plural and the request without "om": "In de motie roepen we de bestuurscommissie
    # op om ... te", "In de motie roept de raad het college op in gesprek te gaan")
    # (not an earlier motion the text recalls: "In deze motie riepen zij eerder op om ...")
    r"|(?:(?<=motie )|(?<=amendement ))(?:roept|riep|roepen|riepen)\s+(?![^.;:\n]{0,60}?\beerder\b)"
    r"[^.;:\n]{1,60}?\s+op"
    r"(?=\s+(?:om\s+)?[^.\n]{0,160}?\bte\s+[a-z])"
    r"|(?:motie|amendement)\s+(?:stelt|stelde)\s+voor(?=\s+om\s+[^.\n]{0,160}?\bte\s+[a-z])"
    # a modal before the college as subject: "Daarom moet het college ... onderzoeken", "dient het college te"
    rf"|(?:moet|dient)\s+{_COLLEGE}(?=\s)"
    r"|spreekt\s+uit\b(?=[^\n]*:[ \t]*\n)"
    # what it says the college must do: "spreekt uit dat het college de wachtlijsten moet halveren"
    rf"|spreekt\s+uit(?=,?\s+dat\s+(?:{_COLLEGE}|de\s+gemeente)\s[^.;\n]{{0,200}}?\b(?:moet|moeten|dient|dienen|zal|zullen)\b)"
    # a party that asks, in a report of its motions: "D66 stelt vast dat ... en vraagt om meer groen" (the
    # party before it is checked where the trigger is found; not a question or a procedure)
    rf"|(?P<asks>vraagt|vroeg)(?=\s+om\s+{_NOT_A_QUESTION}\w)"
    # or that proposed it: "De PvdA heeft bij de jaarstukken voorgesteld om de reserve langer te houden"
    r"|(?P<proposed>voorgesteld)(?=\s+om\s+[^.\n]{0,160}?\bte\s+[a-z])"
    r")\b(?:\s+(?:om|tot|voor))?",
    re.IGNORECASE,
)
# the party as the subject of that clause
_PARTY_BEFORE = re.compile(rf"(?<![\w-]){PARTY}(?:[ \t]+[A-Z][\w-]+)?[^.;:?!\n]{{0,100}}?\s+$")
_MOTION_FORMULA = re.compile(
    r"\b(?:ga(?:at|an)\s+over\s+tot\s+de\s+orde\s+van\s+de\s+dag|in\s+vergadering\s+bijeen|constaterende\s+dat"
    r"|overwegende\s+dat|deze\s+motie|we\s+stellen\s+vast\s+dat"
    # a party's proposal brought to the council: "dient de partij hiervoor een voorstel in"
    r"|dien(?:t|en|de|den)\s+(?:\w+\s+){0,3}?(?:een|het)\s+(?:initiatief)?voorstel\s+in"
    # a text that reports motions or amendments ("twee moties van GroenLinks", "een amendement dat")
    r")\b",
    re.IGNORECASE,
)
# an advisory or other body as the subject of the request, not the council: "Regiowerkgroep verzoekt het
# college", "De cliëntenraad vraagt het college om" (its advice, no motion's request)
_OTHER_REQUESTER = re.compile(
    r"(?i)(?<![\w-])(?:\w*werkgroep|\w*adviesraad|\w*cliëntenraad|\w*jongerenraad|\w*ouderraad|rekenkamer\w*"
    r"|\w*platform|ombudsman|inspectie)\s+$")
_MOTION_WORD = re.compile(r"(?<![\w-])(?:moties?|amendement(?:en)?)(?![\w-])")


# a word of each alternative of _MOTION_FORMULA, and the first word of each of _ASSIGNMENT_TRIGGER
_MOTION_FORMULA_WORDS = (
    "gaat", "vergadering", "constaterende", "overwegende", "motie", "stellen", "amendement", "voorstel in",
)
_ASSIGNMENT_TRIGGER_STARTS = (
    "geven", "geeft", "gaf", "wordt", "werd", "verzoek", "verzocht", "draag", "roep", "verplicht",
    "het college", "b&w", "b &", "burgemeester", "spreekt", "riep", "motie", "amendement", "vraag", "vroeg",
    "de colleges", "het dagelijks", "het gemeentebestuur", "strekking", "moet", "dient", "voorstel", "staat",
    "stond", "stelt", "stelde", "voorgesteld", "vragen", "gedeputeerde", "opdracht", "droeg", "krijgt",
    "kreeg", "wil", "verzoch", "de wethouder",
)


def _is_motion(source: SourceText, metadata: DocumentMetadata | None, parts: Sequence[DocumentPart]) -> bool:
    kinds = {metadata.kind} if metadata else set()
    kinds |= {p.metadata.kind for p in parts}
    if kinds & {"motie", "amendement"}:
        return True
    lowered = lowered_for_search(source.text)
    if lowered is not None and not any(word in lowered for word in _MOTION_FORMULA_WORDS):
        return False  # (looking for the words is much faster than the search)
    # a text that speaks of motions or amendments ("twee moties van GroenLinks", "Motie ...")
    subject = lowered if lowered is not None else source.text.lower()
    if prefilter.search(_MOTION_WORD, subject, lowered_for_search(subject)):
        return True
    return bool(_MOTION_FORMULA.search(source.text))


def find_assignments(
    source: SourceText,
    metadata: DocumentMetadata | None = None,
    parts: Sequence[DocumentPart] = (),
    *,
    reports_motion: bool = False,
) -> list[Assignment]:
    """The assignments a motion gives the college, numbered as in the motion (also those a news
    item reports of a motion or amendment it gives the outcome of: ``reports_motion``)."""
    if not reports_motion and not _is_motion(source, metadata, parts):
        return []
    text = source.text
    assignments: list[Assignment] = []
    summaries: set[int] = set()  # where an assignment that a sentence about the motion gives begins
    headlines: set[int] = set()  # where a request a headline announces begins
    listed = False  # whether a request gave a list of points
    taken_until = -1
    lowered = lowered_for_search(text)
    if lowered is None:
        triggers = list(_ASSIGNMENT_TRIGGER.finditer(text))
    else:  # tried only where a trigger's first word is
        triggers = matches_from(_ASSIGNMENT_TRIGGER, text, occurrences(lowered, _ASSIGNMENT_TRIGGER_STARTS))
    for trigger in triggers:
        if trigger.start() < taken_until:
            continue
        before = max(0, trigger.start() - 120)
        if _OTHER_REQUESTER.search(text, max(0, trigger.start() - 60), trigger.start()) or (
                (trigger.group("asks") or trigger.group("proposed"))
                and not _PARTY_BEFORE.search(text, before, trigger.start())):
            continue
        line_end = text.find("\n", trigger.end())
        line_end = len(text) if line_end < 0 else line_end
        rest = text[trigger.end() : line_end]
        items: list[ListItem] = []
        # "verzoekt het college om te bezien:", "Verzoekt het college," (not a colon that ends a later
        # sentence of the line: "... een motie in om X te doen. Daarmee wordt transparant:")
        if not rest.strip(" \t:,") or (rest.rstrip().endswith(":") and not SENTENCE_END.search(rest)):
            items = (list_at(text, line_end + 1) or _paragraph_then_list(text, line_end + 1)
                     or request_paragraphs(text, line_end + 1))
        if not items:  # a flattened PDF: "verzoekt het college: 1. ...; 2. ...;" on one line
            start = skip_space_and_colon(text, trigger.end())
            items = inline_list_at(text, start) or inline_dashes(text, start)
        if not items:
            single = single_assignment(text, trigger.end())
            reported = trigger.group("asks") or trigger.group("proposed")
            if single is not None and reported and is_headline(text, trigger.start(), single):
                headlines.add(single.begin)  # "Partij X vraagt om een krant": the text then tells it
            items = [ListItem(_item_number(text, trigger.start()), single, single)] if single else []
        if items:  # "...;\nen gaat over tot de orde van de dag." closes the last item, not part of it
            last = items[-1]
            end = last.content.begin + len(_ORDER_OF_THE_DAY.sub("", last.content.text))
            items[-1] = ListItem(last.number, last.marker, Span.trimmed_of(text, last.content.begin, end))
        items = _with_sub_points(text, [item for item in items if len(item.content.text.split()) >= 3])
        summary = trigger.group().lower().startswith(("motie", "amendement", "strekking"))
        listed = listed or (len(items) >= 2 and not summary)
        for item in items:
            if any(a.span.text == item.content.text for a in assignments):
                continue  # a headline repeated (as a picture's caption and as the title)
            assignments.append(Assignment(item.number, item.content, dates.deadline_of(item.content.text)))
            if summary:
                summaries.add(item.content.begin)
        if items:
            taken_until = items[-1].content.end
    if not assignments and ("moties" in text or "amendementen" in text):
        assignments = [Assignment(index, span, dates.deadline_of(span.text))
                       for index, span in enumerate(headed_motions(text), start=1)]
    # a headline's request is no request of its own beside those the text tells
    if headlines and any(a.span.begin not in headlines for a in assignments):
        assignments = [a for a in assignments if a.span.begin not in headlines]
    # what a sentence says the motion asks is no request of its own beside the motion's listed requests
    if summaries and listed:
        return [a for a in assignments if a.span.begin not in summaries]
    subject = lowered if lowered is not None else text.lower()
    if prefilter.search(_TOLD_WORDS, subject, lowered_for_search(subject)):
        for span in _told_requests(text, lowered):
            if not any(span.begin < a.span.end and a.span.begin < span.end for a in assignments):
                assignments.append(Assignment(1, span, dates.deadline_of(span.text)))
    if assignments and not listed:
        further = _further_requests(text, assignments)
        assignments.extend(Assignment(1, span, dates.deadline_of(span.text)) for span in further)
    return assignments


# a report adds a request to the one it told with "Ook" and a duty or wish of the college, the council or
# nobody named: "Ook moet gewerkt worden aan ...", "Ook over X wil de raad ... geïnformeerd worden"
_FURTHER_REQUEST = re.compile(
    r"^(?:Ook|Daarnaast|Verder|Tevens)\b[^.;:?!]{0,80}?\b(?:moet|moeten|dient|dienen|wil|willen)\s+"
    rf"(?:{_COLLEGE}|de\s+(?:gemeente)?raad\b|de\s+wethouder\b|er\s+(?:\w+\s+){{0,3}}?worden\b"
    r"|(?:\w+\s+){1,3}?worden\b)"
    # or with the verb of the request it continues: "Ook roepen we het Rijk op met geld over de brug te
    # komen", "Verder vraagt de raad de problemen in kaart te brengen"
    r"|^(?:Ook|Daarnaast|Verder|Tevens)\s+(?:roept|roepen|riep|riepen|vraagt|vragen|vroeg|vroegen|verzoekt"
    r"|verzoeken)\s+(?![^.;:?!]{0,40}?\baandacht\s+voor\b)[^.;:?!]{1,80}?(?:\sop\s|\ste\s+[a-z]{3,})"
)
_FURTHER_INFINITIVE = re.compile(
    r"^(?:Ook|Daarnaast|Verder|Tevens)\s+(?:om\s+)?(?P<c>[^.;:?!,]{3,120}?)\s+te\s+[a-z]{3,}\w*\b")
# a view someone holds, not what the motion asks: "..., vinden de partijen", "..., aldus de wethouder"
_OPINION_TAG = re.compile(r",\s*(?:vindt|vinden|vond|vonden|aldus|zegt|zeggen|zei|zeiden|meent|menen)\s+\S+")
# an adverb or pronoun before the finite verb opens a sentence of its own: "Ook daar valt winst te behalen"
_SENTENCE_OPENER = re.compile(r"(?i)(?:daar|hier|dan|nu|dus|er|zo|dat|dit|die|zij|ze|we|wij|hij|ik|u)\s")
_FURTHER_REACH = 6  # sentences after a told request where a further one may stand


def _further_requests(text: str, assignments: Sequence[Assignment]) -> list[Span]:
    found: list[Span] = []
    # after each told request, up to the next one (a report of several motions tells each one's requests)
    begins = sorted(a.span.begin for a in assignments)
    following: list[Span] = []
    for assignment in assignments:
        until = next((b for b in begins if b >= assignment.span.end), len(text))
        following += [s for s in sentences(text)
                      if assignment.span.end <= s.begin < until and s not in following][:_FURTHER_REACH]
    for sentence in following:
        told = sentence.text.startswith(("Ook", "Daarnaast", "Verder", "Tevens")) and bool(
            _FURTHER_REQUEST.match(sentence.text)) and not _OPINION_TAG.search(sentence.text)
        # the told request continued by an infinitive without a subject: "Daarnaast in overleg te gaan met X"
        clause = _FURTHER_INFINITIVE.match(sentence.text)
        if told or (clause is not None and not FINITE.search(clause.group("c"))
                    and not _SENTENCE_OPENER.match(clause.group("c"))):
            found.append(sentence)
    return found


# a request a report tells in a sentence of its own, which another sentence ties to the motion: a wish
# the next sentence brings in as a motion ("X wil dat de gemeente de inning opschort. Daartoe heeft de
# fractie een motie ingediend."), a sentence the next calls the college's assignment ("Er komt een visie
# op ... Deze opdracht kreeg het college mee bij een motie"), and what must be done "volgens de motie"
_WISH = re.compile(
    r"(?i)\b(?:wil|willen|wilde|wilden)\s+(?:graag\s+)?dat\s+(?:de\s+gemeente|het\s+college|dit|dat|het|er)\b")
_BRINGS_IN = re.compile(
    r"(?i)\b(?:daartoe|hiertoe|hiervoor|daarvoor|daarom|daarover|hierover)\b[^.]{0,80}?\b(?:motie|amendement|voorstel)\b"
    r"|\b(?:motie|amendement|voorstel)\b[^.]{0,80}?\b(?:daartoe|hiertoe|hiervoor|daarvoor|daarover|hierover)\b"
)
_CALLED_ASSIGNMENT = re.compile(
    rf"(?i)^(?:deze|die|dit|dat)\s+(?:opdracht|verzoek)\s+(?:kreeg|krijgt|heeft)\s+{_COLLEGE}\b"
)
_PER_MOTION = re.compile(
    r"(?i)\b(?:moet|moeten|dient|dienen)\b[^.]{0,120}?\bvolgens\s+(?:de|het|deze|dit)\s+(?:motie|amendement)\b"
    r"|\bvolgens\s+(?:de|het|deze|dit)\s+(?:motie|amendement)\s+(?:moet|moeten|dient|dienen)\b"
)
# a sentence with a duty the next calls the adopted proposal: "Een onderzoek moest in kaart brengen hoe groot
# het probleem is. Dat voorstel werd met een ruime meerderheid aangenomen."
_CALLED_ADOPTED = re.compile(
    r"(?i)^(?:deze|die|dit|dat)\s+(?:voorstel|motie|amendement)\s+(?:werd|is|wordt)\b[^.]{0,100}?\baangenomen\b")
_DUTY = re.compile(r"(?i)\b(?:moest|moesten|moet|moeten|dient|dienen|zou|zouden)\b")
# one of these is in every text a told request stands in
_TOLD_WORDS = re.compile(
    r"\bwil(?:len|de|den)?\s+(?:graag\s+)?dat\b|\bvolgens\s+(?:de|het|deze|dit)\s+(?:motie|amendement)"
    r"|\b(?:deze|die|dit|dat)\s+(?:opdracht|verzoek)\b|\b(?:deze|die|dit|dat)\s+(?:voorstel|motie|amendement)\s+"
    r"(?:werd|is|wordt)\b|(?:college|gemeente|wethouder)\s+(?:moet|moest|dient|diende)\s"
    r"|(?:college|gemeente|wethouder)(?:\s+[A-Z][\w-]+)?\s+(?:gaat|zal)\s"
    r"|\b(?:met|van)\s+(?:die|deze)\s+strekking\b", re.IGNORECASE)
# a motion adopted "to that effect": the sentence before says what it asks ("X moet extra geld vrijmaken. De
# raad heeft een motie met die strekking aangenomen")
_TO_THAT_EFFECT = re.compile(r"(?i)\b(?:met|van)\s+(?:die|deze)\s+strekking\b")


def _asked_to_that_effect(body: str, words: str, after: str) -> bool:
    return "strekking" in after and _TO_THAT_EFFECT.search(after) is not None and (
        _MOTION_ADOPTED.search(after) is not None) and (
        _DUTY.search(body) is not None or " gaat " in words or " zal " in words)


# the college's duty right after the sentence that tells what the council did with the motion (not one "op de
# plank", not yet brought): what the motion asks
_MOTION_DEALT_WITH = re.compile(
    r"(?i)\b(?:motie|amendement)\b[^.]{0,120}?\b(?:aangenomen|aanvaard|verworpen|ingediend|ingetrokken|gesteund)\b"
    r"|\b(?:aangenomen|aanvaard|verworpen|ingediend|steunde|steunden|nam|namen)\b[^.]{0,80}?\b(?:motie|amendement)\b")
_COLLEGE_MUST = re.compile(
    rf"(?i)^(?:{_COLLEGE}|de\s+gemeente|de\s+wethouder)\s+(?:moet|moest|dient|diende)\s")
# a news lead that tells what the municipality will now do, right before the sentence that tells the council
# adopted the motion or amendment that asks it ("De gemeente X gaat meer doen aan Y. De raad ging akkoord
# met een amendement van Z."), after a dateline ("HOORN -", "X •"); not when that sentence gives the
# motion's own aim ("een motie om ... te")
_LEAD_WILL = re.compile(
    r"(?:^|[\u2022\u2013\u2014-][ \t]+)(?P<lead>(?:[Dd]e[ \t]+gemeente(?:[ \t]+[A-Z][\w-]+)?"
    r"|[Hh]et[ \t]+college|[Dd]e[ \t]+wethouder)[ \t]+(?:gaat|zal|moet)[ \t]+"
    r"(?!(?:uitkomen|krijgen|zijn|worden|blijven|kampen)\b)\w)")
_MOTION_ADOPTED = re.compile(
    r"(?i)\b(?:motie|amendement)\b[^.]{0,120}?\b(?:aangenomen|aanvaard)\b"
    r"|\b(?:aangenomen|aanvaard|akkoord\s+met|stemde\s+in\s+met|stemden\s+in\s+met|nam|namen)\b[^.]{0,80}?"
    r"\b(?:motie|amendement)\b")


def _told_requests(text: str, lowered: str | None) -> list[Span]:
    found: list[Span] = []
    spans = sentences(text)
    for index, sentence in enumerate(spans):
        body = sentence.text
        words = lowered[sentence.begin : sentence.end] if lowered is not None else body.lower()
        after = spans[index + 1].text if index + 1 < len(spans) else ""
        if ("wil" in words and _WISH.search(body) and _BRINGS_IN.search(after)) or (
                "volgens" in words and _PER_MOTION.search(body)):
            found.append(sentence)
        elif _asked_to_that_effect(body, words, after):
            # (a headline the splitter glued to it stays out: the request is its own paragraph)
            found.append(Span.trimmed_of(text, sentence.begin + body.rfind("\n\n") + 1, sentence.end))
        elif index and _COLLEGE_MUST.match(body) and _MOTION_DEALT_WITH.search(spans[index - 1].text):
            found.append(sentence)  # "De raad nam een motie aan. Het college moet ..."
        elif (("gaat" in words or "zal" in words or "moet" in words) and (lead := _LEAD_WILL.search(body))
              and _MOTION_ADOPTED.search(after) and " om " not in after):
            found.append(Span.trimmed_of(text, sentence.begin + lead.start("lead"), sentence.end))
        elif index and words.startswith(("deze ", "die ", "dit ", "dat ")) and (
                _CALLED_ASSIGNMENT.match(body)
                or (_CALLED_ADOPTED.match(body) and _DUTY.search(spans[index - 1].text))):
            told = spans[index - 1]
            if index >= 2 and _SPELLS_OUT_BEFORE.match(told.text):
                # "Voor oktober moet er een plan zijn. Dat moet ... garanderen. Die opdracht kreeg ..."
                told = Span.trimmed_of(text, spans[index - 2].begin, told.end)
            found.append(told)
    return found


# a sentence that only spells out the one before it: "Dat moet goede zorg garanderen"
_SPELLS_OUT_BEFORE = re.compile(
    r"(?i)^(?:dat|dit|die|deze)\s+(?:moet|moeten|zal|zullen|gaat|gaan|is|wordt)\b")


def _paragraph_then_list(text: str, offset: int) -> list[ListItem]:
    """A first request written as a paragraph of its own that ends in ``;`` and the requests of the
    list right after it ("verzoekt het college:" / "... te onderzoeken;" / "• ...;" / "• ...")."""
    begin = skip_space_and_colon(text, offset)
    end = text.find("\n", begin)
    end = len(text) if end < 0 else end
    first = Span.trimmed_of(text, begin, end)
    if not first.text.endswith(";") or ITEM_MARKER.match(first.text):
        return []
    listed = list_at(text, end + 1)
    if not listed:
        return []
    return [ListItem(1, first, first)] + [
        ListItem(position, item.marker, item.content) for position, item in enumerate(listed, start=2)]


def _with_sub_points(text: str, items: list[ListItem]) -> list[ListItem]:
    """Items after one that ends in ``:`` and written another way (indented deeper, or with another
    symbol: ``• ✓ ...``) are its points ("ook te besteden aan:" / ✓ ... / ✓ ...)."""
    kept: list[ListItem] = []
    opener: tuple[int, str] | None = None  # the way the item that opened sub-points is written
    for item in items:
        way = _written(text, item)
        if kept and opener is not None and way != opener:
            last = kept[-1]
            span = Span.trimmed_of(text, last.content.begin, item.content.end)
            kept[-1] = ListItem(last.number, last.marker, span)
            continue
        kept.append(item)
        opener = way if item.content.text.rstrip().endswith(":") else None
    return kept


def _written(text: str, item: ListItem) -> tuple[int, str]:
    """The indentation of an item's marker and the symbol its text opens with, if any."""
    line_begin = text.rfind("\n", 0, item.marker.begin) + 1
    first = item.content.text[:1]
    return item.marker.begin - line_begin, "" if first.isalnum() else first


_ITEM_NUMBER_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?P<n>\d{1,2})[.)][ \t]+$")


def _item_number(text: str, trigger: int) -> int:
    """The number of the list item a request opens (``2) Het college te verzoeken ...``), else 1."""
    m = _ITEM_NUMBER_BEFORE.search(text, max(0, trigger - 12), trigger)
    return int(m.group("n")) if m else 1
