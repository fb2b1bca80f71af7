"""POST /api/documents and DELETE /api/documents/{slug}: tokens, the SHACL gate over HTTP,
bad uploads with clear 4xx answers, and readers seeing the new graph at once."""

from __future__ import annotations

import pytest
from writefixtures import AUTH, DOC, MOTIE, OTHER_TOKEN, TOKEN, bomb_pdf, motie_pdf

from jeugdgraph.audit import AuditLog, token_id
from jeugdgraph.server import create_app
from jeugdgraph.settings import Settings

UPLOAD_LIMIT = 300_000


@pytest.fixture(scope="module")
def client(write_app_factory):  # noqa: ANN001, ANN201
    client, _store_dir, settings = write_app_factory(
        max_upload_bytes=UPLOAD_LIMIT, max_pdf_inflated_bytes=20_000_000
    )
    client.audit = AuditLog(settings.audit_log)
    return client


def ask(client, query: str) -> bool:  # noqa: ANN001
    response = client.get(
        "/sparql", params={"query": query}, headers={"Accept": "application/sparql-results+json"}
    )
    assert response.status_code == 200, response.text
    return response.json()["boolean"]


def upload(client, name: str, content: bytes, content_type: str = "text/plain", headers=AUTH, **fields):  # noqa: ANN001, ANN003, ANN201
    return client.post(
        "/api/documents", files={"file": (name, content, content_type)}, data=fields, headers=headers
    )


def test_writes_are_off_without_configured_tokens(seed_build, seed_store_dir) -> None:  # noqa: ANN001
    app = create_app(
        Settings(query_workers=1, enable_update=True), seed_store_dir, validation=seed_build.validation
    )
    from fastapi.testclient import TestClient

    with TestClient(app) as plain:
        response = upload(plain, "motie.txt", MOTIE)
        assert response.status_code == 403
        assert "JEUGDGRAPH_WRITE_TOKENS" in response.json()["fout"]
        assert plain.delete("/api/documents/000_6433c76c45005ce2", headers=AUTH).status_code == 403


def test_a_write_without_a_valid_token_is_401_and_changes_nothing(client) -> None:  # noqa: ANN001
    for headers in (
        {},
        {"Authorization": f"Bearer {OTHER_TOKEN}"},
        {"Authorization": f"Basic {TOKEN}"},
        {"Authorization": "Bearer " + "x" * 5000},
    ):
        response = upload(client, "ongevraagd.txt", MOTIE, headers=headers)
        assert response.status_code == 401, headers
        assert response.headers["www-authenticate"].startswith("Bearer")
    assert not ask(client, f"ASK {{ GRAPH <{DOC}ongevraagd> {{ ?s ?p ?o }} }}")
    assert client.delete("/api/documents/000_6433c76c45005ce2").status_code == 401


def test_an_upload_is_served_at_once_and_audited(client) -> None:  # noqa: ANN001
    response = upload(
        client,
        "motie-wachttijden.txt",
        MOTIE,
        title="Motie wachttijden",
        type="motie",
        municipality="GM0622",
        headers={**AUTH, "X-Request-ID": "upload-1"},
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["document"] == "motie-wachttijden"
    assert response.headers["location"] == DOC + "motie-wachttijden"
    assert body["triples_na"] > 20 and body["verzoek"] == "upload-1"
    assert ask(
        client,
        f"""ASK {{ <{DOC}motie-wachttijden> dcterms:title "Motie wachttijden"@nl ;
                           dcterms:publisher jgi:gemeente\\/gm0622 }}""",
    )
    record = client.audit.records()[-1]
    assert (record["who"], record["action"], record["outcome"], record["request_id"]) == (
        token_id(TOKEN),
        "add-document",
        "committed",
        "upload-1",
    )

    again = upload(client, "motie-wachttijden.txt", MOTIE)
    assert again.status_code == 200 and again.json()["resultaat"] == "replaced"


def test_a_pdf_upload(client) -> None:  # noqa: ANN001
    response = upload(client, "motie-als-pdf.pdf", motie_pdf(), "application/pdf")
    assert response.status_code == 201, response.text
    assert ask(client, f'ASK {{ <{DOC}motie-als-pdf> jg:mediatype "application/pdf" }}')


def test_an_html_upload(client) -> None:  # noqa: ANN001
    page = """<!doctype html><html><head><title>Motie</title></head><body><main>
        <h1>Motie Wachttijden jeugdhulp</h1>
        <p>De raad van de gemeente Vlaardingen, in vergadering bijeen op 12 maart 2026,</p>
        <p>verzoekt het college:</p>
        <ol><li>uiterlijk in het derde kwartaal van 2026 een plan voor te leggen;</li>
            <li>hiervoor &euro; 250.000 te reserveren.</li></ol>
        <p>en gaat over tot de orde van de dag.</p></main></body></html>"""
    response = upload(client, "motie-als-html.html", page.encode(), "text/html")
    assert response.status_code == 201, response.text
    assert ask(
        client,
        f'ASK {{ <{DOC}motie-als-html> jg:mediatype "text/html" ; jg:bevat ?opdracht . '
        "?opdracht a jg:Opdracht }",
    )


def test_delete_over_http(client) -> None:  # noqa: ANN001
    assert upload(client, "weg-ermee.txt", MOTIE).status_code == 201
    response = client.delete("/api/documents/weg-ermee", headers=AUTH)
    assert response.status_code == 200 and response.json()["resultaat"] == "deleted"
    assert not ask(client, f"ASK {{ GRAPH <{DOC}weg-ermee> {{ ?s ?p ?o }} }}")
    assert client.delete("/api/documents/weg-ermee", headers=AUTH).status_code == 404
    assert client.delete("/api/documents/..%2F..%2Fetc%2Fpasswd", headers=AUTH).status_code in (400, 404)
    assert client.delete("/api/documents/Hoofd Letters", headers=AUTH).status_code == 400


@pytest.mark.parametrize(
    ("name", "content", "content_type", "status", "words"),
    [
        ("../../etc/passwd", b"root:x:0:0", "text/plain", 400, "pad"),
        ("/etc/passwd.txt", b"root:x:0:0", "text/plain", 400, "pad"),
        ("motie.exe", b"MZ\x90\x00", "application/octet-stream", 415, ".exe"),
        ("motie.txt", b"PK\x03\x04\x14\x00", "application/zip", 415, "ZIP"),
        ("motie.txt", MOTIE, "image/png", 415, "image/png"),
        ("motie.txt", b"Motie over \xff\xfe jeugdhulp", "text/plain", 422, "UTF-8"),
        (
            "kapot.pdf",
            b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\nendobj\n%%EOF garbage",
            "application/pdf",
            422,
            "PDF",
        ),
        ("groot.txt", b"a" * (UPLOAD_LIMIT + 1), "text/plain", 413, "grens"),
    ],
)
def test_bad_uploads_get_a_clear_4xx(client, name, content, content_type, status, words) -> None:  # noqa: ANN001
    response = upload(client, name, content, content_type)
    assert response.status_code == status, response.text
    assert words in response.json()["fout"]
    assert "Traceback" not in response.text


def test_a_zip_bomb_disguised_as_pdf_is_refused(client) -> None:  # noqa: ANN001
    bomb = bomb_pdf(250)  # about 250 kB on the wire, 250 MB inflated
    assert len(bomb) < UPLOAD_LIMIT
    response = upload(client, "onschuldig.pdf", bomb, "application/pdf")
    assert response.status_code == 422, response.text
    assert "zip-bom" in response.json()["fout"]
    assert not ask(client, f"ASK {{ GRAPH <{DOC}onschuldig> {{ ?s ?p ?o }} }}")


def test_malformed_multipart_requests(client) -> None:  # noqa: ANN001
    no_file = client.post("/api/documents", data={"title": "x"}, headers=AUTH)
    assert no_file.status_code == 400 and "file" in no_file.json()["fout"]
    not_multipart = client.post(
        "/api/documents", content=MOTIE, headers={**AUTH, "Content-Type": "text/plain"}
    )
    assert not_multipart.status_code == 400
    unknown_field = upload(client, "motie.txt", MOTIE, kleur="rood")
    assert unknown_field.status_code == 400 and "kleur" in unknown_field.json()["fout"]
    bad_date = upload(client, "motie.txt", MOTIE, date="2026-02-30")
    assert bad_date.status_code == 400 and "2026-02-30" in bad_date.json()["fout"]
    two_files = client.post(
        "/api/documents",
        headers=AUTH,
        files=[("file", ("a.txt", MOTIE, "text/plain")), ("file", ("b.txt", MOTIE, "text/plain"))],
    )
    assert two_files.status_code == 400
