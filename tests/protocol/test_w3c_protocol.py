"""The W3C SPARQL 1.1 Protocol test manifest, replayed request by request against a live
jeugdgraph server (and against Oxigraph server on the same data, for comparison).

Every test passes except the refusals below, each deliberate and each checked to be refused
for its stated reason, not merely to fail.
"""

from __future__ import annotations

import dataclasses

import httpx
import pytest
from w3c_runner import Outcome, load_tests, run, run_test

TESTS = {test.name: test for test in load_tests()}

ONTOLOGY_REFUSAL = (
    "the update starts with CLEAR ALL or DROP ALL, which would delete the ontology graph; "
    "jeugdgraph keeps the ontology read-only and refuses the whole update with 403 (nothing changes)"
)
REFUSED = {
    "update_dataset_default_graph": ONTOLOGY_REFUSAL,
    "update_dataset_default_graphs": ONTOLOGY_REFUSAL,
    "update_dataset_named_graphs": ONTOLOGY_REFUSAL,
    "update_dataset_full": ONTOLOGY_REFUSAL,
    "update_post_form": ONTOLOGY_REFUSAL,
    "update_post_direct": ONTOLOGY_REFUSAL,
}


@pytest.fixture(scope="module")
def outcomes(jeugdgraph_endpoint) -> dict[str, Outcome]:  # noqa: ANN001
    endpoint = jeugdgraph_endpoint
    return {o.test: o for o in run(list(TESTS.values()), endpoint.query, endpoint.update, endpoint.headers)}


@pytest.mark.parametrize("name", [n for n in TESTS if n not in REFUSED])
def test_protocol_test_passes(outcomes: dict[str, Outcome], name: str) -> None:
    outcome = outcomes[name]
    assert outcome.passed, outcome.detail


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_a_documented_refusal_is_refused_for_its_reason(outcomes: dict[str, Outcome], name: str) -> None:
    outcome = outcomes[name]
    assert not outcome.passed and outcome.statuses[-1] == 403, outcome.detail
    assert "ontologie" in outcome.detail, outcome.detail


def _without_clear_all(name: str):  # noqa: ANN202 - w3c_runner.Test
    """The test with its leading CLEAR ALL / DROP ALL left out: the rest of the update as written."""
    test = TESTS[name]
    first = test.requests[0]
    body = first.body.replace("CLEAR ALL ;", "").replace("DROP ALL ;", "")
    assert body != first.body
    return dataclasses.replace(test, requests=(dataclasses.replace(first, body=body), *test.requests[1:]))


@pytest.mark.parametrize("name", [n for n in REFUSED if n.startswith("update_dataset")])
def test_update_datasets_apply_without_the_clear_all(jeugdgraph_endpoint, name: str) -> None:  # noqa: ANN001
    """using-graph-uri and using-named-graph-uri choose what the update's WHERE sees."""
    endpoint = jeugdgraph_endpoint
    with httpx.Client(timeout=60) as client:
        outcome = run_test(
            client, _without_clear_all(name), endpoint.query, endpoint.update, endpoint.headers
        )
    assert outcome.passed, outcome.detail


def test_oxigraph_server_on_the_same_data(oxigraph_endpoint, outcomes: dict[str, Outcome]) -> None:  # noqa: ANN001
    """The comparison: Oxigraph server passes what jeugdgraph passes (the runner is not lenient)."""
    theirs = {o.test: o for o in run(list(TESTS.values()), oxigraph_endpoint.query, oxigraph_endpoint.update)}
    table = [
        f"{name}: jeugdgraph {'pass' if outcomes[name].passed else 'refused'}, "
        f"oxigraph {'pass' if theirs[name].passed else 'FAIL ' + theirs[name].detail}"
        for name in TESTS
    ]
    print("\n".join(table))
    assert sum(o.passed for o in theirs.values()) >= len(TESTS) - 3, "\n".join(table)
