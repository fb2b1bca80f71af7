"""Decisions and assignments: what a council document decides and what a motion asks.

* **Decision** (``jg:Besluit``): the items of a numbered (or bulleted) list directly after a line
  that introduces a decision and ends in ``:`` or ``?`` (``Besluit:``, ``Welk besluit moet worden
  genomen?``, ``stelt de raad voor te besluiten:``, ``Beslispunten``); a single unnumbered
  decision (``Besluit: De Regiovisie ... vast te stellen.``) is point 1. A point that adopts
  (``vaststellen``, ``vast te stellen``, ``goed te keuren``) a document that the same file holds
  as a part (the regiovisie, the letter) ``adopts`` that part: the first document the point names.
* **Assignment** (``jg:Opdracht``): in a motion, the items after ``We geven het college opdracht
  om:``, ``verzoekt het college``, ``draagt het college op``, ``roept het college op``; a motion
  with one unnumbered request gives one assignment, numbered 1.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import iris
from ..facts import Assignment, Decision, DocumentMetadata, DocumentPart, SourceText, Span
from . import dates
from .matching import fold, lowered_for_search, matches_from, occurrences
from .minutes import (
    adopted_proposals,
    is_infinitive_decision,
    listed_with_explanation,
    recorded_verdicts,
    sub_numbered_list_at,
)
from .structure import ITEM_MARKER, ListItem, inline_list_at, is_heading, lines, list_at, paragraphs

# --------------------------------------------------------------------------- decisions

_DECISION_WORD = re.compile(r"\b(?:beslu\w*|besloten|beslispunt\w*)\b", re.IGNORECASE)
_DECISION_TITLE = re.compile(
    r"^(?:(?:voorgestelde?\s+)?(?:besluit|besluiten)|beslispunten|beslispunt|besluitpunten|ontwerpbesluit"
    r"|(?:hebben|heeft)\s+besloten)$",
    re.IGNORECASE,
)
_ADOPT_INFINITIVE = re.compile(
    r"(?i)\b(?:vast\s+te\s+stellen|goed\s+te\s+keuren|in\s+te\s+stemmen\s+met|aan\s+te\s+gaan|te\s+treffen)\b"
)
_DEFINITIONS = re.compile(r"(?i)\bwordt\s+verstaan\s+onder\b")
# a decision written inside a line of prose (a flattened PDF): "... netwerk; besluit vast te stellen de X"
_INLINE_DECISION = re.compile(
    r"\b[Bb]esl(?:uit|uiten)\s*:?\s+(?P<d>(?:vast\s+te\s+stellen|in\s+te\s+stemmen\s+met"
    r"|goed\s+te\s+keuren|aan\s+te\s+gaan)\b[^.;:\n]{3,120}?)"
    r"(?=\s+(?:Hoofdstuk|Artikel|HOOFDSTUK)\b|\s*[.;:\n]|$)"
)
# what an amendment changes: "Te vervangen door:", "beslispunt 2 te schrappen", "toe te voegen:"
_AMENDING = re.compile(
    r"(?i)\b(?:te\s+vervangen\s+door|te\s+wijzigen|toe\s+te\s+voegen|te\s+schrappen|aan\s+te\s+passen\s+door)\b"
)
_ADOPT = re.compile(
    r"\b(?:vaststellen|vast\s+te\s+stellen|vast\s+stellen|stelt\s+vast|stellen\s+vast|vastgesteld|"
    r"goed\s+te\s+keuren|goedkeuren|keurt\s+goed|in\s+te\s+stemmen\s+met|instemmen\s+met"
    r"|aan\s+te\s+gaan|te\s+treffen)\b",
    re.IGNORECASE,
)
_SINGLE_DECISION = re.compile(
    r"\b(?:te\s+\w+|vaststellen|goedkeuren|instemmen\s+met\s+[^.]*|kennisnemen\s+van\s+[^.]*)\s*[.;]?\s*$",
    re.IGNORECASE,
)
#: Words that name a document of a kind (the head noun a decision point adopts).
KIND_NOUNS: dict[str, tuple[str, ...]] = {
    "regiovisie": ("regiovisie", "visie"),
    "brief": ("brief",),
    "advies": ("advies",),
    "raadsvoorstel": ("raadsvoorstel", "voorstel"),
    "raadsbesluit": ("raadsbesluit",),
    "raadsinformatiebrief": ("raadsinformatiebrief",),
    "motie": ("motie",),
    "presentatie": ("presentatie",),
    "nieuwsbericht": ("nieuwsbericht",),
}


_LETTER_SPACED = re.compile(r"^(?:\w[ \t]){3,}\w[ \t]*:?$")


def _is_decision_header(line: str) -> bool:
    stripped = line.strip()
    if not stripped:
        return False
    if _LETTER_SPACED.match(stripped):  # "b e s l u i t :" in an official publication
        stripped = re.sub(r"[ \t]", "", stripped)
    if _DECISION_TITLE.match(stripped.rstrip(":").strip()):
        return True
    # only the sentence that introduces the list counts: "Het bestuur heeft besloten tot
    # maatregelen. Om de kosten te remmen nemen we de volgende maatregelen:" introduces measures
    if stripped.rstrip(": ").lower().endswith(_TITLE_ENDS) and _is_bare_title(stripped):
        return True  # a web page glues the heading to the paragraph before: "... N209.  Voorgesteld besluit"
    if stripped[-1] not in ":?" or _DEFINITIONS.search(stripped):
        return False
    last_sentence = re.split(r"(?<=[.!?])\s+(?=[A-Z])", stripped)[-1]
    return bool(_DECISION_WORD.search(last_sentence))


_TITLE_ENDS = ("besluit", "besluiten", "beslispunten", "beslispunt", "besluitpunten", "besloten")


def _is_bare_title(line: str) -> bool:
    """``Besluit`` / ``Voorgesteld besluit`` alone: the heading says what the next clause is."""
    last_sentence = re.split(r"(?<=[.!?])\s+(?=[A-Z])", line.strip())[-1]
    return bool(_DECISION_TITLE.match(last_sentence.rstrip(":").strip()))


def find_decisions(
    source: SourceText, parts: Sequence[DocumentPart] = (), kind: str | None = None
) -> list[Decision]:
    """Numbered decision points, in text order (for an amendment: what it changes)."""
    text = source.text
    decisions: list[Decision] = []
    taken_until = -1
    for line in lines(text):
        if line.begin < taken_until or not _is_decision_header(line.text):
            continue
        items = (
            list_at(text, line.end + 1) or sub_numbered_list_at(text, line.end + 1)
            or _introduced_list(text, line.end + 1)
        )
        if not items:
            single = _single_decision(text, line.end + 1, bare=_is_bare_title(line.text))
            items = [ListItem(1, single, single)] if single else []
        for item in items:
            if kind in _REQUESTING_KINDS and _ASKS_THE_COLLEGE.match(item.content.text):
                continue  # "Het college te verzoeken ...": the motion's request, an assignment
            decisions.append(Decision(
                number=item.number,
                span=item.content,
                adopts=_adopted(source, item.content, parts),
                deadline=dates.deadline_of(item.content.text),
            ))
        if items:
            taken_until = items[-1].content.end
    decisions.extend(adopted_proposals(text))
    decisions.extend(recorded_verdicts(text, decisions))
    if not decisions:
        decisions = listed_with_explanation(text)
    if not decisions:
        decisions = _inline_or_amending(source, kind)
    return decisions


def _introduced_list(text: str, offset: int) -> list[ListItem]:
    """The points after a short line that opens them all (``Besluit`` / ``In te stemmen met:`` / 1. ...)."""
    for paragraph in paragraphs(text[offset:]):
        body = paragraph.span.text.strip()
        if len(paragraph.lines) == 1 and body.endswith(":") and _ADOPT_INFINITIVE.match(body):
            return list_at(text, offset + paragraph.span.end)
        return []
    return []


#: in a council decision a request to the college is one of the decisions; in a motion it is its request
_REQUESTING_KINDS = frozenset({"motie", "amendement"})

_ASKS_THE_COLLEGE = re.compile(
    r"(?i)\s*(?:het\s+college|B\s*&\s*W|burgemeester\s+en\s+wethouders)(?:\s+van\s+[^\n]{1,40}?)?\s+"
    r"(?:te\s+verzoeken|op\s+te\s+dragen|(?:de\s+)?opdracht\s+te\s+geven)\b"
)


def _inline_or_amending(source: SourceText, kind: str | None) -> list[Decision]:
    """A decision inside a line of prose, or what an amendment changes (numbered from 1)."""
    text = source.text
    if kind == "amendement":
        found: list[Decision] = []
        for paragraph in paragraphs(text):
            body = paragraph.span.text
            near = bool(found) and paragraph.span.begin - found[-1].span.end < 40
            if near and body.lstrip().startswith(("En ", "en ")):  # "En dit bedrag ... toe te voegen"
                last = found[-1]
                span = Span.trimmed_of(text, last.span.begin, paragraph.span.end)
                found[-1] = Decision(number=last.number, span=span, deadline=dates.deadline_of(span.text))
                continue
            if not _AMENDING.search(body):
                continue
            span = _with_what_follows(text, Span.of(text, paragraph.span.begin, paragraph.span.end))
            found.append(Decision(number=len(found) + 1, span=span, deadline=dates.deadline_of(span.text)))
        return found
    numbered = _inline_numbered(text)
    if numbered:
        return numbered
    m = _INLINE_DECISION.search(text)
    if m is None:
        return []
    # "besluit vast te stellen de Verordening X": the verb belongs to the quote of what is decided
    span = Span.trimmed_of(text, m.start(), m.end("d"))
    found = [Decision(number=1, span=span, deadline=dates.deadline_of(span.text))]
    # a further point as its own paragraph: "De Beleidsregels 2021 gelijktijdig in te trekken."
    for paragraph in paragraphs(text[m.end("d"):]):
        body = paragraph.span.text
        if is_heading(body) or not is_infinitive_decision(body):
            break
        point = Span.of(text, m.end("d") + paragraph.span.begin, m.end("d") + paragraph.span.end)
        found.append(Decision(number=len(found) + 1, span=point, deadline=dates.deadline_of(body)))
    return found


_INLINE_HEADER = re.compile(
    r"(?i)\b(?:voorgesteld\s+(?:raads)?besluit|beslispunten|besluit(?:en)?)\s*:?\s+(?=1[.)]\s)"
)
_INLINE_ITEM = re.compile(r"(?:^|\s)(?P<n>\d{1,2})[.)]\s+")
_INLINE_END = re.compile(
    r"\s(?:Inleiding|Aanleiding|Argumenten|Toelichting|Samenvatting|Beoogd effect|Kanttekeningen"
    r"|Financi\w+)\b"
)


def _inline_numbered(text: str) -> list[Decision]:
    """Numbered decisions written on one line of a flattened PDF: ``Voorgesteld besluit: 1. De
    Regiovisie ... vast te stellen. 2. Het college ...``."""
    header = _INLINE_HEADER.search(text, 0, 3000)
    if header is None:
        return []
    line_end = text.find("\n", header.end())
    line_end = len(text) if line_end < 0 else line_end
    stop = _INLINE_END.search(text, header.end(), line_end)
    end = stop.start() if stop else line_end
    found: list[Decision] = []
    starts = [m for m in _INLINE_ITEM.finditer(text, header.end() - 1, end)]
    expected = 1
    items = []
    for m in starts:
        if int(m.group("n")) == expected:
            items.append(m)
            expected += 1
    for index, m in enumerate(items):
        item_end = items[index + 1].start() if index + 1 < len(items) else end
        span = Span.trimmed_of(text, m.end(), item_end)
        if len(span.text.split()) >= 3:
            found.append(Decision(number=int(m.group("n")), span=span, deadline=dates.deadline_of(span.text)))
    return found


def _with_what_follows(text: str, span: Span) -> Span:
    """A paragraph that ends in ``:`` or ``,`` together with the short paragraph it introduces
    (``Vast te stellen de volgende nadere regel:`` / ``Besluit Jeugdhulp gemeente Peel en Maas``)."""
    if not span.text.rstrip().endswith((":", ",", "genaamd")) and not _DANGLING.search(span.text):
        return span
    for paragraph in paragraphs(text[span.end:]):
        following = paragraph.span.text
        if len(following.split()) <= 40:
            return Span.trimmed_of(text, span.begin, span.end + paragraph.span.end)
        break
    return span


# "vast te stellen de" / "Verordening jeugdhulp X 2025": a point cut before its object
_DANGLING = re.compile(r"(?i)\b(?:de|het|een|volgende|navolgende)\s*$")
# a raadsbesluit's one point opens with what the council does: "vast te stellen de Verordening X"
_OPENS_WITH_ADOPTION = re.compile(
    r"(?i)\s*(?:om\s+)?(?:vast\s+te\s+stellen|goed\s+te\s+keuren|in\s+te\s+stemmen\s+met|in\s+te\s+trekken)\b"
)


def _single_decision(text: str, offset: int, *, bare: bool = False) -> Span | None:
    for paragraph in paragraphs(text[offset:]):
        span = Span.of(text, offset + paragraph.span.begin, offset + paragraph.span.end)
        body = span.text
        cut = bool(_DANGLING.search(body) and _OPENS_WITH_ADOPTION.match(body))
        if body.rstrip().endswith((":", ",")) or cut:
            if not _ADOPT_INFINITIVE.search(body):
                return None
            return _with_what_follows(text, span)
        if is_heading(body):
            return None
        if _OPENS_WITH_ADOPTION.match(body) and len(body.split()) <= 60:
            return span
        if _STATED_DECISION.match(body) and len(body.split()) <= 40:
            return span
        if bare and is_infinitive_decision(body):
            return span
        return span if _SINGLE_DECISION.search(body) and _ADOPT.search(body) else None
    return None


# minutes under "Besluit": "De raad besluit het voorstel te agenderen.", "De agenda wordt vastgesteld."
_STATED_DECISION = re.compile(
    r"(?i)\s*(?:de\s+raad|het\s+college|het\s+bestuur|de\s+commissie)\s+(?:besluit|besluiten|stemt\s+in)\b[^.\n]*"
    r"|\s*(?:de|het)\s+[^.\n]{1,60}?\s+(?:wordt|worden)\s+(?:\w+\s+){0,2}"
    r"(?:vastgesteld|aangenomen|goedgekeurd|verworpen|aangehouden|ingetrokken)\s*\.?\s*$"
)


def _adopted(source: SourceText, point: Span, parts: Sequence[DocumentPart]) -> tuple[str, ...]:
    """The part of this file that the decision point adopts: the first document it names."""
    if not _ADOPT.search(point.text):
        return ()
    folded_point = fold(point.text)
    best: tuple[int, int, DocumentPart] | None = None
    for part in parts:
        if part.span.contains(point):
            continue  # the proposal or decision the point stands in
        for noun in KIND_NOUNS.get(part.metadata.kind, ()):
            m = re.search(rf"\b{re.escape(noun)}\b", folded_point)
            if m:
                rank = (m.start(), -_overlap(part, point, source.text))
                if best is None or rank < best[:2]:
                    best = (*rank, part)
                break
    if best is None:
        return ()
    part = best[2]
    return (str(iris.extracted(source.slug, part.metadata.kind, part.number)),)


def _overlap(part: DocumentPart, point: Span, text: str) -> int:
    """How many words of the point the opening of the part shares (to tell two letters apart)."""
    opening = set(fold(text[part.span.begin : part.span.begin + 600]).split())
    return len(opening & set(fold(point.text).split()))


# --------------------------------------------------------------------------- assignments

#: The college as a motion addresses it: "het college", "het college van B&W", "B & W", "de burgemeester".
_COLLEGE = (
    r"(?:het\s+college(?:\s+van\s+(?:B\s*&\s*W|burgemeester\s+en\s+wethouders))?|B\s*&\s*W"
    r"|burgemeester\s+en\s+wethouders|de\s+burgemeester|de\s+colleges(?:\s+van\s+[^,.:;\n]{3,60}?)?"
    r"|het\s+dagelijks\s+bestuur|het\s+bestuur\s+van\s+de\s+[A-Z][\w-]+|het\s+gemeentebestuur)"
)
_ASSIGNMENT_TRIGGER = re.compile(
    r"\b(?:"
    rf"(?:geven|geeft|gaf|gaven)\s+{_COLLEGE}\s+(?:de\s+)?opdracht"
    rf"|(?:wordt|werd)\s+{_COLLEGE}\s+(?:de\s+)?opdracht\s+gegeven"
    rf"|(?:verzoek(?:t|en)|verzocht(?:en)?)\s+{_COLLEGE}"
    rf"|draag(?:t|en)\s+{_COLLEGE}\s+op"
    # as news reports it: "de raad vraagt het college om"
    rf"|(?:vraagt|vragen|vroeg|vroegen)\s+(?:(?:de\s+(?:gemeente)?raad|de\s+fracties?|zij|ze|hij)\s+)?"
    rf"{_COLLEGE}(?=\s+(?:om|te)\b)"
    rf"|roep(?:t|en)\s+{_COLLEGE}\s+op"
    rf"|verplicht(?:en)?\s+{_COLLEGE}"
    rf"|{_COLLEGE}\s+(?:werd|wordt|werden|worden)\s+(?:gevraagd|verzocht)"
    # the passive of a report: "Daarnaast wordt het college opgedragen de bijdrage niet te innen"
    rf"|(?:wordt|werd|worden|werden)\s+{_COLLEGE}\s+(?:opgedragen|opgeroepen|verzocht|gevraagd)(?=\s+(?:om\s+)?[^.\n]{{0,120}}?\bte\s+[a-z])"
    # a report: "heeft GroenLinks het college verzocht om"; a decision list: "Het college te verzoeken"
    rf"|{_COLLEGE}\s+(?:verzocht|gevraagd)(?=\s+(?:om|tot)\b)"
    rf"|{_COLLEGE}\s+(?:te\s+verzoeken|op\s+te\s+dragen|(?:de\s+)?opdracht\s+te\s+geven)"
    # what a motion or an amendment asks, as reported: "Deze motie vraagt om", "een amendement dat
    # vraagt om", "met een amendement heeft de VVD gepleit voor", "de motie van mijn hand om ... te"
    r"|(?:motie|amendement)\b[^.\n]{0,80}?\b(?:vraagt|vroeg|vragen|vroegen)(?=\s+om\b)"
    r"|(?:motie|amendement)\b[^.\n]{0,60}?\b(?:gepleit|pleit|pleiten|pleitte)(?=\s+voor\b)"
    # the motion or amendment with its aim: "Een amendement van CDA en VVD om het college meer tijd te geven"
    r"|(?:motie|amendement)(?:\s+van\s+[^,.\n]{1,40}?|\s+(?:die|dat)\s+[^,.\n]{1,60}?\s(?:ingediend|indiende))?"
    r"(?:\s+in)?(?=\s+om\s+[^.\n]{3,160}?\bte\s+[a-z])"
    # what it comes down to: "De strekking van de motie was dat ..."
    r"|strekking\s+van\s+(?:de|het|deze|dit)\s+(?:motie|amendement)\s+(?:was|is)(?=\s+dat\b)"
    # a modal before the college as subject: "Daarom moet het college ... onderzoeken", "dient het college te"
    rf"|(?:moet|dient)\s+{_COLLEGE}(?=\s)"
    r"|spreekt\s+uit\b(?=[^\n]*:[ \t]*\n)"
    # what it says the college must do: "spreekt uit dat het college de wachtlijsten moet halveren"
    rf"|spreekt\s+uit(?=,?\s+dat\s+(?:{_COLLEGE}|de\s+gemeente)\s[^.;\n]{{0,200}}?\b(?:moet|moeten|dient|dienen|zal|zullen)\b)"
    r")\b(?:\s+(?:om|tot|voor))?",
    re.IGNORECASE,
)
_MOTION_FORMULA = re.compile(
    r"\b(?:gaat\s+over\s+tot\s+de\s+orde\s+van\s+de\s+dag|in\s+vergadering\s+bijeen|constaterende\s+dat"
    r"|overwegende\s+dat|deze\s+motie|we\s+stellen\s+vast\s+dat"
    # a text that reports motions or amendments ("twee moties van GroenLinks", "een amendement dat")
    r")\b",
    re.IGNORECASE,
)
_MOTION_WORD = re.compile(r"(?<![\w-])(?:moties?|amendement(?:en)?)(?![\w-])")
_ORDER_OF_THE_DAY = re.compile(r",?\s*en\s+gaat\s+over\s+tot\s+de\s+orde\s+van\s+de\s+dag.*$", re.I | re.S)


# a word of each alternative of _MOTION_FORMULA, and the first word of each of _ASSIGNMENT_TRIGGER
_MOTION_FORMULA_WORDS = (
    "gaat", "vergadering", "constaterende", "overwegende", "motie", "stellen", "amendement",
)
_ASSIGNMENT_TRIGGER_STARTS = (
    "geven", "geeft", "gaf", "wordt", "werd", "verzoek", "verzocht", "draag", "roep", "verplicht",
    "het college", "b&w", "b &", "burgemeester", "spreekt", "motie", "amendement", "vraag", "vroeg",
    "de colleges", "het dagelijks", "het gemeentebestuur", "strekking", "moet", "dient",
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
    if _MOTION_WORD.search(lowered if lowered is not None else source.text.lower()):
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
    taken_until = -1
    # a news item or letter that reports motions, not the motion itself
    reported = not (metadata and metadata.kind in {"motie", "amendement"})
    lowered = lowered_for_search(text)
    if lowered is None:
        triggers = list(_ASSIGNMENT_TRIGGER.finditer(text))
    else:  # tried only where a trigger's first word is
        triggers = matches_from(_ASSIGNMENT_TRIGGER, text, occurrences(lowered, _ASSIGNMENT_TRIGGER_STARTS))
    for trigger in triggers:
        if trigger.start() < taken_until:
            continue
        line_end = text.find("\n", trigger.end())
        line_end = len(text) if line_end < 0 else line_end
        rest = text[trigger.end() : line_end]
        items: list[ListItem] = []
        if not rest.strip(" \t:") or rest.rstrip().endswith(":"):  # "verzoekt het college om te bezien:"
            items = list_at(text, line_end + 1)
        if not items:  # a flattened PDF: "verzoekt het college: 1. ...; 2. ...;" on one line
            items = inline_list_at(text, _skip_space_and_colon(text, trigger.end()))
        if not items:
            single = _single_assignment(text, trigger.end())
            if single and reported and _not_adopted(text, trigger.start(), single.end):
                continue  # a report of a motion that was rejected or withdrawn: no assignment
            items = [ListItem(_item_number(text, trigger.start()), single, single)] if single else []
        if items:  # "...;\nen gaat over tot de orde van de dag." closes the last item, not part of it
            last = items[-1]
            end = last.content.begin + len(_ORDER_OF_THE_DAY.sub("", last.content.text))
            items[-1] = ListItem(last.number, last.marker, Span.trimmed_of(text, last.content.begin, end))
        items = _with_sub_points(text, [item for item in items if len(item.content.text.split()) >= 3])
        for item in items:
            if any(a.span.text == item.content.text for a in assignments):
                continue  # a headline repeated (as a picture's caption and as the title)
            assignments.append(Assignment(item.number, item.content, dates.deadline_of(item.content.text)))
        if items:
            taken_until = items[-1].content.end
    return assignments


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


_NOT_ADOPTED = re.compile(
    r"(?i)\b(?:verworpen|ingetrokken|weggestemd|niet\s+aangenomen|sneuvelde|haalde\s+het\s+niet"
    r"|kreeg\s+geen\s+meerderheid)\b"
)


_THIS_MOTION = re.compile(r"(?i)\b(?:die|deze|de|dat|dit|het)\s+(?:motie|amendement)\b")


def _not_adopted(text: str, begin: int, end: int) -> bool:
    """Whether the report says, in the request's sentence or the next, that the motion failed."""
    sentence_begin = max(text.rfind(". ", 0, begin), text.rfind("\n", 0, begin)) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    own_end = _SENTENCE_END.search(text, max(begin, end - 1), min(line_end, end + 300))
    end = own_end.end() if own_end else min(line_end, end + 300)
    if _NOT_ADOPTED.search(text, sentence_begin, end):
        return True
    # the next sentence, when it speaks of this motion ("Door een meerderheid werd die motie verworpen")
    following = _SENTENCE_END.search(text, end + 1, min(len(text), end + 300))
    next_sentence = text[end:following.end() if following else min(len(text), end + 200)]
    return bool(_THIS_MOTION.search(next_sentence) and _NOT_ADOPTED.search(next_sentence))


_ITEM_NUMBER_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?P<n>\d{1,2})[.)][ \t]+$")


def _item_number(text: str, trigger: int) -> int:
    """The number of the list item a request opens (``2) Het college te verzoeken ...``), else 1."""
    m = _ITEM_NUMBER_BEFORE.search(text, max(0, trigger - 12), trigger)
    return int(m.group("n")) if m else 1


def _skip_space_and_colon(text: str, offset: int) -> int:
    while offset < len(text) and text[offset] in " \t:\n,":
        offset += 1
    return offset


_REPORTED_OUTCOME = re.compile(
    r"\s+(?:(?:werd|wordt|is|werden|zijn)\s+(?:[^.\n]{0,40}?\s+)?|(?:(?:bijna|vrijwel)\s+)?unaniem\s+)"
    r"(?:aangenomen|verworpen|ingetrokken|aangehouden)\b.*$",
    re.IGNORECASE | re.DOTALL,
)
#: Where a sentence ends inside a paragraph: a full stop before a capital ("... te komen. Wethouder").
_SENTENCE_END = re.compile(r"[.!?](?=[ \t]+[A-Z]|[ \t]*\n)")


def _single_assignment(text: str, offset: int) -> Span | None:
    """The request that follows the trigger in the same sentence, up to its end."""
    begin = _skip_space_and_colon(text, offset)
    paragraph_end = text.find("\n\n", begin)
    paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
    sentence_end = _SENTENCE_END.search(text, begin, paragraph_end)
    body = text[begin:sentence_end.end() if sentence_end else paragraph_end]
    if not body.strip() or ITEM_MARKER.match(body):
        return None
    body = _ORDER_OF_THE_DAY.sub("", body)
    body = _REPORTED_OUTCOME.sub("", body)  # "... te houden werd met algemene stemmen aangenomen."
    end = begin + len(body.rstrip().rstrip(","))  # "...,\n\nen gaat over tot de orde van de dag"
    span = Span.trimmed_of(text, begin, end)
    return span if len(span.text.split()) >= 3 else None
