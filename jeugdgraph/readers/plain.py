"""Plain-text files: the encoding (UTF-8, UTF-16 with a BOM, Windows-1252, mixed) and the decoding."""

from __future__ import annotations

import codecs

from ..errors import UnreadableDocument
from .common import _BINARY_MAGIC, _BOMS, _CONTROL_BYTES, _MOJIBAKE, _Label

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
