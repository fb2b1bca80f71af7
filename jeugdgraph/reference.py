"""Reference data: municipalities, youth-care regions, joint bodies, laws, organisations, programmes.

The project's own tables live in ``seeds/reference/`` (CSV files people can read and extend, plus
Turtle for what a table expresses badly, such as the group "MVS-gemeenten").
``load_reference_graph`` turns them into the RDF of the reference named graph and merges in the
files the importers wrote (``DIR/imports/*.nt``); ``gazetteer`` lists every name under which these
entities may be mentioned in a document.

Merging imports keeps one resource per real-world thing: an imported joint body that is
``owl:sameAs`` a TOOI IRI the project already knows becomes the project's resource, an imported
region with a known CBS code likewise; the project's spelling of a name stays the ``skos:prefLabel``
(a differing imported name becomes an ``skos:altLabel``); an imported region table replaces the
membership of every municipality it lists; and a municipality with an end date is no member of
any region.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from . import iris
from .errors import InputError
from .gazetteer import BASES, KIND_CLASSES, gazetteer
from .memberships import add_memberships
from .name_tables import add_names
from .namespaces import JG, ORG, OWL, RDF, RDFS, SKOS, XSD, bind_prefixes
from .reference_tables import Row, read_table
from .registers import add_registers, check_identity
from .settings import REFERENCE_DIR

TOOI_GEMEENTE = "https://identifier.overheid.nl/tooi/id/gemeente/"
TOOI_PROVINCIE = "https://identifier.overheid.nl/tooi/id/provincie/"
TOOI_SO = "https://identifier.overheid.nl/tooi/id/so/"
WETTEN = "https://wetten.overheid.nl/"


_CBS_REGIO = re.compile(r"^JZ\d{2}$")
_BWB = re.compile(r"^BWBR\d{7}$")
_PROVINCIE_CODE = re.compile(r"^PV\d{2}$")


# --------------------------------------------------------------------------- reading the tables

def _date(row: Row, column: str) -> date | None:
    value = row[column]
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise row.fail(f"'{value}' in kolom {column} is geen datum (JJJJ-MM-DD).") from None


def _iri(row: Row, column: str, prefix: str) -> URIRef | None:
    value = row[column]
    if not value:
        return None
    if not value.startswith(prefix) or any(c.isspace() for c in value):
        raise row.fail(f"'{value}' in kolom {column} is geen IRI die begint met {prefix}.")
    return URIRef(value)


def _slug(row: Row) -> str:
    slug = row["slug"]
    if not slug or iris.slugify(slug) != slug:
        raise row.fail(f"'{slug}' is geen geldige slug (kleine letters, cijfers en streepjes).")
    return slug


def _required(row: Row, column: str) -> str:
    value = row[column]
    if not value:
        raise row.fail(f"kolom {column} is leeg.")
    return value


# --------------------------------------------------------------------------- the curated graph

def _labels(graph: Graph, subject: URIRef, name: str, alternatives: Iterable[str]) -> None:
    graph.add((subject, SKOS.prefLabel, Literal(name, lang="nl")))
    for alt in alternatives:
        if alt != name:
            graph.add((subject, SKOS.altLabel, Literal(alt, lang="nl")))


def _comment(graph: Graph, subject: URIRef, row: Row) -> None:
    if row["toelichting"]:
        graph.add((subject, RDFS.comment, Literal(row["toelichting"], lang="nl")))


def _begin(graph: Graph, subject: URIRef, row: Row) -> None:
    begin = _date(row, "begindatum")
    if begin:
        graph.add((subject, JG.begindatum, Literal(begin, datatype=XSD.date)))


def _curated_graph(reference_dir: Path) -> Graph:
    graph = Graph()
    provinces = _add_provinces(graph, reference_dir / "provincies.csv")
    bodies = _add_organisations(graph, reference_dir / "organisaties.csv")
    regions = _add_regions(graph, reference_dir / "jeugdregios.csv", bodies)
    _add_municipalities(graph, reference_dir / "gemeenten.csv", provinces, regions)
    _add_laws(graph, reference_dir / "wetten.csv")
    _add_programmes(graph, reference_dir / "programmas.csv")
    for turtle in sorted(reference_dir.glob("*.ttl")):
        _parse_into(graph, turtle)
    return graph


def _add_provinces(graph: Graph, path: Path) -> dict[str, URIRef]:
    by_name: dict[str, URIRef] = {}
    for row in read_table(path, ("code", "naam", "tooi")):
        if not _PROVINCIE_CODE.match(row["code"]):
            raise row.fail(f"'{row['code']}' is geen provinciecode (PV + 2 cijfers).")
        tooi = _iri(row, "tooi", TOOI_PROVINCIE)
        if tooi is None:
            raise row.fail("kolom tooi is leeg.")
        by_name[_required(row, "naam")] = tooi
        graph.add((tooi, SKOS.prefLabel, Literal(row["naam"], lang="nl")))
    return by_name


def _add_organisations(graph: Graph, path: Path) -> dict[str, URIRef]:
    """Joint bodies and other organisations; returns slug -> IRI of the joint bodies."""
    classes = {"gemeenschappelijke_regeling": JG.GemeenschappelijkeRegeling, "organisatie": JG.Organisatie}
    bodies: dict[str, URIRef] = {}
    seen: set[str] = set()
    columns = ("soort", "slug", "naam", "andere_namen", "tooi", "begindatum", "toelichting")
    for row in read_table(path, columns):
        cls = classes.get(row["soort"])
        if cls is None:
            raise row.fail(f"soort '{row['soort']}' is onbekend (kies {' of '.join(classes)}).")
        slug = _slug(row)
        if slug in seen:
            raise row.fail(f"de slug '{slug}' staat er al eerder in.")
        seen.add(slug)
        subject = URIRef(iris.organisatie(slug))
        graph.add((subject, RDF.type, cls))
        _labels(graph, subject, _required(row, "naam"), row.names())
        tooi = _iri(row, "tooi", "https://identifier.overheid.nl/tooi/id/")
        if tooi is not None:
            graph.add((subject, OWL.sameAs, tooi))
        _begin(graph, subject, row)
        _comment(graph, subject, row)
        if cls == JG.GemeenschappelijkeRegeling:
            bodies[slug] = subject
    return bodies


def _add_regions(graph: Graph, path: Path, bodies: dict[str, URIRef]) -> dict[str, URIRef]:
    """Youth-care regions; returns CBS code -> IRI."""
    by_code: dict[str, URIRef] = {}
    by_slug: dict[str, URIRef] = {}
    partners: list[tuple[Row, URIRef, str]] = []
    columns = ("cbs_code", "slug", "naam", "andere_namen", "uitgevoerd_door", "inkoop_samen_met")
    for row in read_table(path, columns):
        code = row["cbs_code"]
        if not _CBS_REGIO.match(code):
            raise row.fail(f"'{code}' is geen CBS-jeugdregiocode (JZ + 2 cijfers).")
        if code in by_code:
            raise row.fail(f"de code {code} staat er al eerder in.")
        subject = URIRef(iris.jeugdregio(_slug(row)))
        by_code[code] = by_slug[row["slug"]] = subject
        graph.add((subject, RDF.type, JG.Jeugdregio))
        graph.add((subject, JG.cbsCode, Literal(code)))
        _labels(graph, subject, _required(row, "naam"), row.names())
        if row["uitgevoerd_door"]:
            body = bodies.get(row["uitgevoerd_door"])
            if body is None:
                raise row.fail(
                    f"'{row['uitgevoerd_door']}' is geen gemeenschappelijke regeling uit organisaties.csv."
                )
            graph.add((subject, JG.uitgevoerdDoor, body))
        for partner in row.names("inkoop_samen_met"):
            partners.append((row, subject, partner))
    for row, subject, partner in partners:
        other = by_slug.get(partner)
        if other is None:
            raise row.fail(f"'{partner}' in kolom inkoop_samen_met is geen slug van een jeugdregio.")
        graph.add((subject, JG.inkoopSamenMet, other))
        graph.add((other, JG.inkoopSamenMet, subject))  # symmetric: both directions are stated
    return by_code


def _add_municipalities(
    graph: Graph, path: Path, provinces: dict[str, URIRef], regions: dict[str, URIRef]
) -> None:
    seen: set[str] = set()
    columns = ("cbs_code", "naam", "provincie", "jeugdregio", "andere_namen", "begindatum", "tooi")
    for row in read_table(path, columns):
        code = row["cbs_code"]
        try:
            subject = URIRef(iris.gemeente(code))
        except ValueError:
            raise row.fail(f"'{code}' is geen CBS-gemeentecode (GM + 4 cijfers).") from None
        code = code.upper()
        if code in seen:
            raise row.fail(f"de code {code} staat er al eerder in.")
        seen.add(code)
        graph.add((subject, RDF.type, JG.Gemeente))
        graph.add((subject, JG.cbsCode, Literal(code)))
        _labels(graph, subject, _required(row, "naam"), row.names())
        tooi = _iri(row, "tooi", TOOI_GEMEENTE)
        if tooi is not None:
            if str(tooi) != TOOI_GEMEENTE + code.lower():
                raise row.fail(f"de TOOI-IRI {tooi} hoort niet bij code {code}.")
            graph.add((subject, OWL.sameAs, tooi))
        if row["provincie"]:
            province = provinces.get(row["provincie"])
            if province is None:
                raise row.fail(f"'{row['provincie']}' is geen provincie uit provincies.csv.")
            graph.add((subject, JG.provincie, province))
        if row["jeugdregio"]:
            region = regions.get(row["jeugdregio"])
            if region is None:
                raise row.fail(f"'{row['jeugdregio']}' is geen jeugdregio uit jeugdregios.csv.")
            graph.add((subject, ORG.memberOf, region))
            graph.add((region, ORG.hasMember, subject))
        _begin(graph, subject, row)


def _add_laws(graph: Graph, path: Path) -> None:
    for row in read_table(path, ("bwb_id", "slug", "naam", "andere_namen")):
        bwb = row["bwb_id"]
        if bwb:
            if not _BWB.match(bwb):
                raise row.fail(f"'{bwb}' is geen BWB-id (BWBR + 7 cijfers).")
            subject = URIRef(iris.wet(bwb))
        else:
            subject = URIRef(iris.wet(_slug(row)))
        graph.add((subject, RDF.type, JG.Wet))
        _labels(graph, subject, _required(row, "naam"), row.names())
        if bwb:
            graph.add((subject, JG.bwbId, Literal(bwb)))
            graph.add((subject, RDFS.seeAlso, URIRef(WETTEN + bwb)))


def _add_programmes(graph: Graph, path: Path) -> None:
    for row in read_table(path, ("slug", "naam", "andere_namen", "toelichting")):
        subject = URIRef(iris.programma(_slug(row)))
        graph.add((subject, RDF.type, JG.Programma))
        _labels(graph, subject, _required(row, "naam"), row.names())
        _comment(graph, subject, row)


def _parse_into(graph: Graph, path: Path) -> None:
    fmt = {".nt": "nt", ".ttl": "turtle", ".n3": "n3"}.get(path.suffix.lower())
    if fmt is None:
        raise InputError(
            f"{path.name}: alleen N-Triples (.nt) en Turtle (.ttl) kunnen in de referentiegraaf."
        )
    try:
        graph.parse(path, format=fmt)
    except FileNotFoundError:
        raise InputError(f"Het referentiebestand {path} ontbreekt.") from None
    except Exception as exc:  # rdflib raises many parser-specific types
        kind = {"nt": "N-Triples", "turtle": "Turtle", "n3": "N3"}[fmt]
        raise InputError(f"{path.name} is geen geldig {kind}-bestand ({_parser_reason(exc)}).") from exc


def _parser_reason(exc: Exception) -> str:
    """The parser's complaint in a few words: rdflib's messages span several lines."""
    text = str(exc)
    line = re.search(r"line (\d+)", text)
    syntax = re.search(r"Bad syntax \(([^)]*)\)", text)
    first = next((part.strip() for part in text.splitlines() if part.strip()), type(exc).__name__)
    reason = (syntax.group(1) if syntax else first)[:120].rstrip(".:")
    return f"regel {line.group(1)}: {reason}" if line else reason


# --------------------------------------------------------------------------- merging imports

def _rename(graph: Graph, mapping: dict[Node, Node]) -> Graph:
    if not mapping:
        return graph
    renamed = Graph()
    for s, p, o in graph:
        renamed.add((mapping.get(s, s), p, mapping.get(o, o)))
    return renamed


def _reconcile(accumulated: Graph, imported: Graph) -> Graph:
    """Give imported resources the IRI the reference graph already uses for the same thing."""
    known_by_sameas = {
        (o, cls): s
        for cls in (JG.GemeenschappelijkeRegeling, JG.Organisatie, JG.Gemeente)
        for s in accumulated.subjects(RDF.type, cls)
        for o in accumulated.objects(s, OWL.sameAs)
    }
    known_regions = {
        code: s
        for s in accumulated.subjects(RDF.type, JG.Jeugdregio)
        for code in accumulated.objects(s, JG.cbsCode)
    }
    mapping: dict[Node, Node] = {}
    for cls in (JG.GemeenschappelijkeRegeling, JG.Organisatie, JG.Gemeente):
        for s in imported.subjects(RDF.type, cls):
            for o in imported.objects(s, OWL.sameAs):
                target = known_by_sameas.get((o, cls))
                if target is not None and target != s:
                    mapping[s] = target
    for s in imported.subjects(RDF.type, JG.Jeugdregio):
        for code in imported.objects(s, JG.cbsCode):
            target = known_regions.get(code)
            if target is not None and target != s:
                mapping[s] = target
    return _rename(imported, mapping)


def _region_memberships(graph: Graph, municipality: Node) -> Iterator[tuple[Node, Node, Node]]:
    for region in graph.objects(municipality, ORG.memberOf):
        if (region, RDF.type, JG.Jeugdregio) in graph:
            yield municipality, ORG.memberOf, region
            yield region, ORG.hasMember, municipality


def _merge(accumulated: Graph, imported: Graph) -> None:
    imported = _reconcile(accumulated, imported)
    # an imported region table says where each municipality it lists belongs now
    listed = {
        m
        for m, region in imported.subject_objects(ORG.memberOf)
        if (region, RDF.type, JG.Jeugdregio) in imported
    }
    for municipality in listed:
        for triple in list(_region_memberships(accumulated, municipality)):
            accumulated.remove(triple)
    for s, p, o in imported:
        if p == SKOS.prefLabel:
            existing = [label for label in accumulated.objects(s, SKOS.prefLabel)
                        if getattr(label, "language", None) == getattr(o, "language", None)]
            if existing and o not in existing:
                p = SKOS.altLabel  # the name already in the graph stays the preferred one
        elif p in (JG.begindatum, JG.einddatum) and any(accumulated.objects(s, p)):
            continue  # one date each; the first source wins
        accumulated.add((s, p, o))


def _finish(graph: Graph) -> None:
    # a municipality that no longer exists is no member of a region any more
    for municipality in list(graph.subjects(JG.einddatum, None)):
        if (municipality, RDF.type, JG.Gemeente) in graph:
            for triple in list(_region_memberships(graph, municipality)):
                graph.remove(triple)
    for s, label in list(graph.subject_objects(SKOS.altLabel)):
        if (s, SKOS.prefLabel, label) in graph:
            graph.remove((s, SKOS.altLabel, label))


def load_reference(reference_dir: Path = REFERENCE_DIR, extra: Iterable[Path] = ()) -> tuple[Graph, Graph]:
    """All reference facts as RDF, and the part of them that the hand-made tables give.

    The hand-made tables and the importers' files in ``extra`` (N-Triples or Turtle that
    ``import-tooi --store``/``import-regions`` wrote, merged in the order given) come first; the
    register tables (``tooi-*.csv``), the hand-written names (``namen.csv``), memberships through
    time and the names derived by rules are added to them. Raises ``InputError`` for a table or
    file that cannot be used.
    """
    reference_dir = Path(reference_dir)
    if not reference_dir.is_dir():
        raise InputError(f"De map met referentiegegevens {reference_dir} bestaat niet.")
    graph = _curated_graph(reference_dir)
    for path in extra:
        imported = Graph()
        _parse_into(imported, Path(path))
        _merge(graph, imported)
    _finish(graph)
    base = Graph()
    for triple in graph:
        base.add(triple)
    add_registers(graph, reference_dir)
    check_identity(graph)
    add_memberships(graph, reference_dir)
    add_names(graph, reference_dir)
    _finish(graph)
    bind_prefixes(graph)
    BASES[graph] = base
    return graph, base


def load_reference_graph(reference_dir: Path = REFERENCE_DIR, extra: Iterable[Path] = ()) -> Graph:
    """All reference facts as RDF (see ``load_reference``)."""
    return load_reference(reference_dir, extra)[0]


__all__ = ["KIND_CLASSES", "Row", "gazetteer", "load_reference", "load_reference_graph", "read_table"]
