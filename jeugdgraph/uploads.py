"""Checks on an uploaded document before anything reads it: its name, its size, what it really
is, and whether a PDF would inflate beyond reason (``readers`` runs that last check on every PDF
it reads too). The metadata that comes with an upload is checked by ``readers.validate_metadata``,
the same rules as a sidecar file.

Every check raises a ``jeugdgraph.errors`` exception with one sentence saying what is wrong, so
the server answers a clear 4xx and nothing reaches the store. Nothing here touches the disk.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from pathlib import PurePosixPath, PureWindowsPath

from . import iris
from .errors import InputError, PayloadTooLarge, UnreadableDocument, UnsupportedMediaType

MAX_NAME_LENGTH = 200
# extension -> media type the content must turn out to be
EXTENSIONS: dict[str, str] = {
    ".txt": "text/plain",
    ".md": "text/markdown",
    ".html": "text/html",
    ".htm": "text/html",
    ".pdf": "application/pdf",
}
# declared Content-Types we accept for each sniffed kind (clients often send octet-stream)
_DECLARED_OK: dict[str, set[str]] = {
    "text/plain": {"text/plain", "text/markdown", "text/x-markdown"},
    "text/markdown": {"text/markdown", "text/x-markdown", "text/plain"},
    "text/html": {"text/html", "application/xhtml+xml"},
    "application/pdf": {"application/pdf", "application/x-pdf"},
}
_ANY_DECLARED = {"", "application/octet-stream", "binary/octet-stream"}
_NAME_PUNCTUATION = set(" ._-()+,")
_HTML_START = re.compile(
    rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL
)
_HTML_TAG = re.compile(r"<(?:p|div|h[1-6]|table|ul|ol|li|br|span|article|section|title)\b", re.IGNORECASE)
_ALLOWED_CONTROLS = {"\t", "\n", "\r", "\f", "\v"}
_BINARY_MAGIC = {
    b"PK\x03\x04": "een ZIP-archief (of Office-bestand)",
    b"\x1f\x8b": "een gzip-archief",
    b"\x89PNG": "een PNG-afbeelding",
    b"GIF8": "een GIF-afbeelding",
    b"\xff\xd8\xff": "een JPEG-afbeelding",
    b"\x7fELF": "een programma",
    b"MZ": "een programma",
    b"\xd0\xcf\x11\xe0": "een oud Office-bestand",
    b"Rar!": "een RAR-archief",
    b"7z\xbc\xaf": "een 7z-archief",
}



def safe_filename(name: str | None) -> str:
    """The upload's file name if it is a plain name with an accepted extension, else ``InputError``.

    Refuses anything that could point outside the upload folder (``../../etc/passwd``, absolute
    paths, drive letters, back-slashes), NUL and other control characters, hidden names and
    characters outside letters, digits and ``._-()+,`` and space.
    """
    if not name or not name.strip():
        raise InputError("Het bestand heeft geen naam; geef een bestandsnaam zoals 'motie.txt'.")
    if "\x00" in name:
        raise InputError("De bestandsnaam bevat een NUL-teken; kies een gewone bestandsnaam.")
    if "/" in name or "\\" in name or PurePosixPath(name).is_absolute() or PureWindowsPath(name).drive:
        raise InputError(
            f"De bestandsnaam {name!r} bevat een pad; stuur alleen de naam zelf, zonder mappen."
        )
    if name in {".", ".."} or name.startswith("."):
        raise InputError(f"De bestandsnaam {name!r} mag niet met een punt beginnen.")
    if len(name) > MAX_NAME_LENGTH:
        raise InputError(f"De bestandsnaam is langer dan {MAX_NAME_LENGTH} tekens; kies een kortere naam.")
    odd = sorted({c for c in name if not (c.isalnum() or c in _NAME_PUNCTUATION)})
    if odd:
        shown = " ".join(repr(c) for c in odd[:5])
        raise InputError(f"De bestandsnaam bevat tekens die niet zijn toegestaan: {shown}.")
    if unicodedata.normalize("NFC", name) != name:
        name = unicodedata.normalize("NFC", name)
    suffix = PurePosixPath(name).suffix.lower()
    if suffix not in EXTENSIONS:
        raise UnsupportedMediaType(
            f"Bestanden met de extensie {suffix or '(geen)'!s} worden niet aangenomen; "
            "alleen .txt, .md, .html, .htm en .pdf."
        )
    try:
        iris.document_slug(name)
    except ValueError:
        raise InputError(
            f"Uit de bestandsnaam {name!r} valt geen documentnaam te maken; gebruik letters of cijfers."
        ) from None
    return name


def check_size(content: bytes, limit: int) -> None:
    if len(content) > limit:
        raise PayloadTooLarge(
            f"Het bestand is {len(content):,} bytes; de grens is {limit:,} bytes.".replace(",", ".")
        )
    if not content:
        raise UnreadableDocument("Het bestand is leeg.")


def sniff(content: bytes, filename: str, declared_type: str | None = None) -> str:
    """The media type of ``content``, checked against the name's extension and the declared type.

    Only text, Markdown, HTML and PDF pass; anything else (a ZIP, an image, an executable, a PDF
    named ``.txt``) is ``UnsupportedMediaType``; text that is not valid UTF-8 is ``UnreadableDocument``.
    """
    expected = EXTENSIONS[PurePosixPath(filename).suffix.lower()]
    declared = (declared_type or "").split(";", 1)[0].strip().lower()

    if content[:1024].lstrip().startswith(b"%PDF-") or b"%PDF-" in content[:1024]:
        actual = "application/pdf"
    else:
        actual = _sniff_text(content, expected)

    if actual != expected and not (actual.startswith("text/") and expected.startswith("text/")):
        raise UnsupportedMediaType(
            f"Het bestand {filename!r} is {_describe(actual)}, maar de naam zegt {_describe(expected)}."
        )
    if declared not in _ANY_DECLARED and declared not in _DECLARED_OK[expected]:
        raise UnsupportedMediaType(
            f"Het type {declared!r} wordt niet aangenomen; stuur tekst, Markdown, HTML of PDF."
        )
    return expected


def _sniff_text(content: bytes, expected: str) -> str:
    for magic, what in _BINARY_MAGIC.items():
        if content.startswith(magic):
            raise UnsupportedMediaType(f"Het bestand is {what}; stuur tekst, Markdown, HTML of PDF.")
    if b"\x00" in content:
        raise UnsupportedMediaType("Het bestand is binair (het bevat NUL-bytes); stuur tekst, HTML of PDF.")
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UnreadableDocument(
            f"Het bestand is geen geldige UTF-8-tekst (ongeldige byte op positie {exc.start}); "
            "sla het op als UTF-8."
        ) from None
    controls = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in _ALLOWED_CONTROLS)
    if controls > max(2, len(text) // 200):
        raise UnsupportedMediaType("Het bestand lijkt binair (veel stuurtekens); stuur tekst, HTML of PDF.")
    if _HTML_START.match(content[:4096]) or (expected == "text/html" and _HTML_TAG.search(text[:65536])):
        return "text/html"
    return "text/markdown" if expected == "text/markdown" else "text/plain"


def _describe(media_type: str) -> str:
    return {
        "application/pdf": "een PDF",
        "text/html": "HTML",
        "text/plain": "platte tekst",
        "text/markdown": "Markdown",
    }.get(media_type, media_type)


# --- PDF inflation budget ---------------------------------------------------------------------

_STREAM_START = re.compile(rb"(?<!end)stream(?:\r\n|\n|\r)")
_CHUNK = 1 << 20


def check_pdf_inflation(content: bytes, budget: int) -> int:
    """Refuse a PDF whose compressed streams would inflate to more than ``budget`` bytes in total.

    A "zip bomb" PDF hides gigabytes in a few kilobytes of FlateDecode streams; a reader that
    inflates them runs out of memory or time. This scan inflates every stream (also a second
    Flate layer) in bounded chunks, keeping only the count, and stops as soon as the budget is
    spent, so it costs at most ``budget`` bytes of inflation however big the bomb. Returns the
    inflated size of the streams it could inflate.
    """
    total = 0
    for match in _STREAM_START.finditer(content):
        start = match.end()
        end = content.find(b"endstream", start)
        data = content[start:] if end < 0 else content[start:end]
        layer = data
        for _depth in range(3):  # nested FlateDecode filters inflate layer by layer
            inflated, spent, complete = _inflate(layer, budget - total)
            total += spent
            if total > budget:
                raise PayloadTooLarge(
                    f"De PDF pakt uit tot meer dan {budget // 1_000_000} MB; zo'n bestand wordt niet "
                    "verwerkt (mogelijk een 'zip-bom')."
                )
            if not complete or not inflated.startswith((b"\x78\x01", b"\x78\x5e", b"\x78\x9c", b"\x78\xda")):
                break
            layer = inflated
    return total


def _inflate(data: bytes, allowance: int) -> tuple[bytes, int, bool]:
    """Inflate ``data`` up to ``allowance + 1`` bytes: (kept output, bytes produced, ended cleanly)."""
    if not data.startswith((b"\x78",)):
        return b"", 0, False
    inflater = zlib.decompressobj()
    kept = bytearray()
    produced = 0
    pending = data
    try:
        while pending and produced <= allowance:
            out = inflater.decompress(pending, min(_CHUNK, allowance + 1 - produced) or 1)
            produced += len(out)
            if len(kept) < 64 * _CHUNK:  # a nested layer only needs to be kept while it is small
                kept.extend(out)
            pending = inflater.unconsumed_tail
            if not out and not pending:
                break
            if not out and pending:  # no progress: corrupt or finished
                break
    except zlib.error:
        return bytes(kept), produced, False
    return bytes(kept), produced, inflater.eof
