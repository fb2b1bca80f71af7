"""schemathesis against the app's own OpenAPI schema: whatever it sends, no answer is a 5xx.

Writes and SPARQL Update are switched on and the token is sent, so the fuzzer reaches past the
authentication into the upload checks, the SHACL gate and the update staging (on a copy of the
seed store)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from reliabilityfixtures import AUTH, DIGEST, copy_store
from schemathesis.checks import not_a_server_error

from jeugdgraph.server import create_app
from jeugdgraph.server.write_access import write_access
from jeugdgraph.settings import Settings


@pytest.fixture(scope="module")
def api_schema(seed_build, seed_store_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator:  # noqa: ANN001
    folder = tmp_path_factory.mktemp("fuzz")
    store_dir = copy_store(seed_store_dir, folder / "store")
    app_settings = Settings(
        query_workers=2,
        query_timeout=5.0,
        write_tokens=(DIGEST,),
        enable_update=True,
        audit_log=folder / "audit.jsonl",
        write_timeout=60.0,
    )
    app = create_app(app_settings, store_dir, validation=seed_build.validation)
    yield schemathesis.openapi.from_asgi("/openapi.json", app)
    service = write_access(app.state.context).service
    if service is not None:
        service.close()
    app.state.context.backend.close()


@pytest.mark.slow
def test_no_request_gets_a_server_error(api_schema, capsys: pytest.CaptureFixture) -> None:  # noqa: ANN001
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert any(op.path == "/api/documents" for op in operations)
    statuses: Counter[tuple[str, int]] = Counter()
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def no_server_error(case) -> None:  # noqa: ANN001
            response = case.call_and_validate(headers=AUTH, checks=[not_a_server_error])
            statuses[(f"{case.method.upper()} {case.path}", response.status_code)] += 1

        no_server_error()
    with capsys.disabled():
        print(f"\nschemathesis: {sum(statuses.values())} requests to {len(operations)} operations, no 5xx")
        for path in sorted({p for p, _ in statuses}):
            codes = ", ".join(f"{code}x{n}" for (p, code), n in sorted(statuses.items()) if p == path)
            print(f"  {path}: {codes}")
    writes = {code for (path, code) in statuses if path == "POST /api/documents"}
    assert writes - {401, 403}, "the fuzzer never got past the token check"
