"""``params.parse_form`` gives exactly the pairs of ``urllib.parse.parse_qsl(..., keep_blank_values=True)``
(what ``/sparql`` read its form bodies and URLs with before): on query texts encoded as clients
encode them and on thousands of generated strings with broken escapes, ``+``, backslashes,
empty fields, fields without ``=``, invalid UTF-8 and characters outside ASCII."""

from __future__ import annotations

import random
from pathlib import Path
from urllib.parse import parse_qsl, quote, urlencode

from jeugdgraph.namespaces import sparql_prologue
from jeugdgraph.query.named import load_named_queries
from jeugdgraph.server.params import parse_form

ROOT = Path(__file__).resolve().parents[2]
PIECES = ["%", "%4", "%41", "%4g", "%e9", "%C3%A9", "%C3", "%FF", "%zz", "%%", "%25", "%2B", "+", "&",
          "=", "==", "&&", "\\", "\\x41", "\\%41", "\\\\", "\\u0041", "\\N{DASH}", "é", "€", "\u2028",
          "\U0001F600", ";", "a", "query", "format=json", " ", "\n", "\x00", "%00", "%0A", "%5C", "%5c"]


def test_query_texts_read_as_parse_qsl_reads_them() -> None:
    for named in load_named_queries(ROOT / "queries"):
        text = sparql_prologue() + named.sparql + "\nLIMIT 101 # é € \\ %"
        for body in (urlencode({"query": text, "format": "json"}), f"query={quote(text)}&timeout=5",
                     urlencode({"query": text}, quote_via=quote), urlencode({"query": text}, safe="%\\")):
            assert parse_form(body) == parse_qsl(body, keep_blank_values=True)
        assert parse_form(urlencode({"query": text}))[0] == ("query", text)


def test_generated_strings_read_as_parse_qsl_reads_them() -> None:
    rng = random.Random(7)
    for _ in range(5000):
        body = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 30)))
        assert parse_form(body) == parse_qsl(body, keep_blank_values=True), body
