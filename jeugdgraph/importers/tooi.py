"""TOOI value lists (JSON-LD as published by the government) -> reference RDF.

A TOOI list such as ``rwc_gemeenten_compleet`` holds every municipality that existed, exists or
will exist, plus the change events (Samenvoeging, Uitbreiding, Herschikking) that ended some and
created others; ``rwc_samenwerkingsorganisaties_compleet`` does the same for joint bodies.
``import_tooi`` turns municipalities into ``jg:Gemeente`` (``jgi:gemeente/gm0622``) and joint
bodies into ``jg:GemeenschappelijkeRegeling`` (``jgi:organisatie/so0842``; the reference graph
maps a body it already knows to its own IRI through ``owl:sameAs``), each with the TOOI IRI as
``owl:sameAs``, its official name, its begin and end date, and its successor where a change
event records one.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD
from rdflib.term import Node

from .. import iris
from ..errors import InputError
from ..namespaces import JG, OWL, bind_prefixes
from .files import read_list_file

TOOI_ONT = Namespace("https://identifier.overheid.nl/tooi/def/ont/")

#: Change events after which the invalidated ones live on in the generated or used ones.
_SUCCESSION_EVENTS = (TOOI_ONT.Samenvoeging, TOOI_ONT.Uitbreiding, TOOI_ONT.Herschikking)
_GEMEENTECODE = re.compile(r"^\d{1,4}$")
_SO_CODE = re.compile(r"^so\d{4}$", re.IGNORECASE)

WHAT = (
    "een TOOI-waardelijst in JSON-LD (zoals rwc_gemeenten_compleet of rwc_samenwerkingsorganisaties_compleet)"
)


def import_tooi(path: Path | str) -> Graph:
    """Convert a published TOOI list of municipalities or joint bodies into reference RDF.

    Raises ``InputError`` (one sentence) for a file that is not such a list.
    """
    path = Path(path)
    source = _parse_json_ld(path)
    out = Graph()
    bind_prefixes(out)
    municipalities = _main_subjects(source, TOOI_ONT.Gemeente)
    bodies = _main_subjects(source, TOOI_ONT.Samenwerkingsorganisatie)
    if not municipalities and not bodies:
        raise InputError(
            f"{path.name} bevat geen gemeenten of samenwerkingsorganisaties; verwacht is {WHAT}."
        )
    ours: dict[Node, URIRef] = {}
    for subject in municipalities:
        ours[subject] = _municipality(source, subject, out, path)
    for subject in bodies:
        ours[subject] = _body(source, subject, out, path)
    _historic_names(source, ours, out)
    _successors(source, ours, out)
    return out


# --------------------------------------------------------------------------- reading the file

def _parse_json_ld(path: Path) -> Graph:
    raw = read_list_file(path, f"verwacht is {WHAT}")
    try:
        text = raw.decode("utf-8-sig")
        data = json.loads(text)
    except UnicodeDecodeError:
        raise InputError(f"{path.name} is geen UTF-8-tekst en dus geen JSON; verwacht is {WHAT}.") from None
    except json.JSONDecodeError as exc:
        raise InputError(
            f"{path.name} is geen JSON (fout op regel {exc.lineno}, kolom {exc.colno}); verwacht is {WHAT}."
        ) from None
    items = data.get("@graph") if isinstance(data, dict) else data
    if not isinstance(items, list) or not items or not all(isinstance(i, dict) for i in items):
        raise InputError(f"{path.name} is JSON maar geen lijst van JSON-LD-objecten; verwacht is {WHAT}.")
    if any(True for _ in _remote_contexts(data)):
        raise InputError(
            f"{path.name} verwijst naar een @context op het internet; gebruik de uitgeschreven "
            "JSON-LD-versie van de waardelijst."
        )
    graph = Graph()
    try:
        graph.parse(data=text, format="json-ld")
    except Exception as exc:  # the JSON-LD processor raises many types
        raise InputError(
            f"{path.name} is geen geldige JSON-LD ({type(exc).__name__}); verwacht is {WHAT}."
        ) from exc
    return graph


def _remote_contexts(value: object) -> Iterator[str]:
    """Every @context given as a URL: resolving it would mean fetching it over the network."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "@context":
                for ctx in item if isinstance(item, list) else [item]:
                    if isinstance(ctx, str):
                        yield ctx
            else:
                yield from _remote_contexts(item)
    elif isinstance(value, list):
        for item in value:
            yield from _remote_contexts(item)


def _main_subjects(graph: Graph, cls: URIRef) -> list[Node]:
    """Subjects of ``cls`` that are the thing itself, not a historic version of it."""
    return sorted(
        (s for s in graph.subjects(RDF.type, cls) if (s, RDF.type, TOOI_ONT.HistorischeVersie) not in graph),
        key=str,
    )


def _text(graph: Graph, subject: Node, *predicates: URIRef) -> str | None:
    for predicate in predicates:
        values = sorted(str(v).strip() for v in graph.objects(subject, predicate) if str(v).strip())
        if values:
            return values[0]
    return None


def _date(graph: Graph, subject: Node, predicate: URIRef, path: Path) -> Literal | None:
    value = _text(graph, subject, predicate)
    if value is None:
        return None
    try:
        return Literal(date.fromisoformat(value[:10]), datatype=XSD.date)
    except ValueError:
        raise InputError(f"{path.name}: {subject} heeft een ongeldige datum '{value}'.") from None


def _official_name(graph: Graph, subject: Node, path: Path, prefix: str) -> str:
    name = _text(graph, subject, TOOI_ONT.officieleNaamExclSoort, TOOI_ONT.voorkeursnaamExclSoort)
    if name is None:
        label = _text(graph, subject, RDFS.label)
        if label is not None:
            name = label[len(prefix):] if label.lower().startswith(prefix) else label
    if not name:
        raise InputError(f"{path.name}: {subject} heeft geen naam (officieleNaamExclSoort ontbreekt).")
    return name


def _common(graph: Graph, subject: Node, ours: URIRef, out: Graph, name: str, path: Path) -> None:
    out.add((ours, OWL.sameAs, URIRef(str(subject))))
    out.add((ours, SKOS.prefLabel, Literal(name, lang="nl")))
    for predicate in (TOOI_ONT.voorkeursnaamExclSoort, TOOI_ONT.alternatieveNaam, TOOI_ONT.afkorting):
        for alt in graph.objects(subject, predicate):
            if str(alt).strip() and str(alt).strip() != name:
                out.add((ours, SKOS.altLabel, Literal(str(alt).strip(), lang="nl")))
    dates = ((TOOI_ONT.begindatum, JG.begindatum), (TOOI_ONT.einddatum, JG.einddatum))
    for tooi_predicate, predicate in dates:
        value = _date(graph, subject, tooi_predicate, path)
        if value is not None:
            out.add((ours, predicate, value))


# --------------------------------------------------------------------------- the two kinds of list

def _municipality(graph: Graph, subject: Node, out: Graph, path: Path) -> URIRef:
    code = _text(graph, subject, TOOI_ONT.gemeentecode)
    if code is None:
        organisation_code = _text(graph, subject, TOOI_ONT.organisatiecode) or ""
        code = organisation_code[2:] if organisation_code.lower().startswith("gm") else None
    if code is None or not _GEMEENTECODE.match(code):
        raise InputError(f"{path.name}: gemeente {subject} heeft geen geldige gemeentecode ({code!r}).")
    cbs_code = "GM" + code.zfill(4)
    ours = URIRef(iris.gemeente(cbs_code))
    out.add((ours, RDF.type, JG.Gemeente))
    out.add((ours, JG.cbsCode, Literal(cbs_code)))
    _common(graph, subject, ours, out, _official_name(graph, subject, path, "gemeente "), path)
    for province in graph.objects(subject, TOOI_ONT.ligtInProvincie):
        out.add((ours, JG.provincie, URIRef(str(province))))
    return ours


def _body(graph: Graph, subject: Node, out: Graph, path: Path) -> URIRef:
    code = _text(graph, subject, TOOI_ONT.organisatiecode)
    if code is None or not _SO_CODE.match(code):
        socode = _text(graph, subject, TOOI_ONT.socode)
        code = f"so{socode.zfill(4)}" if socode and socode.isdigit() else None
    if code is None:
        raise InputError(
            f"{path.name}: samenwerkingsorganisatie {subject} heeft geen organisatiecode (so + 4 cijfers)."
        )
    ours = URIRef(iris.organisatie(code.lower()))
    out.add((ours, RDF.type, JG.GemeenschappelijkeRegeling))
    name = _official_name(graph, subject, path, "samenwerkingsorganisatie ")
    _common(graph, subject, ours, out, name, path)
    return ours


def _historic_names(graph: Graph, ours: dict[Node, URIRef], out: Graph) -> None:
    """Names a body or municipality had before a renaming: documents of that time use them."""
    for version in graph.subjects(RDF.type, TOOI_ONT.HistorischeVersie):
        for current in graph.objects(version, PROV.specializationOf):
            target = ours.get(current)
            name = _text(graph, version, TOOI_ONT.officieleNaamExclSoort, TOOI_ONT.voorkeursnaamExclSoort)
            if target is not None and name and (target, SKOS.prefLabel, Literal(name, lang="nl")) not in out:
                out.add((target, SKOS.altLabel, Literal(name, lang="nl")))


def _successors(graph: Graph, ours: dict[Node, URIRef], out: Graph) -> None:
    for event_type in _SUCCESSION_EVENTS:
        for event in graph.subjects(RDF.type, event_type):
            ended = [ours[x] for x in graph.objects(event, PROV.invalidated) if x in ours]
            continuing = (*graph.objects(event, PROV.generated), *graph.objects(event, PROV.used))
            after = [ours[x] for x in continuing if x in ours]
            for old in ended:
                for new in after:
                    if new == old:
                        continue
                    # jg:opgevolgdDoor is defined between municipalities; bodies use its super-property
                    municipal = (old, RDF.type, JG.Gemeente) in out and (new, RDF.type, JG.Gemeente) in out
                    out.add((old, JG.opgevolgdDoor if municipal else DCTERMS.isReplacedBy, new))
