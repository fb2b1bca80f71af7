"""Pages of the long listings that do not grow with the store: a page is asked of the first buckets
only, never of the whole ordered answer.

A named query that lists many rows declares in its header the variable its ``ORDER BY`` starts
with and the kind of bucket its values fall in::

    #+ pages:
    #+   key: datum        # ORDER BY ?datum … or ORDER BY DESC(?datum) …
    #+   buckets: datum    # 'datum', 'deadline' (months of an xsd:date), 'document' (a slug's start),
    #+                     # 'regio' (a region's name), 'namens' (the Dutch name a person acts for)
    #+                     # 'uitspraken' (a theme, 999999 minus a count and a slug's start, as
    #+                     # text) or 'wetdatum' (a law and a month: documents that cite the law,
    #+                     # by date)
    #+   from: van         # optional: parameters that bound the key, so buckets outside are skipped
    #+   to: tot
    #+   pattern: ?document dcterms:date ?datum   # optional: looks the key's values up with the rows'
    #+                                            # other variables (for a key bound in an OPTIONAL;
    #+                                            # with the rows' own patterns Oxigraph starts from it)
    #+   unless: gemeente  # optional: parameters that, given, narrow the answer enough to ask it whole
    #+   flat: true        # optional: the values and the pattern join the rows' own group, not a
    #+                     # subquery (Oxigraph hash-joins a subquery with the rows' patterns, reading
    #+                     # them all, when no OPTIONAL comes between)
    #+   scope: thema      # optional: a parameter whose value starts the keys (then a space) of the
    #+                     # only buckets that hold its rows

The derived graph (``jeugdgraph.derived``) puts every dated item (``datum``: ``dcterms:date``,
``jg:datum`` or ``jg:deadline``; ``deadline``: only ``jg:deadline``) and every document in its
bucket and counts each bucket's items (``jgi:blok/{kind}/{key}``). A page binds the key to the
values of the first buckets in a ``VALUES`` block, in a subquery that opens the WHERE group: their
items sort before those of every later bucket, so the query's own ``ORDER BY``, ``LIMIT`` and
``OFFSET`` over those buckets give the same rows as over the whole store. A descending key takes
the last buckets first; when it is bound in an OPTIONAL (it has a ``pattern``) its rows outside
every bucket (the key left unbound) sort last, so once every bucket is taken the query as written
answers. A key bound in an OPTIONAL group needs the ``pattern`` that binds it with the rows' other
variables: a bare ``VALUES`` of the key would join every row that lacks it. The counts say how many
buckets to try first; when they hold too few rows for the page (counts are items, not rows), more
buckets are taken until the page plus one row is there or no bucket is left. A deep page thus
reads every bucket before it; the whole answer (``limit=alle``) is the query as written.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

import pyoxigraph as ox

from ..derived import BUCKET_KINDS, GRAPH_DERIVED
from ..errors import InputError
from ..sparql_texts import filled
from .lexer import tokens
from .types import QueryBackend, Term, select_bindings, term_from_binding

XSD_DATE = ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")
#: buckets of months (a key ends in YYYY-MM; 'wetdatum' starts with a law's IRI and a space);
#: 'document' buckets start a slug
DATE_KINDS = ("datum", "deadline", "wetdatum")
TERM_KINDS = ("regio", "namens", "uitspraken")  # a bucket's key is the key's value itself
#: the key of the bucket of items whose key is unbound: such rows sort before every bucket's
UNKEYED = ""


@dataclass(frozen=True)
class PageSpec:
    """A named query's ``#+ pages:`` header."""

    key: str
    kind: str
    lower: str | None = None  # parameter giving the key's smallest value
    upper: str | None = None  # parameter giving its largest value
    descending: bool = False  # ORDER BY DESC(?key): the last buckets first
    pattern: str | None = None  # binds the key with other variables of the row, in the page's block
    unless: tuple[str, ...] = ()  # parameters that, given, make the query as written answer
    scope: str | None = None  # parameter whose value starts the keys of the buckets of its rows
    flat: bool = False  # the page's values and pattern in the rows' own group instead of a subquery


def parse_pages(
    where: str, spec: object, text: str, params: set[str], all_params: set[str] | None = None
) -> PageSpec | None:
    """The header's ``pages`` entry, checked against the query's ``ORDER BY`` (``params``: the
    date parameters, ``all_params``: every parameter)."""
    all_params = params if all_params is None else all_params
    if spec is None:
        return None
    if not isinstance(spec, dict) or not isinstance(spec.get("key"), str):
        raise InputError(f"{where}: '#+ pages:' noemt met 'key' de variabele waarop de query sorteert.")
    kind = spec.get("buckets")
    if kind not in BUCKET_KINDS:
        raise InputError(f"{where}: '#+ pages:' kiest 'buckets' uit {', '.join(BUCKET_KINDS)}.")
    bounds = [spec.get("from"), spec.get("to")]
    for bound in bounds:
        if bound is not None and (kind not in DATE_KINDS or bound not in params):
            raise InputError(f"{where}: 'from' en 'to' van '#+ pages:' zijn datumparameters van deze query.")
    first = _first_order_key(text)
    if first is None or first[0] != spec["key"]:
        raise InputError(
            f"{where}: '#+ pages:' vraagt dat ORDER BY met ?{spec['key']} (oplopend of aflopend) begint."
        )
    pattern = spec.get("pattern")
    if pattern is not None and (not isinstance(pattern, str) or f"?{spec['key']}" not in pattern
                                or any(c in pattern for c in "{}")):
        raise InputError(f"{where}: 'pattern' van '#+ pages:' is een tripelpatroon met ?{spec['key']}.")
    unless = spec.get("unless") or []
    unless = [unless] if isinstance(unless, str) else unless
    if not isinstance(unless, list) or not set(unless) <= all_params:
        raise InputError(f"{where}: 'unless' van '#+ pages:' noemt parameters van deze query.")
    scope = spec.get("scope")
    if scope is not None and (scope not in all_params or kind not in ("wetdatum", *TERM_KINDS)):
        raise InputError(
            f"{where}: 'scope' van '#+ pages:' is een parameter van deze query, bij blokken van namen."
        )
    flat = spec.get("flat", False)
    if not isinstance(flat, bool):
        raise InputError(f"{where}: 'flat' van '#+ pages:' is true of false.")
    return PageSpec(spec["key"], kind, bounds[0], bounds[1], first[1], pattern, tuple(unless), scope, flat)


def block_positions(text: str, where_open: int) -> list[int]:
    """Where a page's block goes: after the ``VALUES`` blocks that open the WHERE group (Oxigraph
    joins the query's own small VALUES first, then looks the page's values up), or, when a UNION
    comes first (after those VALUES blocks), at the start of each of its branches (so each branch
    looks them up)."""
    toks = [t for t in tokens(text) if t.start >= where_open]

    def closing(i: int) -> int:  # index of the token that closes the brace at toks[i]
        depth = 0
        for j in range(i, len(toks)):
            depth += {"{": 1, "}": -1}.get(toks[j].text, 0)
            if depth == 0:
                return j
        return len(toks) - 1

    at, i = where_open, 0
    while i < len(toks) and toks[i].keyword == "VALUES":
        while i < len(toks) and toks[i].text != "{":
            i += 1
        i = closing(i) + 1
        at = toks[i - 1].end
    if i >= len(toks) or toks[i].text != "{":
        return [at]
    # a UNION after the parameters' VALUES: into each branch too, or Oxigraph evaluates the whole
    # UNION before it joins the page's values
    branches = []
    while i < len(toks) and toks[i].text == "{":
        branches.append(toks[i].end)
        i = closing(i) + 1
        if i < len(toks) and toks[i].keyword == "UNION":
            i += 1
        else:
            break
    return branches if len(branches) > 1 else [at]


def with_block(text: str, where_open: int, block: str) -> str:
    """``text`` with ``block`` at each of its ``block_positions``."""
    for at in reversed(block_positions(text, where_open)):
        text = text[:at] + block + text[at:]
    return text


def _first_order_key(text: str) -> tuple[str, bool] | None:
    """The variable the last ``ORDER BY`` starts with, and whether it sorts descending on it."""
    toks = [t for t in tokens(text) if t.kind != "comment"]
    starts = [i for i in range(len(toks) - 1) if toks[i].keyword == "ORDER" and toks[i + 1].keyword == "BY"]
    if not starts:
        return None
    rest = toks[starts[-1] + 2:]
    descending = bool(rest) and rest[0].keyword == "DESC"
    if rest and rest[0].keyword in ("ASC", "DESC") and len(rest) > 2 and rest[1].text == "(":
        rest = rest[2:]
    return (rest[0].text[1:], descending) if rest and rest[0].kind == "var" else None


@dataclass(frozen=True)
class Bucket:
    key: str
    items: int
    term: str = ""  # the key as an RDF term (N-Triples)


class BucketPager:
    """Chooses the buckets a page is asked of, and the key values they hold."""

    def __init__(self, backend: QueryBackend, timeout: float) -> None:
        self.backend = backend
        self.timeout = timeout

    def buckets(self, kind: str, begin: str = "") -> list[Bucket]:
        """The buckets of ``kind`` whose keys start with ``begin``, in key order."""
        rows = select_bindings(
            self.backend, filled("pages-buckets", derived=GRAPH_DERIVED), timeout=self.timeout,
            substitutions={"soort": ox.Literal(kind), "begin": ox.Literal(begin)}, row_limit=1_000_000,
        )
        return [Bucket(r["sleutel"]["value"], int(r["n"]["value"]), str(term_from_binding(r["sleutel"])))
                for r in rows]

    def blocks(
        self, spec: PageSpec, bound: Mapping[str, Term], wanted: int | None
    ) -> Iterator[tuple[str, bool]]:
        """``VALUES`` blocks binding the key to ever more of the first buckets, each with whether it
        holds every bucket left (``wanted`` None: one block of all); nothing when the store has no
        buckets (a store built before them)."""
        if any(name in bound for name in spec.unless):
            return
        scope = bound.get(spec.scope) if spec.scope else None
        begin = scope.value + " " if scope is not None else ""  # only the buckets of its rows
        every = self.buckets(spec.kind, begin)
        buckets = self._within(spec, bound, every)
        if every and not buckets and spec.pattern is None:  # the bounds leave no bucket: empty, at once
            yield f" {{ SELECT * WHERE {{ VALUES ?{spec.key} {{ }} }} }} ", True
            return
        if not buckets or (not spec.descending and any(b.key == UNKEYED for b in buckets)):
            return  # no buckets (a store built before them), or rows without a key that sort first
        if spec.descending:
            buckets.reverse()
        taken, target = 0, wanted if wanted is not None else sum(b.items for b in buckets) + 1
        while taken < len(buckets):
            items = sum(b.items for b in buckets[:taken])
            while taken < len(buckets) and (taken == 0 or items < target):
                items += buckets[taken].items
                taken += 1
            values = self._values(spec.kind, buckets[:taken])
            # in a subquery: Oxigraph then starts from these values (a bare VALUES of many rows it
            # may join late, after a scan)
            pattern = f" {spec.pattern} " if spec.pattern else " "
            rows = f"VALUES ?{spec.key} {{ {' '.join(values)} }}{pattern}"
            block = f" {rows}. " if spec.flat else f" {{ SELECT * WHERE {{ {rows}}} }} "
            yield block, taken == len(buckets)
            target = max(2 * target, items + 1)

    @staticmethod
    def _within(spec: PageSpec, bound: Mapping[str, Term], buckets: list[Bucket]) -> list[Bucket]:
        low = bound.get(spec.lower) if spec.lower else None
        high = bound.get(spec.upper) if spec.upper else None
        if low is not None:
            buckets = [b for b in buckets if b.key[-7:] >= low.value[:7]]
        if high is not None:
            buckets = [b for b in buckets if b.key[-7:] <= high.value[:7]]
        return buckets

    def _values(self, kind: str, buckets: list[Bucket]) -> list[str]:
        if kind in DATE_KINDS:
            return [str(ox.Literal(day, datatype=XSD_DATE)) for b in buckets for day in _days(b.key[-7:])]
        if kind in TERM_KINDS:
            return [b.term for b in buckets]
        keys = " ".join(str(ox.Literal(b.key)) for b in buckets)
        rows = select_bindings(
            self.backend, filled("pages-documents", derived=GRAPH_DERIVED, keys=keys),
            timeout=self.timeout, row_limit=1_000_000,
        )
        return [f"<{r['document']['value']}>" for r in rows]


def _days(month: str) -> list[str]:
    """The days of a month written ``YYYY-MM``."""
    year, number = int(month[:4]), int(month[5:7])
    return [f"{month}-{day:02d}" for day in range(1, calendar.monthrange(year, number)[1] + 1)]
