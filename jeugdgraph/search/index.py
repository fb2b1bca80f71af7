"""The full-text index (tantivy): Dutch words stemmed (Snowball) and folded to ASCII, ranked by
BM25, with snippets whose offsets point into the document's ``jg:tekst``.

The index of an embedded store lives in the store directory (``STORE/search``): a build writes it
into the staged store and it is swapped into place together with the graph. A write to a served
store updates the units of the changed document graphs right after the graph commit.
"""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import chain
from pathlib import Path

import pyoxigraph as ox
import tantivy

from ..store import SEARCH_DIRNAME, _swap_into_place
from .units import DOCUMENT_PREFIX, Unit, document_graphs, read_units

ANALYZER = "nl_stem_fold"
FORMAT_VERSION = "1"  # a change of schema or analyzer makes an older index unusable: rebuild
VERSION_FILE = "jeugdgraph-search-version"
TEXT_FIELDS = ("titel", "tekst")
SNIPPET_CHARS = 180


def analyzer() -> tantivy.TextAnalyzer:
    """Words split on non-alphanumerics, lower case, diacritics folded (ideeën = ideeen), Dutch
    Snowball stems (wachttijden = wachttijd), overly long tokens dropped."""
    return (
        tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
        .filter(tantivy.Filter.remove_long(40))
        .filter(tantivy.Filter.lowercase())
        .filter(tantivy.Filter.ascii_fold())
        .filter(tantivy.Filter.stemmer("dutch"))
        .build()
    )


def schema() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    for name in ("key", "document", "eenheid"):
        builder.add_text_field(name, stored=True, tokenizer_name="raw")
    for name in ("soort", "gemeente", "regio"):
        builder.add_text_field(name, stored=True, tokenizer_name="raw")
    builder.add_integer_field("datum", stored=True, indexed=True, fast=True)
    builder.add_integer_field("begin", stored=True)
    for name in TEXT_FIELDS:
        builder.add_text_field(name, stored=True, tokenizer_name=ANALYZER)
    return builder.build()


@dataclass(frozen=True)
class Filters:
    """What a search is narrowed to (every given filter must hold)."""

    region: str | None = None  # region IRI
    municipality: str | None = None  # municipality IRI
    kind: str | None = None  # local name of a jg: class, any case (Motie, Besluit)
    date_from: int | None = None  # yyyymmdd, inclusive
    date_to: int | None = None
    unit: str | None = None  # "document" or "uitspraak"


@dataclass(frozen=True)
class Fragment:
    text: str
    begin: int  # character offsets into the document's jg:tekst (-1: not known)
    end: int
    highlights: tuple[tuple[int, int], ...]  # character offsets into jg:tekst of the matched words


@dataclass(frozen=True)
class Hit:
    key: str
    document: str
    unit: str
    title: str
    kinds: tuple[str, ...]
    date: int | None
    score: float
    fragment: Fragment | None


@dataclass(frozen=True)
class Results:
    total: int
    hits: list[Hit]


def _document(unit: Unit) -> tantivy.Document:
    doc = tantivy.Document()
    doc.add_text("key", unit.key)
    doc.add_text("document", unit.document)
    doc.add_text("eenheid", unit.unit)
    for kind in sorted(unit.kinds):
        doc.add_text("soort", kind)
    for iri in sorted(unit.municipalities):
        doc.add_text("gemeente", iri)
    for iri in sorted(unit.regions):
        doc.add_text("regio", iri)
    if unit.date is not None:
        doc.add_integer("datum", unit.date)
    doc.add_integer("begin", unit.begin)
    if unit.title and unit.unit == "document":
        doc.add_text("titel", unit.title)
    doc.add_text("tekst", unit.text)
    return doc


class SearchIndex:
    """One tantivy index: on disk at ``path``, or in memory (``path=None``)."""

    def __init__(self, path: Path | None) -> None:
        self.path = Path(path) if path is not None else None
        self._lock = threading.Lock()  # one writer at a time (tantivy allows one per index)
        if self.path is not None:
            self.path.mkdir(parents=True, exist_ok=True)
            self.index = tantivy.Index(schema(), path=str(self.path), reuse=True)
            if not (self.path / VERSION_FILE).exists():  # a new index; an existing one may be read-only
                (self.path / VERSION_FILE).write_text(FORMAT_VERSION)
        else:
            self.index = tantivy.Index(schema())
        self.index.register_tokenizer(ANALYZER, analyzer())
        self.schema = self.index.schema

    @staticmethod
    def usable(path: Path) -> bool:
        """Whether an index of this version is at ``path``."""
        version = Path(path) / VERSION_FILE
        return version.is_file() and version.read_text().strip() == FORMAT_VERSION

    # ---- writing

    def replace(self, units: Iterable[Unit], documents: Iterable[str] | None) -> int:
        """Remove the units of ``documents`` (``None``: all), add ``units``, commit; the count added."""
        added = 0
        with self._lock:
            writer = self.index.writer(heap_size=64_000_000, num_threads=1)
            if documents is None:
                writer.delete_all_documents()
            else:
                for document in documents:
                    writer.delete_documents_by_term("document", document)
            for unit in units:
                writer.add_document(_document(unit))
                added += 1
            writer.commit()
            writer.wait_merging_threads()
        self.index.reload()
        return added

    def rebuild(self, store: ox.Store, batch: int = 1000) -> int:
        """Index every document of ``store`` anew, ``batch`` documents at a time (the texts of a
        whole national corpus need not be in memory at once)."""
        documents = document_graphs(store)
        chunks = (documents[i:i + batch] for i in range(0, len(documents), batch))
        return self.replace(chain.from_iterable(read_units(store, chunk) for chunk in chunks), None)

    def refresh(self, store: ox.Store, graphs: Iterable[str]) -> int:
        """Index the document graphs ``graphs`` again as they now stand in ``store`` (a graph that
        is gone leaves no units)."""
        documents = sorted(g for g in graphs if g.startswith(DOCUMENT_PREFIX))
        if not documents:
            return 0
        return self.replace(read_units(store, documents), documents)

    # ---- reading

    def search(self, text: str, filters: Filters = Filters(), *, limit: int = 20, offset: int = 0,
               snippets: bool = True) -> Results:
        query = self._query(text, filters)
        self.index.reload()
        searcher = self.index.searcher()
        # tantivy reserves room for limit + offset hits up front: never ask for more than there are
        stored = searcher.num_docs
        window = max(1, min(limit, stored - offset))
        found = searcher.search(query, limit=window, offset=min(offset, stored), count=True)
        generator = None
        if snippets and found.hits:
            generator = tantivy.SnippetGenerator.create(searcher, query, self.schema, "tekst")
            generator.set_max_num_chars(SNIPPET_CHARS)
        hits = []
        for score, address in found.hits:
            doc = searcher.doc(address)
            begin = doc.get_first("begin")
            hits.append(Hit(
                key=str(doc.get_first("key")), document=str(doc.get_first("document")),
                unit=str(doc.get_first("eenheid")),
                title=doc.get_first("titel") or "", kinds=tuple(doc.get_all("soort")),
                date=doc.get_first("datum"), score=float(score),
                fragment=_fragment(generator, doc, begin) if generator is not None else None,
            ))
        return Results(found.count or 0, hits)  # type: ignore[attr-defined]  # set with count=True; the stubs omit it

    def _query(self, text: str, filters: Filters) -> tantivy.Query:
        parsed, _errors = self.index.parse_query_lenient(
            text, list(TEXT_FIELDS), field_boosts={"titel": 2.0}, conjunction_by_default=True,
        )
        clauses: list[tuple[tantivy.Occur, tantivy.Query]] = [(tantivy.Occur.Must, parsed)]
        for name, value in (("regio", filters.region), ("gemeente", filters.municipality),
                            ("soort", filters.kind.lower() if filters.kind else None),
                            ("eenheid", filters.unit)):
            if value:
                clauses.append((tantivy.Occur.Must, tantivy.Query.term_query(self.schema, name, value)))
        if filters.date_from is not None or filters.date_to is not None:
            clauses.append((tantivy.Occur.Must, tantivy.Query.range_query(
                self.schema, "datum", tantivy.FieldType.Integer, filters.date_from, filters.date_to,
            )))
        return tantivy.Query.boolean_query(clauses)

    def count(self) -> int:
        self.index.reload()
        return self.index.searcher().num_docs


def _fragment(
    generator: tantivy.SnippetGenerator, doc: tantivy.Document, begin: int | None
) -> Fragment | None:
    """The best passage of the unit's text, with offsets into jg:tekst (tantivy gives UTF-8 byte
    offsets into the stored text; jg:begin and jg:eind count characters)."""
    snippet = generator.snippet_from_doc(doc)
    text = doc.get_first("tekst") or ""
    data = text.encode("utf-8")
    frag = snippet.fragment_range()
    if frag.end <= frag.start:
        return None

    def chars(byte_offset: int) -> int:
        return len(data[:byte_offset].decode("utf-8", errors="ignore"))

    start, end = chars(frag.start), chars(frag.end)
    if begin is None or begin < 0:
        return Fragment(text[start:end], -1, -1, ())
    highlights = tuple(
        (begin + chars(frag.start + r.start), begin + chars(frag.start + r.end))
        for r in snippet.highlighted()
    )
    return Fragment(text[start:end], begin + start, begin + end, highlights)


# --------------------------------------------------------------------------- where indexes live

_OPEN: dict[str, SearchIndex] = {}
_MEMORY: dict[int, tuple[ox.Store, SearchIndex]] = {}
_REGISTRY_LOCK = threading.Lock()


def index_dir(store_dir: Path) -> Path:
    return Path(store_dir) / SEARCH_DIRNAME


def open_index(store_dir: Path) -> SearchIndex | None:
    """The index of the store directory (one object per folder in this process), or ``None`` when
    the store has none of this version (built before search existed: rebuild it)."""
    return open_folder(index_dir(store_dir))


def open_folder(folder: Path) -> SearchIndex | None:
    """The index in ``folder`` (one object per folder in this process), or ``None``."""
    folder = Path(folder)
    key = str(folder.resolve())
    with _REGISTRY_LOCK:
        found = _OPEN.get(key)
        if found is None:
            if not SearchIndex.usable(folder):
                return None
            found = _OPEN[key] = SearchIndex(folder)
        return found


def memory_index(store: ox.Store) -> SearchIndex:
    """An in-memory index of an in-memory store, made on first use and kept beside it."""
    with _REGISTRY_LOCK:
        held = _MEMORY.get(id(store))
        if held is not None and held[0] is store:
            return held[1]
        index = SearchIndex(None)
        _MEMORY[id(store)] = (store, index)
    index.rebuild(store)
    return index


def build_index(store: ox.Store, store_dir: Path) -> int:
    """Make the index of ``store`` in ``store_dir`` from scratch (a build: the staged store)."""
    folder = index_dir(store_dir)
    shutil.rmtree(folder, ignore_errors=True)
    index = SearchIndex(folder)
    count = index.rebuild(store)
    del index
    return count


class IndexBuilder:
    """A new index in ``store_dir`` written unit by unit while a build maps its documents (the
    units of ``units.mapped_units``), committed once at the end: the build need not read every
    document back from the store."""

    def __init__(self, store_dir: Path) -> None:
        self.folder = index_dir(store_dir)
        shutil.rmtree(self.folder, ignore_errors=True)
        self.index: SearchIndex | None = SearchIndex(self.folder)
        self.writer: tantivy.IndexWriter | None = self.index.index.writer(heap_size=64_000_000, num_threads=1)
        self.added = 0

    def add(self, units: Iterable[Unit]) -> None:
        assert self.writer is not None, "added to after commit or discard"
        for unit in units:
            self.writer.add_document(_document(unit))
            self.added += 1

    def commit(self) -> int:
        """Write the index; the number of units."""
        assert self.writer is not None, "committed twice or after discard"
        self.writer.commit()
        self.writer.wait_merging_threads()
        self.writer = self.index = None
        return self.added

    def discard(self) -> None:
        """Leave what was added unwritten and let go of the folder (its writer's lock)."""
        if self.writer is not None:
            self.writer.rollback()
        self.writer = self.index = None
        shutil.rmtree(self.folder, ignore_errors=True)


def install_index(source: Path, target: Path) -> None:
    """Put a copy of the index folder ``source`` at ``target`` (the local index of a remote store),
    swapped in whole: a server reading ``target`` sees the old index or the new one."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fresh = target.parent / f".{target.name}.new-{os.getpid()}"
    shutil.rmtree(fresh, ignore_errors=True)
    shutil.copytree(source, fresh)
    old = _swap_into_place(fresh, target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def after_commit(store: ox.Store, store_dir: Path | None, changes: Mapping[str, str | None]) -> None:
    """Keep the index of a served store current after graphs were replaced (the write path)."""
    graphs = [g for g in changes if g.startswith(DOCUMENT_PREFIX)]
    if not graphs:
        return
    if store_dir is not None:
        index = open_index(store_dir)
    else:
        with _REGISTRY_LOCK:
            held = _MEMORY.get(id(store))
        index = held[1] if held is not None and held[0] is store else None
    if index is not None:
        index.refresh(store, graphs)
