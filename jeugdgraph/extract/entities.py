"""Entity linking: reference entities and people named in a document.

``link_entities`` finds every occurrence of a gazetteer label (municipalities, regions, joint
bodies, laws, organisations, programmes) as a whole word, case- and diacritics-tolerant, longest
match first (``Gemeenschappelijke Regeling Jeugdhulp Rijnmond`` is one mention of the joint body,
not also one of the region ``Jeugdhulp Rijnmond``). Proper names are held to what makes them names:

* a municipality, region, joint body, organisation or province must be written with a capital where
  its label has one (``www.vlaardingen.nl`` and ``leiden tot`` are no mentions), an abbreviation
  likewise, and an abbreviation in capitals in capitals (``WIL`` is a joint body, ``Wil`` a verb);
* a municipality whose name is also an ordinary Dutch word (Leiden, Best, Buren, Putten, ...) counts
  only where it cannot be that word: capitalised and not at the start of a sentence, unless a list
  of places opens the sentence (``Hulst, Borsele en Reimerswaal verwachten``);
* a place after a hyphen is the end of a longer name (``Zuidwest-Drenthe``, ``Midden-Groningen``
  where the gazetteer does not list it whole) and not that place;
* a place in a postal address (``3000 KR Rotterdam``, ``Raadhuisplein 1, Voorhout``) is where a letter
  goes, not a municipality the document speaks about, and ``provincie Groningen`` is the province;
* a body's other name that is only an article and a noun (``het Rijk``, ``het Schap``) speaks of
  the state or a kind of body in running text and is not linked; its full name is;
* a name that fits several entities is not in the gazetteer at all (``jeugdgraph.gazetteer``):
  ``Bergen`` alone is never a guess between Bergen (NH) and Bergen (L);
* the adjective of a municipality is recognised only for the regular forms (``Vlaardings``,
  ``Vlaardingse``, ``Rotterdamse``, ``Haarlemse``), never guessed for irregular ones.

``find_persons`` finds people with their role: ``Wethouder Jan van Rijn``, ``Portefeuillehouder :
J.J. Silos - Knaap``, sign-off blocks where a role line stands above a name line, stacked sign-offs
(``De griffier, / De burgemeester, / R. Pfoster Msc / E.F.A. Zevenbergen``: roles and names in the
same order) and names followed by their role in parentheses (``L. Zwagemaker (Contactambtenaar
gemeente Vlaardingen)``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..facts import DocumentPart, GazetteerEntry, Mention, Person, SourceText, Span
from .matching import (
    NormalisedText,
    PhraseMatcher,
    caseless,
    fold,
    lowered_for_search,
    matches_from,
    occurrences,
)
from .provincepairs import named_as_province
from .structure import Line
from .structure import lines as split_lines

#: Municipality names (current and former) that are also ordinary Dutch words.
COMMON_WORD_NAMES = frozenset(fold(name) for name in (
    "Best", "Buren", "Bergen", "Sluis", "Stein", "Beek", "Ede", "Epe", "Echt", "Putten", "Leiden",
    "Huizen", "Duiven", "Hoorn", "Haren", "Laren", "Kampen", "Grave", "Son", "Mill", "Oost",
    "Waterland", "Westland", "Heel", "Helden", "Herten", "Vries", "Monster", "Zeeland", "Dalen",
    "Born", "Leek", "Doorn", "Kessel", "Elst", "Thorn", "Wijk", "Zelhem", "Lith", "Erp", "Goor",
    "Holten", "Ruinen", "Sleen", "Horst", "Loon", "Nes", "Eemnes", "Bunde", "Borne", "Tiel",
    "Weert", "Renkum", "Asten", "Lopik", "Vianen", "Groningen", "Utrecht", "Losser", "Assen", "Houten",
    "Delft", "Voorst", "Hulst",
))

#: Endings after which the regular adjective is the name plus ``s``/``se`` (Vlaardings, Haarlemse).
_ADJECTIVE_ENDINGS = ("ingen", "dam", "drecht", "wijk", "kerk", "em", "om", "burg", "veen", "hout")
_POSTCODE_BEFORE = re.compile(r"\b\d{4}\s?[A-Z]{2}\s+$")
# a street and house number before the place ("Raadhuisplein 1, Voorhout", "Postbus 5 Heythuysen")
_STREET_BEFORE = re.compile(
    r"(?:(?:(?<=[a-z\u00e0-\u00ff])|(?<![\w-]))(?i:straat|weg|laan|plein|kade|singel|dreef|markt|gracht|dijk"
    r"|park|hof|steeg|pad|ring|boulevard|erf|veld)|\bPostbus)\s+\d{1,5}\s?[a-zA-Z]?(?:-\d+)?\s*,?\s*$"
)
_PLACE_KINDS = frozenset({"gemeente", "jeugdregio", "provincie"})
_PLACE_LIST_AFTER = re.compile(r"[ \t]*(?:,|en\b)[ \t]*(?:'s-)?[A-Z][a-z]")
_SENTENCE_END = set(".!?:;•\u2022*")
_LOWER_HEAD = re.compile(r"[a-z]+ (?:[a-z]+ )?[A-Z]\w* \S+")


@dataclass(frozen=True)
class _Label:
    iri: str
    kind: str
    label: str
    adjective: bool = False  # an adjective names the municipality only before its council's noun


#: Only before its council's nouns or its view an adjective names the town: "de Roermondse gemeenteraad",
#: "de Middelburgse VVD fractie", "het Vlaardings perspectief" ("de Arnhemse jeugd" is the town's youth).
_COUNCIL_AFTER = re.compile(
    r"(?i)[ \t]+(?:(?-i:[A-Z][\w]*)(?:[ \t]+|-))?(?:gemeenteraad|raad|college|rekenkamer|rekenkamercommissie"
    r"|wethouders?|burgemeester|raadsleden|politiek|ambtenaren|gemeentebegroting|fractie|(?:gemeente)?bestuur"
    r"|perspectief|standpunt|beleid|belang)(?![\w-])"
)

def _capitalised_like(written: str, label: str) -> bool:
    """The written name has a capital where the label's first capital is (``'s-Hertogenbosch``
    and ``’s-Hertogenbosch`` have it on the H, ``Den Haag`` on the D)."""
    label_letters = [c for c in label if c.isalpha()]
    written_letters = [c for c in written if c.isalpha()]
    first = next((i for i, c in enumerate(label_letters) if c.isupper()), None)
    if first is None:
        return written_letters[:1] != [] and written_letters[0].isupper()
    return first < len(written_letters) and written_letters[first].isupper()


def _is_acronym(label: str) -> bool:
    letters = [c for c in label if c.isalpha()]
    return len(letters) >= 2 and sum(c.isupper() for c in letters) >= 2


def _all_capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _needs_capital(label: _Label) -> bool:
    if not any(c.isupper() for c in label.label):
        return False
    if _is_acronym(label.label):
        return True
    return label.kind in {"gemeente", "jeugdregio", "gemeenschappelijke_regeling", "organisatie", "provincie"}


def _adjectives(name: str) -> list[str]:
    if " " in name or "-" in name or fold(name) in COMMON_WORD_NAMES:
        return []
    if not name.endswith(_ADJECTIVE_ENDINGS):
        return []
    stem = name[:-2] if name.endswith("ingen") else name  # Vlaardingen -> Vlaardings
    return [stem + "s", stem + "se"]


def _council_adjective(name: str) -> str | None:
    """The regular adjective of a name ending in a consonant (``Roermond`` -> ``Roermondse``,
    ``Hilversum``), before a council's noun only; an ordinary word's name too ("de Delftse Rekenkamer")."""
    if " " in name or "-" in name or name.endswith(_ADJECTIVE_ENDINGS):
        return None
    if not name[-1:].isalpha() or name[-1].lower() in "aeiouyszx":
        return None
    return name + "se"


_ARTICLE_AND_NOUN = re.compile(r"(?:het|de|'t)\s+\S+")


def _generic_designation(entry: GazetteerEntry) -> bool:
    """A body's other name that is an article and one noun (``het Rijk`` for Rijksoverheid,
    ``het Schap``): in running text it speaks of the state or a kind of body, not names one."""
    return entry.kind in {"organisatie", "gemeenschappelijke_regeling"} and bool(
        _ARTICLE_AND_NOUN.fullmatch(entry.label.strip())
    )


def at_sentence_start(text: str, begin: int) -> bool:
    """True when only white space, bullets or list numbers stand between ``begin`` and the end
    of the previous sentence (or the start of the text)."""
    i = begin - 1
    while i >= 0 and (text[i].isspace() or text[i] in "\"'\u2018\u2019\u201c\u201d(-\u2013"):
        i -= 1
    if i < 0:
        return True
    if text[i] in _SENTENCE_END:
        return True
    # a list number such as "1." or "2)" at the start of a line
    line_start = text.rfind("\n", 0, i + 1) + 1
    return bool(re.fullmatch(r"\s*[-\u2022*]?\s*\d{1,2}[.)]", text[line_start : i + 1]))


class EntityLinker:
    """A gazetteer compiled once and applied to any number of documents."""

    def __init__(self, gazetteer: Sequence[GazetteerEntry]) -> None:
        phrases: list[tuple[str, _Label]] = []
        labels = {fold(e.label) for e in gazetteer}
        municipality_labels: dict[str, set[str]] = {}
        for entry in gazetteer:
            if _generic_designation(entry):
                continue
            phrases.append((entry.label, _Label(entry.iri, entry.kind, entry.label)))
            if entry.kind == "gemeente":
                municipality_labels.setdefault(entry.label, set()).add(entry.iri)
        for name, iris in sorted(municipality_labels.items()):
            if len(iris) != 1:
                continue  # a label shared by several municipalities has no single adjective
            (iri,) = iris
            for adjective in _adjectives(name):
                if fold(adjective) not in labels:
                    phrases.append((adjective, _Label(iri, "gemeente", adjective, adjective=True)))
            council = _council_adjective(name)
            if council and fold(council) not in labels:
                council_label = _Label(iri, "gemeente", council, adjective=True)
                phrases.append((council, council_label))
        self._matcher: PhraseMatcher[_Label] = PhraseMatcher(phrases, shared=True)  # one pass with themes

    def link(self, source: SourceText) -> list[Mention]:
        text = source.text
        normalised = NormalisedText.of(text)

        def accept(begin: int, end: int, key: str, label: _Label) -> bool:
            return self._accepts(text, begin, text[begin:end], key, label)

        mentions: set[Mention] = set()
        for match in self._matcher.find(normalised, accept):
            span = Span.of(text, match.begin, match.end)
            for label in match.payloads:  # spelling variants of one entity give one mention
                mentions.add(Mention(label.kind, label.iri, span))  # type: ignore[arg-type]
        return sorted(mentions, key=lambda m: (m.span.begin, m.span.end, m.kind, m.iri))

    @staticmethod
    def _accepts(text: str, begin: int, written: str, key: str, label: _Label) -> bool:
        if _needs_capital(label):
            if not any(c.isupper() for c in written):
                return False
            if _all_capitals(label.label) and not _all_capitals(written):
                return False  # "WIL" (a joint body) is not "Wil de raad ..."
            # "regio X" is the region, "Regio X" the joint body; "de inspectie Justitie en Veiligheid" a body
            if label.label[:1].isupper() and written[:1].islower():
                return label.kind == "organisatie" and bool(_LOWER_HEAD.match(written))
        if label.adjective and not _COUNCIL_AFTER.match(text, begin + len(written)):
            return False
        before = text[max(0, begin - 40) : begin]
        if label.kind in _PLACE_KINDS and begin >= 2 and text[begin - 1] == "-" and text[begin - 2].isalpha():
            return False  # "Zuidwest-Drenthe" is another area than Drenthe
        if label.kind in {"gemeente", "jeugdregio"} and named_as_province(text, begin, begin + len(written)):
            return False  # "provincie Groningen", "de provincies Groningen en Drenthe"
        if label.kind != "gemeente":
            return True
        if _POSTCODE_BEFORE.search(before) or _STREET_BEFORE.search(before):
            return False
        if not _capitalised_like(written, label.label):
            return not any(c.isupper() for c in label.label)
        if key in COMMON_WORD_NAMES and at_sentence_start(text, begin):
            # "Hulst, Borsele en Reimerswaal verwachten ...": a list of places opens the sentence
            return bool(_PLACE_LIST_AFTER.match(text, begin + len(written)))
        return True


def link_entities(source: SourceText, gazetteer: Sequence[GazetteerEntry]) -> list[Mention]:
    """Every mention of a gazetteer entity in ``source``, in text order."""
    return EntityLinker(gazetteer).link(source)


# --------------------------------------------------------------------------- persons

ROLES: dict[str, str] = {
    "wethouder": "wethouder",
    "burgemeester": "burgemeester",
    "loco-burgemeester": "loco-burgemeester",
    "locoburgemeester": "loco-burgemeester",
    "portefeuillehouder": "portefeuillehouder",
    "griffier": "griffier",
    "raadsgriffier": "griffier",
    "secretaris": "secretaris",
    "gemeentesecretaris": "secretaris",
    "voorzitter": "voorzitter",
    "voorzitters": "voorzitter",
    "contactambtenaar": "contactambtenaar",
    "raadslid": "raadslid",
    "fractievoorzitter": "fractievoorzitter",
    "indiener": "indiener",
    "indieners": "indiener",
}
#: Roles held in a municipality: without a stated body they act for the issuing municipality.
MUNICIPAL_ROLES = frozenset({
    "wethouder", "burgemeester", "loco-burgemeester", "portefeuillehouder", "griffier", "secretaris",
})

_ROLE = r"(?P<role>" + "|".join(sorted((re.escape(r) for r in ROLES), key=len, reverse=True)) + r")"
_UPPER = "A-ZÀ-ÖØ-Þ"
_LOWER = "a-zß-öø-ÿ"
_TITLE = r"(?:(?:drs|dr|mr|ir|ing|prof|ds|mevr|mw|dhr)\.?\s+)"
_INITIALS = rf"(?:[{_UPPER}][{_LOWER}]?\.(?:\s?[{_UPPER}][{_LOWER}]?\.)*)"
_FIRST = rf"(?:[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?)"
_PARTICLE = (
    r"(?:(?:van der|van den|van de|van 't|in 't|op de|van|de|der|den|ter|ten|te|'t|d'"
    r"|Van der|Van den|Van de|Van|De|Den|Ter|Ten|El|Al|Ben|Abu|Ait|Bou)\s+)"
)
_SURNAME_WORD = rf"(?:[{_UPPER}][{_LOWER}'’]+)"
_SURNAME = rf"(?:{_SURNAME_WORD}(?:[ \t]?-[ \t]?{_PARTICLE}?{_SURNAME_WORD})?)"
_SUFFIX = r"(?:,?[ \t]+(?:MSc|Msc|MSC|MA|BSc|Bsc|MBA|LLM|LL\.M\.|MPA|RA|MPM))?"
NAME = rf"(?:{_TITLE}?(?:{_INITIALS}[ \t]?|{_FIRST}[ \t]+){_PARTICLE}?{_SURNAME}{_SUFFIX})"

_INLINE = re.compile(
    rf"(?<![{_LOWER}{_UPPER}])(?i:{_ROLE})[ \t]*(?::[ \t]*)?(?:\n[ \t]*)?"
    rf"(?P<name>{NAME})(?![{_LOWER}{_UPPER}])"
)
_ROLE_LINE = re.compile(rf"^[ \t]*(?i:(?:de|het)[ \t]+)?(?i:{_ROLE})[ \t]*,?[ \t]*$")
_NAME_LINE = re.compile(rf"^[ \t]*(?P<name>{NAME})[ \t]*$")
_NAMES_LINE = re.compile(rf"^[ \t]*{NAME}(?:[ \t]*(?:,|en|&)[ \t]*{NAME})*[ \t]*$")
_NAME_IN_LINE = re.compile(NAME)
_PAREN_ROLE_LINE = re.compile(rf"^[ \t]*\((?i:{_ROLE})(?P<rest>[^)\n]*)\)[ \t]*$")
_SUBMITTED_BY = re.compile(r"(?im)^[ \t]*(?:ingediend[ \t]+door|indieners?)[ \t]*:?[ \t]*")
_SUBMITTER = re.compile(rf"(?P<name>{NAME})(?:[ \t]*\((?P<party>[^)\n]{{1,40}})\))?")
_SUBMITTER_LINE = re.compile(rf"^[ \t]*{_SUBMITTER.pattern}(?:[ \t]*(?:,|en|&)[ \t]*{NAME}"
                             r"(?:[ \t]*\([^)\n]{1,40}\))?)*[ \t]*[,;.]?[ \t]*$")
_BODY_AFTER = re.compile(r"[ \t]*,?[ \t]*(?i:van[ \t]+de[ \t]+gemeente|van|gemeente|der[ \t]+gemeente)[ \t]+")
_NAMENS = re.compile(r"(?im)^[ \t]*namens[ \t]+(?:de[ \t]+|het[ \t]+)?")
_BODY_OF = re.compile(
    r"(?i:burgemeester en wethouders|college van burgemeester en wethouders|gemeenteraad|de raad)"
    r"\s+(?:van|der gemeente)\s+(?P<body>[^\n,]+)"
)


def _role(word: str) -> str:
    return ROLES[caseless(word)]


class PersonFinder:
    """Finds people with their role; ``on_behalf_of`` comes from the text around them."""

    def __init__(
        self,
        source: SourceText,
        mentions: Sequence[Mention],
        parts: Sequence[DocumentPart] = (),
        publisher: str | None = None,
    ) -> None:
        self.source = source
        self.text = source.text
        self.all_mentions = list(mentions)
        self.mentions = [m for m in mentions if m.kind == "gemeente"]
        self.parts = parts
        self.publisher = publisher
        # where a role word is: the patterns with a role are tried there only (None: anywhere)
        lowered = lowered_for_search(self.text)
        self.roles_at = occurrences(lowered, ROLES) if lowered is not None else None

    def find(self) -> list[Person]:
        found: dict[tuple[int, int], Person] = {}
        for person in self._inline() + self._sign_offs() + self._parenthesised() + self._submitters():
            name_key = (person.span.begin, person.span.end)
            if any(_overlaps(person.span, other.span) for other in found.values()):
                continue
            found[name_key] = person
        return sorted(found.values(), key=lambda p: (p.span.begin, p.span.end))

    # -- the patterns

    def _inline(self) -> list[Person]:
        persons: list[Person] = []
        # a match starts at its role word
        if self.roles_at is None:
            found = list(_INLINE.finditer(self.text))
        else:
            found = matches_from(_INLINE, self.text, self.roles_at)
        for m in found:
            name = _clean_name(m.group("name"))
            span = Span.trimmed_of(self.text, m.start(), m.end("name"))
            role = _role(m.group("role"))
            on_behalf = self._on_behalf_of(role, m.start(), m.end(), m.end("role"))
            persons.append(Person(name, role, span, on_behalf))
        return persons

    def _sign_offs(self) -> list[Person]:
        """Role lines followed (blank lines aside) by as many name lines, paired in order."""
        if self.roles_at == []:
            return []
        lines = [line for line in split_lines(self.text) if line.text.strip()]
        persons: list[Person] = []
        i = 0
        while i < len(lines):
            roles = []
            j = i
            while j < len(lines) and (rm := _ROLE_LINE.match(lines[j].text)):
                roles.append((lines[j], _role(rm.group("role"))))
                j += 1
            names: list[tuple[Line, re.Match[str]]] = []
            k = j
            while roles and k < len(lines) and len(names) < len(roles) and (
                nm := _NAME_LINE.match(lines[k].text)
            ):
                names.append((lines[k], nm))
                k += 1
            if roles and len(names) == len(roles):
                for (role_line, role), (name_line, nm) in zip(roles, names, strict=True):
                    adjacent = len(roles) == 1
                    begin = role_line.begin if adjacent else name_line.begin + nm.start("name")
                    span = Span.trimmed_of(self.text, begin, name_line.begin + nm.end("name"))
                    on_behalf = self._on_behalf_of(role, roles[0][0].begin, name_line.end)
                    persons.append(Person(_clean_name(nm.group("name")), role, span, on_behalf))
                i = k
            else:
                i = max(j, i + 1)
        return persons

    def _parenthesised(self) -> list[Person]:
        """``I.B. van Ham en R. Hoozemans`` above ``(Voorzitters)``: each name gets the role."""
        if self.roles_at == []:
            return []
        lines = [line for line in split_lines(self.text) if line.text.strip()]
        persons = []
        for names_line, role_line in zip(lines, lines[1:], strict=False):
            rm = _PAREN_ROLE_LINE.match(role_line.text)
            if not rm or not _NAMES_LINE.match(names_line.text):
                continue
            role = _role(rm.group("role"))
            body = self._stated_after(role_line.begin + rm.end("role"))
            for nm in _NAME_IN_LINE.finditer(names_line.text):
                begin = names_line.begin + nm.start()
                end = names_line.begin + nm.end()
                span = Span.trimmed_of(self.text, begin, end)
                single = len(_NAME_IN_LINE.findall(names_line.text)) == 1
                if single:  # the role line is adjacent to this one name: quote both
                    span = Span.trimmed_of(self.text, begin, role_line.end)
                on_behalf = body or self._on_behalf_of(role, names_line.begin, role_line.end)
                persons.append(Person(_clean_name(nm.group(0)), role, span, on_behalf))
        return persons

    def _submitters(self) -> list[Person]:
        """The members who submit a motion: ``Ingediend door:`` followed by names (and parties)."""
        persons: list[Person] = []
        for header in _SUBMITTED_BY.finditer(self.text):
            offset = header.end()
            for line in split_lines(self.text[offset:]):
                if not line.text.strip():
                    if persons and line.begin > 0:
                        break
                    continue
                if not _SUBMITTER_LINE.match(line.text):
                    break
                for m in _SUBMITTER.finditer(line.text):
                    begin, end = offset + line.begin + m.start(), offset + line.begin + m.end()
                    span = Span.trimmed_of(self.text, begin, end)
                    persons.append(Person(_clean_name(m.group("name")), "indiener", span, None))
        return persons

    # -- on whose behalf

    def _municipality_in(self, begin: int, end: int) -> str | None:
        inside = {m.iri for m in self.mentions if begin <= m.span.begin and m.span.end <= end}
        return next(iter(inside)) if len(inside) == 1 else None

    def _stated_after(self, offset: int) -> str | None:
        """A municipality named right after a role or name: ``van Velsen``, ``gemeente Vlaardingen``."""
        m = _BODY_AFTER.match(self.text, offset)
        if not m:
            return None
        for mention in self.mentions:
            if mention.span.begin == m.end():
                return mention.iri
        return None

    def _on_behalf_of(self, role: str, begin: int, end: int, *after: int) -> str | None:
        """The municipality the role is held in: stated next to the role or in the sign-off."""
        for offset in (*after, end):
            stated = self._stated_after(offset)
            if stated:
                return stated
        on_behalf = _NAMENS.search(self.text, max(0, begin - 120), begin)
        if on_behalf:
            for mention in self.all_mentions:
                if mention.span.begin == on_behalf.end() and mention.kind != "wet":
                    return mention.iri
        if role not in MUNICIPAL_ROLES:
            return None
        # a sign-off names its body a few lines up: "Burgemeester en wethouders van Vlaardingen,"
        bodies = list(_BODY_OF.finditer(self.text, max(0, begin - 200), begin))
        if bodies:
            found = self._municipality_in(bodies[-1].start("body"), bodies[-1].end("body"))
            if found:
                return found
        return self._publisher_at(begin)

    def _publisher_at(self, offset: int) -> str | None:
        municipality_iris = {m.iri for m in self.mentions}
        containing = [p for p in self.parts if p.span.begin <= offset < p.span.end]
        for part in sorted(containing, key=lambda p: p.span.end - p.span.begin):
            if part.metadata.publisher in municipality_iris:
                return part.metadata.publisher
        if self.publisher in municipality_iris:
            return self.publisher
        return None


def _overlaps(a: Span, b: Span) -> bool:
    return a.begin < b.end and b.begin < a.end


_TITLE_AT_START = re.compile(rf"^{_TITLE}+")
_SUFFIX_AT_END = re.compile(rf"{_SUFFIX}$")


def _clean_name(name: str) -> str:
    """The name on one line without academic titles (``drs. E. Stolk`` -> ``E. Stolk``,
    ``R. Pfoster Msc`` -> ``R. Pfoster``); a double name ``Silos - Knaap`` stays as written."""
    name = re.sub(r"\s+", " ", name).strip()
    name = _TITLE_AT_START.sub("", name)
    return _SUFFIX_AT_END.sub("", name).strip()


def find_persons(
    source: SourceText,
    gazetteer: Sequence[GazetteerEntry],
    *,
    mentions: Sequence[Mention] | None = None,
    parts: Sequence[DocumentPart] = (),
    publisher: str | None = None,
) -> list[Person]:
    """People named with a role, in text order."""
    if mentions is None:
        mentions = link_entities(source, gazetteer)
    return PersonFinder(source, mentions, parts, publisher).find()
