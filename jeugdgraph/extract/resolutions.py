"""Decisions: what a council document decides (assignments, what a motion asks: ``assignments``).

* **Decision** (``jg:Besluit``): the items of a numbered (or bulleted) list directly after a line
  that introduces a decision and ends in ``:`` or ``?`` (``Besluit:``, ``Welk besluit moet worden
  genomen?``, ``stelt de raad voor te besluiten:``, ``Beslispunten``); a single unnumbered
  decision (``Besluit: De Regiovisie ... vast te stellen.``) is point 1. A point that adopts
  (``vaststellen``, ``vast te stellen``, ``goed te keuren``) a document that the same file holds
  as a part (the regiovisie, the letter) ``adopts`` that part: the first document the point names.
* Decision lists as minutes and besluitenlijsten write them: see ``minutes``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import iris
from ..facts import Assignment, Decision, DocumentMetadata, DocumentPart, SourceText, Span
from . import dates, learnedstatements, prefilter
from .assignments import find_assignments as rule_assignments
from .flatlists import agenda_verdicts, inline_numbered, inline_verdicts, proposed_in_prose
from .matching import fold, lowered_for_search
from .minutes import (
    COLLEGE,
    adopted_proposals,
    college_decides,
    is_infinitive_decision,
    listed_with_explanation,
    recorded_verdicts,
    sub_numbered_list_at,
)
from .reporteddecisions import may_tell_decisions, reported_decisions
from .structure import Line, ListItem, inline_list_at, is_heading, lines, list_at, paragraphs, sentences

# --------------------------------------------------------------------------- decisions

_DECISION_WORD = re.compile(r"\b(?:beslu\w*|besloten|beslispunt\w*|beslissing(?:en)?)\b", re.IGNORECASE)
_DECISION_TITLE = re.compile(
    r"^(?:(?:(?:voorgestelde?|gevraagde?|te\s+nemen)\s+)?(?:raads)?(?:besluit|besluiten)|beslispunten|beslispunt"
    r"|besluitpunten|ontwerp-?(?:raads)?besluit|(?:(?:voorgestelde?|gevraagde?|te\s+nemen)\s+)beslissing(?:en)?"
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
# the adopting formula with its object first, as a joint regulation's preamble ends: "... bekend waren. De
# navolgende gemeenschappelijke regeling te treffen, genaamd:"
_OBJECT_FIRST = re.compile(
    r"(?:^|(?<=[.;:])\s+)(?P<d>[Dd]e\s+(?:na)?volgende\s+(?:[\w-]+\s+){0,3}?(?:regeling|verordening"
    r"|overeenkomst|beleidsregels?)\s+(?:te\s+treffen|vast\s+te\s+stellen|aan\s+te\s+gaan))\b",
    re.MULTILINE,
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


#: An article's heading alone on its line between a decision's heading and its points: "Artikel I".
_ARTICLE_HEADING = re.compile(r"(?:[ \t]*\n)*[ \t]*Artikel[ \t]+(?:[IVX]{1,4}|\d{1,2})[ \t]*\n")
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
        return _PROPOSAL_TITLE.match(stripped) is not None
    last_sentence = re.split(r"(?<=[.!?])\s+(?=[A-Z])", stripped)[-1]
    return bool(_DECISION_WORD.search(last_sentence) or _PROPOSES.search(last_sentence))


# a raadsvoorstel's points as the college proposes them: "Wij stellen u voor:", "Het college stelt de
# raad voor om:", a heading "Voorstel" (not "Voorstel van de afdeling X:", whose points the minutes decide)
_PROPOSES = re.compile(
    r"(?i)\bstel(?:t|len)\s+(?:(?:wij|we|het\s+college|burgemeester\s+en\s+wethouders)\s+)?"
    r"(?:u|uw\s+raad|de\s+(?:gemeente)?raad)\s+voor\b(?:\s+(?:om|te\s+besluiten|het\s+volgende))?\s*:$"
    # the college as the subject that proposes, without the addressee: "Het college van B&W stelt voor:"
    r"|^(?:het\s+)?college(?:\s+van\s+(?:B\s*&\s*W|burgemeester\s+(?:en|&)\s+wethouders))?\s+stelt"
    r"(?:\s+(?:de\s+(?:gemeente)?raad|u))?\s+voor\s*(?:om|te\s+besluiten)?\s*:$"
    r"|^(?:voorstel(?:len)?|voorstel\s+aan\s+de\s+raad)\s*:$"
    # the passive: "De raad wordt voorgesteld om:", "Voorgesteld wordt te besluiten:"
    r"|^(?:(?:de\s+(?:gemeente)?raad|u|uw\s+raad)\s+wordt\s+(?:voorgesteld|gevraagd)|(?:er\s+)?wordt\s+voorgesteld"
    r"|voorgesteld\s+wordt)(?:\s+(?:om|te\s+besluiten(?:\s+om|\s+tot)?|het\s+volgende\s+te\s+besluiten))?\s*:$"
    # the heading as a question: "Wat stellen we voor?", "Wat vragen we de raad?", "Wat wordt de raad
    # gevraagd?"
    r"|^wat\s+(?:stel(?:t|len)\s+(?:we|wij|het\s+college)\s+(?:u\s+|de\s+raad\s+)?voor|vra(?:gen|agt)\s+(?:we|wij"
    r"|het\s+college)\s+(?:van\s+)?(?:de\s+(?:gemeente)?raad|u)|wordt\s+(?:de\s+(?:gemeente)?raad|u)\s+gevraagd"
    r"(?:\s+te\s+besluiten)?)\s*\?$"
    # the body that decides, with what it consents to listed below: "Het college stemt in met:"
    r"|^(?:het\s+college|de\s+(?:gemeente)?raad|B\s*&\s*W|burgemeester\s+en\s+wethouders|het\s+(?:algemeen|dagelijks)"
    r"\s+bestuur)\s+(?:stemt|stemmen)\s+in\s+met\s*:$"
)
_PROPOSAL_TITLE = re.compile(r"(?i)^(?:voorstel(?:len)?|voorstel\s+aan\s+de\s+raad)$")
_PROPOSAL_REACH = 400  # characters before a point where the line that proposes its list stands


def proposed_points(text: str, decisions: Sequence[Decision]) -> list[Span]:
    """The decision points the college proposes (their list opened by "stelt ... voor:"): what they hold
    is not yet decided."""
    found: list[Span] = []
    proposed = False
    for decision in sorted(decisions, key=lambda d: d.span.begin):
        if decision.number == 1:  # a list's first point: read the lines before it
            before = text[max(0, decision.span.begin - _PROPOSAL_REACH) : decision.span.begin]
            proposed = "voor" in before and any(
                _PROPOSES.search(line.strip()) for line in before.splitlines() if line.rstrip().endswith(":"))
        if proposed:
            found.append(decision.span)
    return found


_TITLE_ENDS = (
    "besluit", "besluiten", "beslispunten", "beslispunt", "besluitpunten", "besloten", "beslissing",
    "beslissingen",
)


def _is_bare_title(line: str) -> bool:
    """``Besluit`` / ``Voorgesteld besluit`` alone: the heading says what the next clause is."""
    last_sentence = re.split(r"(?<=[.!?])\s+(?=[A-Z])", line.strip())[-1]
    return bool(_DECISION_TITLE.match(last_sentence.rstrip(":").strip()))


def find_assignments(
    source: SourceText, metadata: DocumentMetadata | None = None, parts: Sequence[DocumentPart] = (), *,
    reports_motion: bool = False, learned: bool = True,
) -> list[Assignment]:
    """What a motion asks of the college (``assignments``), or, where the rules find none, what the
    learned model finds."""
    found = rule_assignments(source, metadata, parts, reports_motion=reports_motion)
    if not learned or found:  # the model adds only where no rule read a request (cross-validation: what
        return found  # it added beside the rules' list was never right)
    kind = metadata.kind if metadata else None
    spans = learnedstatements.added(source.text, kind, "assignments", [a.span for a in found])
    return found + [Assignment(1, span, dates.deadline_of(span.text)) for span in spans]


def find_decisions(
    source: SourceText, parts: Sequence[DocumentPart] = (), kind: str | None = None, *, learned: bool = True
) -> list[Decision]:
    """Numbered decision points, in text order (for an amendment: what it changes), or, where the rules
    find none, the decisions the learned model finds."""
    found = rule_decisions(source, parts, kind)
    if not learned or found:  # the model adds only where no rule read a decision (as for assignments)
        return found
    spans = learnedstatements.added(source.text, kind, "decisions", [d.span for d in found])
    return found + [Decision(number=len(found) + 1 + i, span=span, deadline=dates.deadline_of(span.text))
                    for i, span in enumerate(spans)]


def rule_decisions(
    source: SourceText, parts: Sequence[DocumentPart] = (), kind: str | None = None
) -> list[Decision]:
    """The decision points the rules find."""
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
        if not items and (article := _ARTICLE_HEADING.match(text, line.end + 1)):
            items = list_at(text, article.end())  # "Besluit:" over "Artikel I" over "1. ... op te heffen."
        if not items:
            single = _single_decision(text, line.end + 1, bare=_is_bare_title(line.text))
            single = single or _formula_and_object(text, line)
            items = [ListItem(1, single, single)] if single else []
            if single and is_infinitive_decision(single.text):  # more points as unmarked paragraphs
                items += [ListItem(n, p, p) for n, p in enumerate(_further_points(text, single.end), start=2)]
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
    decisions.extend(_split_numbered(text, recorded_verdicts(text, decisions)))
    if not decisions:
        decisions = listed_with_explanation(text)
    if not decisions:
        decisions = _inline_or_amending(source, kind)
    if not decisions and kind == "raadsvoorstel" and "voor" in text:
        decisions = proposed_in_prose(text)
    if not decisions and may_tell_decisions(text, kind):
        decisions = reported_decisions(text, kind)
    elif kind == "nieuwsbericht" and may_tell_decisions(text, kind):  # news that lists a meeting's decisions
        decisions += [d for d in reported_decisions(text, kind) if not any(
            d.span.begin < t.span.end and t.span.begin < d.span.end for t in decisions)]
    if not decisions and " door " in text and "college" in text:
        decisions = _college_decided_by(text)
    if kind == "collegebesluit" and "college" in text:
        decisions += [
            Decision(number=len(decisions) + 1 + index, span=span, deadline=dates.deadline_of(span.text))
            for index, span in enumerate(college_decides(text, decisions))]
    return decisions


# a letter that tells the college's decision by the acts it took: "Ons college heeft op 6 juni het traject
# afgerond door kennis te nemen van de gunning ... en door in te stemmen met de afspraken": one decision each
_COLLEGE_PERFECT = re.compile(rf"(?i)^(?:\w+\s+){{0,2}}?(?:ons\s+college|{COLLEGE})\s+(?:heeft|hebben)\b")
_BY_DECIDING = re.compile(
    r"(?i)\bdoor\s+(?:kennis\s+te\s+nemen\s+van|in\s+te\s+stemmen\s+met|akkoord\s+te\s+gaan\s+met"
    r"|[^.;:,]{1,80}?\s(?:vast\s+te\s+stellen|goed\s+te\s+keuren|te\s+besluiten))\b")


def _college_decided_by(text: str) -> list[Decision]:
    found: list[Decision] = []
    for sentence in sentences(text):
        if " door " not in sentence.text or not _COLLEGE_PERFECT.match(sentence.text):
            continue
        starts = [m.start() for m in _BY_DECIDING.finditer(sentence.text)]
        if not starts:  # "door" tells a cause here ("heeft door de drukte ..."), no deciding act
            continue
        ends = starts[1:] + [len(sentence.text)]
        for begin, end in zip(starts, ends, strict=True):
            clause = sentence.text[begin:end].rstrip(" .")
            clause = clause[:-3] if clause.endswith(" en") else clause
            span = Span.trimmed_of(text, sentence.begin + begin, sentence.begin + begin + len(clause))
            found.append(Decision(number=len(found) + 1, span=span, deadline=dates.deadline_of(span.text)))
    return found


def _split_numbered(text: str, recorded: list[Decision]) -> list[Decision]:
    """A recorded verdict that holds numbered points on its line ("Besluit: 1. ... vast te stellen. 2. ...")
    gives one decision per point."""
    split: list[Decision] = []
    for decision in recorded:
        points = inline_list_at(text, decision.span.begin) if decision.span.text.startswith("1") else []
        split.extend([Decision(number=p.number, span=p.content, deadline=dates.deadline_of(p.content.text))
                      for p in points] or [decision])
    return split


def _introduced_list(text: str, offset: int) -> list[ListItem]:
    """The points after a short line that opens them all (``Besluit`` / ``In te stemmen met:`` / 1. ...)."""
    for paragraph in paragraphs(text[offset:]):
        body = paragraph.span.text.strip()
        if len(paragraph.lines) == 1 and body.endswith(":") and _ADOPT_INFINITIVE.match(body):
            return list_at(text, offset + paragraph.span.end)
        first = paragraph.lines[0].text.strip()
        if len(paragraph.lines) > 1 and first.endswith(":") and _ADOPT_INFINITIVE.match(first):
            # the opening line with its points right under it, no blank line between
            return list_at(text, offset + paragraph.lines[0].end + 1)
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
    numbered = inline_numbered(text)
    if numbered:
        return numbered
    if "esluit" in text and (verdicts := inline_verdicts(text) or agenda_verdicts(text)):
        return verdicts
    m = prefilter.search(_INLINE_DECISION, text, lowered_for_search(text))
    if m is None:
        # the adopting formula of a regulation with what it adopts first, after its considerations
        if "volgende" in text and (first := _OBJECT_FIRST.search(text)):
            span = Span.trimmed_of(text, first.start("d"), first.end("d"))
            return [Decision(number=1, span=span, deadline=None)]
        return []
    # "besluit vast te stellen de Verordening X": the verb belongs to the quote of what is decided; "vast te
    # stellen de navolgende: Verordening X Artikel 1": the object after the colon, up to the regulation's text
    end = m.end("d")
    if _DANGLING.search(m.group("d")) and (named := _NAMED_AFTER_COLON.match(text, end)):
        end = named.end("name")
    span = Span.trimmed_of(text, m.start(), end)
    found = [Decision(number=1, span=span, deadline=dates.deadline_of(span.text))]
    # a further point as its own paragraph: "De Beleidsregels 2021 gelijktijdig in te trekken."
    for point in _further_points(text, m.end("d")):
        found.append(Decision(number=len(found) + 1, span=point, deadline=dates.deadline_of(point.text)))
    return found


def _further_points(text: str, offset: int) -> list[Span]:
    """The paragraphs after a point at ``offset`` that are points too: each an infinitive clause that
    decides (``De raad te informeren met bijgaande brief.``), up to the first that is none."""
    found: list[Span] = []
    for paragraph in paragraphs(text[offset:]):
        body = paragraph.span.text
        if is_heading(body) or not is_infinitive_decision(body):
            break
        found.append(Span.of(text, offset + paragraph.span.begin, offset + paragraph.span.end))
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


_NAMED_AFTER_COLON = re.compile(
    r"[ \t]*:[ \t]*(?P<name>[A-Z][^.;:\n]{3,100}?)"
    r"(?=\s+(?:Hoofdstuk|Artikel|HOOFDSTUK|ARTIKEL)\b|\s*[.;\n]|$)")
# "vast te stellen de" / "Verordening jeugdhulp X 2025": a point cut before its object
_DANGLING = re.compile(r"(?i)\b(?:de|het|een|volgende|navolgende)\s*$")
# a raadsbesluit's one point opens with what the council does: "vast te stellen de Verordening X"
_OPENS_WITH_ADOPTION = re.compile(
    r"(?i)\s*(?:om\s+)?(?:vast\s+te\s+stellen|goed\s+te\s+keuren|in\s+te\s+stemmen\s+met|in\s+te\s+trekken)\b"
)


# the adopting formula that ends its own line, its object on the next one: "besluit vast te stellen de:" /
# "Verordening jeugdhulp X 2025" (a regulation's preamble)
_FORMULA_LINE = re.compile(
    r"(?i)\bbesl(?:uit|uiten)\s+(?:vast\s+te\s+stellen|goed\s+te\s+keuren|in\s+te\s+stemmen\s+met)"
    r"(?:\s+(?:de|het|(?:de\s+)?(?:na)?volgende))?\s*:?\s*$")
_TEXT_BEGINS = re.compile(r"(?i)\s*(?:hoofdstuk|artikel|paragraaf|§)\b")


def _formula_and_object(text: str, line: Line) -> Span | None:
    """The formula line with the name it adopts on the next non-empty line (a short line, not the
    regulation's first chapter or article)."""
    if not _FORMULA_LINE.search(line.text):
        return None
    for following in lines(text[line.end:line.end + 400]):
        name = following.text.strip()
        if not name:
            continue
        if len(name.split()) > 15 or _TEXT_BEGINS.match(name) or name.endswith(":"):
            return None
        return Span.trimmed_of(text, line.begin, line.end + following.end)
    return None


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
        if _SINGLE_DECISION.search(body) and _ADOPT.search(body):
            return span
        # minutes that tell the discussion first and close with what was adopted: "... De agenda is met deze
        # wijziging vastgesteld."
        closing = _CLOSING_ADOPTION.search(body) if bare else None
        return Span.trimmed_of(text, span.begin + closing.start("s"), span.end) if closing else None
    return None


_CLOSING_ADOPTION = re.compile(
    r"(?:(?<=[.!?])[ \t]+|\n[ \t]*)(?P<s>(?:De|Het)[ \t]+[^.\n]{1,60}?[ \t]+(?:is|wordt|worden|zijn)[ \t]+"
    r"(?:[^.\n]{0,30}?[ \t])?(?:vastgesteld|aangenomen|goedgekeurd))[ \t]*\.?[ \t]*$"
)


# minutes under "Besluit": "De raad besluit het voorstel te agenderen.", "De agenda wordt vastgesteld."
_STATED_DECISION = re.compile(
    # (or any act in the present: "De raad stelt de besluitenlijst vast", "De raad schrijft een brief aan X")
    r"(?i)\s*(?:de\s+raad|het\s+college|het\s+bestuur|de\s+commissie)\s+(?:besluit|besluiten|stemt\s+in"
    r"|(?!wordt\b|moet\b|kan\b|wil\b|zal\b|mag\b|is\b|heeft\b)[a-z]{2,}t)\b[^.\n]*"
    # the proposal as one sentence under its heading: "Wij stellen u voor om in te stemmen met de regiovisie."
    r"|\s*(?:wij|we|het\s+college)\s+stel(?:len|t)\s+(?:u|uw\s+raad|de\s+(?:gemeente)?raad)\s+voor\s+(?:om\s+)?"
    r"[^.\n]*?\bte\s+[a-z]+"
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


__all__ = ["KIND_NOUNS", "find_assignments", "find_decisions", "proposed_points"]
