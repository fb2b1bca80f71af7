"""Pages of a named query's answer: ``limit``/``offset``, the total when it is known and ``Link``
headers (RFC 8288) to the first, previous and next page.

A page asks the store for one row more than it shows: that row says whether a next page exists
without counting the whole answer. The total is given only when it costs nothing: on the last page
(offset plus the rows shown), and not for a whole answer large enough to be streamed (its rows are
counted only as they are sent). ``limit=0`` (or ``alle``) asks for the whole answer, up to the row cap.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode

from fastapi import Request, Response

from ..errors import InputError
from .answers import HEADER_ROWS, HEADER_TRUNCATED

DEFAULT_PAGE = 100
HEADER_TOTAL = "X-Jeugdgraph-Total"
HEADER_OFFSET = "X-Jeugdgraph-Offset"
HEADER_PAGE = "X-Jeugdgraph-Page-Size"
LIMIT_DOC = (
    f"Rijen per pagina (standaard {DEFAULT_PAGE}); 0 of 'alle' geeft het hele antwoord (tot de rijgrens). "
    "De volgende pagina staat in de Link-header (rel=\"next\")."
)
OFFSET_DOC = "Hoeveel rijen van het begin overslaan (standaard 0)."


@dataclass(frozen=True)
class Page:
    limit: int | None  # None: the whole answer
    offset: int

    @property
    def paged(self) -> bool:
        return self.limit is not None

    def sparql(self, query: str) -> str:
        """The query with its page as solution modifiers (the named queries end with ORDER BY and
        carry no LIMIT of their own); one row more than the page, to see whether a next one exists."""
        if self.limit is None:
            return query if not self.offset else f"{query}\nOFFSET {self.offset}"
        return f"{query}\nLIMIT {self.limit + 1} OFFSET {self.offset}"


def parse_page(limit: str | None, offset: str | None, row_cap: int) -> Page:
    """The page a client asked for; Dutch errors for values that make no page."""
    size: int | None = DEFAULT_PAGE
    if limit:  # None or "" ask for the default page
        if limit.strip().lower() == "alle":
            size = None
        else:
            try:
                size = int(limit)
            except ValueError:
                raise InputError(f"limit moet een geheel getal of 'alle' zijn, niet '{limit}'.") from None
            if size < 0 or size > row_cap:
                raise InputError(f"limit moet tussen 0 en {row_cap} liggen (gevraagd: {limit}).")
            size = size or None
    start = 0
    if offset:
        try:
            start = int(offset)
        except ValueError:
            raise InputError(f"offset moet een geheel getal zijn, niet '{offset}'.") from None
        if start < 0 or start > 10**9:
            raise InputError(f"offset moet 0 of meer zijn (gevraagd: {offset}).")
    return Page(size, start)


def annotate(response: Response, request: Request, page: Page) -> Response:
    """Page headers on an answer whose store request asked for ``page.limit + 1`` rows and whose
    row cap was ``page.limit``: a cut answer then means "there is a next page", not "truncated"."""
    rows = response.headers.get(HEADER_ROWS)  # absent from a streamed answer: then no total
    response.headers[HEADER_OFFSET] = str(page.offset)
    has_next = False
    if page.limit is not None:
        has_next = response.headers.get(HEADER_TRUNCATED) == "true"
        response.headers[HEADER_TRUNCATED] = "false"
        response.headers[HEADER_PAGE] = str(page.limit)
    if not has_next and response.headers.get(HEADER_TRUNCATED) != "true" and rows is not None:
        response.headers[HEADER_TOTAL] = str(page.offset + int(rows))
    links = []
    if page.limit is not None:
        if has_next:
            links.append((page.offset + page.limit, "next"))
        if page.offset:
            links.append((max(0, page.offset - page.limit), "prev"))
            links.append((0, "first"))
    if links:
        response.headers["Link"] = ", ".join(
            f'<{page_url(request, page.limit, start)}>; rel="{rel}"' for start, rel in links
        )
    return response


def page_url(request: Request, limit: int | None, offset: int) -> str:
    params = [(k, v) for k, v in request.query_params.multi_items() if k not in ("limit", "offset")]
    params += [("limit", str(limit or 0)), ("offset", str(offset))]
    return f"{request.url.path}?{urlencode(params)}"
