"""The query page at ``/`` and the API documentation at ``/docs``, both served without any CDN."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

STATIC_DIR = Path(__file__).resolve().parent / "static"

#: the query page loads only its own script and style from this server
PAGE_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)


#: Swagger UI from the npm package swagger-ui-dist, vendored with its licence
SWAGGER_DIR = STATIC_DIR / "vendor" / "swagger-ui"


def install_pages(app: FastAPI) -> None:
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    @app.get("/", include_in_schema=False)
    async def query_page() -> FileResponse:
        return FileResponse(
            STATIC_DIR / "index.html", media_type="text/html; charset=utf-8",
            headers={"Content-Security-Policy": PAGE_POLICY, "X-Content-Type-Options": "nosniff",
                     "Referrer-Policy": "same-origin"},
        )

    app.mount("/docs-static", StaticFiles(directory=SWAGGER_DIR), name="docs-static")

    @app.get("/docs", include_in_schema=False)
    async def docs() -> FileResponse:
        # Swagger UI starts from static/docs.js, not an inline script, so the policy holds
        return FileResponse(
            STATIC_DIR / "docs.html", media_type="text/html; charset=utf-8",
            headers={"Content-Security-Policy": PAGE_POLICY, "X-Content-Type-Options": "nosniff",
                     "Referrer-Policy": "same-origin"},
        )
