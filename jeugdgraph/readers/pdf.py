"""PDF files: the text of every page, paragraphs rejoined and words broken at line ends dehyphenated."""

from __future__ import annotations

import io
import logging
import re
from typing import Any

from ..errors import PayloadTooLarge, UnreadableDocument
from ..settings import Settings
from ..uploads import check_pdf_inflation
from .common import _BINARY_MAGIC, _Label

# --- PDF --------------------------------------------------------------------------------------

MAX_PAGE_CONTENT_BYTES = 20_000_000  # drawing instructions of one page; text pages need far less
_PARAGRAPH_GAP = 1.3  # a vertical gap this many times the usual line distance starts a paragraph
# a word broken at a line end, the rest of the word with what sticks to it, and what follows
_HYPHENATED = re.compile(r"([^\W\d_]+)[-\u2010]\n([^\W\d_]+)(\S*)(?:[ \t]*(\n|$)|[ \t]+)")
_SOFT_HYPHENATED = re.compile(r"([^\W\d_]+)\u00ad\n([^\W\d_]+)(\S*)(?:[ \t]*(\n|$)|[ \t]+)")
_WORD = re.compile(r"[^\W\d_]+(?:[-\u2010][^\W\d_]+)*")


def _pdf_text(data: bytes, label: str | _Label, settings: Settings, notes: list[str]) -> str:
    """The text of a PDF: pages joined by blank lines, paragraphs found from vertical gaps.

    Limits are checked before any text is extracted: the file's size (by the caller), the
    inflated size of all compressed streams together, the declared and actual page count, and
    the drawing instructions of each page; a page with an unreasonable amount of them (a
    disguised zip bomb, or a huge vector drawing) is skipped with a note for the report.
    """
    # imported here: pypdf is only needed for PDFs, and importing it costs time at start-up
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError

    head = data[:1024]
    if b"%PDF-" not in head:
        for magic, what in _BINARY_MAGIC:
            if data.startswith(magic):
                raise UnreadableDocument(f"{label}: geen PDF (het is {what})")
        raise UnreadableDocument(f"{label}: geen PDF (het bestand begint niet met %PDF)")
    try:
        check_pdf_inflation(data, settings.max_pdf_inflated_bytes)
    except PayloadTooLarge:
        raise UnreadableDocument(
            f"{label}: PDF pakt uit tot meer dan {settings.max_pdf_inflated_bytes // 1_000_000} MB "
            "(mogelijk een zip-bom); niet gelezen"
        ) from None

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # broken PDFs warn a lot; the reason suffices
    # pypdf raises many kinds of exceptions on malformed input; every one means "corrupt file"
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except (DependencyError, NotImplementedError):
                raise UnreadableDocument(
                    f"{label}: PDF is versleuteld op een manier die niet gelezen kan worden"
                ) from None
            if not opened:
                raise UnreadableDocument(f"{label}: PDF is met een wachtwoord beveiligd")
        declared = _declared_page_count(reader)
        if declared is not None and declared > settings.max_pdf_pages:
            raise UnreadableDocument(
                f"{label}: PDF heeft {declared} pagina's; maximaal {settings.max_pdf_pages} worden gelezen"
            )
        pages = reader.pages
        if len(pages) > settings.max_pdf_pages:
            raise UnreadableDocument(
                f"{label}: PDF heeft {len(pages)} pagina's; maximaal {settings.max_pdf_pages} worden gelezen"
            )
        if len(pages) == 0:
            raise UnreadableDocument(f"{label}: PDF heeft geen pagina's")
        texts: list[str] = []
        total = 0
        for number, page in enumerate(pages, start=1):
            if _page_content_size(page, MAX_PAGE_CONTENT_BYTES) > MAX_PAGE_CONTENT_BYTES:
                notes.append(
                    f"{label}: pagina {number} overgeslagen (meer dan "
                    f"{MAX_PAGE_CONTENT_BYTES // 1_000_000} MB aan opmaakgegevens)"
                )
                continue
            page_text = _pdf_page_text(page).strip("\n")
            total += len(page_text)
            if total > settings.max_upload_bytes:
                raise UnreadableDocument(f"{label}: PDF bevat onredelijk veel tekst; niet gelezen")
            texts.append(page_text)
    except UnreadableDocument:
        raise
    except FileNotDecryptedError:
        raise UnreadableDocument(f"{label}: PDF is met een wachtwoord beveiligd") from None
    except Exception as exc:  # see the comment above the try
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise UnreadableDocument(f"{label}: PDF is beschadigd: {reason[:160]}") from None
    if not any(t.strip() for t in texts) and notes:
        raise UnreadableDocument(
            f"{label}: PDF bevat alleen pagina's met onredelijk veel opmaakgegevens (mogelijk een zip-bom)"
        )
    return dehyphenate("\n\n".join(t for t in texts if t.strip()))


def _page_content_size(page: Any, limit: int) -> int:
    """Bytes of drawing instructions of a page: its content streams and the forms it draws.

    Stops counting once past ``limit``; forms that draw forms are followed, each once.
    """
    size = 0
    contents = page.get_contents()
    if contents is not None:
        size += len(contents.get_data())
    pending: list[Any] = [page.get("/Resources")]
    seen: set[int] = set()
    while pending and size <= limit:
        entry = pending.pop()
        resources: Any = entry.get_object() if entry is not None else None
        if not hasattr(resources, "get"):
            continue
        xobject_entry = resources.get("/XObject")
        xobjects: Any = xobject_entry.get_object() if xobject_entry is not None else None
        if not hasattr(xobjects, "values"):
            continue
        for reference in xobjects.values():
            key = id(reference.get_object()) if not hasattr(reference, "idnum") else reference.idnum
            if key in seen:
                continue
            seen.add(key)
            form = reference.get_object()
            if form.get("/Subtype") != "/Form":
                continue
            size += len(form.get_data())
            pending.append(form.get("/Resources"))
    return size


def _declared_page_count(reader: Any) -> int | None:
    try:
        count = reader.trailer["/Root"]["/Pages"]["/Count"]
        return int(count)
    except Exception:  # noqa: BLE001 - a missing or odd /Count is checked again after reading
        return None


def _pdf_page_text(page: Any) -> str:
    """One page's text with a blank line wherever the vertical gap says a paragraph ends."""
    chunks: list[tuple[str, float | None]] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, _size: float) -> None:
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5] if text.strip() else None
        chunks.append((text, y))

    raw = page.extract_text(visitor_text=visit) or ""
    if "".join(text for text, _ in chunks) != raw:
        return raw  # the positions do not line up with the text: keep pypdf's lines as they are
    lines: list[tuple[str, float | None]] = []
    current: list[str] = []
    current_y: float | None = None
    for text, y in chunks:
        placed = False  # a chunk's position belongs to its first visible piece only
        for index, piece in enumerate(text.split("\n")):
            if index > 0:
                lines.append(("".join(current), current_y))
                current, current_y = [], None
            if piece.strip() and not placed:
                placed = True
                if current_y is None:
                    current_y = y
            current.append(piece)
    lines.append(("".join(current), current_y))

    gaps = sorted(
        previous_y - y
        for (_, previous_y), (_, y) in zip(lines, lines[1:], strict=False)
        if previous_y is not None and y is not None and previous_y - y > 3
    )
    # the usual line distance: the lower quartile, so that many short paragraphs do not hide it
    usual = gaps[len(gaps) // 4] if gaps else None
    out: list[str] = []
    previous_y = None
    for text, y in lines:
        if usual and previous_y is not None and y is not None and out and out[-1].strip():
            gap = previous_y - y
            if gap > usual * _PARAGRAPH_GAP or gap < -usual:
                out.append("")
        out.append(text)
        if y is not None:
            previous_y = y
    return "\n".join(out)


def dehyphenate(text: str) -> str:
    """Undo hyphenation at line ends where the document itself shows how the word is written.

    A soft hyphen at a line end always marks a break inside a word. A hard hyphen is only taken
    out when the joined word occurs elsewhere in the text (``wacht-`` + ``tijden`` and the text
    also says ``wachttijden``); it stays, with the line joined, when the hyphenated word occurs
    elsewhere (``psycho-educatie``); otherwise the line end is left as it is (``Kind-`` + ``en
    Gezinsbescherming`` is not a broken word). The rest of the broken line moves up a line.
    """
    text = _SOFT_HYPHENATED.sub(lambda m: _joined(m, m.group(1) + m.group(2)), text)
    if "-\n" not in text and "\u2010\n" not in text:
        return text
    vocabulary = {word.lower() for word in _WORD.findall(text)}

    def repair(match: re.Match[str]) -> str:
        left, right = match.group(1), match.group(2)
        if (left + right).lower() in vocabulary:
            return _joined(match, left + right)
        if f"{left}-{right}".lower() in vocabulary:
            return _joined(match, f"{left}-{right}")
        return match.group(0)

    return _HYPHENATED.sub(repair, text)


def _joined(match: re.Match[str], word: str) -> str:
    """The repaired word with what stuck to it; the rest of its line starts a new line."""
    ending = match.group(4)
    return word + match.group(3) + (ending if ending is not None else "\n")
