"""Adding and removing documents while the server serves: ``POST /api/documents`` and
``DELETE /api/documents/{slug}``.

Both need a bearer token (``auth``). The token is checked before the upload is read, and the
upload is read with limits (one file, a handful of fields). The work itself is
``WriteService.add_document``: checks, extraction and SHACL validation in the write worker, one
atomic commit of the document's named graph, an audit record.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from ..errors import InputError, PayloadTooLarge
from ..uploads import EXTENSIONS
from .auth import Writer
from .context import ServerContext
from .security import MULTIPART_OVERHEAD
from .write_access import write_access

METADATA_FIELDS = ("title", "date", "type", "municipality", "source_url")
MAX_FIELD_BYTES = 4096

_ERROR = {
    "content": {"application/json": {"schema": {"type": "object", "properties": {
        "fout": {"type": "string"}, "status": {"type": "integer"}, "verzoek": {"type": "string"},
    }}}},
}

UPLOAD_BODY: dict[str, Any] = {
    "required": True,
    "content": {
        "multipart/form-data": {
            "schema": {
                "type": "object",
                "required": ["file"],
                "properties": {
                    "file": {
                        "type": "string", "format": "binary",
                        "description": "Het document: " + ", ".join(sorted(EXTENSIONS)) + ".",
                    },
                    "title": {"type": "string", "maxLength": 500, "description": "Titel."},
                    "date": {"type": "string", "format": "date", "description": "Datum (JJJJ-MM-DD)."},
                    "type": {
                        "type": "string",
                        "enum": ["motie", "raadsvoorstel", "raadsbesluit", "raadsinformatiebrief",
                                 "nieuwsbericht", "presentatie", "regiovisie", "brief", "advies", "document"],
                        "description": "Soort document.",
                    },
                    "municipality": {
                        "type": "string", "maxLength": 100,
                        "description": "De gemeente die het document uitgaf: CBS-code (GM0622) of naam.",
                    },
                    "source_url": {
                        "type": "string", "format": "uri", "description": "Waar het document staat.",
                    },
                },
            },
        },
    },
}

RESULT_EXAMPLE = {
    "actie": "add-document", "resultaat": "created", "document": "motie-jeugdhulp",
    "graaf": "https://w3id.org/jeugdgraph/id/document/motie-jeugdhulp",
    "grafen": {"https://w3id.org/jeugdgraph/id/document/motie-jeugdhulp": {"voor": 0, "na": 120}},
    "triples_voor": 0, "triples_na": 120, "verzoek": "0f8e…",
}


def documents_router(ctx: ServerContext) -> APIRouter:
    access = write_access(ctx)
    require_writer = access.require_writer()
    router = APIRouter(tags=["documenten"])
    limit = ctx.settings.max_upload_bytes

    @router.post(
        "/api/documents",
        summary="Document toevoegen of vervangen",
        description=(
            "Upload een document (tekst, Markdown, HTML of PDF) met optionele metadata. Het document "
            "wordt gelezen, de feiten worden eruit gehaald en de graaf wordt gevalideerd; voldoet hij "
            "niet aan de validatieregels, dan volgt 422 met het rapport en verandert er niets. Een "
            "document met dezelfde naam wordt in zijn geheel vervangen. Vraagt een schrijftoken."
        ),
        openapi_extra={"requestBody": UPLOAD_BODY},
        status_code=201,
        responses={
            200: {"description": "Het document bestond al en is vervangen.",
                  "content": {"application/json": {"example": RESULT_EXAMPLE}}},
            201: {"description": "Het document is toegevoegd.",
                  "content": {"application/json": {"example": RESULT_EXAMPLE}}},
            400: {"description": "Ongeldige naam of metadata.", **_ERROR},
            401: {"description": "Geen of een ongeldig token.", **_ERROR},
            403: {"description": "Schrijven staat uit.", **_ERROR},
            413: {"description": "Te groot.", **_ERROR},
            415: {"description": "Geen tekst, HTML of PDF.", **_ERROR},
            422: {"description": "Onleesbaar, of breekt de validatieregels (met rapport).", **_ERROR},
            503: {"description": "Andere schrijfacties lopen nog; probeer het zo opnieuw.", **_ERROR},
        },
    )
    async def add_document(request: Request, writer: Writer = Depends(require_writer)) -> JSONResponse:
        service = access.require_service()
        upload, metadata = await _read_upload(request, limit)
        content = await upload.read(limit + 1)
        result = await run_in_threadpool(
            service.add_document, upload.filename, content, metadata,
            content_type=upload.content_type, who=writer.token_id,
            request_id=getattr(request.state, "request_id", None),
        )
        status = 201 if result.outcome == "created" else 200
        return JSONResponse(result.as_json(), status_code=status,
                            headers={"Location": result.as_json()["graaf"], "Cache-Control": "no-store"})

    @router.delete(
        "/api/documents/{slug}",
        summary="Document verwijderen",
        description=(
            "Verwijder de graaf van een document (en het bewaarde bestand). Geweigerd (422) zolang "
            "andere documenten ernaar verwijzen. Vraagt een schrijftoken."
        ),
        responses={
            200: {"description": "Verwijderd.", "content": {"application/json": {"example": {
                "actie": "delete-document", "resultaat": "deleted", "document": "motie-jeugdhulp"}}}},
            400: {"description": "Ongeldige documentnaam.", **_ERROR},
            401: {"description": "Geen of een ongeldig token.", **_ERROR},
            403: {"description": "Schrijven staat uit.", **_ERROR},
            404: {"description": "Geen document met die naam.", **_ERROR},
            422: {"description": "Andere grafen verwijzen ernaar.", **_ERROR},
        },
    )
    async def delete_document(
        slug: str, request: Request, writer: Writer = Depends(require_writer)
    ) -> JSONResponse:
        service = access.require_service()
        result = await run_in_threadpool(
            service.delete_document, slug, who=writer.token_id,
            request_id=getattr(request.state, "request_id", None),
        )
        return JSONResponse(result.as_json(), headers={"Cache-Control": "no-store"})

    return router


async def _read_upload(request: Request, limit: int) -> tuple[UploadFile, dict[str, str]]:
    """The one uploaded file and the metadata fields of a multipart request."""
    content_type = request.headers.get("content-type", "")
    if not content_type.lower().startswith("multipart/form-data"):
        raise InputError("Stuur het document als multipart/form-data met het bestand in het veld 'file'.")
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit + MULTIPART_OVERHEAD:
        raise PayloadTooLarge(f"Het bestand is groter dan de grens van {limit:,} bytes.".replace(",", "."))
    form = await request.form(max_files=1, max_fields=len(METADATA_FIELDS) + 1, max_part_size=MAX_FIELD_BYTES)
    upload = form.get("file")
    if not isinstance(upload, UploadFile):
        raise InputError("Het bestand ontbreekt: stuur het in het veld 'file'.")
    metadata: dict[str, str] = {}
    for key, value in form.multi_items():
        if key == "file":
            continue
        if key not in METADATA_FIELDS:
            raise InputError(f"Onbekend veld {key!r}; toegestaan zijn file, {', '.join(METADATA_FIELDS)}.")
        if not isinstance(value, str):
            raise InputError(f"Het veld {key!r} moet tekst zijn, geen bestand.")
        if key in metadata:
            raise InputError(f"Het veld {key!r} komt twee keer voor.")
        metadata[key] = value
    return upload, metadata
