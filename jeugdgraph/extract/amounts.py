"""Money amounts and percentages as Dutch council documents write them, and what they are for.

``€ 400.000`` -> 400000, ``€ 19.000,=`` -> 19000, ``€13.500`` -> 13500, ``€ 3.250,50`` ->
3250.50, ``€ 1,5 miljoen`` -> 1500000, ``€ 2 mln`` -> 2000000, ``€ 1,2 mld`` -> 1200000000,
``EUR 250.000`` and ``250.000 euro`` -> 250000, ``€ 40 000`` (thousands grouped by a space) -> 40000;
``10%``, ``12 %`` and ``10 procent`` are percentages. As people write them, too: a number with
``miljoen``/``miljard``/``ton`` needs no ``euro`` (``een tekort van 2,7 miljoen``; not ``1,2 miljoen
inwoners``), Dutch number words are read with ``text2num`` (``drie ton`` -> 300000, ``twintig
miljoen``, ``een half miljoen``), and
``van 34.000 naar 61.000 euro`` is two amounts. A qualifier before the amount (``ruim``,
``bijna``, ``circa``/``ca.``/``rond``, ``ongeveer``/``zo'n``, ``maximaal``, ``minimaal``) is
recorded (``jg:kwalificatie``); the passage stays the amount itself.

Dutch writes a dot between thousands and a comma before decimals. A number that does not read
unambiguously that way gets no value, with a ``note`` saying why, instead of a guess: the
Alblasserdam seed's ``circa € 5,000,000,000,=`` uses commas as thousands separators (English
style) next to the Dutch ``,=``, and in a municipality's youth-care budget it can hardly mean
five billion; ``€ 1,500`` may mean 1.5 or 1500. Such an amount is still reported (the text
states an amount there), but with ``value`` None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, localcontext
from functools import lru_cache

from text_to_num import text2num

from ..facts import Span
from . import prefilter
from .matching import lowered_for_search, matches_from, occurrences


@dataclass(frozen=True)
class AmountMatch:
    """A money amount (``unit`` "EUR", ``value`` in euros) or a percentage (``unit`` "%")."""

    span: Span
    value: Decimal | None
    percentage: Decimal | None
    unit: str
    note: str | None = None  # why an amount the text states has no value
    qualifier: str | None = None  # ruim, bijna, circa, ongeveer, maximaal, minimaal


MULTIPLIERS: dict[str, int] = {
    "miljard": 10**9, "mld": 10**9, "mrd": 10**9, "ton": 10**5,
    "miljoen": 10**6, "mln": 10**6, "mio": 10**6,
    "duizend": 10**3, "dzd": 10**3,
}


def multiplier_of(word: str) -> int:
    """The factor of a multiplier word as the case-insensitive patterns matched it; 1 for none.

    ``str.lower`` is not the regex engine's case folding: "mİljoen" matches ``(?i)miljoen`` but lowers
    to "mi̇ljoen" (an i and a combining dot), so the lowered word is no key."""
    factor = MULTIPLIERS.get(word.lower())
    if factor is None and word:
        factor = next((f for key, f in MULTIPLIERS.items() if re.fullmatch(key, word, re.IGNORECASE)), None)
    return factor or 1
_NUMBER = r"\d+(?:[.,]\d+)*"
_MULTIPLIER = r"(?P<mult>miljard|miljoen|duizend|mld|mrd|mln|mio|dzd)(?![^\W_])"
_WHOLE_EUROS = r"(?P<tail>,[-=]{1,2}|\.-)"  # "€ 19.000,=" and "€ 19.000,-": whole euros
_MONEY_BEFORE = re.compile(
    rf"(?<![^\W_])(?:€|EUR(?![^\W_]))[ \t]?(?P<num>{_NUMBER})(?:{_WHOLE_EUROS}|(?P<k>[kK])(?![^\W_]))?"
    # a flattened PDF wraps the line between the number and its multiplier ("€ 14,5\nmiljoen")
    rf"(?:(?:[ \t]?|[ \t]*\n[ \t]*){_MULTIPLIER})?(?:[ \t]+(?:euro|EUR)(?![^\W_']))?",
    re.IGNORECASE,
)
# thousands grouped by a space, as a flattened PDF writes them: "€ 40 000", "€ 1 250 000"
_MONEY_SPACED = re.compile(r"€[ \t]?(?P<num>\d{1,3}(?:[ \u00a0\u202f]\d{3})+)(?![\d.,]|[ \u00a0\u202f]\d)")
_MONEY_AFTER = re.compile(
    rf"(?<![\w.,€])(?P<num>{_NUMBER})(?:[ \t]?{_MULTIPLIER})?[ \t]+(?:euro|EUR)(?![^\W_'])",
    re.IGNORECASE,
)
# a number with a multiplier needs no "euro" (in council documents it is money), unless a noun
# says what is counted
_NOT_MONEY = (
    r"inwoners|mensen|kinderen|jongeren|jeugdigen|gezinnen|huishoudens|nederlanders|keer|uur|uren"
    r"|kilometer|km|liter|bezoekers|pati[eë]nten|cli[eë]nten|leerlingen|woningen|banen|stemmen|jaar"
    r"|jaren|dagen"
)
_MONEY_MULTIPLIED = re.compile(
    rf"(?<![\w.,€])(?P<num>{_NUMBER})[ \t]?(?P<mult>miljard|miljoen|mld|mrd|mln|ton)(?![^\W_])"
    rf"(?![ \t]+(?:{_NOT_MONEY})(?![^\W_]))",
    re.IGNORECASE,
)
_NUMBER_WORD = r"(?:een\s+half|een\s+kwart|een\s+driekwart|anderhalf|half|één|een|[a-zë]{3,30})"
_MONEY_IN_WORDS = re.compile(
    rf"(?<![\w-])(?P<words>{_NUMBER_WORD})[ \t]+(?P<mult>miljard|miljoen|ton)(?![^\W_])"
    rf"(?:[ \t]+(?:euro|EUR)(?![^\W_']))?(?![ \t]+(?:{_NOT_MONEY})(?![^\W_]))",
    re.IGNORECASE,
)
# a number word with "euro" ("dertig euro per inwoner"), and the first of a range of them ("twintig
# tot dertig euro"): each is an amount
_WORDS_EURO = re.compile(
    rf"(?<![\w-])(?P<words>{_NUMBER_WORD})(?:[ \t]+(?:tot|a|à|of)[ \t]+(?P<upper>{_NUMBER_WORD}))?[ \t]+"
    r"(?:euro|EUR)(?![\w-])",
    re.IGNORECASE,
)
_EURO_WORD = re.compile(r"(?i)(?<![\w-])euro(?![\w-])")
_FROM_TO = re.compile(
    rf"(?i)\b(?:van|tussen(?:[ \t]+de)?|respectievelijk)[ \t]+(?:€[ \t]?)?(?P<num>{_NUMBER})"
    rf"(?=[ \t]+(?:naar|tot|en)[ \t]+(?:de[ \t]+)?(?:€[ \t]?)?{_NUMBER}"
    r"(?:[ \t]?(?P<mult>miljard|miljoen|mld|mrd|mln))?[ \t]+(?:euro|EUR)\b)"
)
# the first number of a range whose second has the multiplier: "1,7 tot wellicht 2,2 miljoen", "3 à 4 mln"
_RANGE_MULTIPLIED = re.compile(
    rf"(?i)(?P<between>\btussen[ \t]+(?:de[ \t]+)?)?"
    # with the euro sign before each number: "tussen de € 1,5 en de € 3 miljoen"
    rf"(?P<euro>€[ \t]?)?(?<![\w.,€])(?P<num>{_NUMBER})(?=[ \t]+(?P<conn>tot|à|a|[-–]|en)[ \t]+(?:de[ \t]+)?"
    r"(?:(?:wellicht|misschien|mogelijk|zelfs|maximaal|ruim|bijna)[ \t]+)?"
    rf"(?:€[ \t]?)?(?P<upper>{_NUMBER})[ \t]?(?P<mult>miljard|miljoen|mld|mrd|mln|ton)(?![^\W_])"
    rf"(?![ \t]+(?:{_NOT_MONEY})(?![^\W_])))"
)
_QUALIFIERS = {
    "ruim": "ruim", "meer dan": "ruim", "bijna": "bijna", "nagenoeg": "bijna", "circa": "circa",
    "ca.": "circa",
    "ca": "circa", "rond": "circa", "rondom": "circa", "om en nabij": "circa", "omstreeks": "circa",
    "pakweg": "circa", "grofweg": "circa", "ruwweg": "circa", "naar schatting": "circa",
    "ongeveer": "ongeveer", "zo'n": "circa",
    "zo\u2019n": "circa", "dik": "ruim", "maximaal": "maximaal", "hooguit": "maximaal",
    "ten hoogste": "maximaal",
    "minimaal": "minimaal", "minstens": "minimaal", "ten minste": "minimaal", "tenminste": "minimaal",
    # a ceiling or floor written as a noun: "tot een maximum van € 580.000", "niet meer dan"
    "een maximum van": "maximaal", "maximum van": "maximaal", "niet meer dan": "maximaal",
    "een minimum van": "minimaal", "minimum van": "minimaal", "niet minder dan": "minimaal",
    # an estimate as an adjective: "een kleine 2 miljoen", "een slordige 4 miljoen", "krap 3 ton"
    "een kleine": "bijna", "krap": "bijna", "een slordige": "circa", "een dikke": "ruim", "een goede": "ruim",
    # an estimate as a sign: "± € 400.000", "+/- 2 miljoen", "plusminus 5 miljoen"
    "±": "circa", "+/-": "circa", "plusminus": "circa",
    # the ceiling as an adjective of its noun: "tot een maximale hoogte van 1.170.000 euro"
    "maximale hoogte van": "maximaal", "maximaal bedrag van": "maximaal", "maximale bijdrage van": "maximaal",
    "minimale hoogte van": "minimaal", "minimaal bedrag van": "minimaal", "minimale bijdrage van": "minimaal",
}
_QUALIFIER_BEFORE = re.compile(
    r"(?i)(?<![^\W_])(?P<q>" + "|".join(re.escape(q) for q in sorted(_QUALIFIERS, key=len, reverse=True))
    # also "(bijna) 1 miljoen", "ongeveer om 2 miljoen"
    + r")\)?(?:[ \t]+|(?<=±))(?:(?:structureel|jaarlijks|extra|nog|zelfs|om|op|tot)[ \t]+)?$"
)
_BOUND_OPENS_CLAUSE = re.compile(
    r"(?:^|[.;:!?]\s+|\n)(?P<q>Maximaal|Minimaal|Hooguit|Minstens|Ten hoogste|Ten minste)\s+"
    r"(?:kan|kunnen|zal|zullen|is|zijn|wordt|worden|gaat|gaan|komt|komen)\b[^.;:!?\n\d€]*$"
)
_PERCENTAGE = re.compile(
    r"(?<![\w.,])(?P<num>\d+(?:,\d+)?)(?:[ \t]?%|[ \t]+procent(?![^\W_]))", re.IGNORECASE
)

_DUTCH_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_DUTCH_THOUSANDS_DECIMALS = re.compile(r"\d{1,3}(?:\.\d{3})+,\d+")
_DECIMAL_COMMA = re.compile(r"\d+,\d+")
_DECIMAL_POINT = re.compile(r"\d+\.\d+")
_PLAIN = re.compile(r"\d+")


def find_amounts(text: str) -> list[AmountMatch]:
    """Every money amount and percentage in ``text``, in text order, never overlapping."""
    found: list[AmountMatch] = []
    money_before, money_after, percentages = _matches(text)
    # a range's first number before the one that states it ("€ 1,5 en de € 3 miljoen": not € 1,50)
    for m in _multiplied(text) + money_before + money_after:
        found.append(_money(m, text))
    found.extend(_in_words(text))
    if "€" in text:
        found.extend(_spaced(m, text) for m in _MONEY_SPACED.finditer(text))
    for m in percentages:
        number, _ = _number(m.group("num"), multiplied=False)
        found.append(AmountMatch(Span.of(text, m.start(), m.end()), None, number, "%"))
    found.sort(key=lambda a: (a.span.begin, -(a.span.end - a.span.begin)))
    result: list[AmountMatch] = []
    for amount in found:
        if result and amount.span.begin < result[-1].span.end:
            continue
        result.append(amount)
    result = _without_headlines(text, result)
    return [_qualified(text, amount) if amount.unit == "EUR" else amount for amount in result]


def _without_headlines(text: str, found: list[AmountMatch]) -> list[AmountMatch]:
    """The amounts without a headline that only repeats one the text states ("31,9 miljoen euro"
    alone on a line above the sentence that says whose it is): one amount, stated once."""
    values: list[Decimal | None] = [a.value for a in found if a.unit == "EUR" and a.value is not None]
    if len(values) == len(set(values)):
        return found
    kept = []
    for amount in found:
        line_begin = text.rfind("\n", 0, amount.span.begin) + 1
        line_end = text.find("\n", amount.span.end)
        line = text[line_begin:len(text) if line_end < 0 else line_end]
        written = text[amount.span.begin:amount.span.end].strip(" \t\u20ac")
        alone = amount.unit == "EUR" and line.strip(" \t\u20ac:.") == written
        if alone and values.count(amount.value) > 1:
            continue
        kept.append(amount)
    return kept


def _multiplied(text: str) -> list[re.Match[str]]:
    """Numbers with a multiplier and no euro sign, and the first number of ``van X naar Y euro`` and
    ``respectievelijk X en Y euro``."""
    lowered = lowered_for_search(text)
    found: list[re.Match[str]] = []
    if lowered is None or any(w in lowered for w in ("milj", "mln", "mld", "mrd", " ton")):
        found += _MONEY_MULTIPLIED.finditer(text)
        # (a range rises: "in 2019 tot 2 miljoen" is a year and an amount)
        # ("en" joins a range only after "tussen": "tussen de 3 en 4 miljoen")
        found += [m for m in _RANGE_MULTIPLIED.finditer(text) if _rises(m.group("num"), m.group("upper"))
                  and (m.group("conn").lower() != "en" or m.group("between"))]
    pairs = (" naar ", "tussen", "respectievelijk")
    if lowered is None or ("eur" in lowered and any(w in lowered for w in pairs)):
        found += _FROM_TO.finditer(text)
    return found


def _rises(lower: str, upper: str) -> bool:
    low, _ = _number(lower, multiplied=True)
    high, _ = _number(upper, multiplied=True)
    return low is not None and high is not None and low < high


def _in_words(text: str) -> list[AmountMatch]:
    """Amounts whose number is written as a word: ``drie ton``, ``twintig miljoen``, ``een half
    miljoen``, ``dertig euro``, ``twintig tot dertig euro`` (two amounts)."""
    lowered = lowered_for_search(text)
    found = []
    if lowered is None or "euro" in lowered:
        found.extend(_words_with_euro(text))
    if lowered is not None and not any(w in lowered for w in ("miljoen", "miljard", " ton")):
        return found
    for m in prefilter.finditer(_MONEY_IN_WORDS, text, lowered):
        number = _word_number(m.group("words"))
        if number is None:
            continue
        factor = multiplier_of(m.group("mult"))
        found.extend(_lower_in_words(text, m.start(), number, factor))
        found.append(AmountMatch(Span.of(text, m.start(), m.end()), _whole(number * factor), None, "EUR"))
    return found


# the first number word of a range whose second has the multiplier: "twee à drie miljoen", "tussen de vijf
# en zes miljoen" ("en" joins a range only after "tussen")
_WORD_RANGE_BEFORE = re.compile(
    rf"(?i)(?<![\w-])(?P<between>tussen[ \t]+(?:de[ \t]+)?)?(?P<lower>{_NUMBER_WORD})"
    r"[ \t]+(?P<conn>tot|à|a|of|en)[ \t]+$")


def _lower_in_words(text: str, upper_begin: int, upper: Decimal, factor: int) -> list[AmountMatch]:
    window = max(0, upper_begin - 40)
    m = _WORD_RANGE_BEFORE.search(text, window, upper_begin)
    if m is None or (m.group("conn").lower() == "en" and not m.group("between")):
        return []
    lower = _word_number(m.group("lower"))
    if lower is None or not lower < upper:
        return []
    return [AmountMatch(Span.of(text, m.start("lower"), m.end("lower")), _whole(lower * factor), None, "EUR")]


def _whole(value: Decimal) -> Decimal:
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value


def _words_with_euro(text: str) -> list[AmountMatch]:
    found = []
    # tried only just before each "euro" (searching the whole text would try every position)
    starts: list[re.Match[str]] = []
    for euro in _EURO_WORD.finditer(text):
        window = max(0, euro.start() - 70)
        m = _WORDS_EURO.search(text, window, euro.end())
        while m is not None and m.end() < euro.end():
            m = _WORDS_EURO.search(text, m.start() + 1, euro.end())
        if m is not None and m.end() == euro.end() and (not starts or m.start() >= starts[-1].end()):
            starts.append(m)
    for m in starts:
        first = _word_number(m.group("words"))
        if first is None or first < 2:
            continue  # "een euro" is as often "één euro" as an article; a word that is no number
        if m.group("upper"):
            upper = _word_number(m.group("upper"))
            if upper is None:
                continue
            found.append(AmountMatch(Span.of(text, m.start("words"), m.end("words")), first, None, "EUR"))
            found.append(AmountMatch(Span.of(text, m.start("upper"), m.end()), upper, None, "EUR"))
        else:
            found.append(AmountMatch(Span.of(text, m.start(), m.end()), first, None, "EUR"))
    return found


@lru_cache(maxsize=2048)
def _word_number(words: str) -> Decimal | None:
    """A Dutch number word (``drie``, ``vijfentwintig``, ``een half``), or None for another word."""
    key = " ".join(words.lower().split())
    fixed = {"een half": Decimal("0.5"), "half": Decimal("0.5"), "anderhalf": Decimal("1.5"),
             "een kwart": Decimal("0.25"), "kwart": Decimal("0.25"), "een driekwart": Decimal("0.75"),
             "driekwart": Decimal("0.75"),
             "een": Decimal(1), "één": Decimal(1)}
    if key in fixed:
        return fixed[key]
    try:
        return Decimal(text2num(key, "nl"))
    except ValueError:
        return None


def _qualified(text: str, amount: AmountMatch) -> AmountMatch:
    """The amount with the qualifier written before it (``ruim``, ``bijna``, ``ca.``, ...)."""
    m = _QUALIFIER_BEFORE.search(text, max(0, amount.span.begin - 40), amount.span.begin)
    if not m:
        # the bound opening the clause, before its verb: "Maximaal kunnen de kosten oplopen tot 5 miljoen"
        m = _BOUND_OPENS_CLAUSE.search(text, max(0, amount.span.begin - 120), amount.span.begin)
        if not m:
            return amount
    qualifier = _QUALIFIERS.get(m.group("q").lower().replace("\u2019", "'"))
    return AmountMatch(amount.span, amount.value, amount.percentage, amount.unit, amount.note, qualifier)


def _matches(text: str) -> tuple[list[re.Match[str]], list[re.Match[str]], list[re.Match[str]]]:
    """What the three patterns find in ``text``.

    Each is tried only where a match can start (the patterns start with a lookbehind, so
    ``finditer`` would try them at every position): money written before at ``€`` and ``EUR``,
    money written after and percentages at the first digit of a number, and only when the text
    holds ``euro``/``EUR`` or ``%``/``procent``.
    """
    lowered = lowered_for_search(text)
    if lowered is None:
        return (
            list(_MONEY_BEFORE.finditer(text)), list(_MONEY_AFTER.finditer(text)),
            list(_PERCENTAGE.finditer(text)),
        )
    money_before = matches_from(_MONEY_BEFORE, text, occurrences(lowered, ("€", "eur")))
    money_after: list[re.Match[str]] = []
    percentages: list[re.Match[str]] = []
    if "eur" in lowered or "%" in text or "procent" in lowered:
        numbers = [m.start() for m in _NUMBER_START.finditer(text)]
        if "eur" in lowered:
            money_after = matches_from(_MONEY_AFTER, text, numbers)
        if "%" in text or "procent" in lowered:
            percentages = matches_from(_PERCENTAGE, text, numbers)
    return money_before, money_after, percentages


_NUMBER_START = re.compile(r"\d+")  # a number pattern's first digit has none before it


def _money(m: re.Match[str], text: str) -> AmountMatch:
    # "van 34.000 naar 61.000 euro": the first amount is its number alone
    first_of_two = m.re is _FROM_TO or m.re is _RANGE_MULTIPLIED
    begin = m.start("euro") if m.re is _RANGE_MULTIPLIED and m.group("euro") else m.start("num")
    span = Span.of(text, begin if first_of_two else m.start(), m.end())
    factor = multiplier_of(m.group("mult") or "")
    if m.groupdict().get("k"):
        factor = 1000
    number, note = _number(m.group("num"), multiplied=factor != 1)
    if number is None:
        return AmountMatch(span, None, None, "EUR", note)
    with localcontext() as exact:  # enough digits for any written number: the value stays exact
        exact.prec = len(m.group("num")) + 12
        value = number * factor
        if value == value.to_integral_value():
            value = value.quantize(Decimal(1))
    return AmountMatch(span, value, None, "EUR")


def _spaced(m: re.Match[str], text: str) -> AmountMatch:
    """``€ 40 000``: the groups of the number joined."""
    value = Decimal(re.sub(r"\D", "", m.group("num")))
    return AmountMatch(Span.of(text, m.start(), m.end()), value, None, "EUR")


def _number(raw: str, *, multiplied: bool) -> tuple[Decimal | None, str | None]:
    """A Dutch-written number, or None with the reason it cannot be read unambiguously."""
    if _PLAIN.fullmatch(raw):
        return Decimal(raw), None
    if _DUTCH_THOUSANDS.fullmatch(raw):
        return Decimal(raw.replace(".", "")), None
    if _DUTCH_THOUSANDS_DECIMALS.fullmatch(raw):
        return Decimal(raw.replace(".", "").replace(",", ".")), None
    if _DECIMAL_COMMA.fullmatch(raw):
        decimals = raw.split(",")[1]
        if len(decimals) == 3 and not multiplied:
            return None, f"'{raw}' kan {raw.replace(',', '.')} of {raw.replace(',', '')} betekenen"
        return Decimal(raw.replace(",", ".")), None
    if _DECIMAL_POINT.fullmatch(raw) and multiplied:
        return Decimal(raw), None  # "€ 2.5 miljoen": a dot before one or two digits is no grouping
    if raw.count(",") >= 2 and "." not in raw:
        return None, f"'{raw}' heeft komma's als duizendtalscheiding; de bedoelde waarde is niet zeker"
    return None, f"'{raw}' is geen eenduidig geschreven getal"
