"""Measure the graph against gold annotations: precision and recall per fact kind.

A gold file (``GOLD_DIR/<document slug>.yaml``) lists what a careful reader finds in one
document. ``evaluate`` asks the store (SPARQL, each document's own named graph) what the graph
says about that document and compares. Files in a subfolder (``GOLD_DIR/extra/``) are reported
as their own group, so documents the extractor was not tuned on are measured separately.

Matching rules per kind:

=================  ==========================================================================
kind               a graph fact counts as correct when ...
=================  ==========================================================================
municipalities     the document ``jg:noemt`` a ``jgi:gemeente/{cbs}``; gold: CBS codes.
regions            ... a ``jgi:jeugdregio/{slug}``; gold: slugs.
joint_bodies       ... an organisation typed ``jg:GemeenschappelijkeRegeling``; gold: slugs.
laws               the document ``jg:verwijstNaar`` ``jgi:wet/{BWB id or slug}``; gold: ids.
organisations      ... any other ``jgi:organisatie/{slug}``; gold: slugs.
programmes         ... a ``jgi:programma/{slug}``; gold: slugs.
persons            a ``jg:Persoon`` of the document with the same ``foaf:name`` (case,
                   diacritics and spacing aside) and ``jg:rol``; gold: ``{name, role}``.
decisions          a ``jg:Besluit`` with the gold ``number`` as ``jg:volgnummer``, every gold
                   keyword in its ``jg:citaat``, inside a part of the gold ``part`` kind (when
                   given), with exactly the gold ``adopts`` as ``jg:steltVast`` (``kind/n``,
                   relative to the document; none when not given) and the gold ``deadline``
                   (none when not given).
assignments        a ``jg:Opdracht``: ``number``, keywords and ``deadline`` as for decisions.
measures           a ``jg:Maatregel`` whose ``jg:citaat`` holds every keyword of a gold measure.
amounts            a ``jg:Bedrag`` with the gold ``value`` (``jg:bedrag``) or ``percentage``
                   (``value: null`` and no percentage: an amount without a value), the gold
                   ``concerns`` as ``jg:betreft`` when given (``gemeente/gm0482``), and the gold
                   ``quote`` inside its ``jg:citaat`` when given.
dates              the distinct ``jg:datum``/``jg:duur`` values of the document's ``jg:Termijn``
                   resources; gold: ISO dates and durations (``P14W`` equals ``P98D``).
glossary           the distinct ``jg:term`` values of its ``jg:Begrip`` resources.
=================  ==========================================================================

For the set-valued kinds (entities, persons, dates, glossary) precision and recall are over
distinct values. For the statement kinds every graph resource counts: precision is the share of
resources that match some gold item, recall the share of gold items matched by some resource
(a measure stated twice is found twice and correct twice).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import yaml

from . import iris
from .errors import InputError
from .extract.matching import fold
from .namespaces import JGI_IRI, sparql_prologue
from .ox_answers import select
from .sparql_texts import filled, sparql
from .store import open_store

ENTITY_KINDS = ("municipalities", "regions", "joint_bodies", "laws", "organisations", "programmes")
STATEMENT_KINDS = ("persons", "decisions", "assignments", "measures", "amounts", "dates", "glossary")
KINDS = ENTITY_KINDS + STATEMENT_KINDS
_GOLD_KEYS = {"document", *KINDS}


# --------------------------------------------------------------------------- scores

@dataclass
class Score:
    """Counts behind one precision/recall pair."""

    gold: int = 0
    found: int = 0
    gold_matched: int = 0
    found_matched: int = 0

    @property
    def precision(self) -> float | None:
        return self.found_matched / self.found if self.found else None

    @property
    def recall(self) -> float | None:
        return self.gold_matched / self.gold if self.gold else None

    def __iadd__(self, other: Score) -> Score:
        self.gold += other.gold
        self.found += other.found
        self.gold_matched += other.gold_matched
        self.found_matched += other.found_matched
        return self


@dataclass
class DocumentScore:
    slug: str
    group: str  # the gold folder the file is in, relative to GOLD_DIR ("." for the top level)
    in_store: bool
    scores: dict[str, Score] = field(default_factory=dict)
    wrong: dict[str, list[str]] = field(default_factory=dict)  # found, not in gold
    missed: dict[str, list[str]] = field(default_factory=dict)  # in gold, not found


@dataclass
class EvaluationResult:
    documents: list[DocumentScore]

    @property
    def groups(self) -> list[str]:
        return sorted({d.group for d in self.documents}, key=lambda g: (g != ".", g))

    def overall(self, group: str) -> dict[str, Score]:
        """Scores summed over the documents of a group (micro average)."""
        total = {kind: Score() for kind in KINDS}
        for document in self.documents:
            if document.group == group:
                for kind, score in document.scores.items():
                    total[kind] += score
        return total

    def document(self, slug: str) -> DocumentScore:
        for document in self.documents:
            if document.slug == slug:
                return document
        raise KeyError(slug)


# --------------------------------------------------------------------------- gold

@dataclass
class GoldDocument:
    slug: str
    group: str
    path: Path
    data: dict[str, list[Any]]


def load_gold(gold_dir: Path) -> list[GoldDocument]:
    """Every gold file under ``gold_dir`` (``*.yaml``, subfolders being groups of their own)."""
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise InputError(f"De map met gouden annotaties {gold_dir} bestaat niet.")
    documents = []
    for path in sorted(gold_dir.rglob("*.yaml")):
        try:
            raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
            raise InputError(f"Goudbestand {path} is niet te lezen: {exc}") from None
        if not isinstance(raw, dict) or not isinstance(raw.get("document"), str):
            raise InputError(f"Goudbestand {path} noemt geen document ('document: <slug>').")
        unknown = sorted(set(raw) - _GOLD_KEYS)
        if unknown:
            raise InputError(f"Goudbestand {path} kent de soorten {', '.join(unknown)} niet.")
        data = {kind: list(raw.get(kind) or []) for kind in KINDS}
        group = path.parent.relative_to(gold_dir).as_posix()
        documents.append(GoldDocument(raw["document"], group, path, data))
    if not documents:
        raise InputError(f"Er staan geen goudbestanden (*.yaml) in {gold_dir}.")
    return documents


# --------------------------------------------------------------------------- the store

def _rows(store: ox.Store, query: str) -> list[dict[str, str]]:
    result = select(store, sparql_prologue() + query, use_default_graph_as_union=True)
    variables = [v.value for v in result.variables]
    rows = []
    for solution in result:
        rows.append({v: solution[v].value for v in variables if solution[v] is not None})
    return rows


def _select(store: ox.Store, slug: str, name: str, **slots: str) -> list[dict[str, str]]:
    """The rows of the query ``name`` about the document ``slug``, in its own graph."""
    return _rows(store, filled(name, doc=f"<{iris.document(slug)}>", **slots))


def _in_store(store: ox.Store, slug: str) -> bool:
    doc = iris.document(slug)
    return bool(store.query(sparql_prologue() + filled("evaluation-document-in-store", doc=f"<{doc}>")))


def _open(store: ox.Store | Path | str) -> ox.Store:
    if isinstance(store, ox.Store):
        return store
    return open_store(Path(store), read_only=True)


# --------------------------------------------------------------------------- evaluation

def evaluate(gold_dir: Path, store: ox.Store | Path | str) -> EvaluationResult:
    """Compare every gold file under ``gold_dir`` with the graph in ``store``."""
    handle = _open(store)
    bodies = _rows(handle, sparql("evaluation-joint-bodies"))
    joint_bodies = {row["b"] for row in bodies}
    results = []
    for gold in load_gold(gold_dir):
        document = DocumentScore(gold.slug, gold.group, _in_store(handle, gold.slug))
        found = _found(handle, gold.slug, joint_bodies) if document.in_store else _nothing()
        for kind in KINDS:
            score, wrong, missed = _compare(kind, gold, found[kind])
            document.scores[kind] = score
            if wrong:
                document.wrong[kind] = wrong
            if missed:
                document.missed[kind] = missed
        results.append(document)
    return EvaluationResult(results)


def _nothing() -> dict[str, list[Any]]:
    return {kind: [] for kind in KINDS}


def _found(store: ox.Store, slug: str, joint_bodies: set[str]) -> dict[str, list[Any]]:
    found = _nothing()
    for row in _select(store, slug, "evaluation-mentions"):
        entity = row["e"]
        if not entity.startswith(JGI_IRI):
            continue
        local = entity[len(JGI_IRI):]
        if local.startswith("gemeente/"):
            found["municipalities"].append(local.split("/", 1)[1].upper())
        elif local.startswith("jeugdregio/"):
            found["regions"].append(local.split("/", 1)[1])
        elif local.startswith("wet/"):
            found["laws"].append(local.split("/", 1)[1])
        elif local.startswith("programma/"):
            found["programmes"].append(local.split("/", 1)[1])
        elif local.startswith("organisatie/"):
            kind = "joint_bodies" if entity in joint_bodies else "organisations"
            found[kind].append(local.split("/", 1)[1])

    persons = _select(store, slug, "evaluation-persons")
    found["persons"] = [(r["name"], r["rol"]) for r in persons]
    found["decisions"] = _numbered(store, slug, "jg:Besluit")
    found["assignments"] = _numbered(store, slug, "jg:Opdracht")
    found["measures"] = [
        {"iri": r["x"], "citaat": r["citaat"]}
        for r in _select(store, slug, "evaluation-measures")
    ]
    found["amounts"] = [
        {"iri": r["x"], "citaat": r["citaat"], "value": r.get("value"), "percentage": r.get("pct"),
         "concerns": r.get("concerns")}
        for r in _select(store, slug, "evaluation-amounts")
    ]
    for r in _select(store, slug, "evaluation-dates-durations"):
        found["dates"].extend(v for v in (r.get("d"), _canonical_duration(r.get("p"))) if v)
    found["glossary"] = [r["term"] for r in _select(store, slug, "evaluation-glossary")]
    return found


def _numbered(store: ox.Store, slug: str, cls: str) -> list[dict[str, Any]]:
    items: dict[str, dict[str, Any]] = {}
    rows = _select(store, slug, "evaluation-numbered-items", **{"class": cls})
    for r in rows:
        item = items.setdefault(r["x"], {
            "iri": r["x"], "number": int(r["n"]), "citaat": r["citaat"], "adopts": set(),
            "deadline": r.get("deadline"), "parts": set(),
        })
        if "adopts" in r:
            item["adopts"].add(r["adopts"])
        if "part" in r:
            item["parts"].add(r["part"].rsplit("/", 2)[-2])
    return list(items.values())


# --------------------------------------------------------------------------- comparing

def _compare(kind: str, gold: GoldDocument, found: list[Any]) -> tuple[Score, list[str], list[str]]:
    expected = gold.data[kind]
    if kind in ENTITY_KINDS or kind in ("dates", "glossary", "persons"):
        return _compare_sets(_gold_values(kind, expected), {_found_value(kind, v) for v in found})
    matches = _MATCHERS[kind]
    found_ok = [f for f in found if any(matches(g, f, gold.slug) for g in expected)]
    gold_ok = [g for g in expected if any(matches(g, f, gold.slug) for f in found)]
    score = Score(len(expected), len(found), len(gold_ok), len(found_ok))
    wrong = [_describe(f) for f in found if f not in found_ok]
    missed = [str(g) for g in expected if g not in gold_ok]
    return score, wrong, missed


def _compare_sets(expected: set[str], found: set[str]) -> tuple[Score, list[str], list[str]]:
    both = expected & found
    score = Score(len(expected), len(found), len(both), len(both))
    return score, sorted(found - expected), sorted(expected - found)


def _gold_values(kind: str, values: Iterable[Any]) -> set[str]:
    result = set()
    for value in values:
        if kind == "persons":
            result.add(f"{fold(str(value['name']))} | {value['role']}")
        elif kind == "municipalities":
            result.add(str(value).upper())
        elif kind == "glossary":
            result.add(fold(str(value)))
        elif isinstance(value, date):
            result.add(value.isoformat())
        elif kind == "dates" and str(value).startswith("P"):
            result.add(_canonical_duration(str(value)) or str(value))
        else:
            result.add(str(value))
    return result


_WEEKS_OR_DAYS = re.compile(r"^P(?:(?P<w>\d+)W)?(?:(?P<d>\d+)D)?$")


def _canonical_duration(value: str | None) -> str | None:
    """``P14W`` and ``P98D`` are the same length; stores may write either."""
    if not value:
        return None
    m = _WEEKS_OR_DAYS.match(value)
    if not m or not (m.group("w") or m.group("d")):
        return value
    return f"P{int(m.group('w') or 0) * 7 + int(m.group('d') or 0)}D"


def _found_value(kind: str, value: Any) -> str:
    if kind == "persons":
        name, role = value
        return f"{fold(name)} | {role}"
    if kind == "glossary":
        return fold(value)
    return str(value)


def _describe(found: dict[str, Any]) -> str:
    citaat = " ".join(str(found.get("citaat", "")).split())
    return f"{found.get('iri', '').rsplit('/', 2)[-2:]} {citaat[:100]}"


def _iso(value: Any) -> str | None:
    if value is None:
        return None
    return value.isoformat() if isinstance(value, date) else str(value)


def _has_keywords(gold: dict[str, Any], citaat: str) -> bool:
    text = fold(citaat)
    return all(fold(str(k)) in text for k in gold.get("keywords", []))


def _match_numbered(gold: dict[str, Any], found: dict[str, Any], slug: str) -> bool:
    if int(gold["number"]) != found["number"] or not _has_keywords(gold, found["citaat"]):
        return False
    if _iso(gold.get("deadline")) != found["deadline"]:
        return False
    if "part" in gold and gold["part"] not in found["parts"]:
        return False
    adopts = {str(iris.extracted(slug, *_kind_number(a))) for a in gold.get("adopts", [])}
    return adopts == found.get("adopts", set())


def _kind_number(relative: str) -> tuple[str, int]:
    kind, number = str(relative).rsplit("/", 1)
    return kind, int(number)


def _match_measure(gold: dict[str, Any], found: dict[str, Any], _slug: str) -> bool:
    return _has_keywords(gold, found["citaat"])


def _decimal(value: Any) -> Decimal | None:
    if value is None:
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def _match_amount(gold: dict[str, Any], found: dict[str, Any], _slug: str) -> bool:
    if _decimal(gold.get("value")) != _decimal(found["value"]):
        return False
    if _decimal(gold.get("percentage")) != _decimal(found["percentage"]):
        return False
    if "concerns" in gold and f"{JGI_IRI}{gold['concerns']}" != found["concerns"]:
        return False
    return "quote" not in gold or str(gold["quote"]) in found["citaat"]


_MATCHERS = {
    "decisions": _match_numbered,
    "assignments": _match_numbered,
    "measures": _match_measure,
    "amounts": _match_amount,
}


# --------------------------------------------------------------------------- report

KIND_LABELS = {
    "municipalities": "gemeenten", "regions": "jeugdregio's", "joint_bodies": "gem. regelingen",
    "laws": "wetten", "organisations": "organisaties", "programmes": "programma's",
    "persons": "personen", "decisions": "besluiten", "assignments": "opdrachten",
    "measures": "maatregelen", "amounts": "bedragen", "dates": "data/termijnen",
    "glossary": "begrippen",
}


def _ratio(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def score_rows(scores: dict[str, Score]) -> list[tuple[str, int, int, str, str]]:
    """(kind, gold, found, precision, recall) for the kinds that have gold or findings."""
    return [
        (KIND_LABELS[kind], s.gold, s.found, _ratio(s.precision), _ratio(s.recall))
        for kind, s in scores.items()
        if s.gold or s.found
    ]


def _lines(scores: dict[str, Score]) -> list[str]:
    return [f"{k:<16} {g:>5} {f:>9} {p:>9} {r:>7}" for k, g, f, p, r in score_rows(scores)]


def format_report(result: EvaluationResult) -> str:
    """The evaluation as plain text: per document, then overall per group."""
    out: list[str] = []
    header = f"{'soort':<16} {'goud':>5} {'gevonden':>9} {'precisie':>9} {'recall':>7}"
    for group in result.groups:
        title = "gouden documenten" if group == "." else f"gouden documenten in {group}/"
        out.append(f"=== {title}")
        for document in (d for d in result.documents if d.group == group):
            out.append(f"--- {document.slug}" + ("" if document.in_store else "  (niet in de store)"))
            out.append(header)
            out.extend(_lines(document.scores))
        out.append(f"--- totaal ({title})")
        out.append(header)
        out.extend(_lines(result.overall(group)))
        out.append("")
    return "\n".join(out)
