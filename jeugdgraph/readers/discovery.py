"""The document files under the folders and files a build is given."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import InputError
from .common import MEDIA_TYPES
from .sidecar import SIDECAR_SUFFIXES

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
