"""Youth-care regions named in the ways council documents name them, beyond their register names.

The gazetteer finds a region by its name (``regio Rijnmond``, ``de regio Noord-Veluwe``). Two more
ways a text names one:

* ``regio X``, ``jeugdregio X``, ``jeugdhulpregio X`` with ``X`` a municipality: the region named
  after its central municipality (``de regio Alkmaar``, ``in de regio Rotterdam``) is the
  youth-care region that municipality belongs to, and the municipality itself is not what the text
  speaks of there;
* ``de regio's X, Y en Z``: each municipality in the list names its region, as after ``regio``;
* the name two regions share (``Midden-Limburg`` for ``Midden-Limburg Oost`` and ``Midden-Limburg
  West``) names both after ``regio`` (``de regio Midden-Limburg``); alone (``de gemeenten in
  West-Brabant``) it is an area that is no one CBS region, and names none;
* the adjective of a region's name before ``gemeenten``, ``regio`` or ``jeugdregio``: ``de
  Twentse gemeenten`` are the municipalities of Twente, ``de West-Friese gemeenten`` those of West
  Friesland, ``de Zuid-Limburgse gemeenten`` those of Zuid-Limburg. The adjective is formed by the
  regular rules (``Twente`` -> ``Twentse``, ``Achterhoek`` -> ``Achterhoekse``, ``IJsselland`` ->
  ``IJssellandse``, ``Haaglanden`` -> ``Haaglandse``) or is one of the few irregular ones of Dutch
  area names (``Zeeuwse``, ``Friese``, ``Drentse``); a name on ``-ingen`` also has the undeclined
  ``Groninger``, and ``Jeugdregio Groningen`` has the adjectives of ``Groningen``. An adjective
  that fits two regions names neither.

A region that shares its name with a province (``Zeeland``, ``Drenthe``, ``Friesland``) is not
named where the text places something in or out of the area (``plekken in Friesland``, ``jongeren
uit Zeeland``): that is the province as a place, not the region of municipalities.

Which region a municipality belongs to comes from ``gemeenten.csv`` and ``jeugdregios.csv``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from .. import iris
from ..facts import GazetteerEntry, Mention, NamedOrganisation, SourceText, Span
from ..reference_tables import read_table
from ..settings import REFERENCE_DIR
from .compiled import for_gazetteer
from .matching import fold, lowered_for_search

# "regio X", "jeugdregio X", "de inkoopregio van X", and a regional vision's title: "Regiovisie Jeugdhulp X"
_REGION_WORD_BEFORE = re.compile(
    r"(?i)(?<![\w-])(?:(?:jeugd|jeugdhulp|jeugdzorg|inkoop|zorg)?regio(?:[ \t]+van)?"
    r"|regiovisie(?:[ \t]+(?:jeugd|jeugdhulp|jeugdzorg))?)[ \t]+$"
)
# "de regio's Noordkop, Westfriesland en " before a place: the list names regions
_REGIONS_LIST_BEFORE = re.compile(
    r"(?<![\w-])(?i:jeugd|jeugdhulp|jeugdzorg)?(?i:regio(?:'s|\u2019s|s))[ \t]+\(?"
    r"(?:[A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*)*[ \t]*(?:,|\ben\b)[ \t]*)*$"
)
_GROUP_AFTER = r"[ \t]+(?:gemeenten|gemeentes|regio|jeugdregio|jeugdhulpregio|jeugdzorgregio)(?![\w-])"
#: Irregular adjectives of Dutch area names, by the area's last word.
_NO_ADJECTIVE = frozenset({"Oost", "West", "Zuid", "Noord", "Stad", "Midden"})
_COMPASS = ("Oost", "West", "Noord", "Zuid")
_PLACES = frozenset({"gemeente", "jeugdregio", "provincie"})
_IRREGULAR = {"Zeeland": "Zeeuwse", "Friesland": "Friese", "Drenthe": "Drentse"}
_REGION_NOUNS = frozenset({"Jeugdregio", "Jeugdhulpregio", "Jeugdzorgregio"})


@lru_cache(maxsize=4)
def region_of_municipality(reference_dir: Path = REFERENCE_DIR) -> dict[str, str]:
    """Municipality IRI -> the IRI of the youth-care region it belongs to."""
    regions = {
        row["cbs_code"]: str(iris.jeugdregio(row["slug"]))
        for row in read_table(Path(reference_dir) / "jeugdregios.csv", ("cbs_code", "slug"))
    }
    return {
        str(iris.gemeente(row["cbs_code"])): regions[row["jeugdregio"]]
        for row in read_table(Path(reference_dir) / "gemeenten.csv", ("cbs_code", "jeugdregio"))
        if row["jeugdregio"] in regions
    }


def adjective(name: str) -> str | None:
    """The adjective of an area name (``Twente`` -> ``Twentse``), or None when it has no regular one."""
    words = re.split(r"[ \t-]+", name.strip())
    if not words or "/" in name or not all(w[:1].isupper() for w in words):
        return None
    last = words[-1]
    # "Midden-Limburg Oost", "Utrecht Stad", "WBO", "Jeugdregio X": no adjective people write
    if last in _NO_ADJECTIVE or words[0] in _REGION_NOUNS or last.isupper():
        return None
    if last in _IRREGULAR:
        form = _IRREGULAR[last]
    elif last.endswith("en"):
        form = last[:-2] + "se"  # Haaglanden -> Haaglandse, Groningen -> Groningse
    elif last.endswith("e"):
        form = last[:-1] + "se"  # Twente -> Twentse, Veluwe -> Veluwse
    elif last[-1:].isalpha() and last[-1] not in "aeiouy":
        form = last + "se"  # Achterhoek -> Achterhoekse, Zuid-Limburg -> Zuid-Limburgse
    else:
        return None
    return "-".join([*words[:-1], form])


def adjectives(name: str) -> tuple[str, ...]:
    """Every adjective people write of a region's name: the regular one, the undeclined one of a
    name on ``-ingen`` (``Groninger``, ``Vlissinger``), and those of the area a ``Jeugdregio X`` is
    named after (the region ``Jeugdregio Groningen`` keeps the city's name for itself)."""
    words = name.split(None, 1)
    if len(words) == 2 and words[0] in _REGION_NOUNS:
        name = words[1]
    form = adjective(name)
    if form is None:
        return ()
    if form.endswith("ingse"):
        return (form, form[:-2] + "er")
    return (form,)


class RegionNames:
    """The region adjectives of a gazetteer, compiled once."""

    def __init__(self, gazetteer: tuple[GazetteerEntry, ...]) -> None:
        by_adjective: dict[str, set[str]] = {}
        for entry in gazetteer:
            if entry.kind == "jeugdregio":
                for form in adjectives(entry.label):
                    by_adjective.setdefault(form, set()).add(entry.iri)
        self.by_adjective = {a: next(iter(r)) for a, r in by_adjective.items() if len(r) == 1}
        # "Midden-Limburg" names both "Midden-Limburg Oost" and "Midden-Limburg West"
        halves: dict[str, set[str]] = {}
        for entry in gazetteer:
            words = re.split(r"[ \t-]+", entry.label.strip())
            if entry.kind == "jeugdregio" and len(words) >= 3 and words[-1] in _COMPASS:
                halves.setdefault("-".join(words[:-1]), set()).add(entry.iri)
        self.halves = {base: tuple(sorted(r)) for base, r in halves.items() if len(r) >= 2}
        # "de Midden-Limburgse gemeenten": the municipalities of both halves, as "de regio Midden-Limburg"
        self.shared_adjectives = {
            shared_form: iris_ for base, iris_ in self.halves.items()
            if (shared_form := adjective(base)) and shared_form not in self.by_adjective
        }
        alternatives = "|".join(
            re.escape(a).replace(r"\-", r"[ \t-]")
            for a in sorted([*self.by_adjective, *self.shared_adjectives], key=len, reverse=True)
        )
        self.shared_words = tuple({base.rsplit("-", 1)[-1].lower() for base in self.halves})
        shared = "|".join(
            re.escape(b).replace(r"\-", r"[ \t-]") for b in sorted(self.halves, key=len, reverse=True)
        )
        self.shared = (
            re.compile(rf"(?<![\w-])(?P<base>{shared})(?![\w-]|[ \t-]+(?:{'|'.join(_COMPASS)})\b)")
            if shared else None
        )
        self.pattern = (
            re.compile(rf"(?<![\w-])(?P<adj>{alternatives})(?={_GROUP_AFTER})") if alternatives else None
        )

    def find_shared(self, text: str) -> list[Mention]:
        """Every region a name shared by its halves names (``Midden Limburg``)."""
        if self.shared is None:
            return []
        found = []
        for m in self.shared.finditer(text):
            key = re.sub(r"[ \t-]+", "-", m.group("base"))
            for iri in self.halves.get(key, ()):
                found.append(Mention("jeugdregio", iri, Span.of(text, m.start(), m.end())))
        return found

    def find(self, text: str) -> list[Mention]:
        if self.pattern is None or ("se " not in text and "inger " not in text):
            return []
        found = []
        for m in self.pattern.finditer(text):
            key = re.sub(r"[ \t]+", "-", m.group("adj"))
            one = self.by_adjective.get(key)
            for iri in (one,) if one is not None else self.shared_adjectives.get(key, ()):
                found.append(Mention("jeugdregio", iri, Span.of(text, m.start(), m.end())))
        return found


def with_named_regions(
    source: SourceText, mentions: Sequence[Mention], gazetteer: Sequence[GazetteerEntry],
    organisations: Sequence[NamedOrganisation] = (),
) -> list[Mention]:
    """The mentions with ``regio X`` as X's region and the regions named by their adjective."""
    text = source.text
    lowered = lowered_for_search(text)
    regions = region_of_municipality() if lowered is None or "regio" in lowered else {}
    lists = lowered is None or any(word in lowered for word in ("regio's", "regio\u2019s", "regios "))
    kept: list[Mention] = []
    provinces = for_gazetteer(_province_names, gazetteer)
    for mention in mentions:
        before = text[max(0, mention.span.begin - 40):mention.span.begin]
        in_province = mention.kind == "jeugdregio" and fold(mention.span.text) in provinces
        if in_province and _LOCATIVE_BEFORE.search(before):
            continue  # "plekken in Friesland", "jongeren uit Zeeland": the province as a place
        body = _joint_body_named(text, mention, gazetteer) if mention.kind == "jeugdregio" else None
        if mention.kind == "gemeenschappelijke_regeling" and (half := _half_named(text, mention, gazetteer)):
            kept.append(half)  # "de Regio West-Brabant West": the region, not the body "Regio West-Brabant"
            continue
        if body is not None:
            kept.append(body)  # "het samenwerkingsverband Holland Rijnland": the region's joint body
            continue
        region = regions.get(mention.iri) if mention.kind == "gemeente" else None
        if region is not None and (m := _REGION_WORD_BEFORE.search(before)):
            begin = mention.span.begin - len(before) + m.start()
            kept.append(Mention("jeugdregio", region, Span.of(text, begin, mention.span.end)))
            continue
        if region is not None and lists and _REGIONS_LIST_BEFORE.search(text, max(0, mention.span.begin - 80),
                                                              mention.span.begin):
            # "in de regio's Noordkop, Westfriesland en Alkmaar": each item of the list is a region
            kept.append(Mention("jeugdregio", region, mention.span))
            continue
        kept.append(mention)
    names = for_gazetteer(RegionNames, gazetteer)
    sharing = lowered is None or any(w in lowered for w in names.shared_words)
    # a body's name holds the region's name as its own ("GGD West-Brabant", "Stichting Midden-Limburg")
    bodies = [m.span for m in kept if m.kind not in _PLACES] + [o.span for o in organisations]
    found = names.find_shared(text) if sharing else []
    shared = [m for m in found if not any(_overlap(m.span, b) for b in bodies)]
    if shared:
        # "Midden Limburg": neither the province in it nor one half alone; both halves only where the
        # text says it speaks of a region ("de regio Midden-Limburg"), a bare area name is geography
        kept = [m for m in kept if m.kind not in _PLACES or not any(_overlap(m.span, s.span) for s in shared)]
        kept.extend(
            m for m in shared if _REGION_WORD_BEFORE.search(text, max(0, m.span.begin - 40), m.span.begin)
        )
    if "- en " in text or "-, " in text:
        kept.extend(_elided(text, kept, gazetteer, names.halves))
    taken = [m.span for m in kept]
    groups = ("gemeente", "regio")  # a word of each noun an adjective must stand before
    for named in names.find(text) if lowered is None or any(w in lowered for w in groups) else []:
        if not any(_overlap(named.span, s) for s in [*taken, *(o.span for o in organisations)]):
            kept.append(named)
    return sorted(kept, key=lambda m: (m.span.begin, m.span.end, m.kind, m.iri))


# a place where something is or comes from: "in Zeeland", "uit Friesland", "buiten Drenthe"
# ("in heel Zeeland", "in heel het Friesland van nu", "uit geheel Drenthe": the whole area)
_LOCATIVE_BEFORE = re.compile(
    r"(?i)(?<![\w-])(?:in|uit|buiten|binnen|naar|vanuit)[ \t]+(?:(?:heel|geheel|het[ \t]+hele)[ \t]+)?$"
)


# "het regionale samenwerkingsverband X", "X is een samenwerkingsverband tussen 9 gemeenten"
# ("het meerjarenprogramma van X", "X, het verband van dertien gemeenten", "X streeft naar": the body's work,
# an apposition naming an alliance, the region as the subject that acts)
_ALLIANCE_BEFORE = re.compile(
    r"(?i)(?:samenwerkingsverband|(?:werk|meerjaren)programma(?:[ \t]+van)?)[ \t]+$"
)
_ALLIANCE_AFTER = re.compile(
    r"[ \t]+(?:is|was)[ \t]+een[ \t]+(?:[a-z]+[ \t]+)?samenwerkingsverband\b"
    r"|,[ \t]+(?:het|een)[ \t]+(?:[a-z]+[ \t]+)?(?:samenwerkings)?verband[ \t]+van\b"
    r"|[ \t]+streeft[ \t]+naar\b"
)
#: How a region's joint body is named after the region: "Regio Hart van Brabant".
_BODY_PREFIXES = ("Regio ", "Samenwerkingsorgaan ", "GR ", "")


def _joint_bodies(gazetteer: tuple[GazetteerEntry, ...]) -> dict[str, str]:
    """The folded names of the joint bodies (``regio hart van brabant``) with their IRIs."""
    return {fold(e.label): e.iri for e in gazetteer if e.kind == "gemeenschappelijke_regeling"}


def _joint_body_named(text: str, mention: Mention, gazetteer: Sequence[GazetteerEntry]) -> Mention | None:
    """The joint body a region's name names where the sentence calls it a collaboration of municipalities."""
    begin, end = mention.span.begin, mention.span.end
    if not (_ALLIANCE_BEFORE.search(text, max(0, begin - 30), begin) or _ALLIANCE_AFTER.match(text, end)):
        return None
    bodies = for_gazetteer(_joint_bodies, gazetteer)
    for prefix in _BODY_PREFIXES:
        iri = bodies.get(fold(prefix + mention.span.text))
        if iri is not None:
            return Mention("gemeenschappelijke_regeling", iri, mention.span)
    return None


# a compass word after a body named after an area: "Regio West-Brabant West"
_COMPASS_AFTER = re.compile(r"[ \t-]+(?:Oost|West|Noord|Zuid)(?![\w-])")
_AREA_BODY = re.compile(r"(?i)^(?:regio|jeugdregio)[ \t]+")
_MUNICIPALITIES_IN = re.compile(r"(?<![\w-])gemeente[ns][ \t]+in[ \t]+(?:de[ \t]+)?$")


def _regions(gazetteer: tuple[GazetteerEntry, ...]) -> dict[str, str]:
    """The folded names of the youth-care regions (``west brabant west``) with their IRIs."""
    return {fold(e.label): e.iri for e in gazetteer if e.kind == "jeugdregio"}


def _half_named(text: str, mention: Mention, gazetteer: Sequence[GazetteerEntry]) -> Mention | None:
    """The region whose name is a joint body's area name and the compass word after it ("de Regio
    West-Brabant West" names the region West Brabant West, the half of the body's area), or the area's
    name alone after the municipalities in it ("tien gemeenten in Regio Rivierenland"), or None."""
    after = _COMPASS_AFTER.match(text, mention.span.end)
    area = _AREA_BODY.sub("", mention.span.text)
    if area == mention.span.text:
        return None
    if after is None:
        # "tien gemeenten in Regio Rivierenland": the municipalities in the area, the region
        inside = _MUNICIPALITIES_IN.search(text, max(0, mention.span.begin - 30), mention.span.begin)
        iri = for_gazetteer(_regions, gazetteer).get(fold(area)) if inside else None
        return None if iri is None else Mention("jeugdregio", iri, mention.span)
    iri = for_gazetteer(_regions, gazetteer).get(fold(area + " " + after.group(0).strip(" \t-")))
    return None if iri is None else Mention("jeugdregio", iri, Span.of(text, mention.span.begin, after.end()))


# "in Noord-, Midden- en Zuid-Limburg": compass words whose area's name only the last one writes
_ELIDED = re.compile(
    r"(?<![\w-])(?P<items>(?:(?:Noord|Oost|Zuid|West|Midden)-[ \t]*,[ \t]*)*(?:Noord|Oost|Zuid|West|Midden)-)"
    r"[ \t]+en[ \t]+(?:Noord|Oost|Zuid|West|Midden)-(?P<area>[A-Z][\w]+)(?![\w-])"
)
_ELIDED_ITEM = re.compile(r"(?:Noord|Oost|Zuid|West|Midden)")


def _elided(
    text: str, kept: Sequence[Mention], gazetteer: Sequence[GazetteerEntry],
    halves: dict[str, tuple[str, ...]],
) -> list[Mention]:
    """The regions of a list of compass words whose area the last one names ("Noord-, Midden- en
    Zuid-Limburg"), where that last item is a region the text names: each item names its region (both
    halves for a name two regions share, "Midden-Limburg")."""
    regions = for_gazetteer(_regions, gazetteer)
    found = []
    for m in _ELIDED.finditer(text):
        if not any(k.kind == "jeugdregio" and k.span.end == m.end() for k in kept):
            continue  # "de Veiligheidsregio Noord- en Oost-Gelderland": no youth-care region's name
        for item in _ELIDED_ITEM.finditer(text, m.start("items"), m.end("items")):
            name = item.group(0) + "-" + m.group("area")
            one = regions.get(fold(name))
            for iri in (one,) if one is not None else halves.get(name, ()):
                found.append(Mention("jeugdregio", iri, Span.of(text, item.start(), item.end() + 1)))
    return found


def _province_names(gazetteer: tuple[GazetteerEntry, ...]) -> frozenset[str]:
    """The folded names of the provinces (``zeeland``), some of which a youth-care region shares."""
    return frozenset(
        fold(re.sub(r"(?i)^provincie\s+", "", e.label)) for e in gazetteer if e.kind == "provincie"
    )


def _overlap(a: Span, b: Span) -> bool:
    return a.begin < b.end and b.begin < a.end


__all__ = ["adjective", "region_of_municipality", "with_named_regions"]
