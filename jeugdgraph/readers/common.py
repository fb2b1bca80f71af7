"""What every reader shares: media types, the normalisation of the text, the file's label in messages."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

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
