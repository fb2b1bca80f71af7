"""The outcome of a motion or amendment, and the vote, where the document states them.

Read from the text in any layout: a result field (``Uitslag`` with ``Verworpen`` on the next
line, ``Deze motie is aangenomen op 30-09-2019``), or a sentence that names a motion or amendment
and what happened to it (``werd die motie verworpen``, ``is 8 november unaniem aangenomen``,
``heeft geen meerderheid gekregen``, ``een - later weer ingetrokken - motie``, ``nam de
gemeenteraad een motie ... aan``). The first statement counts: a news item is about the motion it
opens with. Nothing is inferred: a text that does not say what happened has no outcome.

A motion's or amendment's own line that opens with the result (``Aangenomen met 28 stemmen voor
en 9 tegen.``) states it too.

The vote (``votes.py``) is read from the sentence that states the outcome, the sentence after it,
or the result block the field or line opens (``Uitslag: verworpen`` over ``Voor: SP, PvdA``).
"""

from __future__ import annotations

import re

from ..facts import DocumentKind, Outcome, SourceText, Span
from . import cues, prefilter
from .decisionvotes import decision_vote
from .matching import lowered_for_search
from .votes import has_vote, looks_like_party, read_counts, read_parties, vote_without_outcome

OUTCOMES = ("aangenomen", "verworpen", "ingetrokken", "aangehouden")
#: Kinds of document whose text may report an outcome (a proposal or regulation that mentions an
#: old motion does not get that motion's outcome).
REPORTING_KINDS: frozenset[str] = frozenset({"motie", "amendement", "nieuwsbericht", "document"})

_RESULT_FIELD = re.compile(
    r"(?im)^[ \t]*(?:(?:uitslag|resultaat)(?:\s+(?:van\s+de\s+)?stemming)?|stem(?:mings)?uitslag"
    # (whose decision: "Besluit raad: aangenomen", "Besluit van de gemeenteraad: verworpen")
    r"|besluit(?:vorming)?(?:\s+(?:van\s+de\s+)?(?:gemeente)?raad)?|stemming"
    r"|status|afhandeling|afgehandeld|uitkomst)[ \t]*:?[ \t]*(?:\n[ \t]*){0,2}"
    # (the score before the word: "Stemuitslag: 20 - 5 aangenomen")
    r"(?:\d{1,3}[ \t]*[-\u2013][ \t]*\d{1,3}[ \t]+)?"
    r"(?:(?:motie|amendement)\s+is\s+)?(?:unaniem\s+)?"
    r"(?P<word>aangenomen|verworpen|ingetrokken|aangehouden)\b"
    # a flattened PDF has the field mid-line, with its colon: "... P. Smit Stemuitslag: aangenomen"
    r"|(?i:\b(?:uitslag|stem(?:mings)?uitslag|uitslag stemming|besluitvorming))[ \t]*:[ \t]*"
    r"(?:(?:motie|amendement)\s+is\s+)?(?P<inline>aangenomen|verworpen|ingetrokken|aangehouden)\b"
)
#: A motion's or amendment's own result line: "Aangenomen met 28 stemmen voor en 9 tegen."
_RESULT_LINE = re.compile(
    r"(?im)^[ \t]*(?P<word>aangenomen|verworpen|ingetrokken|aangehouden)\b(?![ \t]+(?:motie|amendement))"
    # the kind word over its result on a line of its own: "Motie aangenomen", "Amendement verworpen:"
    r"|^[ \t]*(?:motie|amendement)[ \t]+(?:is[ \t]+)?(?:unaniem[ \t]+)?"
    r"(?P<kind_word>aangenomen|verworpen|ingetrokken|aangehouden)[ \t]*[.:]?[ \t]*$"
)
_WORD = re.compile(
    r"(?i)\b(?P<word>(?<!nog )niet\s+(?:aangenomen|aanvaard)|aangenomen|verworpen|ingetrokken|aangehouden"
    r"|geen\s+meerderheid|verwierp(?:en)?|aannam(?:en)?|haalden?\s+het\s+(?:(?:dus|ook|echter|toch)\s+){0,2}niet"
    r"|het\s+niet\s+gehaald|sneuvelden?|weggestemd"
    # a subordinate clause's order ("zodat die het niet haalde"), a synonym ("werd aanvaard"), and the whole
    # council's support ("raadsbreed gesteund", "een raadsbreed gesteunde motie")
    r"|het\s+niet\s+haalden?|aanvaard"
    # a majority in a subordinate clause's order: "waardoor het een meerderheid kreeg"
    r"|(?<!geen\s)(?<!niet\s)een\s+(?:ruime\s+|brede\s+|grote\s+|krappe\s+|nipte\s+)?meerderheid\s+"
    r"(?:kreeg|kregen|haalde|haalden|vond|vonden)"
    r"|(?<!niet )(?:raadsbreed|unaniem)\s+(?:gesteund|ondersteund|gesteunde|ondersteunde)"
    # a separable verb joined at the end of a subordinate clause: "waarna de indieners haar introkken"
    r"|introk(?:ken)?|aanhield(?:en)?|wegstemden?"
    # the adoption as the subject of what it means: "Het aannemen van deze motie is een belangrijk signaal"
    r"|(?<=het\s)aannemen\s+van\s+(?:de|deze|die|onze|het|dit)\s+(?:motie|amendement)\s+(?=(?:is|was|betekent|betekende|geeft|gaf)\b)"
    # "kreeg een ruime meerderheid", "kon rekenen op een meerderheid"; "kreeg onvoldoende steun"
    r"|(?:kreeg|kregen|haalde|haalden|vond|vonden|rekenen\s+op)\s+(?:(?!geen\b|niet\b|onvoldoende\b)\w+\s+){0,2}?"
    r"(?:een\s+)?(?:ruime\s+|brede\s+|grote\s+"
    r"|krappe\s+|nipte\s+)?meerderheid|(?:kreeg|kregen)\s+(?:\w+\s+)?(?:onvoldoende|te\s+weinig"
    r"|niet\s+(?:voldoende|genoeg))\s+steun)\b"
)
#: Support received from the whole council or a majority: "kreeg de steun van alle partijen", "kon rekenen op
#: de steun van een ruime meerderheid" (looked for only in a text that says "steun van" or "instemming van").
_RECEIVED = re.compile(
    r"(?i)\b(?P<word>(?:(?:kreeg|kregen|krijgt|(?:kon|kan)\s+rekenen\s+op)\s+"
    r"(?:(?!niet\b|geen\b|onvoldoende\b)\w+\s+){0,2}?(?:de\s+)?(?:steun|instemming)\s+van"
    # (in the perfect: "heeft steun gekregen van alle raadsfracties")
    r"|(?:heeft|hebben)\s+(?:(?!niet\b|geen\b|onvoldoende\b)\w+\s+){0,2}?(?:de\s+)?(?:steun|instemming)\s+"
    r"(?:gekregen|ontvangen)\s+van)"
    r"\s+(?:alle\s+(?:raads)?(?:partijen|fracties|raadsleden)|de\s+(?:hele|voltallige|gehele)\s+(?:gemeente)?raad"
    r"|een\s+(?:ruime\s+|brede\s+|grote\s+|krappe\s+|nipte\s+)?meerderheid))"
)
_RECEIVED_WORDS = ("steun van", "instemming van", "gekregen van", "ontvangen van")
_TOOK = re.compile(r"(?i)\bnam(?:en)?\b[^.;\n]{0,160}?\b(?:motie|amendement)\b[^.;]{0,200}?\baan\b")
#: The other separable verbs of an outcome: "trok de VVD haar motie in", "hield de SP de motie aan",
#: "stemde de coalitie de motie weg".
_SEPARATED = re.compile(
    r"(?i)\b(?:(?P<in>trok(?:ken)?)|(?P<aan>hield(?:en)?)|(?P<weg>stemde(?:n)?))\b[^.;\n]{0,100}?"
    r"\b(?:motie|amendement)\b[^.;]{0,100}?\b(?(in)in|(?(aan)aan|weg))\b"
)
_SUBJECT = re.compile(
    r"(?i)\b(?:motie|moties|amendement|amendementen|raadsmotie|motievoorstel|amendementsvoorstel)\b")
_PARLIAMENT = re.compile(r"\b(?:Tweede|Eerste)\s+Kamer\b|\bKamermotie\b|\bStaten-Generaal\b")
_PRONOUN = re.compile(r"\s*(?:Die|Deze|Ze|Zij|Het voorstel)\b")
# (also after a quote's end: '"Er is geen motie voor nodig." Het voorstel kreeg steun van alle partijen')
_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019']?(?=\s)|\n[ \t]*\n")
_RECALLS = re.compile(r"(?i)\b(?:constaterende|overwegende|van mening|gelet op|verwijzend naar|eerder)\b")
#: Support for a motion or amendment that adopts it: "Alle partijen steunden het amendement", "De hele
#: raad stemde voor de motie" (unanimous), "Een ruime meerderheid steunde de motie".
_EARLIER = re.compile(r"(?i)\beerder\s+$")
_SUPPORTED = re.compile(
    r"(?i)\b(?:alle\s+(?:partijen|fracties)|de\s+(?:hele|voltallige|gehele)\s+(?:gemeente)?raad"
    r"|een\s+(?:ruime\s+|grote\s+)?meerderheid)\b[^.;!?]{0,60}?\b(?:steunden|steunde|stemden\s+voor"
    r"|stemde\s+voor|stemden\s+in\s+met|stemde\s+in\s+met)\b[^.;!?]{0,60}?\b(?:motie|amendement)"
    # in the perfect: "Een ruime meerderheid (alle fracties behalve het CDA) hebben de motie gesteund"
    r"|\b(?:alle\s+(?:partijen|fracties)|de\s+(?:hele|voltallige|gehele)\s+(?:gemeente)?raad"
    r"|een\s+(?:ruime\s+|grote\s+)?meerderheid)\b[^.;!?]{0,60}?\b(?:heeft|hebben)\s+(?:de|het|deze|dit)\s+"
    r"(?:motie|amendement)\s+(?:(?!niet\b|geen\b)\w+\s+)?(?:gesteund|ondersteund)\b"
    # the same in the passive: "de motie werd door de hele raad ondersteund", "gesteund door alle fracties"
    r"|\b(?:motie|amendement)\b[^.;!?]{0,60}?\b(?:door\s+(?P<by>alle\s+(?:partijen|fracties)"
    r"|de\s+(?:hele|voltallige|gehele)\s+(?:gemeente)?raad|een\s+(?:ruime\s+|grote\s+)?meerderheid)\b"
    r"\s+(?:(?!niet\b|geen\b)\w+\s+){0,3}(?:gesteund|ondersteund)|(?:gesteund|ondersteund)\s+door\s+(?P<by2>alle\s+(?:partijen"
    r"|fracties)|de\s+(?:hele|voltallige|gehele)\s+(?:gemeente)?raad|een\s+(?:ruime\s+|grote\s+)?meerderheid))\b"
)
#: A majority voting against a motion rejects it: "Een meerderheid van de raad stemde tegen de motie".
_OPPOSED = re.compile(
    r"(?i)\b(?:een\s+(?:ruime\s+|grote\s+|krappe\s+|nipte\s+)?meerderheid|alle\s+(?:andere\s+)?(?:partijen|fracties)"
    r"|de\s+(?:hele|voltallige|gehele)\s+(?:gemeente)?raad)\b[^.;!?]{0,60}?\bstemden?\s+tegen\s+(?:de|het|deze|dit)"
    r"\s+(?:motie|amendement)\b"
)
#: The council consenting to a motion or to the proposal of parties (not the college's proposal): "De raad
#: van X heeft unaniem met het voorstel van CDA en SP ingestemd", "De Staten stemden in met de motie".
_CONSENTED = re.compile(
    r"(?i)\b(?:ingestemd|stemden?\s+(?:\w+\s+){0,4}in\s+met|ging(?:en)?\s+(?:\w+\s+){0,4}akkoord|akkoord\s+gegaan)\b"
)
_COUNCIL = re.compile(r"(?i)\b(?:gemeente)?raad\b|\bstaten\b")
_CONSENTED_TO = re.compile(
    r"(?i)\b(?:de|het|een)\s+(?:motie|amendement)\b"
    r"|\b(?:het|een)\s+voorstel\s+van\s+(?:de\s+fracties?\s+van\s+)?(?!het\b|de\b|burgemeester\b|b\s*&\s*w\b)[A-Z]"
)
#: A decision taken with the amendment in it: "De begroting is goedgekeurd met als aanpassing het
#: amendement ...", "De nota werd vastgesteld inclusief ons amendement".
_ADOPTED_WITH = re.compile(
    r"(?i)\b(?:is|werd|zijn|werden)\s+(?:\w+\s+){0,3}(?:vastgesteld|goedgekeurd|aangenomen)\s+(?:met|inclusief)"
    r"\s+(?:als\s+aanpassing\s+|daarin\s+)?(?:het|de|een|ons|onze)\s+(?:\w+\s+)?amendement(?:en)?\b"
)
#: The college given a task by a motion, which only an adopted motion gives: "Deze opdracht kreeg het college
#: dinsdag mee bij een motie van CDA", "Het college krijgt via een motie de opdracht mee".
_COLLEGE_GETS = (r"(?:(?:het\s+college|de\s+wethouder|b\s*(?:&|en)\s*w)\s+(?:\w+\s+){0,2}?(?:kreeg|krijgt)"
                 r"|(?:kreeg|krijgt)\s+(?:\w+\s+)?(?:het\s+college|de\s+wethouder))\b")
_TASK_GIVEN = re.compile(
    rf"(?i){_COLLEGE_GETS}(?:[^.;!?\n]{{0,80}}?\bmee\b[^.;!?\n]{{0,30}}?\b(?:motie|amendement)\b"
    r"|[^.;!?\n]{0,40}?\b(?:motie|amendement)\b[^.;!?\n]{0,40}?\bopdracht\b[^.;!?\n]{0,20}?\bmee\b)"
    # in the perfect: "Die opdracht heeft het college maandag via een motie meegekregen van de raad"
    r"|\b(?:heeft|had)\s+(?:het\s+college|de\s+wethouder|b\s*(?:&|en)\s*w)\b[^.;!?\n]{0,80}?"
    r"\b(?:motie|amendement)\b[^.;!?\n]{0,20}?\bmeegekregen\b"
)
#: A side's line in a result block: "Voor: SP, PvdA", or the label alone over its list ("Voor" / "SP, PvdA").
_SIDE_LINE = re.compile(
    r"(?i)\s*(?:(?:voor|tegen)(?:\s+(?:gestemd|stemden))?[ \t]*(?::|(?P<alone>\n))"
    # a party's own line: "VVD: voor", "GroenLinks<TAB>tegen"
    r"|[A-Z0-9][^\n:\t]{0,40}(?::|\t)[ \t]*(?:v[o\u00f3]{2}r|tegen)[ \t]*(?:\n|$)"
    # a side's count on a line of its own: "20 voor", "Tegen 5", "5 stemmen tegen"
    r"|(?:\d{1,3}[ \t]+(?:stemmen[ \t]+)?(?:voor|tegen)|(?:voor|tegen)[ \t]+\d{1,3})[ \t]*(?:\n|$))"
)
#: A paragraph of one party's name under a side's label, in a result block flattened one item a paragraph
#: ("Voor" over "VVD" over "CDA"): a short name without a sentence's punctuation.
_LISTED_ITEM = re.compile(r"[ \t]*[A-Z0-9][^\s.:;!?][^\n.:;!?]{0,38}[ \t]*(?=\n|$)")
_NOT = re.compile(r"(?i)\b(?:niet|geen)\b")
#: A motion's heading that carries its result: "MOTIE Raden in verzet (unaniem)", "Motie X (aangenomen)".
_HEADING_RESULT = re.compile(
    r"(?im)^[ \t]*(?:motie|amendement)\b[^\n]{0,160}\((?P<word>unaniem(?:\s+aangenomen)?|aangenomen|verworpen"
    r"|ingetrokken|aangehouden)\)[ \t]*$"
)
# a text without one of these words states no outcome (looking for words is faster than the search)
_OUTCOME_WORDS = ("aangenomen", "amendement", "weggestemd", "verworpen", "ingetrokken", "aangehouden",
                  "meerderheid", "verwierp", "ingestemd", " in met ", "akkoord", "aannam", " nam ", " namen ",
                  "unaniem", "steunde", "stemde", "het niet", "sneuvelde", "gestemd", "trok", "hield",
                  "haalde", "gehaald", " mee", "steun", "introk", "aanhield", "wegstemde", "instemming",
                  "aannemen van", "aanvaard", "raadsbreed", "afgewezen")
_NORMALISE = {"verwierp": "verworpen", "verwierpen": "verworpen", "aannam": "aangenomen",
              "aannamen": "aangenomen", "geen meerderheid": "verworpen", "haalde het niet": "verworpen",
              "haalden het niet": "verworpen", "sneuvelde": "verworpen", "weggestemd": "verworpen",
              "sneuvelden": "verworpen", "het niet gehaald": "verworpen",
              "aan genomen": "aangenomen", "niet aangenomen": "verworpen", "introk": "ingetrokken",
              "introkken": "ingetrokken", "aanhield": "aangehouden", "aanhielden": "aangehouden",
              "wegstemde": "verworpen", "wegstemden": "verworpen", "aanvaard": "aangenomen",
              "niet aanvaard": "verworpen",
              "het niet haalde": "verworpen", "het niet haalden": "verworpen"}
_ADOPTION = re.compile(r"aannemen\s+van\b")
#: A motion or amendment as the subject of its rejection: "De motie van de SP werd afgewezen" (not "het
#: verzoek werd afgewezen", which a motion may recall).
_TURNED_DOWN = re.compile(
    # ("Die motie werd afgewezen" may look back at an earlier one)
    r"(?i)\b(?:de|het|deze|dit|onze|een)\s+(?:motie|amendement)\b[^.;!?\n]{0,80}?"
    r"\b(?:werd|wordt|is|werden|zijn)\s+(?:(?!niet\b)\w+\s+){0,4}?afgewezen\b"
)


def _sentence(text: str, position: int) -> tuple[int, int]:
    begin = 0
    for m in _SENTENCE_END.finditer(text, 0, position):
        begin = m.end()
    end = _SENTENCE_END.search(text, position)
    return begin, (end.start() + 1 if end else len(text))


def _word(raw: str) -> str:
    key = " ".join(raw.lower().split())
    if key.startswith("haald") and key.endswith("niet"):  # "haalde het dus ook niet"
        return "verworpen"
    if "meerderheid" in key and not key.startswith("geen"):
        return "aangenomen"
    if _ADOPTION.match(key):
        return "aangenomen"
    if key.endswith("steun"):
        return "verworpen"
    if " van " in key or key.startswith(("raadsbreed", "unaniem")):  # support from all parties or the council
        return "aangenomen"
    return _NORMALISE.get(key, key)


def _in_parliament(text: str, begin: int, end: int) -> bool:
    """Whether the motion of a sentence is one of parliament's: the sentence names the Kamer, or opens
    with "Die motie" after a sentence that does."""
    if _PARLIAMENT.search(text, begin, end):
        return True
    if begin < 2 or not _PRONOUN.match(text, begin):
        return False
    previous_begin, _ = _sentence(text, begin - 2)
    return bool(_PARLIAMENT.search(text, previous_begin, begin))


def _refers_back(text: str, begin: int) -> bool:
    """Whether a sentence opens with a pronoun for the motion the sentence before it names ("De coalitie
    was tegen de motie. Die haalde het niet.")."""
    if not _PRONOUN.match(text, begin) or begin < 2:
        return False
    previous_begin, _ = _sentence(text, begin - 2)
    # (a motion denied is none to refer to: '"Er is geen motie voor nodig." Het voorstel kreeg steun')
    return any(not _NO_MOTION.search(text, max(previous_begin, m.start() - 6), m.start())
               for m in _SUBJECT.finditer(text, previous_begin, begin))


_NO_MOTION = re.compile(r"(?i)\bgeen\s+$")


def find_outcome(source: SourceText, kind: DocumentKind) -> Outcome | None:
    """The outcome the text states for its motion or amendment, with the vote when stated."""
    if kind not in REPORTING_KINDS:
        return _vote_field(source.text) or decision_vote(source.text, kind)
    text = source.text
    lowered = lowered_for_search(text)
    if lowered is not None and not cues.any_in(lowered, _OUTCOME_WORDS):
        return decision_vote(text, kind)
    candidates: list[tuple[int, str, int, int, bool]] = []  # (where, value, begin, end, opens a block)
    if kind in {"motie", "amendement"} and (own := _RESULT_LINE.search(text)):
        line_end = text.find("\n", own.end())
        group = "word" if own.group("word") else "kind_word"
        candidates.append((own.start(group), _word(own.group(group)), own.start(),
                           len(text) if line_end < 0 else line_end, True))
    field = prefilter.search(_RESULT_FIELD, text, lowered)
    if field:
        group = "word" if field.group("word") else "inline"
        line_end = text.find("\n", field.end())
        candidates.append((field.start(group), _word(field.group(group)), field.start(),
                           len(text) if line_end < 0 else line_end, True))
    words = list(prefilter.finditer(_WORD, text, lowered))
    if lowered is None or any(w in lowered for w in _RECEIVED_WORDS):
        words = sorted(words + list(_RECEIVED.finditer(text)), key=lambda m: m.start())
    for m in words:
        begin, end = _sentence(text, m.start())
        # a motion's considerations may recall another motion ("constaterende dat de motie X in 2019
        # is aangenomen"): that is not this motion's outcome
        if kind in {"motie", "amendement"} and _RECALLS.search(text, max(0, begin - 200), end):
            continue
        if _EARLIER.search(text, max(begin, m.start() - 30), m.start()):
            continue  # "hun eerder aangenomen motie": an earlier motion, not the one the text is about
        if _SUBJECT.search(text, begin, end) or _refers_back(text, begin):
            if _in_parliament(text, begin, end):
                continue  # a motion of the Tweede Kamer, not the council's
            candidates.append((m.start(), _word(m.group("word")), begin, end, False))
            break
    if kind in {"motie", "amendement"} and (heading := _HEADING_RESULT.search(text)):
        word = heading.group("word").lower()
        candidates.append((heading.start("word"), "aangenomen" if word.startswith("unaniem") else _word(word),
                           heading.start(), heading.end(), False))
    opposed = _OPPOSED.search(text) if lowered is None or "tegen" in lowered else None
    if opposed:
        begin, end = _sentence(text, opposed.start())
        candidates.append((opposed.start(), "verworpen", begin, end, False))
    for supported in prefilter.finditer(_SUPPORTED, text, lowered):
        begin, end = _sentence(text, supported.start())
        if not _NOT.search(text, supported.end(), end):  # "steunde de motie niet"
            candidates.append((supported.start(), "aangenomen", begin, end, False))
            break
    if lowered is None or "ingestemd" in lowered or " in met " in lowered or "akkoord" in lowered:
        for consented in _CONSENTED.finditer(text):
            begin, end = _sentence(text, consented.start())
            if (_COUNCIL.search(text, begin, end) and _CONSENTED_TO.search(text, begin, end)
                    and not _NOT.search(text, begin, end)):
                candidates.append((consented.start(), "aangenomen", begin, end, False))
                break
    if "amendement" in (lowered or text.lower()) and (adopted := _ADOPTED_WITH.search(text)):
        begin, end = _sentence(text, adopted.start())
        candidates.append((adopted.start(), "aangenomen", begin, end, False))
    separated = _SEPARATED.search(text) if lowered is None or any(
        w in lowered for w in ("trok", "hield", "stemde")) else None
    if separated:
        begin, end = _sentence(text, separated.start())
        value = ("ingetrokken" if separated.group("in") else "aangehouden" if separated.group("aan")
                 else "verworpen")
        candidates.append((separated.start(), value, begin, end, False))
    task = prefilter.search(_TASK_GIVEN, text, lowered) if lowered is None or " mee" in lowered else None
    if task:
        begin, end = _sentence(text, task.start())
        candidates.append((task.start(), "aangenomen", begin, end, False))
    if "afgewezen" in (lowered or text.lower()) and (turned_down := _TURNED_DOWN.search(text)):
        begin, end = _sentence(text, turned_down.start())
        candidates.append((turned_down.start(), "verworpen", begin, end, False))
    took = _TOOK.search(text) if lowered is None or " nam " in lowered or " namen " in lowered else None
    if took:
        begin, end = _sentence(text, took.start())
        candidates.append((took.start(), "aangenomen", begin, end, False))
    if not candidates:  # how the parties voted, where the text does not say what came of it
        return vote_without_outcome(text) or decision_vote(text, kind)
    _, value, begin, end, opens_block = min(candidates)
    outcome = Outcome(value=value, span=Span.trimmed_of(text, begin, end))
    # a result field or line opens a block that may hold the counts and the parties' lists
    block = text[begin:_block_end(text, end)] if opens_block else None
    read_counts(outcome, block if block is not None else outcome.span.text)
    paragraph = text.rfind("\n\n", 0, begin) if block is not None else -1
    if block is not None and 0 <= paragraph < begin - 2 and begin - paragraph < 400:
        # a result block's counts may stand on its line above the outcome ("Stemming: 25 voor - 8 tegen"), and
        # its lists of the parties ("Voor: VVD, CDA" over "Tegen: SP" over "Aangenomen")
        if not has_vote(outcome):
            read_counts(outcome, text[paragraph:begin])
        block = text[paragraph:begin] + block
    if not has_vote(outcome) and block is None and end < len(text):
        # or in the sentence after it, unless that one is about another motion ("Voor: 20, tegen: 5.")
        next_begin, next_end = _sentence(text, end + 1)
        if not _another_motion(text, next_begin, next_end):
            read_counts(outcome, text[next_begin:next_end])
    if not has_vote(outcome):
        # the vote may stand in a later sentence that reports the same outcome of a motion
        # ("de aangenomen motie ..." first, "De motie ... is 8 november unaniem aangenomen" later)
        for m in _WORD.finditer(text, end):
            other_begin, other_end = _sentence(text, m.start())
            if _word(m.group("word")) == value and _same_motion(text, other_begin, other_end):
                read_counts(outcome, text[other_begin:other_end])
                if has_vote(outcome):
                    break
    if value in {"ingetrokken", "aangehouden"}:
        return outcome  # a motion withdrawn or held was not voted on: the parties that backed it signed it
    # the parties' votes stand in the sentence of the outcome or in the one after it
    following = _sentence(text, end + 1)[1] if end < len(text) else end
    if following > end and _another_motion(text, end + 1, following):
        following = end  # (not one about another motion: "Een andere motie kreeg steun van SP en CDA")
    read_parties(outcome, text, text[begin:following], block)
    # or in a later sentence that reports the same outcome (a headline first, the report after it)
    for m in _WORD.finditer(text, end):
        if outcome.parties_for or outcome.parties_against:
            break
        other_begin, other_end = _sentence(text, m.start())
        if _word(m.group("word")) == value and _same_motion(text, other_begin, other_end):
            after = _sentence(text, other_end + 1)[1] if other_end < len(text) else other_end
            read_parties(outcome, "", text[other_begin:after], None)
    if not outcome.parties_for and not outcome.parties_against:
        _nearby_parties(outcome, text, begin, end)
    return outcome


_NEARBY = 6  # sentences after the outcome's where a report may tell how the parties voted on the same motion
#: The motion named as the one the text is about: "deze motie", "de motie", "het amendement".
_THIS_MOTION = re.compile(r"(?i)\b(?:de|deze|die|het|dit|onze)\s+(?:[\w-]+\s+)?(?:motie|amendement)\b")


def _nearby_parties(outcome: Outcome, text: str, begin: int, end: int) -> None:
    """The parties' votes in the sentence before the outcome's or a later one about the same motion ("Naast de
    indieners steunde GroenLinks deze motie. Alle andere partijen stemden tegen, waardoor de motie is
    verworpen."; "De motie haalde het niet. ... Deze motie kreeg steun van SP en Lokaal Brabant.")."""
    nearby = []
    if begin > 2:
        nearby.append(_sentence(text, begin - 2))
    position = end
    for _ in range(_NEARBY):
        if position >= len(text) - 1:
            break
        nearby.append(following := _sentence(text, position + 1))
        position = following[1]
    for other_begin, other_end in nearby:
        named = _THIS_MOTION.search(text, other_begin, other_end)
        if named and not _another_motion(text, other_begin, other_end):
            read_parties(outcome, "", text[other_begin:other_end], None)
            if outcome.parties_for or outcome.parties_against:
                return


#: A meeting page's vote field on a line of its own, over the shares and the groups of each side
#: ("Stemuitslag" over "voor 100%" over "voor" over "Raadsleden CDA (7), Raadsleden VVD (6)").
_VOTE_FIELD = re.compile(r"(?im)^[ \t]*stem(?:mings)?uitslag[ \t]*:?[ \t]*\n")


def _vote_field(text: str) -> Outcome | None:
    """The vote a meeting page, proposal or decision states in its vote field (of what it decides: no motion's
    outcome)."""
    field = _VOTE_FIELD.search(text) if "uitslag" in text else None
    if field is None:
        return None
    start = field.end()
    while start < len(text) and text[start] in " \t\n":
        start += 1
    end = text.find("\n\n", start)
    end = len(text) if end < 0 else end
    outcome = Outcome(value=None, span=Span.trimmed_of(text, field.start(), end))
    block = text[field.start():end]
    read_counts(outcome, block)
    read_parties(outcome, "", "", block)
    return outcome if has_vote(outcome) or outcome.parties_for or outcome.parties_against else None


#: A motion introduced as another one: "een soortgelijke motie", "twee moties", "nog een amendement".
_ANOTHER = re.compile(r"(?i)\b(?:een|twee|drie|vier|vijf|andere|nog\s+een)\s+(?:[a-z\u00e0-\u00ff-]+e\s+)?$")


def _another_motion(text: str, begin: int, end: int) -> bool:
    """Whether a sentence introduces a motion or amendment other than the one before it."""
    return any(_ANOTHER.search(text, max(begin, m.start() - 40), m.start())
               for m in _SUBJECT.finditer(text, begin, end))


def _same_motion(text: str, begin: int, end: int) -> bool:
    """Whether a later sentence speaks of a motion or amendment as the one already named ("de motie", "het
    amendement"), not as another one ("In X werd een soortgelijke motie aangenomen")."""
    subject = _SUBJECT.search(text, begin, end)
    if subject is None:
        return False
    return not _ANOTHER.search(text, max(begin, subject.start() - 40), subject.start())


def _block_end(text: str, end: int) -> int:
    """Where a result block ends: at a blank line, unless the next paragraph lists a side's votes
    ("Voor: SP, PvdA (9)")."""
    listing = False  # inside a side's list of one party a paragraph
    while (block_end := text.find("\n\n", end)) >= 0:
        if side := _SIDE_LINE.match(text, block_end):
            end, listing = side.end(), bool(side.group("alone"))
        elif (listing and (item := _LISTED_ITEM.match(text, block_end + 2))
              and looks_like_party(item.group(0).strip())):
            end = item.end()
            continue
        else:
            return block_end
        if side.group("alone"):  # the label on a line of its own: its list is the next paragraph
            while end < len(text) and text[end] in " \t\n":
                end += 1
    return len(text)


__all__ = ["OUTCOMES", "REPORTING_KINDS", "find_outcome"]
