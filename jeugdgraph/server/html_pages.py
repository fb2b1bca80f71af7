"""What the HTML pages of the network view, the region overview and the resource pages share:
query rows through the server's backend, rendering a template, and the response headers.

The pages load nothing from other origins and run no inline script, so they carry the same
Content-Security-Policy as the query page.
"""

from __future__ import annotations

import json

from fastapi.responses import HTMLResponse

from ..errors import InputError
from ..query.types import QueryRequest
from ..viz_html import PAGE_STYLESHEETS, environment
from ..viz_queries import QueryRows
from .context import ServerContext
from .page import PAGE_POLICY

HTML_HEADERS = {
    "Content-Security-Policy": PAGE_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}


def backend_rows(ctx: ServerContext) -> QueryRows:
    """Run the pages' SELECT queries through the server's backend, within its time limit.

    An answer cut at the row limit would draw a network or page that silently misses things, so
    it is refused instead.
    """

    def run(query: str) -> list[dict[str, dict[str, str]]]:
        result = ctx.backend.execute(QueryRequest(
            query, results_format="json", graph_format=None,
            timeout=ctx.settings.query_timeout, row_limit=ctx.settings.row_limit_max,
        ))
        if result.truncated:
            raise InputError(
                f"Het antwoord is groter dan {ctx.settings.row_limit_max} rijen; kies een regio, een "
                "gemeente, een periode of minder soorten."
            )
        return json.loads(result.body)["results"]["bindings"]

    return run


def html_page(template: str, *, status: int = 200, **context: object) -> HTMLResponse:
    context.setdefault("standalone", False)
    context.setdefault("stylesheets", PAGE_STYLESHEETS)
    body = environment().get_template(template).render(**context)
    return HTMLResponse(body, status_code=status, headers=HTML_HEADERS)


def error_page(status: int, message: str, *, title: str = "Niet gevonden") -> HTMLResponse:
    """An HTML answer for a browser that asked for a page that cannot be made."""
    return html_page("error.html", status=status, title=title, message=message)
