"""What a query tells its client when it passed the worker's memory limit.

The limits themselves are the worker pool's (``jeugdgraph.workers.limits.WorkerLimits``): the
address-space limit of a query worker is what it holds with its store open plus ``memory_mb``.
A query that passes it fails an allocation: the engine aborts the worker, and the client gets
``QueryMemoryExceeded`` (503) while the pool replaces the worker. This module imports the
standard library only: worker processes import it.
"""

from __future__ import annotations

from ..errors import QueryTimeout

MEMORY_MESSAGE = (
    "De query vroeg meer geheugen dan een query mag gebruiken en is afgebroken. "
    "Maak de query kleiner (minder of kortere teksten, een LIMIT) en probeer het opnieuw."
)


class QueryMemoryExceeded(QueryTimeout):
    """A query passed the worker's address-space limit (503, like a time limit)."""
