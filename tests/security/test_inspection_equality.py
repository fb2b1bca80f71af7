"""The faster first wall decides exactly as the old one (``inspection_oracle``, commit 794e88d).

Both read every query text of the tests (the security tests, the outbound fuzz variants, the named
queries, the W3C protocol manifest, every string of the query and server tests) and a few
thousand texts made from them by seeded mutations (comments, line ends, quotes, backslashes,
escapes, keywords, dots after prefixed names, case, splices). The lexer must give the same
blanked text and the same tokens, the token checks the same answer or the same refusal, and the
whole inspection of queries and updates (the second reading included) the same decision."""

from __future__ import annotations

import ast
import random
from collections.abc import Callable
from pathlib import Path
from urllib.parse import parse_qsl

import inspection_oracle as old
import pytest
from outbound_variants import query_variants, update_variants

from jeugdgraph.errors import QueryError
from jeugdgraph.namespaces import PREFIXES, sparql_prologue
from jeugdgraph.query import lexer, safety
from jeugdgraph.query.named import load_named_queries

TESTS = Path(__file__).resolve().parents[1]
ROOT = TESTS.parent
SOURCES = [*sorted((TESTS / "security").glob("test_*.py")), TESTS / "server" / "test_safety.py",
           *sorted((TESTS / "query").glob("test_*.py")), *sorted((TESTS / "protocol").glob("*.py")),
           *sorted((TESTS / "endpoint").glob("*.py")), *sorted((TESTS / "remote").glob("*.py"))]
URL = "http://127.0.0.1:9/sparql"
PIECES = ["#", "# c", "#\\z", "# \\u0053", "\n", "\r", "\r\n", "'''", '"""', "'", '"', "\\", "\\z",
          "\\n", "\\'", '\\"', "\\u0053", "\\U00000053", "\\#", "SERVICE", "service", "SeRvIcE",
          "ſervice", "LOAD", "load", "FROM", "from", "NAMED", "SILENT", "USING", "PREFIX", "BASE",
          "SELECT", "ASK", "INSERT", "WITH", "<", ">", "<http://127.0.0.1:9/sparql>", "<file:///x>",
          "<https://w3id.org/jeugdgraph/id/g>", "<../x>", ":", ".", "..", "a:b.", "c:servicex",
          "servicec:x", "jgi:g", "?x", "$y", "_:b", "_:b.", "@nl", "@nl-NL", "1.5", ".5e3", "{", "}",
          "(", ")", "[", "]", ";", ",", " ", "\t", "%41", "c:a\\.b", "c:%4", "\u00e9", "\u0131",
          "PREFIX c: <http://127.0.0.1:9/>", "BASE <http://127.0.0.1:9/>", "SERVICE <x>",
          "FROM <urn:x>", "FROM NAMED jgi:g", "SERVICE SILENT ?s", "LOAD <http://x/>"]


def _strings(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [node.value for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) > 2]


def _manifest_texts() -> list[str]:
    from rdflib import Graph, Literal

    graph = Graph().parse(TESTS / "protocol" / "w3c" / "manifest.ttl")
    texts = []
    for literal in graph.objects():
        if isinstance(literal, Literal) and isinstance(literal.value, str):
            texts.append(str(literal))
            texts.extend(value for _, value in parse_qsl(str(literal).split("?", 1)[-1]))
    return texts


def seed_texts() -> list[str]:
    texts: list[str] = []
    for path in SOURCES:
        texts.extend(_strings(path))
    for named in load_named_queries(ROOT / "queries"):
        texts += [named.sparql, sparql_prologue() + named.sparql + "\nLIMIT 101"]
    texts += query_variants(URL, 400) + update_variants(URL, 150) + _manifest_texts()
    return list(dict.fromkeys(texts))


def mutated(texts: list[str], count: int, seed: int = 20261207) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        text = rng.choice(texts)
        for _ in range(rng.randint(1, 4)):
            at = rng.randint(0, len(text))
            op = rng.randrange(5)
            if op <= 1:
                text = text[:at] + rng.choice(PIECES) + text[at:]
            elif op == 2:
                text = text[:at] + text[at + rng.randint(1, 12):]
            elif op == 3:
                other = rng.choice(texts)
                text = text[:at] + other[rng.randint(0, len(other)):]
            else:
                end = at + rng.randint(1, 20)
                text = text[:at] + text[at:end].swapcase() + text[end:]
        out.append(text)
    return out


def composed(count: int, seed: int = 15) -> list[str]:
    """Texts made of the pieces alone: quotes, comments, backslashes and line ends close together."""
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(3, 40))) for _ in range(count)]


SEEDS = seed_texts()
MUTATED = mutated(SEEDS, 3000) + composed(1500)
ALL = SEEDS + MUTATED
SETTINGS = [((), True), (("http://127.0.0.1:9/",), False)]  # (allowlist, graph names only)


def _outcome(call: Callable[..., object], *args: object) -> tuple[str, object]:
    try:
        return "ok", call(*args)
    except QueryError as error:  # QueryRefused too: the type and the message are the decision
        return type(error).__name__, str(error)


def test_the_corpus_holds_what_it_should() -> None:
    assert len(SEEDS) > 1000 and len(MUTATED) == 4500
    assert sum("#" in t for t in ALL) > 1000 and sum("'''" in t or '"""' in t for t in ALL) > 500
    refused = sum(_outcome(old.inspect, t, (), PREFIXES, True)[0] != "ok" for t in SEEDS[:600])
    assert refused > 50  # the oracle refuses a good share: the comparison sees both sides


def test_the_lexer_reads_every_text_as_before() -> None:
    for text in ALL:
        blanked = old.without_comments(text)
        assert lexer.without_comments(text) == blanked, text
        assert list(lexer.tokens(text)) == [tuple(t) for t in old.tokens(text)], text
        assert lexer.blanked_tokens(text) == (blanked, [tuple(t) for t in old.tokens(blanked)]), text


@pytest.mark.parametrize(("allowlist", "names_only"), SETTINGS)
def test_the_token_checks_decide_as_before(allowlist: tuple[str, ...], names_only: bool) -> None:
    prefix_items = tuple(PREFIXES.items())
    for text in ALL:
        blanked, toks = lexer.blanked_tokens(text)
        before = _outcome(old._inspect_tokens, blanked, allowlist, prefix_items, names_only)
        after = _outcome(safety._inspect_tokens, blanked, toks, allowlist, prefix_items, names_only)
        assert after == before, text


@pytest.mark.parametrize(("allowlist", "names_only"), SETTINGS)
def test_the_whole_inspection_decides_as_before(allowlist: tuple[str, ...], names_only: bool) -> None:
    prefix_items = tuple(PREFIXES.items())
    for text in ALL:
        before = _outcome(old.inspect, text, allowlist, PREFIXES, names_only)
        after = _outcome(safety._inspect, text, allowlist, prefix_items, names_only)
        assert after == before, text


def test_updates_are_inspected_as_before() -> None:
    for text in ALL:
        for allowlist in ((), ("http://127.0.0.1:9/",)):
            before = _outcome(old.inspect_update, text, allowlist)
            assert _outcome(safety.inspect_update, text, allowlist) == before, text


def test_long_runs_of_whitespace_read_in_linear_time() -> None:
    """A text that ends (or is full of) whitespace: the pattern matches it at once, never by
    trying every later position (which would be quadratic: minutes for these texts)."""
    import time

    for text in ("ASK {}" + " " * 200_000, "ASK {" + " \n" * 100_000 + "}", " " * 200_000):
        started = time.perf_counter()
        toks = lexer.raw_tokens(text)
        assert time.perf_counter() - started < 2.0
        assert [t[1] for t in toks] == [t.text for t in old.tokens(text)]
