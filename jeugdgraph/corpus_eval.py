"""Measure extraction on the evaluation corpus (``tests/evaluation``): per fact kind, per half.

The gold there names entities by register code (CBS ``GM0301``/``JZ29``, TOOI ``so0842``,
``oorg12354``, ``zb100004``, ``pv28``, ``gm0870``, BWB ``BWBR0034925``) or by name
(``{name: "William Schrikker Groep"}``), so it does not depend on the project's IRIs: a graph
resource counts as that entity when its ``jg:cbsCode``, the tail of one of its ``owl:sameAs``
TOOI IRIs or its ``jgi:wet/{id}`` equals the code, or one of its labels equals the name after
``fold`` (case, diacritics, spacing). Once the registers hold more organisations, the same gold
scores the new links without a change.

``evaluate_half`` builds the half's texts (with their ``NAME.meta.yaml`` sidecars, which hold
only the source address) into a fresh store and compares; the schema is described in
``tests/evaluation/README.md``.

Fact kinds: ``kind``, ``title``, ``date``, ``publisher``, ``identifier`` and ``outcome`` are
single values (gold 1 when stated, found 1 when the graph states one; a value where the gold has
``null`` is a wrong finding); ``municipalities``, ``regions``, ``joint_bodies``, ``organisations``,
``laws`` and ``dates`` are sets, and so is ``vote``: one fact per stated field (``for=20``,
``unanimous=true``, ``against_parties=d66``); ``amounts``, ``decisions``, ``assignments`` and ``measures`` are
statements, every graph resource counting (as in ``evaluate``).
"""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import yaml

from . import iris
from .build import build_store
from .errors import InputError
from .evaluate import Score
from .extract.matching import fold
from .namespaces import JGI_IRI, sparql_prologue
from .ox_answers import select
from .registers import TOOI_ID
from .sparql_texts import filled, sparql
from .store import open_store

SINGLE_KINDS = ("kind", "title", "date", "publisher", "identifier", "outcome")
SET_KINDS = ("municipalities", "regions", "joint_bodies", "organisations", "laws", "dates", "vote")
STATEMENT_KINDS = ("amounts", "decisions", "assignments", "measures")
KINDS = SINGLE_KINDS + SET_KINDS + STATEMENT_KINDS

KIND_LABELS = {
    "kind": "soort document",
    "title": "titel",
    "date": "datum",
    "publisher": "uitgever",
    "identifier": "kenmerk",
    "outcome": "uitkomst",
    "municipalities": "gemeenten",
    "regions": "jeugdregio's",
    "joint_bodies": "gem. regelingen",
    "organisations": "organisaties",
    "laws": "wetten",
    "dates": "data",
    "vote": "stemming",
    "amounts": "bedragen",
    "decisions": "besluiten",
    "assignments": "opdrachten",
    "measures": "maatregelen",
}

#: The document classes of the ontology and the gold's names for them; others count as "other".
CLASS_KINDS = {
    "Motie": "motie",
    "Amendement": "amendement",
    "Raadsvoorstel": "raadsvoorstel",
    "Raadsbesluit": "raadsbesluit",
    "Collegebesluit": "collegebesluit",
    "Raadsinformatiebrief": "raadsinformatiebrief",
    "Nieuwsbericht": "nieuwsbericht",
    "Regeling": "regeling",
    "Beleidsplan": "beleidsplan",
    "Brief": "brief",
    "Verslag": "verslag",
    "Regiovisie": "regiovisie",
    "Presentatie": "other",
    "Advies": "other",
}
# the gold files parsed by libyaml when PyYAML was built with it (as the sidecars: the pure-Python
# parser takes ten times as long over the dev half's gold)
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_GENERAL_CLASSES = {"Document"}
_TYPE_KIND = {
    "Gemeente": "municipalities",
    "Jeugdregio": "regions",
    "GemeenschappelijkeRegeling": "joint_bodies",
    "Wet": "laws",
}
_NOT_ORGANISATIONS = {"Programma", "Thema", "Provincie", "Document", "Persoon"}


@dataclass
class CorpusDocument:
    slug: str
    half: str
    in_store: bool
    scores: dict[str, Score] = field(default_factory=dict)
    wrong: dict[str, list[str]] = field(default_factory=dict)
    missed: dict[str, list[str]] = field(default_factory=dict)


@dataclass
class HalfResult:
    half: str
    documents: list[CorpusDocument]

    def overall(self) -> dict[str, Score]:
        total = {kind: Score() for kind in KINDS}
        for document in self.documents:
            for kind, score in document.scores.items():
                total[kind] += score
        return total


# --------------------------------------------------------------------------- gold


def load_corpus_gold(gold_dir: Path) -> list[dict[str, Any]]:
    """The gold files of one half (``gold/dev/*.yaml``), each checked to name its document."""
    if not Path(gold_dir).is_dir():
        raise InputError(f"De map met gouden annotaties {gold_dir} bestaat niet.")
    documents = []
    for path in sorted(Path(gold_dir).glob("*.yaml")):
        try:
            raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER)
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
            raise InputError(f"Goudbestand {path} is niet te lezen: {exc}") from None
        if not isinstance(raw, dict) or raw.get("document") != path.stem:
            raise InputError(f"Goudbestand {path} noemt niet zijn eigen document ('document: {path.stem}').")
        documents.append(raw)
    if not documents:
        raise InputError(f"Er staan geen goudbestanden (*.yaml) in {gold_dir}.")
    return documents


def gold_key(value: Any) -> str:
    """A gold entity as a key: a register code in lower case, or ``name:`` and the folded name."""
    if isinstance(value, dict):
        return "name:" + fold(str(value.get("name", "")))
    return str(value).strip().lower()


# --------------------------------------------------------------------------- the store


def _rows(store: ox.Store, query: str) -> list[dict[str, str]]:
    result = select(store, sparql_prologue() + query, use_default_graph_as_union=True)
    names = [v.value for v in result.variables]
    return [{n: s[n].value for n in names if s[n] is not None} for s in result]


class _Entities:
    """Register codes, labels and classes of every resource in the store, read once."""

    def __init__(self, store: ox.Store) -> None:
        self.keys: dict[str, set[str]] = {}
        self.types: dict[str, set[str]] = {}
        for row in _rows(
            store,
            sparql("evaluation-entity-keys"),
        ):
            self.keys.setdefault(row["e"], set()).add(self._key(row["v"]))
        for row in _rows(store, sparql("evaluation-entity-types")):
            self.types.setdefault(row["e"], set()).add(row["t"].rsplit("#", 1)[-1].rsplit("/", 1)[-1])

    @staticmethod
    def _key(value: str) -> str:
        if value.startswith("name:"):
            return "name:" + fold(value[5:])
        return value.rstrip("/").rsplit("/", 1)[-1].lower()

    def of(self, iri: str) -> set[str]:
        keys = set(self.keys.get(iri, set()))
        if iri.startswith((f"{JGI_IRI}wet/", TOOI_ID)):  # a register's own IRI counts by its code
            keys.add(iri.rsplit("/", 1)[-1].lower())
        return keys or {iri}

    def kind(self, iri: str) -> str | None:
        types = self.types.get(iri, set())
        for name, kind in _TYPE_KIND.items():
            if name in types:
                return kind
        if iri.startswith(f"{JGI_IRI}wet/"):
            return "laws"
        if types & _NOT_ORGANISATIONS or iri.startswith((f"{JGI_IRI}programma/", f"{JGI_IRI}thema/")):
            return None
        return "organisations"


def _found(store: ox.Store, slug: str, entities: _Entities) -> dict[str, Any]:
    doc = str(iris.document(slug))

    def select(name: str, **slots: str) -> list[dict[str, str]]:
        return _rows(store, filled(name, doc=f"<{doc}>", **slots))

    def values(prop: str) -> list[str]:
        return [r["v"] for r in select("evaluation-document-values", property=prop)]

    found: dict[str, Any] = {kind: [] for kind in KINDS}
    for row in select("evaluation-document-types"):
        local = row["t"].rsplit("#", 1)[-1].rsplit("/", 1)[-1]
        if local in CLASS_KINDS:
            found["kind"].append(CLASS_KINDS[local])
    found["title"] = values("dcterms:title")
    found["date"] = values("dcterms:date")
    found["publisher"] = values("dcterms:publisher")
    found["identifier"] = values("dcterms:identifier")
    found["vote"] = sorted({
        _vote_fact(r["p"].rsplit("#", 1)[-1].rsplit("/", 1)[-1], r["v"])
        for r in select("evaluation-vote")
    })
    found["outcome"] = [
        v.rsplit("/", 1)[-1].rsplit("#", 1)[-1].lower() for v in values("jg:uitkomst")
    ]
    for row in select("evaluation-mentions"):
        kind = entities.kind(row["e"])
        if kind and row["e"] not in found[kind]:
            found[kind].append(row["e"])
    for r in select("evaluation-dates"):
        if r.get("d") and r["d"] not in found["dates"]:
            found["dates"].append(r["d"])
    # money only: the gold lists amounts of euros, not percentages
    found["amounts"] = select("evaluation-amounts-money")
    for kind, cls in (
        ("decisions", "jg:Besluit"),
        ("assignments", "jg:Opdracht"),
        ("measures", "jg:Maatregel"),
    ):
        items: dict[str, dict[str, str]] = {}
        for r in select("evaluation-items", **{"class": cls}):
            items.setdefault(r["x"], r)
        found[kind] = list(items.values())
    return found


# --------------------------------------------------------------------------- comparing


def _text(value: Any) -> str:
    return " ".join(fold(str(value)).strip(" \t\n\"'“”‘’.:;").split())


def _iso(value: Any) -> str | None:
    if value is None:
        return None
    return value.isoformat() if isinstance(value, date) else str(value)


#: The vote's facts as comparable keys: the graph's property and the gold's field for each.
_VOTE_FIELDS = {
    "unaniem": "unanimous", "stemmenVoor": "for", "stemmenTegen": "against",
    "fractieVoor": "for_parties", "fractieTegen": "against_parties",
}


def _vote_fact(field_name: str, value: Any) -> str:
    """``for=20``, ``unanimous=true``, ``for_parties=beter voor rijswijk``: one fact of a vote."""
    name = _VOTE_FIELDS.get(field_name, field_name)
    return f"{name}={_text(str(value).lower() if isinstance(value, bool) else value)}"


def gold_vote(vote: Any) -> list[str]:
    """The facts of a gold ``vote`` (``{for: 20, against: 5}``, ``{unanimous: true}``, parties)."""
    facts = []
    for name, value in (vote or {}).items():
        for item in value if isinstance(value, list) else [value]:
            facts.append(_vote_fact(str(name), item))
    return sorted(set(facts))


def _single(
    kind: str, gold: Any, found: list[str], entities: _Entities
) -> tuple[Score, list[str], list[str]]:
    if kind == "kind" and gold == "other":
        gold = None
    value = found[0] if found else None
    if kind == "title":
        ok = gold is not None and value is not None and _text(gold) == _text(value)
    elif kind == "date":
        ok = gold is not None and _iso(gold) == value
    elif kind == "publisher":
        ok = gold is not None and value is not None and gold_key(gold) in entities.of(value)
    elif kind == "identifier":
        ok = gold is not None and value is not None and _text(gold) == _text(value)
    else:
        ok = gold is not None and str(gold) == value
    score = Score(int(gold is not None), int(value is not None), int(ok), int(ok))
    wrong = [str(value)] if value is not None and not ok else []
    missed = [str(gold)] if gold is not None and not ok else []
    return score, wrong, missed


def _entities(
    expected: list[Any], found: list[str], entities: _Entities
) -> tuple[Score, list[str], list[str]]:
    keys = [gold_key(g) for g in expected]
    found_keys = [entities.of(iri) for iri in found]
    found_ok = [iri for iri, fk in zip(found, found_keys, strict=True) if fk & set(keys)]
    gold_ok = [k for k in keys if any(k in fk for fk in found_keys)]
    score = Score(len(keys), len(found), len(gold_ok), len(found_ok))
    return score, [i for i in found if i not in found_ok], [k for k in keys if k not in gold_ok]


def holds_keywords(gold: dict[str, Any], citaat: str) -> bool:
    """Whether a quote holds every keyword of a gold statement (any case), as the evaluation matches them."""
    text = fold(citaat)
    return all(fold(str(k)) in text for k in gold.get("keywords") or [])


def _decimal(value: Any) -> Decimal | None:
    try:
        return None if value is None else Decimal(str(value))
    except InvalidOperation:
        return None


def _amount_matches(gold: dict[str, Any], found: dict[str, str], entities: _Entities) -> bool:
    if _decimal(gold.get("value")) != _decimal(found.get("value")):
        return False
    if gold.get("qualifier") and gold["qualifier"] != found.get("qualifier"):
        return False
    if gold.get("concerns") and gold_key(gold["concerns"]) not in entities.of(found.get("concerns", "")):
        return False
    # the gold quote may hold the qualifier or a rate ("ca. 1,9 miljoen euro", "18 miljoen per jaar")
    quote, citaat = fold(str(gold.get("quote") or "")), fold(found["citaat"])
    return not quote or quote in citaat or citaat in quote


def _statement_matches(gold: dict[str, Any], found: dict[str, str], _entities: _Entities) -> bool:
    if not holds_keywords(gold, found["citaat"]):
        return False
    return "deadline" not in gold or _iso(gold.get("deadline")) == found.get("deadline")


def _statements(
    kind: str, expected: list[dict[str, Any]], found: list[dict[str, str]], entities: _Entities
) -> tuple[Score, list[str], list[str]]:
    matches = _amount_matches if kind == "amounts" else _statement_matches
    found_ok = [f for f in found if any(matches(g, f, entities) for g in expected)]
    gold_ok = [g for g in expected if any(matches(g, f, entities) for f in found)]
    score = Score(len(expected), len(found), len(gold_ok), len(found_ok))
    wrong = [" ".join(f["citaat"].split())[:100] for f in found if f not in found_ok]
    return score, wrong, [str(g) for g in expected if g not in gold_ok]


def compare(gold: dict[str, Any], found: dict[str, Any], entities: _Entities, half: str) -> CorpusDocument:
    document = CorpusDocument(gold["document"], half, True)
    for kind in KINDS:
        if kind in SINGLE_KINDS:
            result = _single(kind, gold.get(kind), found[kind], entities)
        elif kind in {"dates", "vote"}:
            expected = {_iso(d) for d in gold.get("dates") or []} if kind == "dates" else set(
                gold_vote(gold.get("vote")))
            got = set(found[kind])
            both = expected & got
            result = (
                Score(len(expected), len(got), len(both), len(both)),
                sorted(got - expected),
                sorted(str(d) for d in expected - got),
            )
        elif kind in SET_KINDS:
            named = list(found[kind])
            if kind == "municipalities":  # a former municipality is annotated apart, not scored yet
                former = {gold_key(g) for g in gold.get("former_municipalities") or []}
                named = [iri for iri in named if not entities.of(iri) & former]
            result = _entities(list(gold.get(kind) or []), named, entities)
        else:
            result = _statements(kind, list(gold.get(kind) or []), found[kind], entities)
        document.scores[kind], wrong, missed = result
        if wrong:
            document.wrong[kind] = wrong
        if missed:
            document.missed[kind] = missed
    return document


# --------------------------------------------------------------------------- running


def evaluate_half(evaluation_dir: Path, half: str, *, store_dir: Path | None = None) -> HalfResult:
    """Build ``corpus/<half>`` into a fresh store and compare it with ``gold/<half>``."""
    corpus = Path(evaluation_dir) / "corpus" / half
    with tempfile.TemporaryDirectory(prefix=f"jeugdgraph-eval-{half}-") as tmp:
        target = store_dir or Path(tmp) / "store"
        build_store([corpus], target, validate=False)
        return evaluate_built_half(evaluation_dir, half, target)


def evaluate_built_half(evaluation_dir: Path, half: str, store_dir: Path) -> HalfResult:
    """Compare the store at ``store_dir``, built from ``corpus/<half>`` alone, with ``gold/<half>``."""
    golds = load_corpus_gold(Path(evaluation_dir) / "gold" / half)
    store = open_store(store_dir, read_only=True)
    entities = _Entities(store)
    documents = []
    for gold in golds:
        slug = iris.document_slug(f"{gold['document']}.txt")
        present = bool(
            store.query(filled("evaluation-document-graph-exists", doc=f"<{iris.document(slug)}>"))
        )
        if present:
            documents.append(compare(gold, _found(store, slug, entities), entities, half))
        else:
            empty: dict[str, list] = {kind: [] for kind in KINDS}
            missing = compare(gold, empty, entities, half)
            missing.in_store = False
            documents.append(missing)
    del store
    return HalfResult(half, documents)


def format_half(result: HalfResult, *, per_document: bool = False) -> list[str]:
    """The half's table in Markdown (and, when asked, what each document got wrong or missed)."""
    lines = ["| soort | goud | gevonden | precisie | recall |", "|---|---:|---:|---:|---:|"]
    for kind, s in result.overall().items():
        lines.append(
            f"| {KIND_LABELS[kind]} | {s.gold} | {s.found} | {_ratio(s.precision)} | {_ratio(s.recall)} |"
        )
    if per_document:
        for document in result.documents:
            for kind in KINDS:
                for label, items in (
                    ("fout", document.wrong.get(kind)),
                    ("gemist", document.missed.get(kind)),
                ):
                    if items:
                        lines.append(f"    {document.slug} {KIND_LABELS[kind]} {label}: {'; '.join(items)}")
    return lines


def _ratio(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


_ROW = re.compile(
    r"^\| (?P<kind>[^|]+?) \| (?P<gold>\d+) \| (?P<found>\d+) \| (?P<p>[-\d.]+) \| (?P<r>[-\d.]+) \|$"
)


def committed_table(results_md: str, half: str) -> dict[str, tuple[float | None, float | None]] | None:
    """The (precision, recall) per kind label of ``half`` in a RESULTS.md text, or None without one."""
    section = re.search(rf"^## {re.escape(half)}\b.*?$(?P<body>.*?)(?=^## |\Z)", results_md, re.M | re.S)
    if section is None:
        return None
    table = {}
    for line in section.group("body").splitlines():
        m = _ROW.match(line.strip())
        if m:
            p, r = m.group("p"), m.group("r")
            table[m.group("kind")] = (None if p == "-" else float(p), None if r == "-" else float(r))
    return table or None


def scores_by_label(scores: dict[str, Score]) -> dict[str, tuple[float | None, float | None]]:
    return {KIND_LABELS[k]: (s.precision, s.recall) for k, s in scores.items()}


__all__ = [
    "KINDS",
    "HalfResult",
    "committed_table",
    "compare",
    "evaluate_built_half",
    "evaluate_half",
    "format_half",
    "gold_key",
    "holds_keywords",
    "load_corpus_gold",
    "scores_by_label",
]
