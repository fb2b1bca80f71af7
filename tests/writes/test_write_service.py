"""The write service as a library: documents in, documents out, updates staged and validated,
everything atomic and in the audit log."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from writefixtures import DOC, MOTIE, ask, copy_store, graph_size, memory_copy

from jeugdgraph.audit import AuditLog, token_id
from jeugdgraph.errors import (
    InputError,
    NotFound,
    QueryError,
    QueryRefused,
    UnsupportedMediaType,
    ValidationFailed,
    WritesDisabled,
)
from jeugdgraph.settings import ONTOLOGY_DIR, Settings
from jeugdgraph.store import DOCUMENTS_DIRNAME, uploaded_documents
from jeugdgraph.writes import DirectoryTarget, LiveTarget, WriteService, add_document, delete_document

REFERENCE = "https://w3id.org/jeugdgraph/id/graph/reference"
SCRATCH = "https://w3id.org/jeugdgraph/id/graph/test-scratch"


def service_for(store: ox.Store, tmp_path: Path, **changes: object) -> WriteService:
    settings = Settings(audit_log=tmp_path / "audit.jsonl").with_(**changes)
    return WriteService(LiveTarget(store), settings=settings)


def test_an_uploaded_motion_becomes_its_own_validated_graph(memory_store: ox.Store, tmp_path: Path) -> None:
    service = service_for(memory_store, tmp_path)
    result = service.add_document(
        "motie-wachttijden.txt",
        MOTIE,
        {"title": "Motie wachttijden", "date": "2026-03-12"},
        who=token_id("geheim"),
        request_id="req-1",
    )
    graph = DOC + "motie-wachttijden"
    assert result.outcome == "created"
    assert result.graphs == {graph: (0, graph_size(memory_store, graph))}
    assert result.triples_after > 20
    assert ask(
        memory_store,
        f"""
        PREFIX jg: <https://w3id.org/jeugdgraph/def#> PREFIX dcterms: <http://purl.org/dc/terms/>
        ASK {{ GRAPH <{graph}> {{
            <{graph}> a jg:Motie ; dcterms:title "Motie wachttijden"@nl ;
                dcterms:date "2026-03-12"^^<http://www.w3.org/2001/XMLSchema#date> ;
                jg:noemt <https://w3id.org/jeugdgraph/id/gemeente/gm0622> ; jg:bevat ?opdracht .
            ?opdracht a jg:Opdracht ; jg:volgnummer 1 ;
                jg:deadline "2026-09-30"^^<http://www.w3.org/2001/XMLSchema#date> .
        }} }}""",
    )

    [record] = AuditLog(tmp_path / "audit.jsonl").records()
    assert record["who"] == token_id("geheim") and len(record["who"]) == 8
    assert "geheim" not in json.dumps(record)
    assert record["action"] == "add-document" and record["outcome"] == "committed"
    assert record["document"] == "motie-wachttijden" and record["request_id"] == "req-1"
    assert record["triples_before"] == 0 and record["triples_after"] == result.triples_after
    assert record["time"].endswith("+00:00")


def test_uploading_the_same_name_again_replaces_the_whole_graph(
    memory_store: ox.Store, tmp_path: Path
) -> None:
    service = service_for(memory_store, tmp_path)
    first = service.add_document("motie-wachttijden.txt", MOTIE)
    shorter = MOTIE.replace("2. hiervoor € 250.000 te reserveren.\n".encode(), b"")
    second = service.add_document("motie-wachttijden.txt", shorter)
    graph = DOC + "motie-wachttijden"
    assert second.outcome == "replaced"
    assert second.graphs[graph][0] == first.triples_after
    assert second.graphs[graph][1] == graph_size(memory_store, graph) < first.triples_after
    assert not ask(
        memory_store, f"ASK {{ GRAPH <{graph}> {{ ?b a <https://w3id.org/jeugdgraph/def#Bedrag> }} }}"
    )


def test_bad_uploads_are_refused_before_anything_is_read_and_audited(
    memory_store: ox.Store, tmp_path: Path
) -> None:
    service = service_for(memory_store, tmp_path)
    before = len(memory_store)
    with pytest.raises(InputError):
        service.add_document("../../etc/passwd", b"root:x:0:0")
    with pytest.raises(UnsupportedMediaType):
        service.add_document("motie.txt", b"PK\x03\x04 zip")
    with pytest.raises(InputError):
        service.add_document("motie.txt", MOTIE, {"kleur": "rood"})
    assert len(memory_store) == before
    records = AuditLog(tmp_path / "audit.jsonl").records()
    assert [r["outcome"] for r in records] == ["refused"] * 3
    assert "pad" in records[0]["detail"]


def strict_ontology(tmp_path: Path) -> Path:
    """The project's ontology with one extra shape that every upload of MOTIE breaks."""
    folder = tmp_path / "ontology"
    shutil.copytree(ONTOLOGY_DIR, folder)
    with (folder / "shapes.ttl").open("a", encoding="utf-8") as shapes:
        shapes.write("""
<urn:test:KorteTitel> a <http://www.w3.org/ns/shacl#NodeShape> ;
    <http://www.w3.org/ns/shacl#targetClass> <https://w3id.org/jeugdgraph/def#Motie> ;
    <http://www.w3.org/ns/shacl#property> [
        <http://www.w3.org/ns/shacl#path> <http://purl.org/dc/terms/title> ;
        <http://www.w3.org/ns/shacl#maxLength> 5 ;
        <http://www.w3.org/ns/shacl#message> "Titel te lang (testregel)."@nl ] .
""")
    return folder


def test_a_document_that_breaks_the_shapes_is_refused_with_the_report(
    memory_store: ox.Store, tmp_path: Path
) -> None:
    service = service_for(memory_store, tmp_path, ontology_dir=strict_ontology(tmp_path))
    before = set(memory_store)
    with pytest.raises(ValidationFailed) as caught:
        service.add_document("motie-wachttijden.txt", MOTIE)
    assert caught.value.http_status == 422
    assert not caught.value.report.conforms
    assert "Titel te lang (testregel)." in caught.value.report.text("nl")
    assert set(memory_store) == before
    [record] = AuditLog(tmp_path / "audit.jsonl").records()
    assert record["outcome"] == "refused" and record["document"] == "motie-wachttijden"


def test_delete_removes_the_graph_and_refuses_unknown_or_odd_names(
    memory_store: ox.Store, tmp_path: Path
) -> None:
    service = service_for(memory_store, tmp_path)
    graph = DOC + "004_33a8688e64a59d40"
    size = graph_size(memory_store, graph)
    result = service.delete_document("004_33a8688e64a59d40")
    assert result.outcome == "deleted" and result.graphs == {graph: (size, 0)}
    assert not memory_store.contains_named_graph(ox.NamedNode(graph))
    with pytest.raises(NotFound):
        service.delete_document("004_33a8688e64a59d40")
    for odd in ("../reference", "graph/reference", "", "A" * 300):
        with pytest.raises(InputError):
            service.delete_document(odd)
    assert memory_store.contains_named_graph(ox.NamedNode(REFERENCE))


def test_a_document_others_still_point_to_cannot_be_deleted(memory_store: ox.Store, tmp_path: Path) -> None:
    service = service_for(memory_store, tmp_path)
    service.add_document("motie-wachttijden.txt", MOTIE)
    target = DOC + "motie-wachttijden/opdracht/1"
    memory_store.update(f"""INSERT DATA {{ GRAPH <{DOC}004_33a8688e64a59d40> {{
        <{DOC}004_33a8688e64a59d40> <https://w3id.org/jeugdgraph/def#noemt> <{target}> }} }}""")
    with pytest.raises(ValidationFailed) as caught:
        service.delete_document("motie-wachttijden")
    assert "jgi:document/motie-wachttijden/opdracht/1" in str(caught.value)
    assert memory_store.contains_named_graph(ox.NamedNode(DOC + "motie-wachttijden"))


def test_an_update_is_staged_validated_and_committed_as_one(memory_store: ox.Store, tmp_path: Path) -> None:
    service = service_for(memory_store, tmp_path)
    result = service.update(f"""
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        INSERT DATA {{ GRAPH <{SCRATCH}> {{ <urn:test:a> skos:prefLabel "a"@nl }} }} ;
        INSERT DATA {{ GRAPH <{SCRATCH}-2> {{ <urn:test:b> skos:prefLabel "b"@nl }} }}
    """)
    assert result.outcome == "updated"
    assert result.graphs == {SCRATCH: (0, 1), SCRATCH + "-2": (0, 1)}
    assert graph_size(memory_store, SCRATCH) == 1 and graph_size(memory_store, SCRATCH + "-2") == 1


def test_updates_that_are_malformed_break_shapes_or_reach_too_far_change_nothing(
    memory_store: ox.Store, tmp_path: Path
) -> None:
    service = service_for(memory_store, tmp_path)
    before = set(memory_store)
    with pytest.raises(QueryError) as caught:
        service.update("INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> }")
    assert "regel 1, kolom" in str(caught.value)
    with pytest.raises(ValidationFailed):  # a municipality without name or CBS code
        service.update(
            f"INSERT DATA {{ GRAPH <{REFERENCE}> {{ <urn:test:x> a "
            "<https://w3id.org/jeugdgraph/def#Gemeente> } }"
        )
    with pytest.raises(InputError):
        service.update("INSERT DATA { <urn:a> <urn:b> <urn:c> }")  # the default graph
    with pytest.raises(WritesDisabled):
        service.update("DROP GRAPH <https://w3id.org/jeugdgraph/id/graph/ontology>")
    with pytest.raises(QueryRefused):
        service.update("LOAD <http://127.0.0.1:9/data.ttl> INTO GRAPH <urn:g>")
    with pytest.raises(QueryRefused):
        service.update(
            "INSERT { GRAPH <urn:g> { ?s ?p ?o } } WHERE { SERVICE <http://127.0.0.1:9/s> { ?s ?p ?o } }"
        )
    assert set(memory_store) == before
    outcomes = [r["outcome"] for r in AuditLog(tmp_path / "audit.jsonl").records()]
    assert outcomes == ["refused"] * 6


def test_the_graph_store_operations(memory_store: ox.Store, tmp_path: Path) -> None:
    service = service_for(memory_store, tmp_path)
    turtle = b'<urn:test:a> <http://www.w3.org/2004/02/skos/core#prefLabel> "a"@nl .'
    assert service.put_graph(SCRATCH, turtle, "text/turtle").outcome == "created"
    assert service.post_graph(
        SCRATCH, b'<urn:test:b> <urn:test:p> "b" .\n', "application/n-triples"
    ).graphs == {SCRATCH: (1, 2)}
    assert b"urn:test:b" in service.read_graph(SCRATCH, ox.RdfFormat.N_TRIPLES)
    assert service.put_graph(SCRATCH, turtle, "text/turtle").graphs == {SCRATCH: (2, 1)}
    with pytest.raises(InputError):
        service.put_graph(SCRATCH, b"<urn:a> <urn:b> .", "text/turtle")
    with pytest.raises(WritesDisabled):
        service.put_graph("https://w3id.org/jeugdgraph/id/graph/ontology", turtle, "text/turtle")
    with pytest.raises(InputError):
        service.put_graph("file:///etc/passwd", turtle, "text/turtle")
    assert service.delete_graph(SCRATCH).outcome == "deleted"
    with pytest.raises(NotFound):
        service.read_graph(SCRATCH, ox.RdfFormat.TURTLE)


def test_a_store_directory_keeps_the_uploaded_file_for_a_rebuild(
    seed_store_dir: Path, tmp_path: Path
) -> None:
    store_dir = copy_store(seed_store_dir, tmp_path / "store")
    settings = Settings(audit_log=tmp_path / "audit.jsonl")
    result = add_document(
        store_dir, "motie-wachttijden.txt", MOTIE, {"title": "Wachttijden"}, settings=settings
    )
    assert result.outcome == "created"
    kept = store_dir / DOCUMENTS_DIRNAME
    assert (kept / "motie-wachttijden.txt").read_bytes() == MOTIE
    assert json.loads((kept / "motie-wachttijden.txt.meta.json").read_text()) == {"title": "Wachttijden"}
    assert uploaded_documents(store_dir) == [kept / "motie-wachttijden.txt"]
    store = ox.Store.read_only(str(store_dir))
    assert store.contains_named_graph(ox.NamedNode(DOC + "motie-wachttijden"))
    del store

    delete_document(store_dir, "motie-wachttijden", settings=settings)
    assert uploaded_documents(store_dir) == []
    assert not list(kept.iterdir())


def test_a_directory_target_publishes_a_checkpoint_after_each_commit(
    seed_store_dir: Path, tmp_path: Path
) -> None:
    store_dir = copy_store(seed_store_dir, tmp_path / "store")
    served: list[Path] = []
    target = DirectoryTarget(store_dir, publish=served.append, keep_seconds=0)
    service = WriteService(target, settings=Settings(audit_log=tmp_path / "audit.jsonl"))
    # readers moved off the live directory before it was opened for writing, then to a checkpoint
    # of the recovered store
    assert len(served) == 2
    service.update(f'INSERT DATA {{ GRAPH <{SCRATCH}> {{ <urn:test:a> <urn:test:p> "1" }} }}')
    assert len(served) == 3 and not served[0].exists()  # superseded checkpoints are gone
    checkpoint = ox.Store.read_only(str(served[2]))
    assert graph_size(checkpoint, SCRATCH) == 1
    assert set(memory_copy(checkpoint)) == set(target.store)
    service.close()


def test_after_a_crash_readers_are_served_the_last_commit(seed_store_dir: Path, tmp_path: Path) -> None:
    """A commit that only reached the write-ahead log before a crash is served after the restart
    (a read-only checkpoint alone would leave it out)."""
    import subprocess
    import sys

    store_dir = copy_store(seed_store_dir, tmp_path / "store")
    crash = (
        "import os, pyoxigraph as ox\n"
        f"s = ox.Store({str(store_dir)!r})\n"
        f"s.update('INSERT DATA {{ GRAPH <{SCRATCH}> {{ <urn:test:a> <urn:test:p> \"laatste\" }} }}')\n"
        "os._exit(0)\n"  # no flush, no close: like a kill right after the commit
    )
    subprocess.run([sys.executable, "-c", crash], check=True)
    served: list[Path] = []
    target = DirectoryTarget(store_dir, publish=served.append, keep_seconds=60)
    assert graph_size(ox.Store.read_only(str(served[-1])), SCRATCH) == 1
    target.close()


def test_an_update_past_the_time_limit_is_ended_and_changes_nothing(
    memory_store: ox.Store, tmp_path: Path
) -> None:
    from jeugdgraph.errors import QueryTimeout
    from jeugdgraph.isolation import IsolatedRunner

    runner = IsolatedRunner(memory_mb=3000, warm_up=False)
    # room for a busy 2-core machine: the join below never ends, so any limit shows the kill
    settings = Settings(audit_log=tmp_path / "audit.jsonl", write_timeout=5.0)
    service = WriteService(LiveTarget(memory_store), settings=settings, runner=runner)
    try:
        # the worker is started and warm before the timed job, so its start-up never counts
        service.update(f'INSERT DATA {{ GRAPH <{SCRATCH}> {{ <urn:test:w> <urn:test:p> "0" }} }}')
        before = set(memory_store)
        worker = runner.pid
        with pytest.raises(QueryTimeout) as caught:
            service.update(
                f"INSERT {{ GRAPH <{SCRATCH}> {{ ?a <urn:test:via> ?g }} }} "
                "WHERE { GRAPH ?w { ?a ?b ?c } GRAPH ?x { ?d ?e ?f } GRAPH ?y { ?g ?h ?i } "
                "FILTER(STRLEN(STR(?c)) + STRLEN(STR(?f)) < STRLEN(STR(?i)) - 100000) }"
            )
        assert caught.value.http_status == 503 and "niets veranderd" in str(caught.value)
        assert runner.restarts == 1 and runner.pid not in (None, worker)  # killed, not waited for
        with pytest.raises(ProcessLookupError):  # and gone: a fresh worker waits for the next job
            os.kill(worker or 0, 0)
        assert set(memory_store) == before
        quick = service.update(f'INSERT DATA {{ GRAPH <{SCRATCH}> {{ <urn:test:a> <urn:test:p> "1" }} }}')
        assert quick.graphs == {SCRATCH: (1, 2)}  # a fresh worker took the next job
    finally:
        service.close()
