"""What a query worker may do: how much memory a query may take, and whether it may reach the network.

``WorkerLimits.apply`` runs first thing in a worker (the network wall needs a process of one
thread; see ``jeugdgraph.network_wall``) and caps glibc's malloc arenas, whose reservations of
address space would otherwise grow with the number of threads the engine starts.
``limit_memory`` runs once the store is open: the address-space limit is what the worker then
holds plus ``memory_mb``, so the limit means the same on a machine with 2 cores or 64.

A query that passes the limit fails an allocation: the engine aborts the worker, and the client
gets ``QueryMemoryExceeded`` (503) while the pool replaces the worker. This module imports the
standard library only: worker processes import it.
"""

from __future__ import annotations

import contextlib
import ctypes
import resource
from dataclasses import dataclass

from ..errors import QueryTimeout
from ..network_wall import close_network

MEMORY_MESSAGE = (
    "De query vroeg meer geheugen dan een query mag gebruiken en is afgebroken. "
    "Maak de query kleiner (minder of kortere teksten, een LIMIT) en probeer het opnieuw."
)
_M_ARENA_MAX = -8  # mallopt parameter of glibc
ARENAS = 2


class QueryMemoryExceeded(QueryTimeout):
    """A query passed the worker's address-space limit (503, like a time limit)."""


def _address_space_in_use() -> int:
    """This process's virtual memory size in bytes (0 where /proc does not tell)."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0


@dataclass(frozen=True)
class WorkerLimits:
    """``memory_mb``: what one query may add to the worker's address space (None: no limit)."""

    memory_mb: int | None = None
    network_wall: bool = True

    def apply(self) -> None:
        """Before anything else in the worker: the network wall and few malloc arenas."""
        if self.network_wall:
            close_network()
        if self.memory_mb:
            with contextlib.suppress(OSError, AttributeError):  # not glibc: its own arena rules
                ctypes.CDLL(None).mallopt(_M_ARENA_MAX, ARENAS)

    def limit_memory(self) -> None:
        """The address-space limit: what the worker holds now plus ``memory_mb``."""
        if not self.memory_mb:
            return
        limit = _address_space_in_use() + self.memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
