"""Writes to a store that is being served: documents, SPARQL Update and the Graph Store Protocol.

Every write follows the same path, one write at a time:

1. cheap checks on the request (file name, size, real content type, metadata, graph IRI);
2. the heavy, input-driven work in the write worker (``isolation``): reading and extracting an
   uploaded document, or applying an update to a *staging copy* of the store;
3. the SHACL gate: the new document graph is validated with the context it links to in the
   store (``incremental.document_context``); an update or graph-store write is validated as the
   whole staged store would stand. A write that breaks the shapes is refused with the report
   (``ValidationFailed``, 422) and nothing changes. A write that would leave another document
   pointing at a resource that no longer exists is refused the same way;
4. the commit: every changed named graph is replaced in ONE SPARQL update, which Oxigraph runs
   as one transaction, so readers see the old graphs or the new ones, never half;
5. an audit record (``audit``) of who did what, refused and failed attempts included.

Where the data lives (``StoreTarget``):

- ``LiveTarget``: a pyoxigraph store in this process (in memory, or opened read-write). Readers
  that share the store see a commit at once.
- ``DirectoryTarget``: the store directory of a server whose queries run in worker processes
  that open the store read-only. Oxigraph must not be read by another process while it is being
  written, so the workers never read the live directory: this process holds it read-write, and
  after every commit it takes a checkpoint (``Store.backup``: hard links, cheap) into a
  fresh sibling directory ``.NAME.serving-N`` and has the workers reopen that (``publish``).
  Checkpoints that no worker can still be reading are removed. A crash loses nothing: the
  commit is in the live directory's write-ahead log before the client hears it succeeded, and a
  kill before that leaves the previous graph.

Uploaded files are kept beside the data in ``DIR/documents/`` (with a ``NAME.meta.json`` sidecar
for the metadata that came with them), so a later ``jeugdgraph build --store DIR`` rebuilds them
along with the seeds (``uploaded_documents``). The file and the audit record are on disk before
the graph is switched, and a switch a crash interrupted is finished or undone when the store is
next opened for writing or rebuilt (``write_journal``): graph, saved file and audit log agree.
"""

from .results import SIDECAR_SUFFIX, WriteResult
from .service import WriteService, add_document, delete_document, refuse_remote_access, target_for
from .targets import DirectoryTarget, LiveTarget, StoreTarget, replace_graphs

__all__ = [
    "SIDECAR_SUFFIX", "DirectoryTarget", "LiveTarget", "StoreTarget", "WriteResult", "WriteService",
    "add_document", "delete_document", "refuse_remote_access", "replace_graphs", "target_for",
]
