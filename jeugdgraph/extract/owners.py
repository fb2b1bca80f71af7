"""Whose amount it is: the body a sentence says an amount of money belongs to (``jg:betreft``).

Dutch council documents and news say it in a few ways, each tried in turn:

* the n-th municipality of a list for the n-th amount after ``respectievelijk`` (``Nederweert en
  Leudal ... respectievelijk 0,7 en 2,1 miljoen euro``);
* the municipality written right before the amount: ``Goes 1,7 miljoen en Middelburg zelfs 2
  miljoen``, ``een gemeente als Oldenzaal al een miljoen``, ``Dan Ede: bijna 7 miljoen``;
* the one municipality a sentence is about: ``De gemeente Kapelle zal uitkomen op een tekort van ...``;
* the body that is the subject of the amount's clause, before its verb (``Ede krijgt ruim twintig
  miljoen euro``, ``...: Asten komt 6,1 mln tekort``) or after it, as Dutch puts the subject after
  the verb when the clause opens with something else; a clause opens after a colon,
  a semicolon or a blank line (``In 2018 komt Tiel op een tekort van 1,4
  miljoen euro``, ``Daarom heeft de VNOG 1,9 miljoen euro bespaard``), or right after the
  conjunction of a subordinate clause (``bekend dat Eindhoven 17,2 miljoen euro krijgt``);
* the municipality the amount is for: ``Voor Alblasserdam komt dat neer op € 19.000,=``, ``voor
  een rustige stad als Oldenzaal betekent het ... een bedrag van negen ton``, and where a sentence names
  several, the one its own clause names (``Voor X is er een tekort van 560 duizend euro, in Y is dat
  1,9 miljoen euro``); the municipality right after the amount (``750.000 euro van Weert``);
* for an amount in a sentence that names no body, the one municipality of the next sentence when
  it opens by referring back to the amount (``Dik 19 miljoen euro. Dat komt gemeente Apeldoorn
  tekort``), or else the one municipality the sentence before it
  names, when that sentence names no other body and the amount's sentence does not speak of the
  country, several municipalities or a region (``Het tekort in de gemeente Hellendoorn wordt nog
  gedekt ... In 2022 loopt het tekort op tot 2 miljoen euro``), or else the one municipality of a text
  that names no other body when the sentence speaks of it unnamed (``de gemeentelijke begroting``);
* the one region the document names, for an amount whose clause has "de regio" unnamed as its subject
  (``De regio stelt in totaal 340.000 euro beschikbaar``);
* for a regional amount (``regionaal budget``, ``voor de gehele regio``) the one region the
  document names or, failing that, the region named in the official name of the one joint body it
  names (``Dienst Gezondheid & Jeugd Zuid-Holland Zuid``).

A venue, a surname or a party's place is no mention here: ``places.not_actors`` removed those.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from ..facts import GazetteerEntry, Mention, Span
from .matching import fold

_ACTORS = frozenset({"gemeente", "gemeenschappelijke_regeling", "organisatie"})
_FOR_BEFORE = re.compile(
    r"\b(?:voor|van|aan|in|binnen)\s+(?:de\s+gemeente\s+|gemeente\s+)?$"
    # "voor een toch vrij rustige stad als Oldenzaal"
    r"|\b(?:voor|in|binnen)\s+(?:een|de)\s+(?:[\w-]+\s+){0,4}(?:stad|gemeente|dorp|plaats)\s+(?:als|zoals)\s+$",
    re.IGNORECASE,
)
_REGIONAL = re.compile(
    r"\bregiona(?:al|le)\b|\b(?:gehele|hele|voltallige)\s+regio\b|\bvoor\s+de\s+regio\b", re.IGNORECASE
)
# (an adverb may open it: "Ook Deventer kampt met een tekort: 1,5 miljoen euro"; so may the stamp of a
# retrieved page: "date 2018-11 De regio Tilburg moet ...")
_CLAUSE_OPENING = re.compile(
    r"[\s\"'\u2018\u201c(-]*(?:date[ \t]+\d{4}-\d{2}(?:-\d{2})?[ \t]+)?(?:(?:Ook|Zelfs|En|Nu|Dan)[ \t]+)?"
    r"(?:(?:[Dd]e[ \t]+)?[Gg]emeente[ \t]+)?")
_VERBS = (
    r"krijgt|ontvangt|komt|verwacht|heeft|kampt|boekt|houdt|schiet|ziet|loopt|bespaart|bespaarde"
    r"|kreeg|ontving|kwam|had|hield|investeert|trekt|betaalt|betaalde|moet|zal"
    r"|wil|wilde|kan|kon|gaat|ging|mag|moest|zou|wist"
    # what it announces, estimates or sets aside: "In 2019 kondigde Berkelland aan zo'n 2,5 miljoen te
    # bezuinigen"
    r"|kondigt|kondigde|becijfert|becijferde|raamt|raamde|reserveert|reserveerde|bezuinigt|bezuinigde"
    # the plural and past of the same verbs, for a subject of several municipalities or a region
    r"|krijgen|kregen|ontvangen|ontvingen|komen|kwamen|verwachten|hebben|hadden|kampen|investeren"
    r"|investeerden|investeerde|betalen|besteden|besteedden|besteedde|bespaarden|moeten|zullen|willen|kunnen"
)
# the subject opening its clause is followed by its finite verb, a lower-case word that is no
# preposition or conjunction ("Zutphen wist al dat het ...", not "Zutphen en Tiel", "Zutphen in 2020")
_SUBJECT_VERB = re.compile(
    r"[ \t]+(?!(?:en|of|in|op|van|voor|met|uit|naar|bij|aan|over|om|tot|door|zelf|als)\b)[a-z]{2,}\b"
)
# the subject after its verb: "komt Tiel", "heeft de VNOG", "krijgt de gemeente Ede"
_VERB_BEFORE_SUBJECT = re.compile(
    rf"\b(?:{_VERBS})[ \t]+(?:(?:de|het)[ \t]+)?(?:gemeente[ \t]+)?$", re.IGNORECASE
)
_RIGHT_BEFORE = re.compile(  # "Goes 1,7 miljoen", "Dan Ede: bijna 7 miljoen tekort", "Heerlen (6 miljoen)"
    r"(?:[ \t]*:?[ \t]+|[ \t]*\([ \t]*)"
    r"(?:(?:zelfs|nog|al|ruim|bijna|circa|ca\.|ongeveer|maximaal|minimaal)[ \t]+)?"
)
_MUNICIPALITY_WORD = re.compile(r"(?i)\bgemeente[ \t]+$")
# an amount of the country, of several municipalities or a region is no one municipality's
_NOT_ONE_MUNICIPALITY = re.compile(
    r"(?i)\b(?:gemeenten|gemeentes|regio\w*|landelijk\w*|nederland|rijk|kabinet|minister\w*"
    r"|staatssecretaris|provincie\w*|inwoners?|per\s+(?:kind|jongere|jeugdige|inwoner))\b"
)


def owner_of(
    text: str, sentence: Span, mentions: Sequence[Mention], gazetteer: Sequence[GazetteerEntry],
    amount: Span | None = None, sentences: Sequence[Span] = (),
) -> str | None:
    """The body the sentence says an amount belongs to, or None when it does not say."""
    in_sentence = [m for m in mentions if m.kind in _ACTORS and sentence.contains(m.span)]
    municipalities = [m for m in in_sentence if m.kind == "gemeente"]
    if amount is not None and "respectievelijk" in sentence.text:
        paired = _respectively(text, sentence, municipalities, amount)
        if paired is not None:
            return paired
    if amount is not None:
        for m in municipalities:
            if m.span.end <= amount.begin and _RIGHT_BEFORE.fullmatch(text[m.span.end:amount.begin]):
                return m.iri
            # "de bijdrage van 750.000 euro van Zutphen"
            if m.span.begin >= amount.end and _OF_AFTER.fullmatch(text[amount.end:m.span.begin]):
                return m.iri
        subjects = {m.iri for m in municipalities
                    if _MUNICIPALITY_WORD.search(text[max(0, m.span.begin - 12) : m.span.begin])}
        if len({m.iri for m in in_sentence}) == 1 and len(subjects) == 1:
            return subjects.pop()
        subject = _clause_subject(text, sentence, in_sentence, amount)
        if subject is not None:
            return subject
        subject = (_region_subject(text, sentence, mentions, amount)
                   or _unnamed_region(text, sentence, mentions, amount)
                   or _unnamed_own_body(text, sentence, mentions, amount))
        if subject is not None:
            return subject
    named = {
        m.iri for m in municipalities
        if _FOR_BEFORE.search(text[max(sentence.begin, m.span.begin - 60) : m.span.begin])
    }
    if len(named) == 1:
        return named.pop()
    if named:
        # "Voor Zutphen is er een tekort van 560 duizend euro, in Tiel is dat 1,9 miljoen": each
        # clause says whom its own amount is for
        return _for_in_clause(text, sentence, municipalities, amount) if amount is not None else None
    if not in_sentence and not _REGIONAL.search(sentence.text):
        return (_next_refers_back(text, sentence, mentions, sentences)
                or _previous_topic(sentence, mentions, sentences, amount)
                or _the_municipality(sentence, mentions))
    if not _REGIONAL.search(sentence.text):
        return None
    regions = {m.iri for m in mentions if m.kind == "jeugdregio"}
    if len(regions) == 1:
        return regions.pop()
    if regions:
        return None
    bodies = {m.iri for m in mentions if m.kind == "gemeenschappelijke_regeling"}
    if len(bodies) != 1:
        return None
    return region_in_name_of(bodies.pop(), gazetteer)


_OF_AFTER = re.compile(r"(?:[ \t]+euro)?[ \t]+van[ \t]+(?:de[ \t]+)?(?:gemeente[ \t]+)?")
# where a clause opens: after a colon, a semicolon, a blank line or a comma that separates clauses
_CLAUSE_BREAK = re.compile(r"[:;]|\n[ \t]*\n|,(?=[ \t])")


_VALUE_AFTER_COLON = re.compile(r"[ \t]+(?:(?:ruim|bijna|circa|ca\.|ongeveer|maximaal|minimaal)[ \t]+)?")


def _clause_begin(text: str, sentence: Span, amount: Span) -> int:
    """Where the clause of the amount opens within its sentence (a colon right before the amount gives
    the value of the clause it ends: "X verwacht het hoogste tekort: 11 miljoen euro")."""
    head = text.rfind(":", sentence.begin, amount.begin)
    if head >= 0 and _VALUE_AFTER_COLON.fullmatch(text, head + 1, amount.begin):
        amount = Span.of(text, head, amount.end)
    begin = max(sentence.begin, *(text.rfind(c, sentence.begin, amount.begin) + 1 for c in ":;"))
    paragraph = text.rfind("\n\n", begin, amount.begin)
    return paragraph + 2 if paragraph >= 0 else begin


def _for_in_clause(text: str, sentence: Span, municipalities: Sequence[Mention], amount: Span) -> str | None:
    """The one municipality the amount's own clause says it is for (``in Tiel is dat 1,9 miljoen``)."""
    begin = sentence.begin
    for m in _CLAUSE_BREAK.finditer(text, sentence.begin, amount.begin):
        begin = m.end()
    named = {
        m.iri for m in municipalities
        if begin <= m.span.begin and m.span.end <= amount.begin
        and _FOR_BEFORE.search(text[max(begin, m.span.begin - 60):m.span.begin])
    }
    return named.pop() if len(named) == 1 else None


# "Tiel en Zutphen ... respectievelijk 0,7 en 2,1 miljoen euro": the n-th amount is the n-th body's
_LISTED_AMOUNT = r"(?:€[ \t]?)?\d[\d.,]*(?:[ \t]*(?:miljoen|miljard|mln|mld|duizend))?"
_RESPECTIVELY = re.compile(
    rf"\brespectievelijk[ \t]+(?P<list>{_LISTED_AMOUNT}(?:[ \t]*(?:,|en)[ \t]*{_LISTED_AMOUNT})+)"
)
_LIST_NUMBER = re.compile(r"\d[\d.,]*\d|\d")


def _respectively(text: str, sentence: Span, municipalities: Sequence[Mention], amount: Span) -> str | None:
    """The body at the amount's place in a list the sentence pairs with its amounts by ``respectievelijk``."""
    m = _RESPECTIVELY.search(text, sentence.begin, sentence.end)
    if m is None or not m.start("list") <= amount.begin < m.end("list") + 3:
        return None
    numbers = [m.start("list") + n.start() for n in _LIST_NUMBER.finditer(m.group("list"))]
    bodies: list[str] = []
    for mention in municipalities:
        if mention.span.end <= m.start() and mention.iri not in bodies:
            bodies.append(mention.iri)
    at = [i for i, begin in enumerate(numbers) if amount.begin <= begin < amount.end]
    if len(bodies) != len(numbers) or len(at) != 1:
        return None
    return bodies[at[0]]


def _clause_subject(text: str, sentence: Span, in_sentence: Sequence[Mention], amount: Span) -> str | None:
    """The one body of the amount's clause that is its subject: before its verb at the clause's
    opening (``Ede krijgt``) or right after its verb (``komt Tiel``, ``heeft de VNOG``)."""
    clause_begin = _clause_begin(text, sentence, amount)
    inside = [m for m in in_sentence if clause_begin <= m.span.begin and m.span.end <= amount.begin]
    if len({m.iri for m in inside}) != 1:
        return None
    first = inside[0]
    opening = text[clause_begin:first.span.begin]
    if _CLAUSE_OPENING.fullmatch(opening) and _SUBJECT_VERB.match(text, first.span.end):
        return first.iri
    if _VERB_BEFORE_SUBJECT.search(opening) and "," not in text[first.span.end:amount.begin]:
        return first.iri
    # a subordinate clause puts its subject right after the conjunction: "dat Eindhoven voor 2022
    # 17,2 miljoen euro beschikbaar krijgt"
    if _CONJUNCTION_BEFORE.search(opening) and "," not in text[first.span.end:amount.begin]:
        return first.iri
    return None


_CONJUNCTION_BEFORE = re.compile(
    r"(?i)\b(?:dat|omdat|doordat|zodat|waardoor|wanneer)[ \t]+(?:(?:de|het)[ \t]+)?(?:gemeente[ \t]+)?$"
)
# a sentence that refers back to the amount before it: "Dat komt gemeente Apeldoorn tekort"
_REFERS_BACK = re.compile(r"[\s\"'\u2018\u201c]*(?:Dat|Dit|Dat bedrag|Dit bedrag|Dat tekort|Dit tekort)\b")


def _next_refers_back(
    text: str, sentence: Span, mentions: Sequence[Mention], sentences: Sequence[Span]
) -> str | None:
    """The one municipality of the next sentence when that sentence opens by referring back to
    the amount (``Dik 19 miljoen euro. Dat komt gemeente Apeldoorn tekort``)."""
    index = bisect.bisect_left([s.begin for s in sentences], sentence.end)
    if index >= len(sentences):
        return None
    following = sentences[index]
    if not _REFERS_BACK.match(text, following.begin) or _NOT_ONE_MUNICIPALITY.search(following.text):
        return None
    named = {m.iri for m in mentions if m.kind in _ACTORS and following.contains(m.span)}
    if len(named) != 1 or not all(m.kind == "gemeente" for m in mentions if m.iri in named):
        return None
    return named.pop()


def _previous_topic(
    sentence: Span, mentions: Sequence[Mention], sentences: Sequence[Span], amount: Span | None = None
) -> str | None:
    """The one municipality the sentence before names, for an amount whose sentence names no body
    (whose words up to the amount, that is: "Het overschot, 1,8 miljoen, gaat naar de gemeenten die ...")."""
    upto = sentence.text if amount is None else sentence.text[: max(0, amount.end - sentence.begin)]
    if _NOT_ONE_MUNICIPALITY.search(upto):
        return None
    index = bisect.bisect_right([s.end for s in sentences], sentence.begin)
    if index == 0:
        return None
    previous = sentences[index - 1]
    # a sentence of the same paragraph that ends as a sentence does (not a headline or a colon)
    if not previous.text.rstrip().endswith(".") or "\n\n" in sentence.text:
        return None
    named = [m for m in mentions if m.kind in _ACTORS | {"jeugdregio"} and previous.contains(m.span)]
    iris = {m.iri for m in named}
    if len(iris) != 1 or named[0].kind != "gemeente":
        return None
    return iris.pop()


# "de gemeentelijke begroting", "de gemeente" without a name: the municipality the text is about
_OWN_MUNICIPALITY = re.compile(
    r"(?i)\bgemeentelijke\b|\bde\s+gemeente\b(?![ \t]+[A-Z])"
    # its council or college unnamed: "de door de raad goedgekeurde begroting", "het college"
    r"|\bde\s+(?:gemeente)?raad\b(?![ \t]+(?:van|in)\b)"
    r"|\bhet\s+college\b(?![ \t]+van[ \t]+(?!B\b|burgemeester))")


def _the_municipality(sentence: Span, mentions: Sequence[Mention]) -> str | None:
    """The one municipality of a text that names no other body (a youth-care region it belongs to aside),
    for an amount whose sentence speaks of the municipality, its council or college without naming it
    (``de gemeentelijke begroting``, ``de door de raad goedgekeurde begroting``)."""
    if not _OWN_MUNICIPALITY.search(sentence.text) or _NOT_ONE_MUNICIPALITY.search(sentence.text):
        return None
    named = {m.iri for m in mentions if m.kind in _ACTORS}
    if len(named) != 1 or not all(m.kind == "gemeente" for m in mentions if m.iri in named):
        return None
    return named.pop()


# a news item's dateline: "ALMELO/GOOR - ", "BERGEN OP ZOOM – ", "Coevorden, 12 maart 2015 – "
_DATELINE = re.compile(r"[A-Z][\w'.]*(?:[ /-][A-Z][\w'.]*)*(?:,[^\n\-–—]{0,30})?[ \t]+[-–—][ \t]+")
# the noun group a region heads as a subject: "De jeugdhulpregio Twente", "De twintig Groninger gemeenten",
# "de gemeenten in Zuid-Holland Zuid", "de regio Twente"
_REGION_BEFORE = re.compile(
    r"(?i)(?:(?:de|het)[ \t]+)?(?:[\w-]+[ \t]+)?"
    r"(?:(?:gemeenten|gemeentes)[ \t]+(?:in|van)[ \t]+(?:de[ \t]+)?)?"
    r"(?:(?:jeugd(?:hulp|zorg)?)?regio[ \t]+)?$"
)
_REGION_AFTER = re.compile(r"[ \t]+(?:gemeenten|gemeentes)\b")


def _opening(text: str, sentence: Span, clause_begin: int) -> int:
    """Where the clause's words open, after a dateline that opens it."""
    m = _DATELINE.match(text, clause_begin, sentence.end)
    return m.end() if m else clause_begin


def _region_subject(text: str, sentence: Span, mentions: Sequence[Mention], amount: Span) -> str | None:
    """The one youth-care region that heads the subject of the amount's clause: at its opening before
    the verb (``De jeugdhulpregio Twente krijgt``, ``De Groninger gemeenten komen ... tekort``) or right
    after the verb (``investeerden de gemeenten in Zuid-Holland Zuid``)."""
    begin = _opening(text, sentence, _clause_begin(text, sentence, amount))
    inside = [m for m in mentions if begin <= m.span.begin and m.span.end <= amount.begin
              and (m.kind in _ACTORS or m.kind == "jeugdregio")]
    if len({m.iri for m in inside}) != 1 or inside[0].kind != "jeugdregio":
        return None
    first = inside[0]
    head = _REGION_BEFORE.search(text, begin, first.span.begin)
    if head is None:
        return None
    end = first.span.end
    after = _REGION_AFTER.match(text, end)
    end = after.end() if after else end
    opening = text[begin:head.start()]
    if _CLAUSE_OPENING.fullmatch(opening) and _SUBJECT_VERB.match(text, end):
        return first.iri
    if _VERB_BEFORE_SUBJECT.search(opening) and not _COMMA_BREAK.search(text, end, amount.begin):
        return first.iri
    return None


_COMMA_BREAK = re.compile(r",(?=[ \t])")
_UNNAMED_REGION = re.compile(r"(?:[Dd]e|[Oo]nze)[ \t]+(?:jeugd(?:hulp|zorg)?)?regio\b(?![ \t]+(?-i:[A-Z]))")


def _unnamed_region(text: str, sentence: Span, mentions: Sequence[Mention], amount: Span) -> str | None:
    """The one youth-care region the document names, for an amount whose clause has the region unnamed as
    its subject, before its verb or right after it (``De regio stelt in totaal 340.000 euro beschikbaar``),
    and names no other body before the amount."""
    begin = _opening(text, sentence, _clause_begin(text, sentence, amount))
    if any(begin <= m.span.begin < amount.begin and (m.kind in _ACTORS or m.kind == "jeugdregio")
           for m in mentions):
        return None
    head = _UNNAMED_REGION.search(text, begin, amount.begin)
    if head is None:
        return None
    opening = text[begin:head.start()]
    subject = _CLAUSE_OPENING.fullmatch(opening) and _SUBJECT_VERB.match(text, head.end())
    if not subject and not (_VERB_BEFORE_SUBJECT.search(opening)
                            and not _COMMA_BREAK.search(text, head.end(), amount.begin)):
        return None
    regions = {m.iri for m in mentions if m.kind == "jeugdregio"}
    return regions.pop() if len(regions) == 1 else None
# a body of the municipality named without its name: "De gemeenteraad is akkoord gegaan", "het college"
_OWN_BODY = re.compile(r"(?:[Dd]e[ \t]+)?(?:[Gg]emeenteraad|[Gg]emeente|[Rr]aad)\b|[Hh]et[ \t]+[Cc]ollege\b")


def _unnamed_own_body(text: str, sentence: Span, mentions: Sequence[Mention], amount: Span) -> str | None:
    """The municipality of a news item's dateline, for an amount whose clause opens right after that
    dateline with the municipality's body unnamed as its subject (``BERGEN OP ZOOM – De gemeenteraad
    is akkoord gegaan met een steun van 700.000 euro``)."""
    begin = _clause_begin(text, sentence, amount)
    m = _DATELINE.match(text, begin, amount.begin)
    if m is None:
        # a headline or a sentence before any other body is named: "Gemeente kent zeven ton toe aan ..."
        opening = _CLAUSE_OPENING.match(text, begin, amount.begin)
        if opening is None or not ("emeente" in opening.group() or _OWN_BODY.match(text, opening.end())):
            return None
        own = _dateline_place(text, mentions)
        named_before = {x.iri for x in mentions if x.span.begin < amount.begin
                        and (x.kind in _ACTORS or x.kind == "jeugdregio")}
        return own if own is not None and named_before <= {own} else None
    if not _OWN_BODY.match(text, m.end()):
        return None
    place = [x for x in mentions if begin <= x.span.begin and x.span.end <= m.end()]
    others = [x for x in mentions if m.end() <= x.span.begin and x.span.end <= amount.begin
              and (x.kind in _ACTORS or x.kind == "jeugdregio")]
    if others or len({x.iri for x in place}) != 1 or place[0].kind != "gemeente":
        return None
    return place[0].iri


def _dateline_place(text: str, mentions: Sequence[Mention]) -> str | None:
    """The municipality of a news item's dateline: the first municipality the text names, where it
    opens a line as its dateline (``BERGEN OP ZOOM – De gemeenteraad ...``)."""
    first = next((m for m in mentions if m.kind == "gemeente"), None)
    if first is None:
        return None
    line_begin = text.rfind("\n", 0, first.span.begin) + 1
    dateline = _DATELINE.match(text, line_begin)
    return first.iri if dateline is not None and first.span.end <= dateline.end() else None


def region_in_name_of(body: str, gazetteer: Sequence[GazetteerEntry]) -> str | None:
    """The one region a joint body's own name names (``Dienst Gezondheid & Jeugd Zuid-Holland
    Zuid`` -> Zuid-Holland Zuid, ``Gemeenschappelijke Regeling Jeugdhulp Rijnmond`` -> Rijnmond)."""
    body_names = [f" {fold(e.label)} " for e in gazetteer if e.iri == body]
    found = {
        e.iri for e in gazetteer
        if e.kind == "jeugdregio" and any(f" {fold(e.label)} " in name for name in body_names)
    }
    return found.pop() if len(found) == 1 else None


__all__ = ["owner_of", "region_in_name_of"]
