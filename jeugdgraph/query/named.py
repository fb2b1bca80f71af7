"""Named queries: the ``queries/*.rq`` files as ``GET /api/queries/{name}``.

Every file starts with a header of ``#+`` lines in YAML::

    #+ summary: Gemeenten die lid zijn van een jeugdregio
    #+ description: Alle gemeenten van de regio, met hun CBS-code.
    #+ params:
    #+   regio: jeugdregio            # or {type: jeugdregio, description: ..., default: ...}
    #+   peildatum: date?             # '?' marks an optional parameter
    #+ example:
    #+   regio: rijnmond

A parameter ``regio`` is the query variable ``?regio``. Its value is checked and turned into an RDF
term by its type (a municipality name becomes the municipality's IRI, a date an ``xsd:date``) and
bound through pyoxigraph ``substitutions``: it is never pasted into the query text, so no value
can change what the query does. Oxigraph binds only variables the SELECT projects, so a SELECT
must project every parameter variable; the loader refuses a query that does not.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pyoxigraph as ox
import yaml

from .. import iris
from ..errors import Ambiguous, InputError, NotFound, QueryError
from ..names import search_key
from ..namespaces import JG_IRI, PREFIXES
from ..sparql_texts import sparql
from .buckets import PageSpec, parse_pages
from .lexer import tokens
from .safety import QueryInfo, inspect_query
from .shape import QueryShape, query_shape
from .types import QueryBackend, Term, select_bindings, term_from_binding

XSD = "http://www.w3.org/2001/XMLSchema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
LABEL_LOOKUP = sparql("named-label-lookup")
_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_FILE_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*$")
# the API's own parameters
RESERVED_NAMES = {"format", "timeout", "row_limit", "download", "request", "limit", "offset"}
MAX_TEXT_LENGTH = 500


@dataclass(frozen=True)
class ParamType:
    name: str
    description: str  # for the person filling it in (Dutch)
    example: str
    pattern: str | None = None  # OpenAPI pattern, where the form is fixed


PARAM_TYPES: dict[str, ParamType] = {t.name: t for t in (
    ParamType("gemeente", "Een gemeente: CBS-code (GM0622) of naam (Vlaardingen).", "GM0622"),
    ParamType("jeugdregio", "Een jeugdregio: slug (rijnmond), naam (Zuid-Holland Zuid) of CBS-code (JZ29).",
              "rijnmond"),
    ParamType("wet", "Een wet: BWB-id (BWBR0034925) of naam (Jeugdwet).", "BWBR0034925"),
    ParamType("thema", "Een beleidsthema: slug (preventie) of naam.", "preventie"),
    ParamType("document", "Een document: de slug uit de IRI (004_33a8688e64a59d40).", "004_33a8688e64a59d40",
              r"^[A-Za-z0-9_\-/]+$"),
    ParamType("date", "Een datum als JJJJ-MM-DD.", "2026-01-01", r"^\d{4}-\d{2}-\d{2}$"),
    ParamType("text", f"Vrije tekst (hoogstens {MAX_TEXT_LENGTH} tekens).", "preventie"),
    ParamType("integer", "Een geheel getal.", "1", r"^-?\d+$"),
    ParamType("iri", "Een IRI, voluit (https://…) of met een bekend prefix (jgi:gemeente/gm0622).",
              "https://w3id.org/jeugdgraph/id/gemeente/gm0622"),
)}


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    required: bool
    description: str
    default: str | None = None  # 'today' for today's date
    example: str | None = None

    @property
    def type_info(self) -> ParamType:
        return PARAM_TYPES[self.type]


@dataclass(frozen=True)
class NamedQuery:
    name: str
    summary: str
    description: str
    params: tuple[Param, ...]
    sparql: str  # the whole file, header included
    kind: str  # formats.RESULTS or formats.GRAPH
    path: Path
    info: QueryInfo
    shape: QueryShape  # parsed once at load: where values are bound
    pages: PageSpec | None = None  # ``#+ pages:``: its pages are asked of the first buckets (query.buckets)

    @property
    def api_path(self) -> str:
        return f"/api/queries/{self.name}"

    def example_values(self) -> dict[str, str]:
        return {p.name: p.example for p in self.params if p.example is not None}


@dataclass
class NamedQueries:
    queries: dict[str, NamedQuery] = field(default_factory=dict)

    def __iter__(self):  # noqa: ANN204
        return iter(self.queries.values())

    def __len__(self) -> int:
        return len(self.queries)

    def get(self, name: str) -> NamedQuery:
        try:
            return self.queries[name]
        except KeyError:
            raise NotFound(f"Er is geen vaste vraag met de naam '{name}'.") from None


# --------------------------------------------------------------------------- loading


def load_named_queries(directory: Path) -> NamedQueries:
    """Every ``*.rq`` file of ``directory``, checked; a bad file stops the server with its name."""
    loaded = NamedQueries()
    if not directory.is_dir():
        return loaded
    for path in sorted(directory.glob("*.rq")):
        query = parse_named_query(path.stem, path.read_text(encoding="utf-8"), path)
        loaded.queries[query.name] = query
    return loaded


def parse_named_query(name: str, text: str, path: Path | None = None) -> NamedQuery:
    where = str(path or name)
    if not _FILE_NAME.match(name):
        raise InputError(f"{where}: de naam van een vaste vraag bestaat uit kleine letters, cijfers en '-'.")
    header_lines = []
    for line in text.splitlines():
        if line.startswith("#+"):
            header_lines.append(line[3:] if line.startswith("#+ ") else line[2:])
        elif line.strip() and not line.lstrip().startswith("#"):
            break
    try:
        header = yaml.safe_load("\n".join(header_lines)) or {}
    except yaml.YAMLError as exc:
        raise InputError(f"{where}: de kop (#+-regels) is geen geldige YAML: {exc}") from None
    if not isinstance(header, dict) or not str(header.get("summary", "")).strip():
        raise InputError(f"{where}: de kop mist '#+ summary:'.")
    examples = header.get("example") or {}
    if not isinstance(examples, dict):
        raise InputError(f"{where}: '#+ example:' moet per parameter een waarde geven.")
    params = tuple(_param(where, pname, spec, examples.get(pname))
                   for pname, spec in (header.get("params") or {}).items())
    unknown = set(examples) - {p.name for p in params}
    if unknown:
        raise InputError(f"{where}: voorbeeld voor onbekende parameter(s): {', '.join(sorted(unknown))}.")
    try:
        info = inspect_query(text, prefixes=PREFIXES)
        shape = query_shape(text)
    except QueryError as exc:
        raise InputError(f"{where}: {exc}") from None
    if info.answer_kind is None:
        raise InputError(f"{where}: geen SELECT-, ASK-, CONSTRUCT- of DESCRIBE-query.")
    if info.form == "select":
        projected = shape.projected
        missing = [p.name for p in params if projected is not None and p.name not in projected]
        if missing:
            raise InputError(
                f"{where}: de SELECT moet de parametervariabele(n) {', '.join('?' + m for m in missing)} "
                "projecteren, anders bindt de server ze niet."
            )
    _refuse_unbindable_uses(where, text, {p.name for p in params})
    pages = parse_pages(where, header.get("pages"), text, {p.name for p in params if p.type == "date"},
                        {p.name for p in params})
    return NamedQuery(
        name=name,
        summary=str(header["summary"]).strip(),
        description=str(header.get("description") or "").strip(),
        params=params,
        sparql=text,
        kind=info.answer_kind,
        path=path or Path(name + ".rq"),
        info=info,
        shape=shape,
        pages=pages,
    )


def _param(where: str, name: object, spec: object, example: object) -> Param:
    if not isinstance(name, str) or not _NAME.match(name):
        raise InputError(f"{where}: parameternaam {name!r} moet uit kleine letters, cijfers en _ bestaan.")
    if name in RESERVED_NAMES:
        raise InputError(f"{where}: '{name}' is een gereserveerde parameternaam; kies een andere.")
    if isinstance(spec, str):
        spec = {"type": spec}
    if not isinstance(spec, dict) or not isinstance(spec.get("type"), str):
        raise InputError(f"{where}: parameter '{name}' heeft geen type.")
    kind = spec["type"].strip()
    required = not kind.endswith("?")
    kind = kind.rstrip("?")
    if "optional" in spec:
        required = not spec["optional"]
    if kind not in PARAM_TYPES:
        raise InputError(
            f"{where}: parameter '{name}' heeft onbekend type '{kind}'; kies uit {', '.join(PARAM_TYPES)}."
        )
    default = spec.get("default")
    return Param(
        name=name,
        type=kind,
        required=required and default is None,
        description=str(spec.get("description") or PARAM_TYPES[kind].description),
        default=None if default is None else str(default),
        example=None if example is None else str(example),
    )


def _refuse_unbindable_uses(where: str, text: str, params: set[str]) -> None:
    """Oxigraph's substitution does not reach ``BOUND(?p)`` (always false) nor ``BIND(?p AS ?x)``
    (leaves ``?x`` unbound), so a query written that way would silently ignore its parameter."""
    toks = list(tokens(text))
    for i, tok in enumerate(toks[:-2]):
        if tok.keyword in ("BOUND", "BIND") and toks[i + 1].text == "(" and toks[i + 2].kind == "var":
            var = toks[i + 2].text[1:]
            plain_bind = tok.keyword == "BIND" and i + 3 < len(toks) and toks[i + 3].keyword == "AS"
            if var in params and (tok.keyword == "BOUND" or plain_bind):
                raise InputError(
                    f"{where}: {tok.keyword}(?{var} …) ziet de parameterwaarde niet; "
                    f"gebruik COALESCE(?{var}, …) of een vergelijking met ?{var}."
                )


# --------------------------------------------------------------------------- binding values


class ParameterBinder:
    """Turns the text a client sends into the RDF term a parameter variable is bound to."""

    def __init__(self, backend: QueryBackend, timeout: float) -> None:
        self.backend = backend
        self.timeout = timeout
        self._by_type: dict[str, Callable[[str], Term]] = {
            "gemeente": self._gemeente,
            "jeugdregio": self._jeugdregio,
            "wet": self._wet,
            "thema": self._thema,
            "document": self._document,
            "date": _date,
            "text": _text,
            "integer": _integer,
            "iri": _iri,
        }

    def bind(self, query: NamedQuery, values: Mapping[str, str | None]) -> dict[str, Term]:
        bound: dict[str, Term] = {}
        for param in query.params:
            raw = values.get(param.name)
            if raw is None or raw == "":
                if param.default is not None:
                    raw = date.today().isoformat() if param.default == "today" else param.default
                elif param.required:
                    raise InputError(f"De parameter '{param.name}' ontbreekt: {param.description}")
                else:
                    continue
            bound[param.name] = self.term(param, raw)
        return bound

    def term(self, param: Param, raw: str) -> Term:
        if len(raw) > MAX_TEXT_LENGTH:
            raise InputError(f"De waarde van '{param.name}' is langer dan {MAX_TEXT_LENGTH} tekens.")
        try:
            return self._by_type[param.type](raw.strip())
        except Ambiguous as exc:
            raise Ambiguous(f"Parameter '{param.name}': {exc}", exc.candidates) from None
        except (InputError, NotFound) as exc:
            raise type(exc)(f"Parameter '{param.name}': {exc}") from None

    # --- lookups in the store

    def _exists(self, iri: str, cls: str) -> bool:
        rows = select_bindings(
            self.backend, sparql("named-classes"), timeout=self.timeout,
            substitutions={"x": ox.NamedNode(iri), "klasse": ox.NamedNode(cls)}, row_limit=1,
        )
        return bool(rows)

    def _by_label(self, value: str, cls: str, what: str) -> ox.NamedNode:
        """The resource of class ``cls`` with this name (any label) or code. The exact spelling is
        looked up one property at a time (each an index lookup: Oxigraph does not push a
        substituted value into a UNION); other capitalisations need a scan of the labels."""
        rows: list[dict[str, dict[str, str]]] = []
        # an official name and another name count alike: "Valkenburg" is the name of a former
        # municipality and another name of Valkenburg aan de Geul, which exists now; so does a
        # spelling a document wrote that the graph did not choose as the official name
        groups = (
            ((SKOS + "prefLabel", ox.Literal(value, language="nl")),
             (SKOS + "altLabel", ox.Literal(value, language="nl")),
             (JG_IRI + "geschrevenNaam", ox.Literal(value, language="nl"))),
            ((JG_IRI + "cbsCode", ox.Literal(value)),),
            ((JG_IRI + "bwbId", ox.Literal(value)),),
            ((SKOS + "prefLabel", ox.Literal(value)), (SKOS + "altLabel", ox.Literal(value))),
            ((SKOS + "prefLabel", ox.Literal(value, language="en")),),
        )
        for group in groups:
            found = [
                row for predicate, term in group
                for row in select_bindings(
                    self.backend, LABEL_LOOKUP, timeout=self.timeout, row_limit=50,
                    substitutions={"p": ox.NamedNode(predicate), "l": term},
                )
            ]
            rows = [r for r in found if self._exists(r["x"]["value"], cls)]
            if rows:
                break
        if not rows:  # as typed without case, diacritics or dashes: "Sudwest-Fryslan", "den haag"
            found = select_bindings(
                self.backend, LABEL_LOOKUP, timeout=self.timeout, row_limit=50,
                substitutions={"p": ox.NamedNode(JG_IRI + "zoeknaam"), "l": ox.Literal(search_key(value))},
            )
            rows = [r for r in found if self._exists(r["x"]["value"], cls)]
        if not rows:
            rows = select_bindings(
                self.backend,
                sparql("named-name-lookup"),
                timeout=self.timeout, row_limit=50,
                substitutions={"klasse": ox.NamedNode(cls), "naam": ox.Literal(value)},
            )
        current = [r for r in rows if "eind" not in r] or rows
        found_iris = sorted({r["x"]["value"] for r in current})
        if not found_iris:
            raise NotFound(f"geen {what} gevonden met naam of code '{value}'.")
        if len(found_iris) > 1:
            candidates = [{"iri": iri, "naam": self._name(iri)} for iri in found_iris]
            names = ", ".join(f"{c['naam']} ({c['iri'].rsplit('/', 1)[-1]})" for c in candidates)
            raise Ambiguous(
                f"'{value}' past bij meer dan één {what}: {names}; kies er één of gebruik de code.",
                candidates,
            )
        return ox.NamedNode(found_iris[0])

    def _name(self, iri: str) -> str:
        rows = select_bindings(
            self.backend, sparql("named-pref-labels"), timeout=self.timeout,
            substitutions={"x": ox.NamedNode(iri)}, row_limit=5,
        )
        names = sorted(r["naam"]["value"] for r in rows)
        return names[0] if names else iri

    def _find(self, value: str, candidate: str | None, cls: str, what: str) -> ox.NamedNode:
        if candidate is not None and self._exists(candidate, cls):
            return ox.NamedNode(candidate)
        return self._by_label(value, cls, what)

    def _gemeente(self, value: str) -> Term:
        if re.fullmatch(r"(?i)gm\d{4}", value):
            iri = str(iris.gemeente(value))
            if not self._exists(iri, JG_IRI + "Gemeente"):
                raise NotFound(f"er is geen gemeente met CBS-code {value.upper()}.")
            return ox.NamedNode(iri)
        return self._by_label(value, JG_IRI + "Gemeente", "gemeente")

    def _jeugdregio(self, value: str) -> Term:
        return self._find(value, _slug_iri(iris.jeugdregio, value), JG_IRI + "Jeugdregio", "jeugdregio")

    def _wet(self, value: str) -> Term:
        return self._find(value, _slug_iri(iris.wet, value), JG_IRI + "Wet", "wet")

    def _thema(self, value: str) -> Term:
        return self._find(value, _slug_iri(iris.thema, value), JG_IRI + "Thema", "thema")

    def _document(self, value: str) -> Term:
        if not re.fullmatch(r"[A-Za-z0-9_\-/]+", value):
            raise InputError(f"'{value}' is geen documentslug (letters, cijfers, _, - en /).")
        iri = str(iris.document(value.lower()))
        if not self._exists(iri, JG_IRI + "Document"):
            raise NotFound(f"er is geen document '{value}'.")
        return ox.NamedNode(iri)


def _slug_iri(mint: Callable[[str], object], value: str) -> str | None:
    try:
        return str(mint(value))
    except ValueError:
        return None


def _date(value: str) -> Term:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise InputError(f"'{value}' is geen datum als JJJJ-MM-DD.")
    try:
        date.fromisoformat(value)
    except ValueError:
        raise InputError(f"'{value}' is geen bestaande datum.") from None
    return ox.Literal(value, datatype=ox.NamedNode(XSD + "date"))


def _text(value: str) -> Term:
    return ox.Literal(value)


def _integer(value: str) -> Term:
    if not re.fullmatch(r"-?\d{1,18}", value):
        raise InputError(f"'{value}' is geen geheel getal.")
    return ox.Literal(str(int(value)), datatype=ox.NamedNode(XSD + "integer"))


_IRI_FORBIDDEN = re.compile(r"[\x00-\x20<>\"{}|^`\\]")


def _iri(value: str) -> Term:
    prefix, sep, local = value.partition(":")
    if sep and prefix in PREFIXES and not local.startswith("//"):
        value = PREFIXES[prefix] + local
    if not re.match(r"^[A-Za-z][A-Za-z0-9+.\-]*:", value) or _IRI_FORBIDDEN.search(value):
        raise InputError(f"'{value}' is geen geldige absolute IRI.")
    try:
        return ox.NamedNode(value)
    except ValueError as exc:
        raise InputError(f"'{value}' is geen geldige IRI: {exc}") from None


# --------------------------------------------------------------------------- the editor's example


def example_sparql(query: NamedQuery, bound: Mapping[str, Term]) -> str:
    """The query text with the example values written as a VALUES block at the start of its
    top-level WHERE group, for the query page's editor (the API itself binds, never rewrites)."""
    body = _without_header(query.sparql)
    if not bound:
        return body
    names = sorted(bound)
    block = (
        f"VALUES ({' '.join('?' + n for n in names)}) {{ ({' '.join(str(bound[n]) for n in names)}) }}"
    )
    if query.shape.where_open is None:
        return body
    offset = query.shape.where_open - (len(query.sparql) - len(body))  # the header is cut from the start
    return body[:offset] + "\n  " + block + body[offset:]


def _without_header(text: str) -> str:
    lines = text.splitlines(keepends=True)
    while lines and lines[0].startswith("#+"):
        lines.pop(0)
    return "".join(lines).lstrip("\n")


def term_json(term: Term) -> dict[str, str]:
    """A term as a SPARQL JSON binding (for the query list)."""
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    out = {"type": "literal", "value": term.value}
    if isinstance(term, ox.Literal) and term.language:
        out["xml:lang"] = term.language
    elif isinstance(term, ox.Literal):
        out["datatype"] = term.datatype.value
    return out


__all__ = [
    "PARAM_TYPES", "NamedQuery", "NamedQueries", "Param", "ParameterBinder", "example_sparql",
    "load_named_queries", "parse_named_query", "term_from_binding", "term_json",
]
