"""Data derived from the project's own files, kept on disk between runs.

Every build loads the ontology graph (Turtle parsed, blank nodes skolemised by rdflib's
canonical labelling) and the reference graph (the CSV tables turned into RDF) into its store.
Making them takes a quarter of a second: as long as building fifty documents. They depend only
on their source files and on jeugdgraph's code, so they are kept as text in the cache folder
(``Settings.cache_dir``), under a hash of all of that; an edited file or a new version of the
code makes them again. A cache that cannot be read or written is no error: the data is made.
"""

from __future__ import annotations

import hashlib
import os
import sys
import tempfile
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path

import pyoxigraph
import rdflib

from .settings import Settings

_PACKAGE_DIR = Path(__file__).resolve().parent
_KEPT_PER_KIND = 8  # older entries of a kind are removed


def cache_dir(settings: Settings | None = None) -> Path:
    settings = settings or Settings.from_env()
    if settings.cache_dir is not None:
        return Path(settings.cache_dir)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "jeugdgraph"


@lru_cache(maxsize=16)
def _code_digest(code: tuple[str, ...]) -> bytes:
    """The code that makes the data, and the Python and library versions it runs on."""
    digest = hashlib.sha256(f"{sys.version}|{rdflib.__version__}|{pyoxigraph.__version__}".encode())
    for name in code:
        path = _PACKAGE_DIR / f"{name}.py"
        digest.update(name.encode())
        digest.update(path.read_bytes())
    return digest.digest()


def _key(kind: str, sources: Iterable[Path], code: tuple[str, ...], data: bytes = b"") -> str | None:
    digest = hashlib.sha256(kind.encode())
    digest.update(_code_digest(code))
    digest.update(hashlib.sha256(data).digest())
    for path in sources:
        try:
            content = Path(path).read_bytes()
        except OSError:
            return None  # let ``make`` say what is wrong with the file
        digest.update(str(Path(path).resolve()).encode())
        digest.update(len(content).to_bytes(8, "big"))
        digest.update(content)
    return digest.hexdigest()[:32]


def cached_text(
    kind: str,
    sources: Iterable[Path],
    make: Callable[[], str | None],
    *,
    code: Iterable[str],
    settings: Settings | None = None,
    content: bytes = b"",
) -> str | None:
    """``make()``, or what it gave before for the same ``sources`` and code.

    ``code`` names the package's modules (``"reference"`` for ``jeugdgraph/reference.py``) whose
    code shapes the result. ``make`` may return ``None`` for a result not to be kept (nor kept).
    ``content`` is data the result depends on that is not in a file (it is hashed into the key).
    """
    key = _key(kind, sources, tuple(code), content)
    if key is None:
        return make()
    folder = cache_dir(settings)
    path = folder / f"{kind}-{key}.txt"
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeError):
        pass
    text = make()
    if text is not None:
        _store(folder, kind, path, text)
    return text


def _store(folder: Path, kind: str, path: Path, text: str) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        # written beside and renamed: a reader never sees half a file, two writers never mix
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{kind}-", suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                out.write(text)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        entries = sorted(folder.glob(f"{kind}-*.txt"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in entries[_KEPT_PER_KIND:]:
            old.unlink(missing_ok=True)
    except OSError:
        pass  # an unwritable cache only costs time
