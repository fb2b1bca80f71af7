"""Decisions a report tells: the council or the college as the subject of a perfect ("De raad heeft
besloten om ...", "Het college heeft ingestemd met ..."), a subjectless passive ("Uiteindelijk is besloten
dat ..."), and in news the simple past of consent ("De gemeenteraad stemde gisteren in met het plan").
"""

from __future__ import annotations

import re

from ..facts import Decision
from . import dates
from .structure import alone_on_line, sentences

# what a report says the council decided, with the council as the subject of a perfect: "De raad heeft
# besloten om ... te", "De gemeenteraad is ... akkoord gegaan met het inrichten van", "heeft met een
# meerderheid in de raad ingestemd met" (adopting a proposal, motion or amendment is its outcome, and a
# decision told in the simple past, "Op 4 mei besloot de raad", is its history)
_COUNCIL_DECIDED = re.compile(
    # (also the councils of a region: "De colleges en gemeenteraden hebben besloten de regeling op te heffen")
    r"(?i)\b(?:gemeente)?ra(?:ad|den)\b[^.;:?!\n]{0,80}?\b(?:heeft|hebben|is)\s+(?:[^.;:?!\n]{0,60}?\s)?"
    r"(?:besloten\s*,?\s+(?:om\b|dat\b|tot\b|[^.;:?!\n]{0,80}?\ste\s+[a-z]+\b)|(?:ingestemd|akkoord\s+gegaan)\s+met\s+"
    r"(?!(?:een|het|dit|dat|deze|de)\s+(?:\w+\s+){0,2}?(?:voorstel|motie|amendement|raadsvoorstel)))"
    # what it adopted, active voice: "De gemeenteraad heeft op 11 mei de begroting 2032 gewijzigd vastgesteld"
    r"|\b(?:gemeente)?ra(?:ad|den)\b[^.;:?!\n]{0,80}?\b(?:heeft|hebben)\s+(?:[^.;:?!\n]{0,60}?\s)?(?:gewijzigd\s+)?"
    r"(?:vastgesteld|goedgekeurd)\b"
    # the council in the first person, the verb before it: "Als eerste hebben we als raad de verordening
    # vastgesteld"
    r"|\b(?:heeft|hebben)\s+(?:wij|we)\s+als\s+(?:gemeente)?raad\b[^.;:?!\n]{0,120}?\s(?:gewijzigd\s+)?"
    r"(?:vastgesteld|goedgekeurd|besloten|ingestemd)\b"
    r"|\b(?:heeft|hebben)\s+(?:met\s+)?(?:een|de)\s+meerderheid\s+(?:in|van)\s+de\s+(?:gemeente)?raad\s+"
    r"(?:besloten\s+(?:om|dat|tot)\b|ingestemd\s+met\s+(?!(?:een|het|dit|dat|deze|de)\s+(?:\w+\s+){0,2}?"
    r"(?:voorstel|motie|amendement)))"
    # the council as the agent of a passive: "In de raad werd besloten tot het komen van een CJG"
    r"|\b(?:in|door)\s+de\s+(?:gemeente)?raad\s+(?:werd|is)\s+(?:[^.;:?!\n]{0,40}?\s)?besloten\s+(?:om|dat|tot)\b"
)
# the passive of "besluiten" has no subject; without an agent it is what the meeting reported on decided:
# "Uiteindelijk is besloten dat", "is regionaal besloten om", "Er werd besloten X te hanteren"
_PASSIVE_DECIDED = re.compile(
    # (with when and how between: "werd om kwart over één 's nachts na een stemming besloten het debat voort
    # te zetten")
    r"(?i)\b(?:is|werd)\s+(?:(?!door\b|niet\b|nog\b)[^\s.;:?!,]+\s+){0,10}?besloten\s*,?\s+"
    r"(?:om|dat|tot\b|(?:[^.;:?!\n]{0,80}?\s)?te\s+[a-z]+\b)"
    # the participle first, the news of a meeting: "Afgesproken is om voor de zomer met een plan te komen"
    r"|^(?:besloten|afgesproken)\s+(?:is|werd)\s+(?:om|dat|tot)\b"
    # consent in the passive, also opening the clause after an item's title: "X: ingestemd is met het plan",
    # "Er is ingestemd met", and a report taken note of: "De evaluatie is voor kennisgeving aangenomen"
    r"|(?:^|(?<=:)\s*)(?:ingestemd|akkoord\s+gegaan)\s+(?:is|werd)\s+met\b"
    r"|\b(?:is|werd)\s+(?:(?!door\b)[a-z]+\s+){0,2}?ingestemd\s+met\b"
    r"|\b(?:is|werd|wordt|zijn|werden|worden)\s+(?:(?!door\b)[a-z]+\s+){0,2}?voor\s+kennisgeving\s+aangenomen\b"
)
_PASSIVE_WORDS = ("besloten", "afgesproken", "Besloten", "Afgesproken", "ngestemd", "kennisgeving")
# words of which a text that tells a decision holds at least one (news also tells the college's or a board's)
_CUE_WORDS = ("raad", "raden", "besloten", "afgesproken", "Afgesproken", "ngestemd", "kennisgeving")
_REPORT_CUE_WORDS = ("ollege", "bestuur", "stem", "besluit van", "B&W", "B & W", "taten", "emeente",
                     "vastgesteld", "goedgekeurd", "afgekeurd")
# one of these is in every sentence that tells the college's or a board's decision
_BODY_WORDS = (
    "ollege", "OLLEGE", "estuur", "B&W", "B & W", "ethouders", "stem", "Stem", "besluit van", "besloot",
    "stelde", "stelt", "kennis", "taten", "emeente",
)

# the college or a joint body's board as the subject of a perfect: "Het college heeft op 3 mei besloten de
# overeenkomst te verlengen", "het algemeen bestuur heeft de begroting vastgesteld" (not in a clause that
# gives a reason or the background: "Nu het college heeft besloten ...")
_BODY = (
    r"(?:het\s+(?:[A-Z][\w-]+se\s+)?college(?:\s+van\s+(?:B\s*(?:&|en)\s*W|burgemeester\s+en\s+wethouders))?"
    r"|B\s*&\s*W|burgemeester\s+en\s+wethouders|het\s+(?:algemeen|dagelijks)\s+bestuur"
    # a province's council and executive: "Provinciale Staten hebben ingestemd met"
    r"|(?:provinciale|gedeputeerde)\s+staten"
    # the municipality as the one that decides: "De gemeente Lelystad heeft besloten niet in te stemmen met"
    r"|de\s+gemeente(?:\s+(?-i:[A-Z])[\w-]+)?)"
)
_NOT_A_PROPOSAL = (
    r"(?!(?:een|het|dit|dat|deze|de)\s+(?:\w+\s+){0,2}?(?:voorstel|motie|amendement|raadsvoorstel))")
_BODY_DECIDED = re.compile(
    rf"(?i)(?:\b{_BODY}\b[^.;:?!\n]{{0,60}}?\b(?:heeft|hebben)"
    # the verb before its subject after an adverbial: "In maart heeft het algemeen bestuur van de GR ... een
    # pakket vastgesteld"
    rf"|\b(?:heeft|hebben)\s+{_BODY}\b(?:\s+van\s+[^.;:?!\n]{{1,80}}?(?=\s))?)"
    rf"\s+(?:[^.;:?!\n]{{0,60}}?\s)?"
    rf"(?:besloten\s*,?\s+(?:om\b|dat\b|tot\b|[^.;:?!\n]{{0,80}}?\ste\s+[a-z]+\b)"
    rf"|ingestemd\s+met\s+{_NOT_A_PROPOSAL}|(?:gewijzigd\s+)?vastgesteld\b)"
)
_PARTICIPLE = re.compile(r"(?i)\b(?:besloten|ingestemd|vastgesteld)\b")
# a decision named by its noun with what it decided: "het besluit van de gemeente om alleen nog in crises
# in te grijpen", "het recente besluit van het college om de subsidie te stoppen"
_NAMED_DECISION = re.compile(
    r"(?i)\b(?:het|dit|dat)\s+(?:\w+\s+)?besluit\s+van\s+(?:de\s+gemeente(?:raad)?|de\s+raad|het\s+college"
    r"|het\s+(?:algemeen|dagelijks)\s+bestuur)\b[^.;:?!\n]{0,40}?\s+om\s+[^.;:?!\n]{0,120}?\bte\s+[a-z]{3,}")
_BACKGROUND = re.compile(r"(?i)\b(?:nu|omdat|nadat|doordat|sinds|aangezien|als|wanneer|zodra)\s+$")
# news tells a consent in the simple past or the present: "De gemeenteraad stemde gisteren in met het plan",
# "Het college stemt in met de visie" (consent to a motion or proposal is its outcome; a headline only
# announces what the text tells)
_CONSENTED = re.compile(
    rf"(?i)\b(?:stemden?|stemt|stemmen)\s+(?:[^.;:?!\n]{{0,60}}?\s)?in\s+met\s+{_NOT_A_PROPOSAL}"
    # the news of a meeting in the simple past: "De gemeenteraad besloot donderdag om ... te" (not its
    # history: "In 2015 besloot de raad", "Eerder besloot het college")
    r"|\bbesloot\s+(?:[^.;:?!\n]{0,60}?\s)?(?:om|dat|tot)\b"
    # or adopted it: "De raad stelde vervolgens de verordening vast" (not "stelde vast dat", a finding)
    r"|\bstelden?\s+[^.;:?!\n]{1,120}?\svast\b(?!\s*,?\s*dat\b)"
    # the present of a decision list's news: "Het college neemt kennis van het transformatieplan", "Het
    # college stelt de nota vast"
    r"|\bneemt\s+(?:[^.;:?!\n]{0,40}?\s)?kennis\s+van\b|\bstelt\s+[^.;:?!\n]{1,120}?\svast\b(?!\s*,?\s*dat\b)"
)
# a decision told as history, no news of the report
_HISTORY = re.compile(
    r"(?i)\b(?:(?:19|20)\d\d|eerder|destijds|vorig\s+jaar|vorige\s+(?:week|maand)|jaren\s+geleden"
    r"|ooit|toen|al\s+in)\b")
_CONSENTING = re.compile(rf"(?i)(?:\b(?:gemeente)?raad\b|{_BODY})")
_ABBREVIATION = re.compile(r"(?i)(?<![\w.])(?:j\.?l|a\.s|o\.a|m\.b\.t|i\.v\.m|ca)\.(?=\s)")
_CONSENT_REACH = 60  # characters before the verb where its subject stands
_DENIED = re.compile(r"(?i)\b(?:niet|geen|nooit)\b")  # "stemde niet in met": no consent, no decision
# the kinds that report others' decisions (a letter to the council informs it of a board's decision)
_REPORTING_KINDS = frozenset({"nieuwsbericht", "verslag"})

# the college or an alderman as the agent before the verb: "Door het college is besloten om" (its measure)
_COLLEGE_AGENT = re.compile(r"(?i)\bdoor\s+(?:het\s+college|de\s+wethouder|de\s+burgemeester|b\s*&\s*w)\b")


_FURTHER_WORDS = ("Ook", "Daarnaast", "Verder", "Tevens", "Vervolgens")
# a further decision the report adds in a passive after one it told: "Ook werd de nieuwe verordening ...
# vastgesteld" (adopting a motion is its outcome, not a decision)
_ALSO_ADOPTED = re.compile(
    r"^(?:Ook|Daarnaast|Verder|Tevens|Vervolgens)\s+(?:werd|werden|is|zijn)\s+(?:de|het|een)\s"
    r"(?![^.;:]{0,40}?\b(?:motie|amendement))[^.;:]{0,120}?\b(?:vastgesteld|goedgekeurd)\b")


# what a report says was adopted, in the passive of a main clause: "In de raadsvergadering van 8 november is
# het Startdocument CJG vastgesteld", "In alle zeven gemeenten is het beleidsplan vastgesteld", "werd het
# voorstel afgekeurd" (not a finding, "is vastgesteld dat", a rate, "vastgesteld op", nor a motion's outcome)
_PASSIVE_ADOPTED = re.compile(
    r"(?i)\b(?:is|werd|zijn|werden)\s+(?P<between>[^.;:?!\n]{0,100}?\s)?(?:gewijzigd\s+)?"
    r"(?:vastgesteld|goedgekeurd|afgekeurd)\b(?!\s*,?\s*(?:dat|op|als|worden|te)\b)"
)
_MOTION = re.compile(r"(?i)motie|amendement")
# a subordinate clause (a relative one, of time, cause or condition) tells the background of what is adopted
_SUBORDINATE = re.compile(
    r"(?i)\b(?:dat|die|wat|welke|waarin|waarmee|waarbij|waardoor|nadat|omdat|toen|sinds|zoals|zodra|voordat"
    r"|totdat|hoewel|doordat|zodat|waarna|indien|wanneer|nu|als|of)\b")


#: what is still to come between the auxiliary and its participle: "is bekeken en wordt later vastgesteld"
_TO_COME = re.compile(r"(?i)\b(?:wordt|worden|zal|zullen|moet|moeten|kan|kunnen|gaat|gaan)\b")
#: a decision told as history: "Eerder werd het plan goedgekeurd", "de raden hebben in 2014 reeds besloten" (a
#: year alone dates the news: "De raden hebben in 2025 besloten de regeling op te heffen")
_LONG_AGO = re.compile(r"(?i)\b(?:eerder|destijds|reeds|vorig\s+jaar|jaren\s+geleden|ooit|al\s+in)\b")
_PARLIAMENT = re.compile(r"\b(?:Tweede|Eerste)\s+Kamer\b|\bStaten-Generaal\b")


def _passive_adopted(body: str) -> bool:
    """A main clause that tells what was adopted, in the passive."""
    m = _PASSIVE_ADOPTED.search(body) if "ld" in body or "rd" in body else None
    if m is None or _MOTION.search(body) or _PARLIAMENT.search(body):
        return False
    between = m.group("between") or ""
    if _DENIED.search(between) or _TO_COME.search(between) or _LONG_AGO.search(body, 0, m.end()):
        return False
    clause = max(body.rfind(",", 0, m.start()), body.rfind(":", 0, m.start())) + 1
    return _SUBORDINATE.search(body, clause, m.end()) is None


def may_tell_decisions(text: str, kind: str | None) -> bool:
    """Whether ``text`` holds a word that every decision it may tell needs (tested before reading it)."""
    return any(word in text for word in _CUE_WORDS) or (
        kind in _REPORTING_KINDS and any(word in text for word in _REPORT_CUE_WORDS))


def reported_decisions(text: str, kind: str | None = None) -> list[Decision]:
    """Each sentence of ``text`` that tells a decision, numbered from 1 (news and minutes also tell the
    college's or a board's)."""
    reports = kind in _REPORTING_KINDS
    found: list[Decision] = []
    for sentence in sentences(text):
        if found and sentence.text.startswith(_FURTHER_WORDS) and _ALSO_ADOPTED.match(sentence.text):
            found.append(Decision(
                number=len(found) + 1, span=sentence, deadline=dates.deadline_of(sentence.text)))
            continue
        body = sentence.text
        passive = _PASSIVE_DECIDED.search(body) if any(w in body for w in _PASSIVE_WORDS) else None
        council = _COUNCIL_DECIDED.search(body) if "raad" in body or "raden" in body else None
        told = (council and not _LONG_AGO.search(body, 0, council.end())) or (
            passive and not _COLLEGE_AGENT.search(body, 0, passive.start()))
        if told or (reports and (_body_decided(body) or _passive_adopted(body))
                    and not alone_on_line(sentence, text)):
            found.append(Decision(
                number=len(found) + 1, span=sentence, deadline=dates.deadline_of(sentence.text)))
    return found


def _body_decided(body: str) -> bool:
    """The college or a board told as deciding (a perfect) or consenting (the simple past of news)."""
    if not any(word in body for word in _BODY_WORDS):
        return False
    # an abbreviation's dot ends no clause: "op 23 mei jl. heeft besloten"
    body = _ABBREVIATION.sub(lambda m: m.group().replace(".", " "), body)
    lowered = body.lower()
    named = _NAMED_DECISION.search(body) if "besluit van" in lowered else None
    if named and not _DENIED.search(named.group()):
        return True
    if "heeft" in lowered or "hebben" in lowered:
        m = _BODY_DECIDED.search(body)
        # (a decision not to act is a decision: "heeft besloten niet in te stemmen met")
        if m and not _background(body, m.start()) and not _DENIED.search(_PARTICIPLE.split(m.group())[0]):
            return True
    if not any(word in lowered for word in ("stem", "besloot", "stelde", "stelt", "kennis")):
        return False
    consent = _CONSENTED.search(body)
    if consent is None or _DENIED.search(consent.group()):
        return False
    if not consent.group().lower().startswith("stem") and _HISTORY.search(body, 0, consent.start()):
        return False
    # the subject before the verb ("De raad van X stemde ... in") or right after it ("stemde het college in")
    subject = _CONSENTING.search(body, max(0, consent.start() - _CONSENT_REACH), consent.end())
    return subject is not None and not _background(body, min(subject.start(), consent.start()))


def _background(body: str, subject: int) -> bool:
    """Whether the clause of the subject at ``subject`` opens with a conjunction of cause or time."""
    return _BACKGROUND.search(body, max(0, subject - 12), subject) is not None
