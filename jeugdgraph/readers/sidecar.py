"""The optional metadata sidecar beside a document (``NAME.meta.yaml`` / ``.json``), checked."""

from __future__ import annotations

import json
import os
import re
import unicodedata
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pyoxigraph as ox
import yaml

from ..errors import InputError
from .common import _label

# yaml.safe_load, parsed by libyaml when PyYAML was built with it (the pure-Python parser is slow)
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

SIDECAR_SUFFIXES = (".meta.yaml", ".meta.yml", ".meta.json")
DOCUMENT_KINDS = (
    "motie", "raadsvoorstel", "raadsbesluit", "raadsinformatiebrief", "nieuwsbericht",
    "presentatie", "regiovisie", "brief", "advies", "amendement", "collegebesluit", "regeling",
    "beleidsplan", "verslag", "document",
)
SIDECAR_KEYS = (
    "title", "date", "type", "identifier", "municipality", "publisher", "source_url", "url",
    "region", "period",
)
MAX_SIDECAR_BYTES = 100_000


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
            raw = yaml.load(raw_text, Loader=_YAML_LOADER) if raw_text.strip() else {}
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


def _is_iri(text: str) -> bool:
    """Whether pyoxigraph reads ``text`` as an IRI (no ``<>"{}|^`` or spaces, valid escapes)."""
    try:
        ox.NamedNode(text)
    except ValueError:
        return False
    return True
