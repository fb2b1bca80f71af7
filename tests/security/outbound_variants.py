"""Generated variants of queries and updates that try to make the engine reach an address.

Each variant really asks for the target with SERVICE, LOAD, FROM or USING: hidden behind
comments ended by CR, CR LF or LF, written in any case, with ``\\u`` escapes in IRIs and
keywords, through PREFIX and BASE (also redeclared), nested in subqueries, OPTIONAL, UNION,
MINUS, EXISTS, GRAPH and beside VALUES. ``target`` is the address (``http://HOST:PORT/sparql``).
"""

from __future__ import annotations

import random
from collections.abc import Iterator

JGI = "https://w3id.org/jeugdgraph/id/"


def _targets(url: str) -> list[tuple[str, str, str]]:
    """(prologue, target as written, trailer) ways of naming ``url``."""
    root, _, path = url.rpartition("/")
    escaped_last = url[:-1] + f"\\u{ord(url[-1]):04X}"
    escaped_colon = url.replace(":", "\\u003A", 1)
    return [
        ("", f"<{url}>", ""),
        ("", f"<{escaped_last}>", ""),
        ("", f"<{escaped_colon}>", ""),
        (f"PREFIX c: <{root}/>\n", f"c:{path}", ""),
        (f"PREFIX : <{root}/>\n", f":{path}", ""),
        (f"PREFIX c: <{JGI}>\nPREFIX c: <{root}/>\n", f"c:{path}", ""),
        (f"BASE <{root}/>\n", f"<{path}>", ""),
        (f"BASE <{root}/x/y/>\n", f"<../../{path}>", ""),
        (f"BASE <{JGI}> BASE <{root}/>\r", f"<{path}>", ""),
        (f"PREFIX c: <{root}/>#\r", f"c:{path}", ""),
        ("", "?svc", f" VALUES ?svc {{ <{url}> }}"),
    ]


KEYWORDS = ["SERVICE", "service", "Service", "sErViCe", "SERVICE SILENT", "service\tsilent",
            "SERVICE\rSILENT", "\\u0053ERVICE", "SERV\\u0049CE"]
SEPARATORS = [" ", "", "\t", "\r", "\n", "\r\n", " # c\r", " #\r\n", " # }\n"]
HIDERS = ["", "# x\r", "# x\r\n", "#\r", "# x\n", "# {}<>\"'\r", "#\\\r", "# SERVICE\r",
          "FILTER(\"#\" != \"\\\"#\") ", "# x\r# y\r", "#\u00a0\r", "# \u2028 x\r"]
WRAPPERS = [
    "SELECT * WHERE {{ {h}{s} }}",
    "select * where {{ {h}{s} }}",
    "SELECT * WHERE {{ {{ SELECT * WHERE {{ {h}{s} }} }} }}",
    "SELECT * WHERE {{ OPTIONAL {{ {h}{s} }} }}",
    "SELECT * WHERE {{ {{ ?a ?b ?c }} UNION {{ {h}{s} }} }}",
    "ASK {{ GRAPH ?g {{ {h}{s} }} }}",
    "CONSTRUCT {{ ?x ?y ?z }} WHERE {{ {h}{s} }}",
    "SELECT * WHERE {{ VALUES ?v {{ 1 2 }} {h}{s} }}",
    "SELECT * WHERE {{ ?a ?b ?c MINUS {{ {h}{s} }} }}",
    "SELECT * WHERE {{ FILTER EXISTS {{ {h}{s} }} }}",
    "DESCRIBE ?x WHERE {{ {{ {{ {{ {h}{s} }} }} }} }}",
]
DATASET_KEYWORDS = ["FROM", "from", "FROM NAMED", "From\rNamed"]
UPDATE_WRAPPERS = [
    "{h}LOAD{sep}{t}",
    "{h}load silent{sep}{t} INTO GRAPH <" + JGI + "graph/x>",
    "INSERT DATA {{ GRAPH <" + JGI + "graph/x> {{ <urn:a> <urn:b> 1 }} }} ;\n{h}LOAD{sep}{t}",
    "INSERT {{ GRAPH <" + JGI + "graph/x> {{ ?x ?y ?z }} }} WHERE {{ {h}{k}{sep}{t} {{ ?x ?y ?z }} }}",
    "DELETE {{ GRAPH ?g {{ ?x ?y ?z }} }} WHERE {{ {{ SELECT * WHERE {{ {h}{k}{sep}{t} "
    "{{ ?x ?y ?z }} }} }} }}",
    "INSERT {{ GRAPH <" + JGI + "graph/x> {{ ?x ?y ?z }} }} USING{sep}{t} WHERE {{ {h}?x ?y ?z }}",
]


def query_variants(url: str, count: int, seed: int = 17) -> list[str]:
    """``count`` different queries that each ask the engine to reach ``url``."""
    rng = random.Random(seed)
    targets = _targets(url)
    found: dict[str, None] = {}
    while len(found) < count:
        prologue, target, trailer = rng.choice(targets)
        hider, sep = rng.choice(HIDERS), rng.choice(SEPARATORS)
        if rng.random() < 0.15:  # a dataset clause instead of SERVICE
            keyword = rng.choice(DATASET_KEYWORDS)
            text = f"{prologue}SELECT * {hider}{keyword}{sep or ' '}{target} WHERE {{ ?s ?p ?o }}"
        else:
            keyword = rng.choice(KEYWORDS)
            pattern = f"{keyword}{sep}{target} {{ ?x ?y ?z }}{trailer}"
            text = prologue + rng.choice(WRAPPERS).format(h=hider, s=pattern)
        found[text] = None
    return list(found)


def update_variants(url: str, count: int, seed: int = 17) -> list[str]:
    """``count`` different updates that each ask the engine to reach ``url``."""
    rng = random.Random(seed)
    targets = [t for t in _targets(url) if not t[2]]
    found: dict[str, None] = {}
    while len(found) < count:
        prologue, target, _ = rng.choice(targets)
        text = prologue + rng.choice(UPDATE_WRAPPERS).format(
            h=rng.choice(HIDERS), sep=rng.choice(SEPARATORS) or " ", t=target, k=rng.choice(KEYWORDS)
        )
        found[text] = None
    return list(found)


def transports() -> Iterator[str]:
    yield from ("get", "form", "sparql-query")
