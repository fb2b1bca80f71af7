"""The kind of a document from what its text says (motion, proposal, decision, letter, ...).

Each kind has weighted signals anywhere in the text: the formulas of a motion ("in vergadering
bijeen", "constaterende dat", "verzoekt het college", "en gaat over tot de orde van de dag"), of an
amendment, a proposal, a regulation ("In deze verordening wordt verstaan onder"), minutes (chair,
clerk, the speakers' turns), a letter (an opening salutation); and the marks of a report of council
business, which make a news item (a party's page or a newspaper's): when and by whom it was
published, reported speech, past-tense votes ("steunden het amendement"), a party's own voice ("Als
CDA vinden wij", "onze motie"). The opening's heading names a plan, a regulation or a regional vision
("Kempisch Meerjarenbeleidskader Jeugd"); a plan named further down is what a news item is about. The
kind with the most points wins when it has at least ``MIN_SCORE``; a text that only reports is news;
otherwise the kind is ``document``.
"""

from __future__ import annotations

import re
from typing import cast

from ..facts import DocumentKind
from . import prefilter
from .cues import Cues
from .dates import find_dates
from .headlines import below_viewer
from .kindfeatures import RuleVerdict
from .kindmodel import decide
from .kindsignals import SIGNAL_WORDS as _SIGNAL_WORDS
from .kindsignals import SIGNALS as _SIGNALS
from .layout import Line, is_chrome, split_lines
from .matching import lowered_for_search
from .meetingpage import DATE_ONLY, meeting_page_kind
from .narration import has_formula, parties_reported, told_events
from .voices import college_informs, spoken_in_debate, written_as_author

#: A line that is only one of these words starts a document of that kind.
HEADING_KINDS: dict[str, DocumentKind] = {
    "raadsvoorstel": "raadsvoorstel",
    "raadsbesluit": "raadsbesluit",
    "raadsinformatiebrief": "raadsinformatiebrief",
    "motie": "motie",
    "amendement": "amendement",
    "regiovisie": "regiovisie",
    "nieuwsbericht": "nieuwsbericht",
}


_COMPILED_SIGNALS = {
    kind: tuple(
        (re.compile(pattern), weight, words[0] if words else _SIGNAL_WORDS.get(pattern, ()),
         bool(re.compile(pattern).flags & re.IGNORECASE))
        for pattern, weight, *words in signals
    )
    for kind, signals in _SIGNALS.items()
}
# each signal's words looked for together with every other cue word, in one pass over the text
_SIGNAL_CUES = {words: Cues(words) for signals in _COMPILED_SIGNALS.values() for _p, _w, words, _f in signals}
# every signal word is written in its pattern (unescaped), so a match holds it
assert all(
    not words or any(word in (p.pattern.lower() if folds else p.pattern).replace("\\", "") for word in words)
    for signals in _COMPILED_SIGNALS.values() for p, _weight, words, folds in signals
)
_KIND_ORDER: tuple[DocumentKind, ...] = (
    "regiovisie", "raadsbesluit", "raadsvoorstel", "amendement", "motie", "raadsinformatiebrief",
    "regeling", "beleidsplan", "collegebesluit", "verslag", "advies", "brief", "nieuwsbericht",
    "presentatie",
)
MIN_SCORE = 3
_OPENS_ADDRESSED = re.compile(r"(?i)\A(?:[^\n]*\n){0,4}?\s*geachte?\s")
# a letter flattened to one line: its subject field runs on into the salutation ("Betreft: X Datum: Geachte")
_FLAT_ADDRESSED = re.compile(r"(?i)\b(?:betreft|onderwerp)\s*:[^\n]{0,300}?\bgeachte?\s")


def heading_kind(line: Line) -> DocumentKind | None:
    """The kind a line names when it is only a kind word (``RAADSBESLUIT``, ``Motie:``)."""
    word = line.stripped.rstrip(":").strip().lower()
    return HEADING_KINDS.get(word)


#: The number a document's genre heading carries, as printed: "Raadsinformatiebrief 2024-12", "Raadsvoorstel
#: nr. RV-17" (a year, a date or a word after the genre word is no number).
_NUMBERED_HEADING = re.compile(
    r"(?i)^(?:raadsinformatiebrief|raadsinformatienota|informatienota|raadsmededeling|raadsvoorstel|raadsbesluit"
    r"|collegebesluit)[ \t]+(?:nr\.?|nummer|no\.?)?[ \t]*:?[ \t]*"
    r"(?P<id>(?!(?:19|20)\d\d$)(?-i:[A-Z]{0,4})[-.]?\d[\w./-]{0,20})$"
)


def number_in_heading(lines: list[Line]) -> str | None:
    """The number the text's genre heading (one of its first three lines) carries, as printed."""
    for line in [line for line in lines if not line.blank][:3]:
        m = _NUMBERED_HEADING.match(line.stripped)
        if m and not any(d.kind in {"date", "partial"} for d in find_dates(m.group("id"))):
            return m.group("id").rstrip(".")
    return None


#: What a heading says the document is: a plan word among its first two words ("Kempisch
#: Meerjarenbeleidskader Jeugd", "Jeugdbeleidsplan 2024"), a regulation's name at its start.
_HEADING_SIGNALS: tuple[tuple[DocumentKind, re.Pattern[str], int], ...] = (
    # a policy note by its heading ("Jeugdnota Zwolle 2023-2026", "Nota integraal jeugdbeleid"), also on
    # a register's page whose fields speak of a "regeling"
    ("beleidsplan", re.compile(
        r"(?i)^(?:\d{1,3}\s+|bijlage\s+\d{1,2}\.?\s+)?(?:[\w'-]*jeugdnota\b|nota\s+(?:[\w'-]+\s+){0,2}[\w'-]*beleid\b"
        # a note or plan named for the youth domain: "Transitienota jeugd Eemnes 2015", "Actieplan jeugdhulp"
        r"|[\w'-]*(?:nota|plan)\s+jeugd(?:hulp|zorg|beleid)?\b)"
    ), 4),
    ("beleidsplan", re.compile(
        r"(?i)^(?:\d{1,3}\s+)?(?:[\w'-]+\s+)?[\w'-]*(?:beleidsplan|beleidsnota|kadernota|beleidskader|uitvoeringsplan)"
    ), 3),
    # a plan's kind word as a heading line of its own: "Projectplan", "Plan van aanpak"
    ("beleidsplan", re.compile(r"(?i)^(?:projectplan|actieplan|werkplan|plan van aanpak)$"), 3),
    # a plan's other names: "Startnotitie CJG" (also under "Bijlage 2."), "Uitvoeringsprogramma jeugd 2024",
    # "Beleidsvisie jeugd 2030"
    ("beleidsplan", re.compile(
        r"(?i)^(?:bijlage\s+\d{1,2}\.?\s+)?(?:startnotitie|uitvoeringsprogramma|beleidsvisie|visiedocument)\b"
    ), 3),
    ("regiovisie", re.compile(r"(?i)^(?:\d{1,3}\s+)?(?:regiovisie|regionale visie)\b"), 4),
    # a decision list headed as such ("Besluitenlijst week 28"), not the council's ("Besluitenlijst raad")
    ("collegebesluit", re.compile(r"(?i)^besluitenlijst\b(?![^\n]*\braad)"), 3),
    # the college's decisions headed as such: "Collegebesluiten week 10", "Besluiten van het college", also
    # after the words that qualify them ("Later openbaar gemaakte collegebesluiten 2 september")
    ("collegebesluit", re.compile(
        r"(?i)^(?:openbare\s+|(?-i:[A-Z]?[a-z]+(?:e|en|er|aar|baar)\s+){1,3}(?=collegebesluiten))?"
        r"(?:collegebesluiten|besluiten\s+(?:van\s+)?(?:het\s+)?college"
        r"|b\s*&\s*w[- ]besluiten)\b"
    ), 3),
    # the college's letter to inform the council, headed by its name: a letter's salutation does not outweigh
    # it ("Raadsinformatiebrief", also under the names other councils give it: "Informatienota",
    # "Raadsmededeling", "Raadsmemo"), and a proposal headed as one ("Voorstel aan de raad")
    ("raadsinformatiebrief", re.compile(
        r"(?i)^raadsinformatie(?:brief|nota)\b|^informatienota\b|^raadsmededeling\b|^raadsmemo\b"
        r"|^informatie(?:brief|memo)\s+(?:aan|voor)\s+(?:de\s+)?(?:gemeente)?raad\b"
    ), 4),
    ("raadsvoorstel", re.compile(r"(?i)^(?:voorstel|advies) (?:aan|voor) de (?:gemeente)?raad\b"), 4),
    # a councillor's written questions to the college, headed as such ("Schriftelijke vragen over X",
    # "Vragen ex artikel 40 RvO")
    ("brief", re.compile(
        r"(?i)^(?:schriftelijke|aanvullende)\s+vragen\b"
        # and the college's answers to them: "Beantwoording schriftelijke vragen", "Antwoord op raadsvragen"
        r"|^(?:beantwoording|antwoord(?:en)?\s+op)\s+(?:de\s+)?(?:schriftelijke\s+|technische\s+)?(?:raads)?vragen\b"
        r"|^(?:raads)?vragen\s+(?:ex\s+|ingevolge\s+|op grond van\s+)?(?:art(?:ikel|\.)?\s*\d+)"
    ), 3),
    ("regeling", re.compile(
        r"(?i)^(?:\d{1,3}\s+)?(?:toelichting\s+(?:op\s+|bij\s+)?(?:de\s+)?)?(?:verordening|nadere regels"
        r"|beleidsregels?|centrumregeling|gemeenschappelijke regeling|regeling)\b"
    ), 3),
)
_MEMO_HEADING = re.compile(
    r"(?i)^(?:notitie|memo|memorandum|rapport|onderzoek|rekenkamer\w*|jaarverslag|jaarrapportage|agenda|notulen"
    r"|besluitenlijst|factsheet|monitor|evaluatie|analyse|advies)\b"
)
HEADING_LINES = 12  # the lines of a text's opening where its heading stands (after any page chrome)


def _heading_scores(lines: list[str]) -> dict[DocumentKind, int]:
    """Points for the kinds the opening's heading lines name: a short line, or the start of a line
    a flattened PDF runs on, above the first paragraph of prose (a heading further down names a
    section, or a plan a news item is about)."""
    found: dict[DocumentKind, int] = {}
    for line in lines:
        if is_chrome(line):
            continue
        words = len(line.split())
        if words <= 15 and line[-1:] not in ".;:?!" or len(line) >= 200:
            for kind, pattern, weight in _HEADING_SIGNALS:
                if kind not in found and pattern.match(line):
                    found[kind] = weight
        if words >= 20 and not line.endswith(":"):
            break
    return found


# the college's decision formula at a line's start, and a regulation's own article
_COLLEGE_DECIDES = re.compile(
    r"(?im)^\s*(?:het college|burgemeester en wethouders)(?: van [^\n,]{2,40})? (?:besluit|heeft besloten)\b"
)
_ARTICLE = re.compile(r"(?im)^\s*(?:[-\u2022]\s*)?artikel\s+\d+")


# a list of motions: each headed as one, each with how it was handled ("Stand van zaken:", "Afdoening:")
_HANDLING = re.compile(r"(?im)^[ \t]*(?:stand van zaken|(?:wijze van )?afdoening|status afhandeling)[ \t]*:")
_MOTION_HEADING = re.compile(r"(?m)^[ \t]*(?:Motie|MOTIE|Amendement|AMENDEMENT)[ \t]+\S")
_TO_COLLEGE = re.compile(r"(?im)^[ \t]*aan het college\b")
_SALUTATION_ANYWHERE = re.compile(r"(?i)\bgeachte?\b")


# a regulation's own structure: its articles, its definitions, its heading fields, the gazette's masthead
_REGULATION_STRUCTURE = re.compile(
    r"(?im)^[ \t]*(?:[-\u2022][ \t]*)?artikel[ \t]+\d+|\bbegripsbepaling|\bbegripsomschrijving"
    r"|^[ \t]*intitul[e\u00e9]\b|^[ \t]*geldend van\b|\boffici[e\u00eb]le uitgave\b|\bverstaan onder\b"
)
_STRUCTURE_WORDS = ("artikel", "begrip", "intitul", "geldend van", "uitgave", "verstaan onder")
_STRUCTURE_REACH = 20000  # the characters where a document shows its own structure or names itself


def _regulation_structure(text: str, lowered: str | None) -> bool:
    if lowered is not None and not any(word in lowered for word in _STRUCTURE_WORDS):
        return False
    return _REGULATION_STRUCTURE.search(text, 0, _STRUCTURE_REACH) is not None


_SELF_REPORT = re.compile(
    r"(?i)\b(?:dit|deze|het voorliggende|het onderhavige)"
    r" (?:rapport|onderzoeksrapport|eindrapport|onderzoek|rapportage|evaluatie)\b"
)


def _calls_itself_a_report(text: str, lowered: str | None) -> bool:
    if lowered is not None and "rapport" not in lowered and "onderzoek" not in lowered and (
            "evaluatie" not in lowered):
        return False
    return _SELF_REPORT.search(text, 0, _STRUCTURE_REACH) is not None


# the standing items of a meeting's agenda: "1. Opening", "Vaststellen agenda", "Mededelingen", "Rondvraag"
_AGENDA_ITEM = re.compile(
    # (each as an item: at a line's start or after its number and time, "3. (20:15 uur) Mededelingen")
    r"(?im)(?:^[ \t\u2022*-]*|\d{1,2}[a-z]?[.)]?[ \t]+(?:\([^)\n]{0,25}\)[ \t]*)?)"
    r"(?P<item>opening|vaststell(?:en|ing) (?:van )?(?:de )?agenda|mededelingen|rondvraag|sluiting"
    r"|ingekomen stukken|spreekrecht|insprekers)\b"
)


# a council meeting and its day: "Raadsvergadering 20 oktober 2014", "Raadsvergadering - 29 oktober 2014"
_COUNCIL_MEETING = re.compile(
    r"(?i)^(?:gemeente)?raadsvergadering[ \t]*[-\u2013,]?[ \t]*(?:van[ \t]+)?"
    r"(?:(?:maan|dins|woens|donder|vrij|zater|zon)dag[ \t]+)?\d{1,2}[ \t]+[a-z]{3,9}[ \t]+\d{4}$"
)
_AGENDA_HEADING = re.compile(r"(?i)^(?:concept[- ]?)?agenda\b(?! ?:)")


def _meeting_agenda(text: str, lowered: str | None) -> bool:
    """Whether the opening lists three or more of a meeting's standing agenda items."""
    if lowered is not None and "opening" not in lowered[:_STRUCTURE_REACH]:
        return False
    items = {m.group("item").lower()[:8] for m in _AGENDA_ITEM.finditer(text, 0, _STRUCTURE_REACH)}
    return len(items) >= 3


# a news item's dateline that opens its first paragraph: "Laarbeek - De gemeenten ...", "EDE – Het college",
# "Ermelo, 12 maart 2015 - De raad"
_DATELINE = re.compile(
    r"^(?:[A-Z][\w'.-]+(?:[ -](?:[A-Z][\w'.-]+|aan|den|de|op|in|en))" r"{0,3})"
    r"(?:,[ \t]+\d{1,2}[ \t]+[a-z]{3,9}\.?(?:[ \t]+\d{4})?)?[ \t]+[-\u2013\u2014|][ \t]+[A-Z]"
)


def _opens_with_dateline(lines: list[str]) -> bool:
    """Whether the opening's first paragraph of prose (twenty words or more) opens with a dateline."""
    first = next((line for line in lines if len(line.split()) >= 20), None)
    return first is not None and _DATELINE.match(first) is not None


def rule_verdict(text: str) -> RuleVerdict:
    """The kind the weighted signals give one document (``document`` when nothing is clear), with the
    points each kind got and the signals that matched: the learned model reads them as features."""
    scores: dict[DocumentKind, int] = {}
    hits: list[str] = []
    lowered = lowered_for_search(text)

    def may_match(words: tuple[str, ...], folds: bool) -> bool:
        if not words:
            return True
        if not folds:
            return _SIGNAL_CUES[words].any_in(text)
        return lowered is None or _SIGNAL_CUES[words].any_in(lowered)

    for kind, signals in _COMPILED_SIGNALS.items():
        score = 0
        for index, (pattern, weight, words, folds) in enumerate(signals):
            if may_match(words, folds) and prefilter.search(pattern, text, lowered):
                score += weight
                hits.append(f"{kind}{index}")
        scores[cast(DocumentKind, kind)] = score
    # a text about a motion or amendment (headed "Motie ...", "Deze motie") without its formulas
    if scores["motie"] and not has_formula(text, lowered):
        scores["motie"] = 0
    if scores["amendement"] and not has_formula(text, lowered, amendment=True):
        scores["amendement"] = 0
    lines = [line.stripped for line in below_viewer(split_lines(text)) if not line.blank]
    headed = _heading_scores(lines[:HEADING_LINES])
    named = tuple(headed)

    def verdict(kind: DocumentKind, structural: bool = False) -> RuleVerdict:
        return RuleVerdict(kind, dict(scores), tuple(hits), named, lines, structural)

    # a regulation named in the running text ("de gemeenschappelijke regeling", "de verordening") is what the
    # text is about; the text is one only with a regulation's own structure (articles, definitions)
    if scores["regeling"] and "regeling" not in headed and not _regulation_structure(text, lowered):
        scores["regeling"] = 0
    # a text that calls itself a report ("dit rapport", "het voorliggende onderzoek") is no plan by its
    # foreword
    if scores["beleidsplan"] and "beleidsplan" not in headed and _calls_itself_a_report(text, lowered):
        scores["beleidsplan"] = 0
    # a meeting's agenda names the regulations it deals with ("Gemeenschappelijke regeling X"): its items make
    # it no regulation; a text that calls itself an agenda is no regulation nor decision list, also when a
    # body's name stands above that heading ("Vaststellen besluitenlijst vorige vergadering" is an item)
    if agenda := _meeting_agenda(text, lowered):
        called_agenda = any(_AGENDA_HEADING.match(line) for line in lines[:HEADING_LINES])
        agenda_kinds: tuple[DocumentKind, ...] = ("regeling", "collegebesluit")
        for kind in agenda_kinds:
            if called_agenda or (kind == "regeling" and kind not in headed):
                scores[kind] = 0
                headed.pop(kind, None)
    for kind, weight in headed.items():
        scores[kind] += weight
    # a text that tells what the council, the college or a party did is a report, unless it is
    # addressed to someone (a letter narrates too) or headed as a plan or regulation (which recalls
    # its history)
    if _OPENS_ADDRESSED.match(text) or (
            (lowered is None or "geacht" in lowered[:1500]) and _FLAT_ADDRESSED.search(text, 0, 1500)):
        scores["nieuwsbericht"] = 0  # a text addressed to someone is no report
    elif spoken_in_debate(text, lowered) or written_as_author(text, lowered):
        scores["nieuwsbericht"] = 0  # a speaker's own words in a debate, an author's column: no report
    elif agenda:
        scores["nieuwsbericht"] = 0  # a meeting's agenda or minutes, item by item: no report of it
    elif not headed:
        scores["nieuwsbericht"] += 2 * told_events(text, lowered, limit=2)
        if parties_reported(text) >= 2:  # several parties' views in the third person: a debate reported
            scores["nieuwsbericht"] += 2
    # a letter without a salutation, by its addressee atop: the college (a proposal comes from it)
    if (lowered is None or ("aan het college" in lowered and "geacht" not in lowered)) and _TO_COLLEGE.search(
            text, 0, 600) and not _SALUTATION_ANYWHERE.search(text):
        scores["brief"] += 2
    if ("ocatie" in text or "oorzitter" in text or "gendapunten" in text or "otulist" in text) and (
            meeting := meeting_page_kind(lines[:HEADING_LINES + 6])) is not None:
        return verdict(meeting, structural=True)
    # a council meeting's page: headed by the meeting and its day, with the meeting's standing items
    if agenda and any(_COUNCIL_MEETING.match(line) for line in lines[:3]):
        return verdict("verslag", structural=True)
    if _opens_with_dateline(lines[:HEADING_LINES]):
        scores["nieuwsbericht"] += 3
    if any(DATE_ONLY.match(line) for line in lines[:4]):  # a page's date line above its text
        scores["nieuwsbericht"] += 1
    if lines:
        bullets = sum(1 for line in lines if line.startswith(("\u2022", "\u25aa", "\u25cf")))
        short = sum(1 for line in lines if len(line) < 60)
        if bullets >= 5 and short / len(lines) > 0.6:
            scores["presentatie"] += 2
    best = max(_KIND_ORDER, key=lambda k: (scores.get(k, 0), -_KIND_ORDER.index(k)))
    if best in {"motie", "amendement"} and len(_HANDLING.findall(text)) >= 2 and len(
            _MOTION_HEADING.findall(text)) >= 2:
        return verdict("document")  # a list of motions with how each was handled, not one motion
    if best == "regeling" and _COLLEGE_DECIDES.search(text) and not _ARTICLE.search(text):
        # the college's decision to join or adopt a regulation, not its articles
        return verdict("collegebesluit", structural=True)
    if (best == "brief" or scores.get(best, 0) < MIN_SCORE) and college_informs(text, best == "brief"):
        return verdict("raadsinformatiebrief", structural=True)
    if scores.get(best, 0) >= MIN_SCORE:
        return verdict(best)
    # a text that only reports (two weaker marks of news, nothing of any other kind) is news, unless
    # its heading says it is a memo or a report
    others = sum(score for kind, score in scores.items() if kind != "nieuwsbericht")
    if scores.get("nieuwsbericht", 0) >= 2 and not others and not any(
            _MEMO_HEADING.match(line) for line in lines[:3]):
        return verdict("nieuwsbericht")
    return verdict("document")



def classify(text: str) -> DocumentKind:
    """The kind of one document from what its text says; ``document`` when nothing is clear."""
    return decide(text, rule_verdict(text))
