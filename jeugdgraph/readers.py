"""Read a document file (plain text, Markdown, HTML, PDF) into one normalised text.

Every offset the graph states (``jg:begin``/``jg:eind``) refers to the text ``read_document``
returns, so the normalisation is small, deterministic and documented in ``normalise_text``:
quotes taken from the text stay verbatim. A file that cannot be read as text raises
``UnreadableDocument`` with a one-line Dutch reason that names the file; the build report shows
it and the build goes on with the other documents.

Also here: the optional metadata sidecar beside a document (``NAME.meta.yaml`` / ``.json``) and
the discovery of document files under folders.
"""

from __future__ import annotations

import codecs
import io
import json
import logging
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml
from bs4 import BeautifulSoup, Comment, NavigableString, Tag

from . import iris
from .errors import InputError, PayloadTooLarge, UnreadableDocument
from .facts import SourceText
from .settings import Settings

MEDIA_TYPES: dict[str, str] = {
    ".txt": "text/plain",
    ".text": "text/plain",
    ".md": "text/markdown",
    ".markdown": "text/markdown",
    ".html": "text/html",
    ".htm": "text/html",
    ".xhtml": "text/html",
    ".pdf": "application/pdf",
}
SIDECAR_SUFFIXES = (".meta.yaml", ".meta.yml", ".meta.json")
DOCUMENT_KINDS = (
    "motie", "raadsvoorstel", "raadsbesluit", "raadsinformatiebrief", "nieuwsbericht",
    "presentatie", "regiovisie", "brief", "advies", "document",
)
SIDECAR_KEYS = (
    "title", "date", "type", "identifier", "municipality", "publisher", "source_url", "url",
    "region", "period",
)
MAX_SIDECAR_BYTES = 100_000

# Known binary formats, so the reason can say what the file is instead of "not text".
_BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "een PDF-bestand"),
    (b"PK\x03\x04", "een ZIP-archief (of Office-bestand)"),
    (b"\xd0\xcf\x11\xe0", "een oud Office-bestand (.doc/.xls)"),
    (b"\x1f\x8b", "een gzip-archief"),
    (b"BZh", "een bzip2-archief"),
    (b"7z\xbc\xaf", "een 7z-archief"),
    (b"Rar!", "een RAR-archief"),
    (b"\x89PNG", "een PNG-afbeelding"),
    (b"\xff\xd8\xff", "een JPEG-afbeelding"),
    (b"GIF8", "een GIF-afbeelding"),
    (b"\x7fELF", "een programma"),
    (b"MZ", "een programma"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# Control bytes that never occur in a text file (tab, newlines, form feed and escape do).
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20)])
# Mojibake of UTF-8 read as cp1252 ("Ã©" for "é"): the file mixes both encodings.
_MOJIBAKE = re.compile(
    "[\u00c2\u00c3][\u0080-\u00bf\u2018-\u203a\u20ac\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc]"
)


# --- normalisation ----------------------------------------------------------------------------

_LINE_BREAKS = re.compile("\r\n|\r|\u2028|\u2029|\x0b|\x85")
# (a regular expression finds these few characters far faster than str.translate with a table)
_INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff]")
_SPACES = re.compile("[\u00a0\u202f\u2007]")
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
# every character the substitutions above change
_SUBSTITUTED = re.compile(
    "[\r\u2028\u2029\x0b\x85\f\u00ad\u200b\u2060\ufeff\u00a0\u202f\u2007\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]"
)
_TRAILING_SPACE = re.compile(r"[ \t]+$", re.MULTILINE)
_MANY_BLANK_LINES = re.compile(r"\n{4,}")


def normalise_text(text: str) -> str:
    """The one normalised form all offsets refer to.

    Newlines become ``\\n`` (a form feed, i.e. a page break, becomes a blank line), the text is
    NFC, a byte-order mark, soft hyphens and zero-width characters are removed, no-break spaces
    become spaces, other control characters are dropped, trailing spaces of every line are
    stripped, more than two blank lines in a row become two, blank lines at the start and end
    are dropped and the text ends with one newline. Nothing else changes: quotes, dashes, case,
    leading indentation and tabs stay as written.
    """
    if _SUBSTITUTED.search(text):
        text = _LINE_BREAKS.sub("\n", text).replace("\f", "\n\n")
        text = _SPACES.sub(" ", _INVISIBLE.sub("", unicodedata.normalize("NFC", text)))
        text = _CONTROLS.sub("", text)
    else:
        # nothing to substitute, and NFC makes none of those characters: one search, not five
        text = unicodedata.normalize("NFC", text)
    if " \n" in text or "\t\n" in text or text.endswith((" ", "\t")):  # the search is slow
        text = _TRAILING_SPACE.sub("", text)
    if "\n\n\n\n" in text:
        text = _MANY_BLANK_LINES.sub("\n\n\n", text)
    text = text.strip("\n")
    return text + "\n" if text else ""


# --- entry point ------------------------------------------------------------------------------


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


class _Label:
    """``_label(path)``, worked out when a message first needs it (resolving a path costs as much
    as reading a small file, and most files need no message)."""

    __slots__ = ("_path", "_text")

    def __init__(self, path: Path) -> None:
        self._path = path
        self._text: str | None = None

    def __str__(self) -> str:
        if self._text is None:
            self._text = _label(self._path)
        return self._text

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


def _label(path: Path) -> str:
    """The file as the report names it: relative to the working folder when it lies below it."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB".replace(".", ",")


# --- text files: decoding ---------------------------------------------------------------------

_ENCODING_NAMES: dict[str, str] = {
    "utf-16-le": "UTF-16",
    "utf-16-be": "UTF-16",
    "cp1252": "Windows-1252 (Latin-1)",
    "utf-8+cp1252": "UTF-8 met losse Windows-1252-tekens",
}


def _decode_text(data: bytes, label: str | _Label) -> tuple[str, str]:
    """Decode the bytes of a text, Markdown or HTML file: (text, encoding used).

    UTF-8 first. A file that is not valid UTF-8 but looks like text is read as Windows-1252
    (the superset of Latin-1 that Dutch Windows software writes); a file that mixes both gets
    UTF-8 where it is valid and Windows-1252 for the stray bytes. Binary files are refused.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding), encoding
            except UnicodeDecodeError:
                if encoding != "utf-8":
                    raise UnreadableDocument(f"{label}: ongeldige {encoding.upper()}-tekst") from None
                data = data[len(bom):]
                break
    for magic, what in _BINARY_MAGIC:
        if data.startswith(magic):
            raise UnreadableDocument(f"{label}: binair bestand, geen tekst (het is {what})")
    sample = data[:65536]
    if b"\x00" in sample:
        raise UnreadableDocument(f"{label}: binair bestand, geen tekst (bevat NUL-bytes)")
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if controls > max(2, len(sample) // 100):
        raise UnreadableDocument(f"{label}: binair bestand, geen tekst (veel stuurtekens)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    high = sum(1 for b in sample if b >= 0x80)
    if high > len(sample) * 0.3:
        raise UnreadableDocument(f"{label}: binair bestand, geen tekst (onbekende tekenset)")
    text = data.decode("cp1252", errors="latin-1-fallback")
    if _MOJIBAKE.search(text):
        return data.decode("utf-8", errors="cp1252-fallback"), "utf-8+cp1252"
    return text, "cp1252"


def _latin1_fallback(exc: UnicodeError) -> tuple[str, int]:
    # cp1252 leaves five bytes undefined; Latin-1 maps them to (later dropped) C1 controls
    assert isinstance(exc, UnicodeDecodeError)
    return exc.object[exc.start:exc.end].decode("latin-1"), exc.end


def _cp1252_fallback(exc: UnicodeError) -> tuple[str, int]:
    assert isinstance(exc, UnicodeDecodeError)
    return exc.object[exc.start:exc.end].decode("cp1252", errors="latin-1-fallback"), exc.end


codecs.register_error("latin-1-fallback", _latin1_fallback)
codecs.register_error("cp1252-fallback", _cp1252_fallback)


# --- Markdown ---------------------------------------------------------------------------------

_MD_FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})[^\n]*$", re.MULTILINE)
_MD_ATX = re.compile(r"^[ \t]{0,3}#{1,6}(?:[ \t]+|$)(.*?)(?:[ \t]+#+)?[ \t]*$", re.MULTILINE)
_MD_SETEXT = re.compile(r"^[ \t]{0,3}(?:=+|-+)[ \t]*$")
_MD_RULE = re.compile(r"^[ \t]{0,3}(?:(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|(?:-[ \t]*){3,})$")
_MD_REFDEF = re.compile(r"^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*\S+.*$")
_MD_QUOTE = re.compile(r"^[ \t]{0,3}>[ \t]?", re.MULTILINE)
_MD_IMAGE = re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)")
_MD_LINK = re.compile(r"\[([^\]\n]+)\](?:\([^)\n]*\)|\[[^\]\n]*\])")
_MD_AUTOLINK = re.compile(r"<((?:https?://|mailto:)[^>\s]+)>")
_MD_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_EMPHASIS_STAR = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])")
_MD_EMPHASIS_UNDERSCORE = re.compile(r"(?<![\w_])_(?=[^\s_])([^_\n]+?)(?<=[^\s_])_(?![\w_])")
_MD_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_MD_CODE = re.compile(r"`([^`\n]+)`")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_MD_TABLE_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$")
_MD_HARD_BREAK = re.compile(r"\\$", re.MULTILINE)


def markdown_text(source: str) -> str:
    """The text of a Markdown document with its markup taken out, deterministically.

    Headings lose their ``#`` marks (setext underlines go), emphasis, code and strike marks go,
    links and images keep their text, reference definitions, comments, fences and rules go,
    block quotes lose ``>``, table rows become tab-separated cells. List markers stay: they are
    part of how a decision list or an assignment list reads.
    """
    source = _LINE_BREAKS.sub("\n", source)
    source = _MD_HTML_COMMENT.sub("", source)
    lines: list[str] = []
    in_fence = False
    for line in source.split("\n"):
        if _MD_FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            lines.append(line)
            continue
        if _MD_REFDEF.match(line) or _MD_TABLE_RULE.match(line) and "-" in line and "|" in line:
            continue
        if _MD_SETEXT.match(line) and lines and lines[-1].strip():
            continue  # underline of the heading on the line before
        if _MD_RULE.match(line):
            lines.append("")
            continue
        line = _MD_QUOTE.sub("", line)
        heading = _MD_ATX.match(line)
        if heading:
            line = heading.group(1)
        if line.lstrip().startswith("|") and line.rstrip().endswith("|") and line.count("|") >= 2:
            cells = [cell.strip() for cell in line.strip()[1:-1].split("|")]
            line = "\t".join(cells)
        line = _md_inline(line)
        lines.append(line)
    return "\n".join(lines)


def _md_inline(line: str) -> str:
    # escaped marks are set aside first (as private-use characters) so no rule below sees them
    line = _MD_ESCAPE.sub(lambda m: chr(0xE000 + ord(m.group(1))), line)
    line = _MD_IMAGE.sub(r"\1", line)
    line = _MD_LINK.sub(r"\1", line)
    line = _MD_AUTOLINK.sub(r"\1", line)
    line = _MD_CODE.sub(r"\1", line)
    for pattern in (_MD_STRONG, _MD_STRIKE):
        line = pattern.sub(lambda m: m.group(2), line)
    line = _MD_EMPHASIS_STAR.sub(r"\1", line)
    line = _MD_EMPHASIS_UNDERSCORE.sub(r"\1", line)
    line = _MD_HARD_BREAK.sub("", line)
    return re.sub("[\ue000-\ue07f]", lambda m: chr(ord(m.group(0)) - 0xE000), line)


# --- HTML -------------------------------------------------------------------------------------

_HTML_DROP = frozenset({
    "script", "style", "noscript", "template", "nav", "aside", "form",
    "button", "select", "textarea", "input", "label", "svg", "canvas", "iframe", "object",
    "embed", "audio", "video", "map", "dialog", "head", "title", "meta", "link",
})
_HTML_DROP_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search", "dialog"})
_HTML_DROP_MARKERS = re.compile(
    r"(?:^|[-_\s])(?:skip-?links?|skip-?to-?content|skiplink|breadcrumbs?|cookie-?(?:bar|banner|notice)|"
    r"share-?buttons?|social-?share)(?:$|[-_\s])",
    re.IGNORECASE,
)
_HTML_SKIP_LINK_TEXT = re.compile(
    r"^\s*(?:ga\s+(?:direct\s+)?naar\s+(?:de\s+)?(?:hoofd)?inhoud|ga\s+naar\s+het\s+begin|"
    r"naar\s+(?:de\s+)?(?:hoofd)?inhoud|terug\s+naar\s+boven|naar\s+boven|skip\s+to\s+(?:main\s+)?content)\s*$",
    re.IGNORECASE,
)
_HTML_BLOCKS = frozenset({
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "blockquote", "pre", "figcaption",
    "caption", "tr", "address", "summary", "div", "section", "article", "main", "table", "ul",
    "ol", "dl", "hr", "figure", "details", "body", "html", "thead", "tbody", "tfoot", "center",
})
_HTML_CELLS = frozenset({"td", "th"})
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def html_main_text(source: str) -> str:
    """The main text of an HTML page as blank-line separated blocks.

    Navigation, header, footer, asides, scripts, styles, forms, hidden elements and skip links
    are dropped; the ``<main>`` element (or the single ``<article>``, or ``role=main``) is taken
    when the page has one. Every paragraph, heading, list item and table row becomes a block;
    ordered list items keep their number (``1. ``), other items get ``- ``, table cells are
    separated by tabs, ``<br>`` is a line break.
    """
    soup = BeautifulSoup(source, "html.parser")
    for node in list(soup.find_all(string=lambda s: isinstance(s, Comment))):
        node.extract()
    for element in list(soup.find_all(True)):
        if element.decomposed or not _html_dropped(element):
            continue
        element.decompose()
    root = _html_main(soup)
    if root.name not in {"main", "article"} and root.get("role") != "main":
        # no main element: the page's own header and footer are site chrome, an article's are not
        for element in list(root.find_all(["header", "footer"])):
            if not element.decomposed and element.find_parent("article") is None:
                element.decompose()
    blocks: list[str] = []
    _HtmlWalker(blocks).walk(root)
    return "\n\n".join(block for block in blocks if block.strip())


def _html_dropped(element: Tag) -> bool:
    if element.name in _HTML_DROP:
        return True
    attrs = element.attrs or {}
    if "hidden" in attrs or str(attrs.get("aria-hidden", "")).lower() == "true":
        return True
    if str(attrs.get("role", "")).lower() in _HTML_DROP_ROLES:
        return True
    style = str(attrs.get("style", "")).replace(" ", "").lower()
    if "display:none" in style or "visibility:hidden" in style:
        return True
    classes = attrs.get("class") or []
    names = classes if isinstance(classes, list) else [str(classes)]
    if _HTML_DROP_MARKERS.search(" ".join([*names, str(attrs.get("id", ""))])):
        return True
    if element.name == "a" and str(attrs.get("href", "")).startswith("#"):
        return bool(_HTML_SKIP_LINK_TEXT.match(element.get_text()))
    return False


def _html_main(soup: BeautifulSoup) -> Tag:
    candidates = soup.find_all("main") or soup.find_all(attrs={"role": "main"})
    if len(candidates) != 1:
        articles = soup.find_all("article")
        candidates = articles if len(articles) == 1 else []
    if candidates and len(candidates[0].get_text(strip=True)) >= 20:
        return candidates[0]
    return soup.body or soup


class _HtmlWalker:
    """Walks the element tree, collecting inline text and flushing it at block boundaries."""

    def __init__(self, blocks: list[str]) -> None:
        self.blocks = blocks
        self.buffer: list[str] = []
        self.pre_depth = 0
        self.marker = ""  # a list item's number or dash, put before the item's first text

    def flush(self, preformatted: bool = False) -> None:
        text = "".join(self.buffer)
        self.buffer = []
        lines = [line.rstrip(" ") if preformatted else line.strip(" ") for line in text.split("\n")]
        block = "\n".join(lines).strip("\n")
        if block.strip():
            self.blocks.append(block)

    def text(self, value: str) -> None:
        if not self.pre_depth:
            value = _HTML_SPACE.sub(" ", value)
            at_start = not self.buffer or self.buffer[-1].endswith((" ", "\n", "\t"))
            if at_start and value.startswith(" "):
                value = value[1:]
        if not value:
            return
        if self.marker and value.strip():
            value, self.marker = self.marker + value, ""
        self.buffer.append(value)

    def walk(self, node: Tag) -> None:
        for child in node.children:
            if isinstance(child, NavigableString):
                if not isinstance(child, Comment):
                    self.text(str(child))
                continue
            if not isinstance(child, Tag):
                continue
            self.element(child)

    def element(self, tag: Tag) -> None:
        name = tag.name
        if name == "br":
            self.buffer.append("\n")
            return
        if name in _HTML_CELLS:
            if self.buffer and "".join(self.buffer).strip():
                self.buffer = ["".join(self.buffer).rstrip(" "), "\t"]
            self.walk(tag)
            return
        if name not in _HTML_BLOCKS:
            self.walk(tag)
            return
        self.flush()
        if name == "li":
            self.marker = _html_list_marker(tag)
        if name == "pre":
            self.pre_depth += 1
        self.walk(tag)
        if name == "pre":
            self.pre_depth -= 1
        if name == "tr":
            self.buffer = ["".join(self.buffer).rstrip("\t ")]
        if name == "li":
            self.marker = ""  # an empty item gets no block of its own
        self.flush(preformatted=name == "pre")


def _html_list_marker(item: Tag) -> str:
    parent = item.parent
    if parent is None or parent.name != "ol":
        return "- "
    value = item.get("value")
    if isinstance(value, str) and value.strip().isdigit():
        return f"{int(value)}. "
    start_attr = parent.get("start")
    start = int(start_attr) if isinstance(start_attr, str) and start_attr.strip().lstrip("-").isdigit() else 1
    position = 0
    for sibling in parent.find_all("li", recursive=False):
        if sibling is item:
            break
        position += 1
    return f"{start + position}. "


def _decode_html(data: bytes, label: str | _Label) -> tuple[str, str]:
    """HTML bytes as text: a byte-order mark, else the page's declared charset, else as plain text."""
    if not data.startswith(tuple(bom for bom, _ in _BOMS)):
        declared = _html_declared_encoding(data)
        if declared is not None and declared != "utf-8":
            try:
                return data.decode(declared), declared
            except UnicodeDecodeError:
                pass  # the declaration is wrong; decide from the bytes themselves
    return _decode_text(data, label)


def _html_declared_encoding(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    if not match:
        return None
    try:
        name = codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
    # browsers read a page declared Latin-1 or ASCII as Windows-1252; so do we
    return "cp1252" if name in {"latin-1", "iso8859-1", "ascii"} else name


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

    from .uploads import check_pdf_inflation

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
    pending = [page.get("/Resources")]
    seen: set[int] = set()
    while pending and size <= limit:
        resources = pending.pop()
        resources = resources.get_object() if resources is not None else None
        if not hasattr(resources, "get"):
            continue
        xobjects = resources.get("/XObject")
        xobjects = xobjects.get_object() if xobjects is not None else None
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


# --- sidecar metadata -------------------------------------------------------------------------


def sidecar_path(path: Path) -> Path | None:
    """The metadata file beside ``path`` (``NAME.meta.yaml``/``.yml``/``.json``), if there is one.

    Both ``motie.meta.yaml`` and ``motie.pdf.meta.yaml`` are found for ``motie.pdf``; more than
    one is an ``InputError``, since it would be unclear which one holds.
    """
    path = Path(path)
    names = [path.stem + suffix for suffix in SIDECAR_SUFFIXES] + [path.name + s for s in SIDECAR_SUFFIXES]
    # os.path: six pathlib look-ups cost more than reading the document
    folder = os.fspath(path.parent)
    found = [path.with_name(name) for name in names if os.path.isfile(os.path.join(folder, name))]
    if len(found) > 1:
        raise InputError(
            f"{_label(path)}: er zijn meerdere metadatabestanden ({', '.join(f.name for f in found)}); "
            "houd er één over."
        )
    return found[0] if found else None


def read_sidecar(path: Path) -> dict[str, Any]:
    """The checked metadata of the sidecar beside the document ``path`` (``{}`` when there is none).

    Keys in the result: ``title`` (str), ``date`` (``datetime.date``), ``kind`` (a document
    kind), ``identifier`` (str), ``municipality`` (a name or a ``GM`` code, as written),
    ``publisher`` (a name or an IRI), ``source_url`` (http(s)), ``region`` (a name or an IRI),
    ``period`` (``(2026, 2030)``). Bad values raise ``InputError`` with one sentence saying what
    to fix; unknown keys too, so a typo does not pass silently.
    """
    meta_path = sidecar_path(Path(path))
    if meta_path is None:
        return {}
    label = _label(meta_path)
    try:
        raw_bytes = meta_path.read_bytes()
    except OSError as exc:
        raise InputError(f"{label}: kan het metadatabestand niet lezen ({exc.strerror or exc}).") from None
    if len(raw_bytes) > MAX_SIDECAR_BYTES:
        raise InputError(f"{label}: het metadatabestand is groter dan {MAX_SIDECAR_BYTES // 1000} kB.")
    try:
        raw_text = raw_bytes.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{label}: het metadatabestand is geen UTF-8-tekst.") from None
    try:
        if meta_path.suffix == ".json":
            raw = json.loads(raw_text) if raw_text.strip() else {}
        else:
            raw = yaml.safe_load(raw_text) if raw_text.strip() else {}
    except (json.JSONDecodeError, yaml.YAMLError) as exc:
        where = getattr(exc, "lineno", None) or getattr(getattr(exc, "problem_mark", None), "line", None)
        detail = f" (regel {where if isinstance(exc, json.JSONDecodeError) else where + 1})" if where else ""
        raise InputError(
            f"{label}: het metadatabestand is geen geldige {_format(meta_path)}{detail}."
        ) from None
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise InputError(
            f"{label}: het metadatabestand moet sleutels met waarden bevatten (zoals 'title: ...')."
        )
    return validate_metadata(raw, label)


def _format(path: Path) -> str:
    return "JSON" if path.suffix == ".json" else "YAML"


def validate_metadata(raw: dict[Any, Any], label: str = "metadata") -> dict[str, Any]:
    """Check sidecar-style metadata (see ``read_sidecar``) and return it with parsed values."""
    unknown = sorted(str(key) for key in raw if key not in SIDECAR_KEYS)
    if unknown:
        raise InputError(
            f"{label}: onbekend veld {unknown[0]!r}; toegestaan zijn {', '.join(SIDECAR_KEYS)}."
        )
    if "url" in raw and "source_url" in raw:
        raise InputError(f"{label}: geef 'source_url' of 'url', niet allebei.")
    result: dict[str, Any] = {}
    for key, value in raw.items():
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        name = "source_url" if key == "url" else "kind" if key == "type" else key
        result[name] = _check_value(key, value, label)
    return result


def _check_value(key: str, value: Any, label: str) -> Any:
    if key == "date":
        if isinstance(value, date):
            return value
        text = _plain(key, value, label)
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            raise InputError(f"{label}: de datum {text!r} moet als JJJJ-MM-DD geschreven zijn.")
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise InputError(f"{label}: de datum {text!r} bestaat niet.") from None
    if key == "period":
        text = str(value) if isinstance(value, int) else _plain(key, value, label)
        match = re.fullmatch(r"(\d{4})\s*[-\u2013/]\s*(\d{4})", text)
        if isinstance(value, list) and len(value) == 2 and all(isinstance(v, int) for v in value):
            first, last = value
        elif match:
            first, last = int(match.group(1)), int(match.group(2))
        else:
            raise InputError(
                f"{label}: de periode {text!r} moet als JJJJ-JJJJ geschreven zijn (bijv. 2026-2030)."
            )
        if not 1900 <= first <= last <= 2200:
            raise InputError(f"{label}: de periode {first}-{last} is geen geldige reeks jaren.")
        return (first, last)
    text = _plain(key, value, label)
    if key == "type":
        kind = text.lower()
        if kind not in DOCUMENT_KINDS:
            raise InputError(
                f"{label}: onbekend documenttype {text!r}; kies uit {', '.join(DOCUMENT_KINDS)}."
            )
        return kind
    if key in {"source_url", "url"}:
        parts = urlsplit(text)
        if parts.scheme not in {"http", "https"} or not parts.netloc or " " in text or len(text) > 2000 \
                or not _is_iri(text):
            raise InputError(f"{label}: de bron-URL {text[:100]!r} is geen geldige http(s)-URL.")
        return text
    looks_like_code = re.fullmatch(r"(?i)gm\s*\d+", text)
    if key == "municipality" and looks_like_code and not re.fullmatch(r"(?i)gm\d{4}", text):
        raise InputError(f"{label}: de CBS-code {text!r} moet GM met vier cijfers zijn (bijv. GM0622).")
    if len(text) > 500:
        raise InputError(f"{label}: het veld {key!r} is langer dan 500 tekens.")
    return text


def _plain(key: str, value: Any, label: str) -> str:
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise InputError(f"{label}: het veld {key!r} moet een enkele waarde zijn, geen lijst of tabel.")
    text = str(value).strip()
    if any(unicodedata.category(c) == "Cc" for c in text):
        raise InputError(f"{label}: het veld {key!r} bevat stuurtekens.")
    return text


# --- discovery --------------------------------------------------------------------------------

SKIPPED_FOLDERS = frozenset({"reference", "__pycache__", "node_modules"})


def discover_documents(paths: Iterable[Path]) -> list[Path]:
    """The document files under ``paths``: files as given, folders searched recursively.

    In folders only supported extensions count; hidden files and folders, sidecars and the
    ``reference/`` folder (reference data, not documents) are skipped. A file named explicitly is
    always kept, so an unsupported one is reported instead of silently ignored. The result is
    sorted and free of duplicates. A path that does not exist is an ``InputError``.
    """
    found: set[Path] = set()
    for given in paths:
        given = Path(given)
        if given.is_file():
            found.add(given)
        elif given.is_dir():
            found.update(_walk(given))
        else:
            raise InputError(f"{given.as_posix()}: bestand of map bestaat niet.")
    return sorted(found, key=lambda p: p.as_posix())


def _walk(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in SKIPPED_FOLDERS)
        for name in sorted(files):
            if name.startswith(".") or name.lower().endswith(SIDECAR_SUFFIXES):
                continue
            if Path(name).suffix.lower() in MEDIA_TYPES:
                yield Path(root) / name


def _is_iri(text: str) -> bool:
    """Whether pyoxigraph reads ``text`` as an IRI (no ``<>"{}|^`` or spaces, valid escapes)."""
    import pyoxigraph as ox

    try:
        ox.NamedNode(text)
    except ValueError:
        return False
    return True
