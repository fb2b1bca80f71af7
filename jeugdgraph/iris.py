"""Deterministic instance IRIs (contract section "Instance IRIs").

The same input always gives the same IRI, so a rebuild of the same documents yields the same
triples and outside queries can bookmark resources. An IRI is returned as its text: the mapping
makes pyoxigraph terms of it, the reference tables (built with rdflib) rdflib terms.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from .namespaces import JGI_IRI

_NON_SLUG = re.compile(r"[^a-z0-9]+")
_CBS_GEMEENTE = re.compile(r"^gm\d{4}$", re.IGNORECASE)
_BWB = re.compile(r"^BWBR\d{7}$")


def slugify(text: str) -> str:
    """Lower-case ASCII slug: ``'Zuid-Holland Zuid'`` -> ``'zuid-holland-zuid'``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = _NON_SLUG.sub("-", ascii_text.lower()).strip("-")
    if not slug:
        raise ValueError(f"cannot make an IRI slug from {text!r}")
    return slug


def gemeente(cbs_code: str) -> str:
    """``jgi:gemeente/gm0622`` from ``'GM0622'``."""
    if not _CBS_GEMEENTE.match(cbs_code):
        raise ValueError(f"not a CBS municipality code (GM + 4 digits): {cbs_code!r}")
    return f"{JGI_IRI}gemeente/{cbs_code.lower()}"


def jeugdregio(slug_or_name: str) -> str:
    return f"{JGI_IRI}jeugdregio/{slugify(slug_or_name)}"


def wet(bwb_id_or_name: str) -> str:
    """``jgi:wet/BWBR0034925`` where a BWB id exists, else ``jgi:wet/{slug}``."""
    if _BWB.match(bwb_id_or_name):
        return f"{JGI_IRI}wet/{bwb_id_or_name}"
    return f"{JGI_IRI}wet/{slugify(bwb_id_or_name)}"


def organisatie(slug_or_name: str) -> str:
    return f"{JGI_IRI}organisatie/{slugify(slug_or_name)}"


def programma(slug_or_name: str) -> str:
    return f"{JGI_IRI}programma/{slugify(slug_or_name)}"


def thema(slug_or_name: str) -> str:
    return f"{JGI_IRI}thema/{slugify(slug_or_name)}"


def document_slug(path: str | Path) -> str:
    """The slug of a source file name without extension: ``seeds/004_33a8.txt`` -> ``004_33a8``.

    Underscores are kept (the contract's example ``004_33a8688e64a59d40`` has one); everything
    else outside ``[a-z0-9_-]`` becomes ``-``.
    """
    stem = Path(path).name
    for suffix in (".meta.yaml", ".meta.json"):
        if stem.endswith(suffix):
            stem = stem[: -len(suffix)]
    stem = stem.rsplit(".", 1)[0] if "." in stem else stem
    ascii_text = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9_-]+", "-", ascii_text.lower()).strip("-")
    if not slug:
        raise ValueError(f"cannot make a document slug from the file name {str(path)!r}")
    return slug


def document(slug: str) -> str:
    return f"{JGI_IRI}document/{slug}"


def extracted(doc_slug: str, kind: str, n: int) -> str:
    """``jgi:document/{slug}/{kind}/{n}`` for anything extracted from a document."""
    if n < 1:
        raise ValueError("extracted resources are numbered from 1")
    return f"{JGI_IRI}document/{doc_slug}/{kind}/{n}"


def graph_of_document(doc_slug: str) -> str:
    """A document's named graph is the document IRI itself."""
    return document(doc_slug)
