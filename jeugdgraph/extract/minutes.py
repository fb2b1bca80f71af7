"""Decisions as minutes and decision lists record them, beside the points of a raadsbesluit.

* The points of a proposal (``Voorstel van de afdeling X:`` and a numbered list) that the minutes
  record as taken ``conform het voorstel`` or ``conform advies``.
* In a besluitenlijst, the points (or the one sentence) right before each ``Toelichting:``.
* A verdict recorded on the line itself: ``Besluit: <the decision>`` (a bare ``Besluit: Vastgesteld.``
  quotes the agenda item it settles, on the line before), and a listed item whose own sentence is
  the verdict (``Z23.0123 Jaarstukken 2022 bibliotheek. Wethouder X. Akkoord.``).
* Points numbered within an agenda item (``1.1 In te stemmen met ...``, ``1.2 ...``).
* Under a bare ``Besluit`` heading, one clause that decides without a finite verb: an infinitive
  clause (``De vragen van D66 conform bijgevoegd aanhangsel te beantwoorden.``, ``College en
  gemeenteraad informeren over de voortgang``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..facts import Decision, Span
from . import dates, prefilter
from .matching import lowered_for_search
from .structure import ITEM_MARKER, ListItem, lines, list_at, paragraphs, sentences

_EXPLANATION = re.compile(r"(?i)^\s*toelichting\s*:?\s*$")
_INFINITIVE_CLAUSE = re.compile(r"(?i)\bte\s+[a-z]{3,}(?:en|eren)\b")


def listed_with_explanation(text: str) -> list[Decision]:
    """A besluitenlijst that gives each decision right before its ``Toelichting:``: the points
    (``1. De nadere regels vast te stellen``) or the one sentence (``De raad te informeren ...``)."""
    if "besluitenlijst" not in text[:400].lower():
        return []
    found: list[Decision] = []
    for line in lines(text):
        if not _EXPLANATION.match(line.text):
            continue
        before = paragraphs(text[: line.begin])
        if not before:
            continue
        block = before[-1]
        items = list_at(text, block.lines[0].begin)
        if not items and len(block.lines) == 1 and len(block.span.text.split()) <= 60:
            items = [ListItem(1, block.span, block.span)]
        for item in items:
            if _INFINITIVE_CLAUSE.search(item.content.text):
                found.append(Decision(
                    number=item.number, span=item.content, deadline=dates.deadline_of(item.content.text)))
    # the points right under an agenda item's title ("20-261 Raadsinformatiebrief jeugd"), also where
    # no explanation follows (a list cut off at its end)
    blocks = paragraphs(text)
    for title, block in zip(blocks, blocks[1:], strict=False):
        first = ITEM_MARKER.match(block.lines[0].text)
        if not first or first.group("num") != "1" or len(title.lines) != 1 or title.span.text[-1:] in ".:;?!":
            continue
        for item in list_at(text, block.lines[0].begin):
            if _INFINITIVE_CLAUSE.search(item.content.text) and not any(
                    d.span.begin == item.content.begin for d in found):
                found.append(_decision(text, item.number, item.content.begin, item.content.end))
    return found


# minutes of the college: "Voorstel van de afdeling X:" + points, then "Besluit: conform het voorstel"
_PROPOSAL_HEADER = re.compile(r"(?i)^\s*(?:\w+\s+)?(?:voorstel|advies|voorgesteld\s+besluit)\b[^\n]*:\s*$")
_AS_PROPOSED = re.compile(
    r"(?i)^\s*(?:besluit|besloten|besluitvorming)?\s*:?\s*(?:het\s+college\s+besluit\s+)?"
    r"(?:conform|overeenkomstig)\s+(?:het\s+)?(?:voorstel|advies)\b"
)


def adopted_proposals(text: str) -> list[Decision]:
    """The points of a proposal that the minutes record as decided as proposed."""
    found: list[Decision] = []
    header = None
    if not prefilter.may_match(_PROPOSAL_HEADER, text, lowered_for_search(text)):
        return found  # no proposal's header (one look at the text instead of one per line)
    for line in lines(text):
        if _PROPOSAL_HEADER.match(line.text):
            header = line
        elif header is not None and _AS_PROPOSED.match(line.text):
            for item in list_at(text, header.end + 1):
                if item.content.end <= line.begin:
                    found.append(Decision(
                        number=item.number, span=item.content, deadline=dates.deadline_of(item.content.text)
                    ))
            header = None
    return found


# "Besluit: Vastgesteld." on one line (not "Besluit: conform het voorstel", whose points are listed)
_VERDICT_LINE = re.compile(
    r"(?i)^[ \t]*(?:(?:voorgesteld|gevraagd|te\s+nemen)\s+|college-?)?besluit"
    # whose verdict it is: "Besluit college:", "Besluit B&W:", "Besluit van het college:"
    r"(?:[ \t]+(?:van[ \t]+)?(?:het[ \t]+college|college|B[ \t]*&[ \t]*W"
    r"|burgemeester[ \t]+en[ \t]+wethouders))?"
    r"[ \t]*:[ \t]*(?P<d>\S[^\n]*)$",
    re.MULTILINE,
)
# a matter put off is not decided
_POSTPONED = re.compile(r"(?i)\b(?:aan\s+te\s+houden|aangehouden|uit\s+te\s+stellen|uitgesteld)\b")
# a verdict alone, which says nothing without the agenda item it settles
_BARE_VERDICT = re.compile(
    r"(?i)^(?:hamerstuk\s*[:,.]?\s*|(?:het|dit)\s+(?:raads)?voorstel\s+(?:is|wordt|werd)\s+)?"
    # how it was settled: "Unaniem aangenomen", "Zonder stemming vastgesteld", "Conform voorstel vastgesteld"
    r"(?:(?:(?:on)?gewijzigd|unaniem|met\s+algemene\s+stemmen|zonder\s+(?:hoofdelijke\s+)?stemming|als\s+hamerstuk"
    r"|conform\s+(?:het\s+)?(?:advies|voorstel))\s+)*"
    r"(?:vastgesteld|akkoord|conform|ingestemd|goedgekeurd|aangenomen|instemming|besloten)"
    r"(?:\s+(?:met\s+)?(?:het\s+)?(?:advies|voorstel))?"
    # with the vote: "(unaniem)", "met algemene stemmen", "met 20 stemmen voor en 5 tegen"
    r"(?:\s*\((?:unaniem|[^()\n]{0,40}\bstemmen\b[^()\n]{0,40})\)|\s+unaniem|\s+met\s+algemene\s+stemmen"
    r"|\s+met\s+\d+\s+stemmen\s+voor(?:\s+en\s+\d+\s+(?:stemmen\s+)?tegen)?)?\s*[.;]?$"
)
# a listed item closed by its verdict as a sentence of its own: "... Wethouder X. Akkoord.", or by the
# college's decision ("... en memo. Het college besluit het document te delen met de raad.")
_VERDICT_SENTENCE = re.compile(
    r"(?<=[.;])[ \t]+(?:(?:Akkoord|Conform(?:[ \t]+(?:advies|voorstel))?|Vastgesteld|Ingestemd|Goedgekeurd)\b"
    r"(?![ \t]+(?:met|dat|om)\b)"
    r"|Het[ \t]+college[ \t]+(?:besluit|stemt[ \t]+in[ \t]+met|gaat[ \t]+akkoord)\b)"
)
# an item of a decision list that opens with its case number: "Z25.039890 Harmonisatie ...", "2024-0113 ..."
_CASE_NUMBER = re.compile(r"^[ \t]*(?:[A-Z]{1,4}[ \t-]?)?\d{2,}[./-]\d{3,}(?:[./-]\d+)*[ \t]+(?=[A-Z])")


def recorded_verdicts(text: str, taken: Sequence[Decision] = ()) -> list[Decision]:
    """Decisions a besluitenlijst records on the line itself (``Besluit: ...``, ``... Akkoord.``),
    except where a decision in ``taken`` already stands."""
    found: list[Decision] = []
    if "esluit" in text:
        for m in _VERDICT_LINE.finditer(text):
            decided = m.group("d").strip()
            if _AS_PROPOSED.match(decided) or _POSTPONED.search(decided):
                continue
            begin = m.start("d")
            if _BARE_VERDICT.match(decided):
                before = paragraphs(text[: m.start()])
                title = before[-1] if before else None
                if title is None or len(title.lines) != 1 or len(title.span.text.split()) > 25:
                    continue
                begin = title.span.begin
            found.append(_decision(text, 1, begin, m.end("d")))
    if ("Akkoord" in text or "Conform" in text or "Vastgesteld" in text or "Ingestemd" in text
            or "Het college" in text):
        number = 0
        for line in lines(text):
            marker = ITEM_MARKER.match(line.text) or _CASE_NUMBER.match(line.text)
            if marker and _VERDICT_SENTENCE.search(line.text, marker.end()):
                number += 1
                found.append(_decision(text, number, line.begin + marker.end(), line.end))
    if "esteld" in text or "keurd" in text:
        # minutes: under an agenda item ("1. Vaststellen notulen"), "De notulen zijn gewijzigd vastgesteld."
        blocks = paragraphs(text)
        for item, block in zip(blocks, blocks[1:], strict=False):
            one_line = len(block.lines) == 1 and len(item.lines) == 1
            if one_line and _PASSIVE_VERDICT.match(block.span.text) and ITEM_MARKER.match(item.lines[0].text):
                found.append(_decision(text, 1, block.span.begin, block.span.end))
    return [d for d in found if not any(d.span.begin < t.span.end and t.span.begin < d.span.end
                                        for t in taken)]


_PASSIVE_VERDICT = re.compile(
    r"(?i)^(?:de|het)\s+[^.\n]{1,60}?\s(?:is|zijn|wordt|worden)\s+(?:(?:on)?gewijzigd\s+|ongewijzigd\s+)?"
    r"(?:vastgesteld|goedgekeurd)\.?$"
)


def _decision(text: str, number: int, begin: int, end: int) -> Decision:
    span = Span.trimmed_of(text, begin, end)
    return Decision(number=number, span=span, deadline=dates.deadline_of(span.text))


# "1.1 In te stemmen met ..." / "1.2. Het programmaplan ... te sturen": points numbered within an item
_SUB_NUMBERED = re.compile(r"^[ \t]*(?P<item>\d{1,2})\.(?P<n>\d{1,2})\.?[ \t]+(?=\S)")


def sub_numbered_list_at(text: str, offset: int) -> list[ListItem]:
    """The points ``1.1``, ``1.2``, ... that start at the first non-blank line from ``offset``; a
    point runs on over lines without a marker and the list ends at a blank line."""
    items: list[ListItem] = []
    begin = end = number = -1
    for line in lines(text):
        if line.begin < offset or (line.blank and not items):
            continue
        m = _SUB_NUMBERED.match(line.text)
        if m and (not items or int(m.group("n")) == number + 1):
            if begin >= 0:
                items.append(_point(text, number, begin, end))
            begin, end, number = line.begin + m.end(), line.end, int(m.group("n"))
        elif begin >= 0 and not line.blank and not ITEM_MARKER.match(line.text):
            end = line.end
        else:
            break
    if begin >= 0:
        items.append(_point(text, number, begin, end))
    return items


def _point(text: str, number: int, begin: int, end: int) -> ListItem:
    span = Span.trimmed_of(text, begin, end)
    return ListItem(number, span, span)


# a finite verb: a clause that has one reports or explains, an infinitive clause decides
FINITE = re.compile(
    r"(?i)\b(?:is|zijn|was|waren|wordt|worden|werd|werden|heeft|hebben|had|hadden|kan|kunnen|zal|zullen"
    r"|moet|moeten|gaat|gaan|wil|willen|besluit|stemt|vindt|vinden|komt|komen|blijft|blijkt)\b"
)
_DECIDING_INFINITIVE = re.compile(
    r"(?i)\bte\s+[a-z]{3,}en\b|\b(?:informeren|vaststellen|instemmen|kennisnemen|beantwoorden|verlenen"
    r"|toekennen|aanwijzen|intrekken|goedkeuren|afwijzen|verzenden|aangaan|voorleggen|benoemen|machtigen"
    r"|mandateren|weigeren|verlengen|aanbieden|beschikbaar\s+stellen)\b"
)


def is_infinitive_decision(body: str) -> bool:
    """A clause that decides as a decision list writes it: an infinitive clause without a finite verb."""
    return len(body.split()) <= 60 and not FINITE.search(body) and bool(_DECIDING_INFINITIVE.search(body))


# a decision list of the college written as prose: the college as the subject of a deciding verb in the
# present ("Het college voert met het verkeersbesluit een zero-emissiezone in", "Ook stelt het college
# het beleid vast", "Daarom legt het college het ontwerpplan ter inzage")
COLLEGE = r"(?:het\s+college(?:\s+van\s+(?:B\s*&\s*W|burgemeester\s+en\s+wethouders))?|B\s*&\s*W)"
_DECIDING = (
    r"(?:stel(?:t|len)\b[^.;:]{1,120}?\bvast|voer(?:t|en)\b[^.;:]{1,120}?\bin|leg(?:t|gen)\b[^.;:]{1,120}?"
    r"\bter\s+inzage|stem(?:t|men)\s+in\s+met|neem(?:t|en)\s+kennis\s+van|gaa?t\s+akkoord\s+met"
    r"|besluit|besluiten|keur(?:t|en)\b[^.;:]{1,120}?\bgoed"
    # what it grants: "Het college verleent de subsidie", "kent de bijdrage toe"
    r"|verleen(?:t|en)|verstrek(?:t|ken)|ken(?:t|nen)\b[^.;:]{1,120}?\btoe)(?=[\s.,;])"
)
_COLLEGE_DECIDES = re.compile(
    rf"(?i)^(?:\w+\s+){{0,2}}?{COLLEGE}\s+{_DECIDING}|^(?:\w+\s+)?(?:stelt|voert|legt|stemt|neemt|gaat|besluit|keurt)"
    rf"\s+{COLLEGE}\b"
    # the decision to inform the council, in the passive: "De raad wordt hierover per brief geïnformeerd"
    r"|^(?:\w+\s+)?de\s+(?:gemeente)?raad\s+wordt\s+(?:\w+\s+){0,2}?(?:per|met\s+een|via\s+een|door\s+middel\s+van"
    r"\s+een)\s+(?:raadsinformatie)?brief\s+geïnformeerd\b"
)


def college_decides(text: str, taken: Sequence[Decision]) -> list[Span]:
    """Sentences of a decision list in prose with the college as the subject of a deciding verb."""
    found = []
    for sentence in sentences(text):
        lowered = sentence.text.lower()
        if "college" not in lowered and "b&w" not in lowered and "brief" not in lowered:
            continue
        # the decision may open a line of its own under the agenda item's title, which has no full stop
        offsets = [0] + [m.end() for m in _NEWLINE.finditer(sentence.text)]
        for offset in offsets:
            body = re.sub(r"^\s*\d+(?:\.\w+)?\s+", "", sentence.text[offset:])  # "4.b Het college ..."
            decides = _COLLEGE_DECIDES.search(body)
            if not decides or "\t" in decides.group() or " | " in decides.group():
                continue  # (a table row's title cell before the verdict's: the cell is read next)
            span = Span.trimmed_of(text, sentence.begin + offset, sentence.end) if offset else sentence
            if not any(span.begin < d.span.end and d.span.begin < span.end for d in taken) and not (
                    "kennis" in decides.group() and _under_announcements(text, span.begin)):
                found.append(span)
            break
    return found


# where a line or a cell of a table row begins ("Jeugdhulp tarieven<TAB>Het college stelt de tarieven vast.")
_NEWLINE = re.compile(r"\n|\t+|[ \t]\|[ \t]")
_ANNOUNCEMENTS = re.compile(r"(?i)^[ \t]*mededeling(?:en)?[ \t]*:?[ \t]*$")


def _under_announcements(text: str, offset: int) -> bool:
    """Whether ``offset`` lies in the items under a ``Mededelingen`` heading: the college taking note
    of an announcement decides nothing."""
    before = text[max(0, offset - 2000):offset].splitlines()
    for line in reversed(before[:-1] if before else []):
        if ITEM_MARKER.match(line) or not line.strip():
            continue
        return bool(_ANNOUNCEMENTS.match(line))
    return False


__all__ = [
    "COLLEGE",
    "FINITE", "college_decides",
    "adopted_proposals", "is_infinitive_decision", "listed_with_explanation", "recorded_verdicts",
    "sub_numbered_list_at",
]
