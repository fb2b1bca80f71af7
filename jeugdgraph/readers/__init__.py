"""Read a document file (plain text, Markdown, HTML, PDF) into one normalised text.

Every offset the graph states (``jg:begin``/``jg:eind``) refers to the text ``read_document``
returns, so the normalisation is small, deterministic and documented in ``normalise_text``:
quotes taken from the text stay verbatim. A file that cannot be read as text raises
``UnreadableDocument`` with a one-line Dutch reason that names the file; the build report shows
it and the build goes on with the other documents.

One module per format (``plain``, ``markdown``, ``html``, ``pdf``); also the optional metadata
sidecar beside a document (``NAME.meta.yaml`` / ``.json``, ``sidecar``) and
the discovery of document files under folders.
"""

from __future__ import annotations

from pathlib import Path

from .. import iris
from ..errors import UnreadableDocument
from ..facts import SourceText
from ..settings import Settings
from .common import MEDIA_TYPES, _Label, _megabytes, normalise_text
from .discovery import SKIPPED_FOLDERS, discover_documents
from .html import _decode_html, html_main_text
from .markdown import markdown_text
from .pdf import MAX_PAGE_CONTENT_BYTES, _pdf_text, dehyphenate
from .plain import _ENCODING_NAMES, _decode_text
from .sidecar import (
    DOCUMENT_KINDS,
    MAX_SIDECAR_BYTES,
    SIDECAR_KEYS,
    SIDECAR_SUFFIXES,
    read_sidecar,
    sidecar_path,
    validate_metadata,
)

__all__ = [
    "DOCUMENT_KINDS", "MAX_PAGE_CONTENT_BYTES", "MAX_SIDECAR_BYTES", "MEDIA_TYPES", "SIDECAR_KEYS",
    "SIDECAR_SUFFIXES", "SKIPPED_FOLDERS", "dehyphenate", "discover_documents", "html_main_text",
    "markdown_text", "normalise_text", "read_document", "read_sidecar", "sidecar_path",
    "validate_metadata",
]


def read_document(path: Path, settings: Settings | None = None) -> SourceText:
    """Read one document file into its normalised text; ``UnreadableDocument`` when that fails."""
    settings = settings or Settings.from_env()
    path = Path(path)
    label = _Label(path)
    suffix = path.suffix.lower()
    media_type = MEDIA_TYPES.get(suffix)
    if media_type is None:
        known = ", ".join(sorted({s for s in MEDIA_TYPES if s not in {".text", ".xhtml", ".markdown"}}))
        raise UnreadableDocument(
            f"{label}: bestandstype {suffix or '(geen extensie)'} wordt niet ondersteund (wel: {known})"
        )
    try:
        slug = iris.document_slug(path)
    except ValueError:
        raise UnreadableDocument(
            f"{label}: uit de bestandsnaam valt geen documentnaam te maken; gebruik letters of cijfers"
        ) from None
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise UnreadableDocument(f"{label}: is geen gewoon bestand")
    except OSError as exc:
        raise UnreadableDocument(f"{label}: kan het bestand niet openen ({exc.strerror or exc})") from None
    if size > settings.max_upload_bytes:
        raise UnreadableDocument(
            f"{label}: bestand is te groot ({_megabytes(size)}; maximaal "
            f"{_megabytes(settings.max_upload_bytes)})"
        )
    if size == 0:
        raise UnreadableDocument(f"{label}: leeg bestand")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableDocument(f"{label}: kan het bestand niet lezen ({exc.strerror or exc})") from None

    notes: list[str] = []
    if media_type == "application/pdf":
        raw, encoding = _pdf_text(data, label, settings, notes), None
    else:
        decode = _decode_html if media_type == "text/html" else _decode_text
        decoded, encoding = decode(data, label)
        if encoding != "utf-8":
            notes.append(
                f"{label}: niet in UTF-8 opgeslagen; gelezen als {_ENCODING_NAMES.get(encoding, encoding)}"
            )
        if media_type == "text/html":
            raw = html_main_text(decoded)
        elif media_type == "text/markdown":
            raw = markdown_text(decoded)
        else:
            raw = decoded
    text = normalise_text(raw)
    if not text.strip():
        if media_type == "application/pdf":
            raise UnreadableDocument(f"{label}: PDF bevat geen tekst (gescand?)")
        if media_type == "text/html":
            raise UnreadableDocument(f"{label}: de webpagina bevat geen leesbare hoofdtekst")
        raise UnreadableDocument(f"{label}: leeg bestand (alleen witruimte)")
    if media_type == "application/pdf" and sum(c.isalpha() for c in text) < 20:
        raise UnreadableDocument(f"{label}: PDF bevat geen tekst (gescand?)")
    return SourceText(
        path=path,
        slug=slug,
        text=text,
        media_type=media_type,
        encoding=encoding,
        notes=tuple(notes),
    )
