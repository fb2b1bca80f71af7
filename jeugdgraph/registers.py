"""The register tables (``seeds/reference/tooi-*.csv``) as RDF in the reference graph.

``jeugdgraph import-tooi`` writes these tables from the published TOOI lists; this module reads
them. Every organisation becomes one resource: a municipality ``jgi:gemeente/gm0870``, a
province its TOOI IRI (the value ``jg:provincie`` already points to), a joint body, other
government organisation or zbo ``jgi:organisatie/{code}`` unless a hand-made table already names
it by its TOOI IRI (``grjr`` is ``so0842``). Each gets ``owl:sameAs`` its TOOI IRI, its names
(the hand-made name stays the ``skos:prefLabel``), its begin and end dates and
``dcterms:source`` the list it came from. Change events become ``jg:Wijziging`` resources
(``jgi:wijziging/gemeente-wzg-01692935``) with ``prov:invalidated``, ``prov:generated`` and
``prov:used`` as in TOOI, and a dissolved municipality ``jg:opgevolgdDoor`` its successors.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV

from . import iris
from .errors import InputError
from .namespaces import JG, JGI_IRI, OWL, RDF, SKOS, XSD
from .reference_tables import Row, read_table

TOOI_ID = "https://identifier.overheid.nl/tooi/id/"
TOOI_SET = "https://identifier.overheid.nl/tooi/set/"
TOOI_PROVINCIE = TOOI_ID + "provincie/"

#: ``klasse`` column -> the classes the resource gets (the first one is its own).
CLASSES: dict[str, tuple[URIRef, ...]] = {
    "gemeente": (JG.Gemeente,),
    "provincie": (JG.Provincie,),
    "samenwerkingsorganisatie": (JG.GemeenschappelijkeRegeling,),
    "overheidsorganisatie": (JG.Overheidsorganisatie, JG.Organisatie),
    "zbo": (JG.Zbo, JG.Organisatie),
}
#: ``soort`` column of a change table -> class of the event.
EVENT_CLASSES: dict[str, URIRef] = {
    "samenvoeging": JG.Samenvoeging,
    "uitbreiding": JG.Uitbreiding,
    "herschikking": JG.Herschikking,
    "oprichting": JG.Oprichting,
    "opheffing": JG.Opheffing,
    "splitsing": JG.Splitsing,
}
#: Events after which what they invalidated lives on in what they generated or used.
SUCCESSION = frozenset({"samenvoeging", "uitbreiding", "herschikking", "splitsing"})

ORGANISATION_COLUMNS = ("code", "tooi", "klasse", "naam", "andere_namen", "provincie", "begindatum",
                        "einddatum", "bron")
EVENT_COLUMNS = ("tooi", "soort", "datum", "opgeheven", "ontstaan", "voortgezet", "bron")
_SOURCE = re.compile(r"^TOOI (?P<list>[a-z_]+) versie (?P<version>\d+)$")
_PROVINCE_CODE = re.compile(r"^[A-Z]{2,3}$")  # GR, NH, GLD: codes, not names people write


def register_files(reference_dir: Path) -> tuple[list[Path], list[Path]]:
    """The organisation tables and the change tables in ``reference_dir``, sorted."""
    tables = sorted(Path(reference_dir).glob("tooi-*.csv"))
    events = [p for p in tables if p.stem.endswith("-wijzigingen")]
    return [p for p in tables if p not in events], events


def add_registers(graph: Graph, reference_dir: Path) -> dict[str, URIRef]:
    """Add every register table of ``reference_dir`` to ``graph``; returns TOOI code -> resource."""
    organisations, events = register_files(reference_dir)
    known = {str(tooi): URIRef(str(s)) for s, tooi in graph.subject_objects(OWL.sameAs)}
    by_code: dict[str, URIRef] = {}
    for path in organisations:
        for row in read_table(path, ORGANISATION_COLUMNS):
            by_code[row["code"]] = _organisation(graph, row, known)
    for path in events:
        for row in read_table(path, EVENT_COLUMNS):
            _event(graph, row, by_code)
    return by_code


def _source(row: Row) -> URIRef:
    match = _SOURCE.match(row["bron"])
    if not match:
        raise row.fail(f"'{row['bron']}' in kolom bron is geen 'TOOI <lijst> versie <n>'.")
    return URIRef(f"{TOOI_SET}{match['list']}/{match['version']}")


def _date(row: Row, column: str) -> Literal | None:
    if not row[column]:
        return None
    try:
        return Literal(date.fromisoformat(row[column]), datatype=XSD.date)
    except ValueError:
        raise row.fail(f"'{row[column]}' in kolom {column} is geen datum (JJJJ-MM-DD).") from None


def _subject(row: Row, known: dict[str, URIRef]) -> URIRef:
    klasse, code, tooi = row["klasse"], row["code"], row["tooi"]
    if not tooi.startswith(TOOI_ID) or not tooi.endswith("/" + code):
        raise row.fail(f"de TOOI-IRI {tooi} hoort niet bij code {code}.")
    if klasse == "gemeente":
        if not re.fullmatch(r"gm\d{4}", code):
            raise row.fail(f"'{code}' is geen gemeentecode (gm + 4 cijfers).")
        return URIRef(iris.gemeente(code))
    if klasse == "provincie":
        return URIRef(tooi)
    return known.get(tooi) or URIRef(iris.organisatie(code))


def _organisation(graph: Graph, row: Row, known: dict[str, URIRef]) -> URIRef:
    classes = CLASSES.get(row["klasse"])
    if classes is None:
        raise row.fail(f"klasse '{row['klasse']}' is onbekend (kies {', '.join(CLASSES)}).")
    subject = _subject(row, known)
    for cls in classes:
        graph.add((subject, RDF.type, cls))
    graph.add((subject, DCTERMS.source, _source(row)))
    if row["klasse"] != "provincie":
        graph.add((subject, OWL.sameAs, URIRef(row["tooi"])))
    if row["klasse"] == "gemeente":
        graph.add((subject, JG.cbsCode, Literal(row["code"].upper())))
        if row["provincie"] and not any(graph.objects(subject, JG.provincie)):
            graph.add((subject, JG.provincie, URIRef(TOOI_PROVINCIE + row["provincie"])))
    if not row["naam"]:
        raise row.fail("kolom naam is leeg.")
    names = [row["naam"], *row.names()]
    preferred = [p for p in graph.objects(subject, SKOS.prefLabel) if getattr(p, "language", None) == "nl"]
    if not preferred:
        graph.add((subject, SKOS.prefLabel, Literal(names[0], lang="nl")))
        preferred = [Literal(names[0], lang="nl")]
    for name in names:
        label = Literal(name, lang="nl")
        if label in preferred:
            continue
        if row["klasse"] == "provincie" and _PROVINCE_CODE.match(name):
            graph.add((subject, SKOS.notation, Literal(name)))
        else:
            graph.add((subject, SKOS.altLabel, label))
    for column, predicate in (("begindatum", JG.begindatum), ("einddatum", JG.einddatum)):
        value = _date(row, column)
        if value is not None and not any(graph.objects(subject, predicate)):
            graph.add((subject, predicate, value))
    return subject


def _codes(row: Row, column: str, by_code: dict[str, URIRef]) -> Iterator[URIRef]:
    for code in row.names(column):
        subject = by_code.get(code)
        if subject is None:
            raise row.fail(f"'{code}' in kolom {column} staat in geen van de registertabellen.")
        yield subject


def _event(graph: Graph, row: Row, by_code: dict[str, URIRef]) -> None:
    cls = EVENT_CLASSES.get(row["soort"])
    if cls is None:
        raise row.fail(f"soort '{row['soort']}' is onbekend (kies {', '.join(EVENT_CLASSES)}).")
    tooi = row["tooi"]
    if not tooi.startswith(TOOI_ID):
        raise row.fail(f"'{tooi}' is geen TOOI-IRI.")
    local = tooi[len(TOOI_ID):]
    subject = URIRef(f"{JGI_IRI}wijziging/{iris.slugify(local)}")
    graph.add((subject, RDF.type, JG.Wijziging))
    graph.add((subject, RDF.type, cls))
    graph.add((subject, OWL.sameAs, URIRef(tooi)))
    graph.add((subject, DCTERMS.source, _source(row)))
    when = _date(row, "datum")
    if when is not None:  # a few foundings are registered without a date
        graph.add((subject, DCTERMS.date, when))
    ended = list(_codes(row, "opgeheven", by_code))
    started = list(_codes(row, "ontstaan", by_code))
    continued = list(_codes(row, "voortgezet", by_code))
    for predicate, subjects in ((PROV.invalidated, ended), (PROV.generated, started), (PROV.used, continued)):
        for other in subjects:
            graph.add((subject, predicate, other))
    if row["soort"] not in SUCCESSION:
        return
    for old in ended:
        for new in (*started, *continued):
            if new == old:
                continue
            municipal = (old, RDF.type, JG.Gemeente) in graph and (new, RDF.type, JG.Gemeente) in graph
            graph.add((old, JG.opgevolgdDoor if municipal else DCTERMS.isReplacedBy, new))


def check_identity(graph: Graph) -> None:
    """A TOOI IRI names one resource: two resources ``owl:sameAs`` the same one is a table error."""
    seen: dict[str, URIRef] = {}
    for subject, tooi in graph.subject_objects(OWL.sameAs):
        earlier = seen.setdefault(str(tooi), subject)  # type: ignore[arg-type]
        if earlier != subject:
            raise InputError(f"{tooi} is de TOOI-IRI van zowel {earlier} als {subject}.")
