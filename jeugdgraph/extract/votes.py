"""The vote on a motion or amendment as the text states it: unanimity, the counts, the parties.

Read from the sentence or the result block that states the outcome:

- unanimity: ``unaniem`` (not ``bijna unaniem``), ``met algemene stemmen``, ``zonder hoofdelijke
  stemming``, ``raadsbreed``, ``Alle partijen steunden ...``, ``De hele raad stemde voor``;
- counts: ``met 20 stemmen voor en 5 tegen``, ``met 20 tegen 13 stemmen``, ``24 voor, 9 tegen``,
  ``Stemverhouding: 25-8``, ``Voor: 20`` / ``Tegen: 5``, ``met de tegenstem van X (23 stemmen)``;
- parties: ``Voor stemden: A, B`` / ``Tegen: C, D`` in a result block, or ``A, B en de C stemden
  voor`` / ``Alleen de D stemde tegen`` in the sentence.
"""

from __future__ import annotations

import re

from text_to_num import text2num

from ..facts import Outcome, Span
from . import prefilter
from .issuers import LOCAL_PARTY_NAME
from .matching import lowered_for_search
from .parties import PARTY, is_party

#: "voor" as written, also with its stress marks ("vóór")
_V = r"v[o\u00f3]{2}r"
#: A count as a council text writes it: a number, or a Dutch number word ("twintig", "zeventien").
_N = r"(?:\d{1,3}|[a-z\u00eb\u00e9]{3,20})"

# "bijna unaniem" and "vrijwel unaniem" are no unanimous vote
UNANIMOUS = re.compile(
    r"(?i)(?<!bijna )(?<!vrijwel )(?<!nagenoeg )(?<!niet )\bunaniem\b|\bzonder\s+hoofdelijke\s+stemming\b"
    r"|\braadsbreed\b|\bmet\s+algemene\s+stemmen\b"
    # adopted by acclaim, without a vote: "De motie werd bij acclamatie aangenomen"
    r"|\bbij\s+acclamatie\b"
    # "met unanieme stemmen", "met unanimiteit" (not "geen unanimiteit")
    r"|(?<!bijna )(?<!niet )\bunanieme\b|(?<!geen )\bunanimiteit\b"
    # a vote field's share: "voor 100%"
    r"|\bv[o\u00f3]{2}r[ \t]+100[ \t]?%"
    r"|\b(?:alle\s+(?:partijen|fracties)|de\s+(?:hele|voltallige|gehele)\s+(?:gemeente)?raad)\b[^.;!?]{0,60}?"
    r"\b(?:steunden|steunde|stemden\s+voor|stemde\s+voor|stemden?\s+(?:\w+\s+){0,4}in\s+met)\b"
    # support received: "kreeg de steun van alle partijen", "kon rekenen op de steun van de hele raad"
    # adopted or supported by the whole council in the passive: "door de voltallige raad aangenomen",
    # "ondersteund door de hele raad", "door alle fracties gesteund"
    r"|\bdoor\s+de\s+(?:hele|voltallige|gehele)\s+(?:gemeente)?raad\s+(?:(?!niet\b|geen\b)\w+\s+){0,2}aangenomen\b"
    r"|\b(?:gesteund|ondersteund)\s+door\s+(?:alle\s+(?:partijen|fracties)|de\s+(?:hele|voltallige|gehele)"
    r"\s+(?:gemeente)?raad)\b"
    r"|\bdoor\s+(?:alle\s+(?:partijen|fracties)|de\s+(?:hele|voltallige|gehele)\s+(?:gemeente)?raad)\s+"
    # (the groups with their council: "door alle partijen in de raad ondersteund")
    r"(?:in\s+de\s+(?:gemeente)?raad\s+)?(?:(?!niet\b|geen\b)\w+\s+){0,2}(?:gesteund|ondersteund)\b"
    r"|(?<!geen )(?<!niet de )\b(?:steun|instemming)\s+(?:(?:gekregen|ontvangen)\s+)?van\s+"
    r"(?:alle\s+(?:raads)?(?:partijen|fracties|raadsleden)"
    r"|de\s+(?:hele|voltallige|gehele)\s+(?:gemeente)?raad)\b"
)
# "alle partijen steunden de motie, behalve de PVV": no unanimous vote
_EXCEPT = re.compile(
    r"(?i:\b(?:behalve|met uitzondering van|uitgezonderd)\b)|\bop\s+(?:de\s+|het\s+)?[A-Z][\w-]*\s+na\b"
)
_COUNTS = (
    # "met 20 stemmen voor en 5 tegen", "met 20 voor en 5 tegen"
    re.compile(rf"(?i)\bmet\s+(?P<f>{_N})\s+(?:stemmen\s+)?(?:{_V}\s+)?(?:en|tegen)\s+(?P<a>{_N})"
               r"(?:\s+(?:stem(?:men)?\s+)?tegen)?\b"),
    # "met 20 tegen 13 stemmen"
    re.compile(rf"(?i)\bmet\s+(?P<f>{_N})\s+tegen\s+(?P<a>{_N})\s+stemmen\b"),
    # "24 voor, 9 tegen", "15 stemmen voor, 18 tegen", "20 voor en 13 tegen"
    # (also the members counted after the verb: "Er stemden 20 raadsleden voor en 5 tegen"; one vote against:
    # "19 stemmen voor, 1 stem tegen")
    re.compile(rf"(?i)\b(?P<f>{_N})\s+(?:stemmen\s+|raadsleden\s+|leden\s+)?{_V}\s*(?:,|en|;|-|\u2013)?\s*(?P<a>{_N})"
               r"\s+(?:stem(?:men)?\s+|raadsleden\s+|raadslid\s+|leden\s+|lid\s+)?tegen\b"),
    # "Stemverhouding: 25-8", "een stemverhouding van 25 tegen 8", "Stemuitslag: 25 - 8"
    re.compile(rf"(?i)\b(?:stemverhouding|stem(?:mings)?uitslag|uitslag\s+(?:van\s+de\s+)?stemming"
               r"|stemming(?=\s*:))\s*(?::|van)?"
               rf"\s*(?P<f>{_N})\s*(?:-|\u2013|tegen)\s*(?P<a>{_N})\b"),
    # the score as the means of the outcome: "werd met 19-14 aangenomen", "met 19 - 14 stemmen verworpen"
    re.compile(r"(?i)\bmet\s+(?P<f>\d{1,2})\s*[-\u2013]\s*(?P<a>\d{1,2})(?:\s+stemmen)?\s+(?:\w+\s+){0,2}?"
               r"(?:aangenomen|verworpen)\b"),
    # the majority's score in brackets: "met een krappe meerderheid (17-16) aangenomen"
    re.compile(r"(?i)\bmeerderheid\s*\((?P<f>\d{1,2})\s*[-\u2013]\s*(?P<a>\d{1,2})\)"),
    # the score in brackets after the outcome: "aangenomen (22-9)"
    re.compile(r"(?i)\b(?:aangenomen|verworpen)\s*\((?P<f>\d{1,2})\s*[-\u2013]\s*(?P<a>\d{1,2})\)"),
    # the members counted: "12 raadsleden stemden voor, 21 tegen"
    re.compile(rf"(?i)\b(?P<f>{_N})\s+(?:raadsleden|leden)\s+(?:stemden|waren)\s+{_V}\s*(?:,|en|;)\s*"
               rf"(?P<a>{_N})\s+(?:(?:raadsleden|leden)\s+)?(?:stemden\s+)?tegen\b"),
    # "Voor: 20" over "Tegen: 5", or on one line: "Voor: 20, tegen: 5"
    # (also "Aantal stemmen voor: 20" over "Aantal stemmen tegen: 5")
    re.compile(rf"(?im)^[ \t]*(?:aantal\s+)?(?:stemmen\s+)?{_V}\s*:\s*(?P<f>{_N})\b[^\n]*\n[ \t]*"
               rf"(?:aantal\s+)?(?:stemmen\s+)?tegen\s*:\s*(?P<a>{_N})\b"),
    re.compile(rf"(?i)\b{_V}\s*:?\s*(?P<f>\d{{1,3}})\s*[,;]?\s*(?:aantal\s+)?(?:stemmen\s+)?tegen\s*:?\s*"
               r"(?P<a>\d{1,3})\b"),
    # the score after the outcome: "aangenomen met 20-13"
    re.compile(r"(?i)\b(?:aangenomen|verworpen)\s+met\s+(?P<f>\d{1,2})\s*[-\u2013]\s*(?P<a>\d{1,2})\b"),
)
_BRACKETS = re.compile(r"[ \t]*\([^()\n]{1,120}\)")
#: A count with its parties in brackets after it: "25 stemmen voor (VVD, CDA, D66)", "8 tegen (PVV)".
_BRACKETED_SIDE = re.compile(
    rf"(?i)\b\d{{1,3}}\s+(?:stemmen\s+)?(?P<side>{_V}|tegen)\s*\((?P<list>[A-Za-z][^()\n]{{0,120}})\)"
)
#: The majority's score: "met een meerderheid van 16 tegen 15", the majority the side that won (against a
#: rejected motion).
_MAJORITY = re.compile(rf"(?i)\bmeerderheid\s+van\s+(?P<f>{_N})\s+(?:stemmen\s+)?tegen\s+(?P<a>{_N})\b")
#: A result block's party lists that end in their total: "Voor: SP, PvdD (9)" over "Tegen: VVD, CU (30)".
_LISTED_COUNT = re.compile(
    r"(?im)^[ \t]*(?P<side>voor|tegen)\s*:[^\n]*\((?P<n>\d{1,3})\)[ \t]*$"
    r"|^[ \t]*(?P<side2>voor|tegen)[ \t]*\((?P<n2>\d{1,3})\)[ \t]*:"  # "Voor (12): SP, PvdA"
)
_AGAINST_COUNT = re.compile(r"(?i)\btegenstem(?:men)?\s+van\b[^.()]{0,80}\((?P<n>\d{1,3})\s+stemmen\)")
_OF_TOTAL = re.compile(rf"(?i)\b(?P<f>{_N})\s+van\s+de\s+{_N}\s+stemmen\b(?=[^.;!?]{{0,60}}\baangenomen\b)")
_FOR_COUNT = re.compile(rf"(?i)\bmet\s+(?P<f>{_N})\s+stemmen\s+{_V}\b(?!\s*(?:,|en|;)\s*{_N}\b)")
#: "Voor stemden: A, B" anywhere; in a result block also "Voor: A, B" and "Tegen gestemd: C".
_PARTIES_STATED = re.compile(
    r"(?im)^[ \t]*(?P<side>v[oó]{1,2}r|tegen)\s+stemden\s*:?\s*(?P<list>[^\n]+)$"
)
_PARTIES_LISTED = re.compile(
    r"(?im)^[ \t]*(?P<side>v[oó]{1,2}r|tegen)(?:\s+(?:gestemd|stemden|gestemde\s+fracties))?"
    r"(?:[ \t]*\(\d{1,3}\))?\s*:"
    r"\s*(?P<list>[^\n]+)$"
    # a web page's field: the label on a line of its own, the list on the next ("Voor" over "SP, PvdA")
    r"|^[ \t]*(?P<label>v[oó]{1,2}r|tegen)[ \t]*\n(?:[ \t]*\n)*[ \t]*"
    r"(?!(?:v[oó]{1,2}r|tegen)[ \t]*$)(?P<under>[^\n.:;!?]{1,200}"
    # (or one party a line: "Voor" over "SP" over "PvdA")
    r"(?:\n[ \t]*(?!(?:v[oó]{1,2}r|tegen)[ \t]*$)[^\s.:;!?][^\n.:;!?]{0,60})*)$"
)
# "alleen SP en GroenLinks stemden voor", "VVD, CDA en de D66 stemden tegen", "Alleen de PVV stemde tegen"
_PARTY_NAME = (r"(?:(?:de|het)[ \t]+)?[A-Z][\w'\u2019-]*"
               r"(?:(?:[ \t]+(?:voor|van|de|het|der|op)){0,2}[ \t]+[A-Z0-9][\w'\u2019%-]*)*")
# a member may stand in the list with the party in brackets: "CDA, VVD en Schouwstra (CU)"
_LISTED_NAME = rf"{_PARTY_NAME}(?:[ \t]+\([^()\n]{{1,20}}\))?"
_PARTY_LIST = rf"{_LISTED_NAME}(?:(?:[ \t]*,[ \t]*|[ \t]+en[ \t]+){_LISTED_NAME})*"
# the groups named as such before their list: "de fracties van SP en PvdA"
_GROUPS = r"(?:(?:de[ \t]+)?fracties?[ \t]+van[ \t]+)?"
_PARTIES_VOTED = re.compile(
    rf"(?P<list>{_PARTY_LIST})[ \t]+(?:stemden?|waren|was)[ \t]+(?P<side>voor|tegen)\b"
    # the side first, opening a sentence or clause: "Voor stemden SP en PvdA; tegen waren VVD en CDA"
    rf"|(?:^|(?<=[.;:])[ \t]*|(?<=[.;:][ \t]))(?P<first>[Vv]o[o\u00f3]r|[Tt]egen)"
    # (with what they voted on: "Voor de motie stemden SP en GL")
    rf"(?:[ \t]+(?:de|het|deze|dit)[ \t]+(?:motie|amendement|voorstel))?[ \t]+(?:stemden|stemde|waren|was)"
    rf"[ \t]*:?[ \t]+{_GROUPS}(?P<list2>{_PARTY_LIST})"
)
#: Parties that supported the motion, or voted in the perfect: "VVD, CDA en D66 steunden de motie", "SP en
#: PvdA hebben tegen gestemd" (national parties and local ones by their head words only: a person supports
#: too).
_PARTIES_SUPPORTED = re.compile(
    rf"(?P<list>{_PARTY_LIST})[ \t]+(?:(?P<support>steunden|steunde)[ \t]+(?:de|het|deze|dit)[ \t]+"
    r"(?:motie|amendement)\b"
    r"|(?:hebben|heeft)[ \t]+(?:\w+[ \t]+){0,2}?(?P<side>v[o\u00f3]{2}r|tegen)[ \t]+gestemd\b)"
)
#: Support with the verb before the parties, after an adverbial: "Naast de indieners steunde GroenLinks deze
#: motie", "Ook steunden CDA en VVD het amendement".
_SUPPORTED_AFTER = re.compile(
    rf"\b(?:steunden|steunde)[ \t]+(?:ook[ \t]+)?(?P<list>{_PARTY_LIST})[ \t]+(?:de|het|deze|dit)[ \t]+"
    r"(?:motie|amendement)\b"
)
#: The parties' votes as the means of the outcome: "aangenomen met de stemmen van SP en PvdA (voor)",
#: "verworpen met de stemmen van VVD en CDA tegen".
_VOTES_OF = re.compile(
    r"(?i:\b(?P<outcome>aangenomen|verworpen)?[ \t]*\bmet[ \t]+de[ \t]+stemmen[ \t]+van[ \t]+)"
    rf"{_GROUPS}(?P<list>{_PARTY_LIST})(?:[ \t]+(?P<side>v[o\u00f3]{{2}}r|tegen)\b)?"
)
#: The exception named first: "Met uitzondering van de SP stemden alle partijen tegen", "Op de PVV na stemden
#: alle fracties voor".
_EXCEPTED_FIRST = re.compile(
    rf"(?:\b[Mm]et uitzondering van|\b[Bb]ehalve|\b[Oo]p)[ \t]+(?P<list>{_PARTY_LIST})(?:[ \t]+na)?[ \t,]+"
    r"(?:stemden|stemde|waren)[ \t]+alle[ \t]+(?:andere[ \t]+)?(?:partijen|fracties)[ \t]+"
    r"(?P<side>voor|tegen)\b"
)
#: Support and opposition as news reports them: "gesteund door de fracties van VVD en D66", "kreeg
#: slechts steun van de SP en Burgerbelang", "de tegenstem van ChristenUnie en het CDA".
_PARTIES_BACKED = re.compile(
    r"\b(?:(?P<for>gesteund\s+door|steun\s+(?:kreeg|kregen|kwam|van)(?:\s+van)?)"
    # (also the parties left out of the support: "aangenomen zonder steun PvdA, D66 en VVD")
    r"|(?P<against>tegenstem(?:men)?\s+van|zonder\s+(?:de\s+)?steun(?:\s+van)?))"
    rf"[ \t]+(?:de[ \t]+)?(?:fracties?[ \t]+van[ \t]+)?(?P<list>{_PARTY_LIST})"
)
#: The parties named as the exception to all others: "met steun van alle fracties behalve de PVV", "Alle
#: partijen stemden tegen, met uitzondering van de SP".
_EXCEPTED = re.compile(
    r"\b(?:[Aa]lle|[Dd]e overige)\s+(?:partijen|fracties)\b(?P<between>[^.;!?]{0,60}?)[ \t,]*"
    rf"\b(?:behalve|met uitzondering van|uitgezonderd)[ \t]+(?P<list>{_PARTY_LIST})"
)
_VOTE_WORDS = ("stemde", "steun", "tegenstem", "waren tegen", "was tegen", "waren voor", "was voor",
               "egen waren", "oor waren", "egen was", "oor was", "behalve", "uitzondering", "uitgezonderd",
               "gestemd", "stemmen van", " na ")
_NOT_A_PARTY = re.compile(
    # (a vote field lists the members by their group: "Raadsleden CDA (7)", "Raadslid fractie X (1)")
    r"^(?:(?:Alleen|Ook|Zowel|Behalve|Daarnaast|De|Het|Alle|Beide|de|het|Raadsleden|Raadslid|[Ff]ractie)"
    r"(?:[ \t]+|$))+"
)


def has_vote(outcome: Outcome) -> bool:
    return outcome.unanimous or outcome.votes_for is not None or outcome.votes_against is not None


def read_counts(outcome: Outcome, text: str) -> None:
    """``unaniem`` and the counts a sentence or result block states."""
    if (unanimous := UNANIMOUS.search(text)) and not _EXCEPT.search(text, unanimous.start()):
        outcome.unanimous = True
    # (the parties in brackets after each count are read by ``read_parties``: "25 stemmen voor (VVD, CDA)")
    for written in (text, _BRACKETS.sub("", text)) if "(" in text else (text,):
        for pattern in _COUNTS:
            for counts in pattern.finditer(written):
                votes_for, votes_against = _count(counts.group("f")), _count(counts.group("a"))
                if votes_for is not None and votes_against is not None:
                    outcome.votes_for, outcome.votes_against = votes_for, votes_against
                    return
    if (majority := _MAJORITY.search(text)) and (won := _count(majority.group("f"))) is not None and (
            lost := _count(majority.group("a"))) is not None:
        rejected = outcome.value == "verworpen"
        outcome.votes_for, outcome.votes_against = (lost, won) if rejected else (won, lost)
        return
    listed = {(m.group("side") or m.group("side2"))[0].lower(): int(m.group("n") or m.group("n2"))
              for m in _LISTED_COUNT.finditer(text)}
    if "v" in listed and "t" in listed:
        outcome.votes_for, outcome.votes_against = listed["v"], listed["t"]
        return
    if against := _AGAINST_COUNT.search(text):
        outcome.votes_against = int(against.group("n"))
    elif (only_for := _FOR_COUNT.search(text)) and (votes_for := _count(only_for.group("f"))) is not None:
        outcome.votes_for = votes_for  # the votes for alone: "aangenomen met 30 stemmen voor"
    elif (share := _OF_TOTAL.search(text)) and (votes_for := _count(share.group("f"))) is not None:
        outcome.votes_for = votes_for  # "met 47 van de 55 stemmen aangenomen": the rest may be absent


def _count(word: str) -> int | None:
    """A count written in digits or as a Dutch number word; None for any other word."""
    if word.isdigit():
        return int(word)
    try:
        value = text2num(word.lower(), "nl")
    except ValueError:
        return None
    return value if 0 <= value < 1000 else None


def read_parties(outcome: Outcome, text: str, reported: str, block: str | None) -> None:
    """The parties that voted for and against: stated lists anywhere in ``text``, listed ones in the
    result ``block``, else the parties the outcome's sentences (``reported``) say voted."""
    lists = list(_PARTIES_STATED.finditer(text))
    if block is not None:
        lists += [m for m in _PARTIES_LISTED.finditer(block) if not _PARTIES_STATED.match(m.group(0))]
    for m in lists:
        label = m.group("side") or m.group("label")
        side = outcome.parties_for if label.lower().startswith("v") else outcome.parties_against
        listed = m.group("list") or m.group("under")
        if m.group("label") and block is not None:  # one party a paragraph: "Voor" over "VVD" over "CDA"
            listed += "".join(f"\n{item}" for item in _items_after(block, m.end()))
        side.extend(_parties(re.sub(r"\([^)]*\d[^)]*\)", "", listed), r",|;|\n|\ben\b"))
    if block is not None and not lists:
        _read_party_lines(outcome, block)
    for m in _BRACKETED_SIDE.finditer(reported):  # "25 stemmen voor (VVD, CDA) en 8 tegen (PVV)"
        side = outcome.parties_for if m.group("side").lower().startswith("v") else outcome.parties_against
        side.extend(n for n in _parties(m.group("list"), r",|;|\ben\b") if n not in side)
    if outcome.parties_for or outcome.parties_against or not any(w in reported for w in _VOTE_WORDS):
        return
    for m in _PARTIES_VOTED.finditer(reported):
        voted_for = (m.group("side") or m.group("first")).lower().replace("\u00f3", "o") == "voor"
        side = outcome.parties_for if voted_for else outcome.parties_against
        side.extend(n for n in _parties(m.group("list") or m.group("list2"), r",|\ben\b") if n not in side)
    for m in _PARTIES_BACKED.finditer(reported):
        side = outcome.parties_for if m.group("for") else outcome.parties_against
        side.extend(n for n in _parties(m.group("list"), r",|\ben\b") if n not in side)
    for m in _SUPPORTED_AFTER.finditer(reported):
        outcome.parties_for.extend(n for n in _parties(m.group("list"), r",|\ben\b")
                                   if n not in outcome.parties_for and looks_like_party(n))
    for m in _PARTIES_SUPPORTED.finditer(reported):
        voted_for = m.group("support") is not None or m.group("side").lower().startswith("v")
        side = outcome.parties_for if voted_for else outcome.parties_against
        side.extend(n for n in _parties(m.group("list"), r",|\ben\b") if n not in side and _named_party(n))
    for m in _VOTES_OF.finditer(reported):
        said = (m.group("side") or "").lower()
        if not said and not m.group("outcome"):
            continue  # "met de stemmen van X" without a side or an outcome says nothing of X's side
        voted_for = said.startswith("v") if said else m.group("outcome").lower() == "aangenomen"
        side = outcome.parties_for if voted_for else outcome.parties_against
        side.extend(n for n in _parties(m.group("list"), r",|\ben\b") if n not in side)
    for m in _EXCEPTED_FIRST.finditer(reported):
        # the parties excepted from all others voted the other way
        side = outcome.parties_against if m.group("side") == "voor" else outcome.parties_for
        side.extend(n for n in _parties(m.group("list"), r",|\ben\b") if n not in side)
    for m in _EXCEPTED.finditer(reported):
        # the parties all others voted against: they voted for, and the other way round
        opposed = "tegen" in m.group("between") or "tegen" in reported[max(0, m.start() - 40):m.start()]
        side = outcome.parties_for if opposed else outcome.parties_against
        side.extend(n for n in _parties(m.group("list"), r",|\ben\b") if n not in side)


#: A count in a list, not a party ("9", "20 stemmen"); "50+" and "50PLUS" are parties.
_COUNTED = re.compile(r"\d+(?:\s|$)")


def _parties(listed: str, separators: str) -> list[str]:
    """The parties of a list; a member named with a party ("Smit (CU)") or a pair of members ("Jan
    Smit & Els Bos") is no party."""
    names = [_party(p) for p in re.split(separators, listed) if "(" not in p and "&" not in p]
    return [n for n in names if n and not _COUNTED.match(n)]


#: A party that voted on the motion a page is about, where the page does not say what came of it:
#: "De Middelburgse VVD-fractie heeft resoluut tegen deze motie gestemd", "Het CDA stemde voor de motie".
_PARTY_VOTED_ON = re.compile(
    rf"\b(?:[Dd]e |[Hh]et )?(?:[A-Z][a-z]+se )?(?P<party>{PARTY})(?:[- ]?fractie)?\s+"
    r"(?:(?:heeft|hebben)\s+(?:\w+\s+){0,3}?(?P<side>voor|tegen)\s+(?:de|deze|het|dit|die)\s+(?:motie|amendement)\b"
    r"[^.;!?\n]{0,80}?\bgestemd|stemden?\s+(?P<side2>voor|tegen)\s+(?:de|deze|het|dit|die)\s+(?:motie|amendement)\b)"
)


#: The parties that supported a motion, in the passive: "werd dit amendement gesteund door BIJ1, DENK en PVV".
_SUPPORTED_BY = re.compile(
    r"\b(?:motie|amendement)\b[^.;!?\n]{0,60}?\b(?:gesteund|ondersteund)[ \t]+door[ \t]+(?:de[ \t]+)?"
    rf"{_GROUPS}(?P<list>{_PARTY_LIST})"
)


def vote_without_outcome(text: str) -> Outcome | None:
    """The parties' votes a text states about a motion whose outcome it does not state."""
    found = prefilter.finditer(_PARTY_VOTED_ON, text, lowered_for_search(text))
    if not found:
        return _supported_by(text) if "gesteund door" in text else None
    first = found[0]
    outcome = Outcome(value=None, span=Span.trimmed_of(text, first.start(), first.end()))
    for m in found:
        voted_for = (m.group("side") or m.group("side2")) == "voor"
        side = outcome.parties_for if voted_for else outcome.parties_against
        if m.group("party") not in side:
            side.append(m.group("party"))
    return outcome


def _supported_by(text: str) -> Outcome | None:
    """The parties a text says supported its motion, where it does not say what came of it (all of them
    parties by their form: "gesteund door de wethouder" names none)."""
    m = _SUPPORTED_BY.search(text)
    if m is None:
        return None
    names = _parties(m.group("list"), r",|\ben\b")
    if not names or not all(looks_like_party(name) for name in names):
        return None
    outcome = Outcome(value=None, span=Span.trimmed_of(text, m.start(), m.end()))
    outcome.parties_for.extend(names)
    return outcome


#: A party's own line in a result block: "VVD: voor", "GroenLinks<TAB>Tegen", "SP - tegen".
_PARTY_SIDE_LINE = re.compile(
    r"(?im)^[ \t]*(?P<party>(?!(?:voor|tegen)\b)[A-Z0-9][\w'\u2019!&+-]*"
    r"(?:[ \t]+(?!(?:v[o\u00f3]{2}r|tegen)\b)[A-Z0-9][\w'\u2019!&+-]*){0,3})"
    r"[ \t]*(?::|\t|[ \t]-)?[ \t]*(?P<side>v[o\u00f3]{2}r|tegen)[ \t]*$"
)
_NOT_A_SIDE_NAME = frozenset(
    {"Stemmen", "Aantal", "Totaal", "Uitslag", "Stemming", "Stemuitslag", "Argumenten", "Partij", "Fractie"})


def _read_party_lines(outcome: Outcome, block: str) -> None:
    """Each party's vote on a line of its own in a result block: several such lines name parties by their
    place; a single one only a name that is a party's by its form."""
    found = [m for m in _PARTY_SIDE_LINE.finditer(block)
             if m.group("party") not in _NOT_A_SIDE_NAME and not m.group("party").isdigit()]
    for m in found:
        if len(found) < 2 and not looks_like_party(m.group("party")):
            continue
        side = outcome.parties_for if m.group("side").lower().startswith("v") else outcome.parties_against
        if m.group("party") not in side:
            side.append(m.group("party"))


_PARAGRAPH_ITEM = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)*[ \t]*(?P<item>[^\n]{1,40}?)[ \t]*(?=\n|$)")
# a party's brand: a capital or digit inside the word ("GroenLinks", "PvdA", "Leefbaar3B"), or capitals
# ("BVNL")
_BRANDED = re.compile(r"[A-Z][\w'!-]*[A-Z0-9!][\w'!-]*|[A-Z0-9]{2,6}")


def _items_after(block: str, position: int) -> list[str]:
    """The parties listed one a paragraph after a side's list: paragraphs that name a party by its form."""
    items = []
    while (m := _PARAGRAPH_ITEM.match(block, position)) and looks_like_party(item := m.group("item")):
        items.append(item)
        position = m.end()
    return items


def looks_like_party(name: str) -> bool:
    """Whether a short line names a party by its form alone: a party's name or a brand ("PvdA", "BVNL")."""
    return _named_party(name) or _BRANDED.fullmatch(name) is not None


def _named_party(name: str) -> bool:
    """Whether a name is a party's by its form: a national party, or a local one by its head words."""
    return is_party(name) or LOCAL_PARTY_NAME.fullmatch(name) is not None


def _party(raw: str) -> str:
    return _NOT_A_PARTY.sub("", raw.strip(" .\t")).strip()


__all__ = ["UNANIMOUS", "has_vote", "looks_like_party", "read_counts", "read_parties"]
