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
from .structure import ITEM_MARKER, ListItem, inline_list_at, is_heading, lines, list_at, paragraphs

# --------------------------------------------------------------------------- decisions

_DECISION_WORD = re.compile(r"\b(?:beslu\w*|besloten|beslispunt\w*)\b", re.IGNORECASE)
_DECISION_TITLE = re.compile(
    r"^(?:besluit|besluiten|beslispunten|beslispunt|ontwerpbesluit|(?:hebben|heeft)\s+besloten)$",
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


def _is_decision_header(line: str) -> bool:
    stripped = line.strip()
    if not stripped:
        return False
    if _DECISION_TITLE.match(stripped.rstrip(":").strip()):
        return True
    if stripped[-1] not in ":?" or _DEFINITIONS.search(stripped):
        return False
    # only the sentence that introduces the list counts: "Het bestuur heeft besloten tot
    # maatregelen. Om de kosten te remmen nemen we de volgende maatregelen:" introduces measures
    last_sentence = re.split(r"(?<=[.!?])\s+(?=[A-Z])", stripped)[-1]
    return bool(_DECISION_WORD.search(last_sentence))


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
        items = list_at(text, line.end + 1)
        if not items:
            single = _single_decision(text, line.end + 1)
            items = [ListItem(1, single, single)] if single else []
        for item in items:
            decisions.append(Decision(
                number=item.number,
                span=item.content,
                adopts=_adopted(source, item.content, parts),
                deadline=dates.deadline_of(item.content.text),
            ))
        if items:
            taken_until = items[-1].content.end
    if not decisions:
        decisions = _inline_or_amending(source, kind)
    return decisions


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
    span = Span.trimmed_of(text, m.start("d"), m.end("d"))
    return [Decision(number=1, span=span, deadline=dates.deadline_of(span.text))]


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
    if not span.text.rstrip().endswith((":", ",", "genaamd")):
        return span
    for paragraph in paragraphs(text[span.end:]):
        following = paragraph.span.text
        if len(following.split()) <= 40:
            return Span.trimmed_of(text, span.begin, span.end + paragraph.span.end)
        break
    return span


def _single_decision(text: str, offset: int) -> Span | None:
    for paragraph in paragraphs(text[offset:]):
        span = Span.of(text, offset + paragraph.span.begin, offset + paragraph.span.end)
        body = span.text
        if body.rstrip().endswith((":", ",")):
            if not _ADOPT_INFINITIVE.search(body):
                return None
            return _with_what_follows(text, span)
        if is_heading(body):
            return None
        return span if _SINGLE_DECISION.search(body) and _ADOPT.search(body) else None
    return None


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

_ASSIGNMENT_TRIGGER = re.compile(
    r"\b(?:"
    r"(?:geven|geeft)\s+(?:het\s+college|de\s+burgemeester)\s+(?:de\s+)?opdracht"
    r"|verzoek(?:t|en)\s+(?:het\s+college|de\s+burgemeester)(?:\s+van\s+burgemeester\s+en\s+wethouders)?"
    r"|draag(?:t|en)\s+(?:het\s+college|de\s+burgemeester)\s+op"
    r"|roep(?:t|en)\s+(?:het\s+college|de\s+burgemeester)\s+op"
    r"|verplicht(?:en)?\s+het\s+college"
    r"|(?:het\s+college|B&W|burgemeester\s+en\s+wethouders)\s+(?:werd|wordt|werden|worden)\s+(?:gevraagd|verzocht)"
    r"|spreekt\s+uit\b(?=[^\n]*:[ \t]*\n)"
    r")\b(?:\s+(?:om|tot))?",
    re.IGNORECASE,
)
_MOTION_FORMULA = re.compile(
    r"\b(?:gaat\s+over\s+tot\s+de\s+orde\s+van\s+de\s+dag|in\s+vergadering\s+bijeen|constaterende\s+dat"
    r"|overwegende\s+dat|deze\s+motie|we\s+stellen\s+vast\s+dat)\b",
    re.IGNORECASE,
)
_ORDER_OF_THE_DAY = re.compile(r",?\s*en\s+gaat\s+over\s+tot\s+de\s+orde\s+van\s+de\s+dag.*$", re.I | re.S)


# a word of each alternative of _MOTION_FORMULA, and the first word of each of _ASSIGNMENT_TRIGGER
_MOTION_FORMULA_WORDS = ("gaat", "vergadering", "constaterende", "overwegende", "motie", "stellen")
_ASSIGNMENT_TRIGGER_STARTS = ("geven", "geeft", "verzoek", "draag", "roep", "verplicht", "het college", "b&w",
                              "burgemeester en", "spreekt")


def _is_motion(source: SourceText, metadata: DocumentMetadata | None, parts: Sequence[DocumentPart]) -> bool:
    kinds = {metadata.kind} if metadata else set()
    kinds |= {p.metadata.kind for p in parts}
    if kinds & {"motie", "amendement"}:
        return True
    lowered = lowered_for_search(source.text)
    if lowered is not None and not any(word in lowered for word in _MOTION_FORMULA_WORDS):
        return False  # (looking for the words is much faster than the search)
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
            if items:
                last = items[-1]
                end = last.content.begin + len(_ORDER_OF_THE_DAY.sub("", last.content.text))
                items[-1] = ListItem(last.number, last.marker, Span.trimmed_of(text, last.content.begin, end))
        if not items:
            single = _single_assignment(text, trigger.end())
            items = [ListItem(1, single, single)] if single else []
        items = [item for item in items if len(item.content.text.split()) >= 3]  # "de ove": cut off
        for item in items:
            assignments.append(Assignment(item.number, item.content, dates.deadline_of(item.content.text)))
        if items:
            taken_until = items[-1].content.end
    return assignments


def _skip_space_and_colon(text: str, offset: int) -> int:
    while offset < len(text) and text[offset] in " \t:\n":
        offset += 1
    return offset


#: Where a sentence ends inside a paragraph: a full stop before a capital ("... te komen. Wethouder").
_SENTENCE_END = re.compile(r"[.!?](?=[ \t]+[A-Z])")


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
    end = begin + len(body.rstrip())
    span = Span.trimmed_of(text, begin, end)
    return span if len(span.text.split()) >= 3 else None
