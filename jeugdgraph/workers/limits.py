"""What a worker process may do: reach the network, how much memory it may take, its CPU priority.

``WorkerLimits.apply`` runs first thing in a worker (the network wall needs a process of one
thread; see ``jeugdgraph.network_wall``). ``limit_memory`` runs once the worker is set up (a
query worker has its store open): the address-space limit is then what the worker holds plus
``memory_mb``, so the limit means the same on a machine with 2 cores or 64. ``address_space_mb``
is the other kind of limit, on the whole process from the start (the write worker's).

Standard library only: worker processes import it before anything else.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import resource
from dataclasses import dataclass

from ..network_wall import close_network

_M_ARENA_MAX = -8  # mallopt parameter of glibc
ARENAS = 2
MB = 1024 * 1024


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
    """``memory_mb``: what the work may add to the worker's address space once it is set up;
    ``address_space_mb``: a limit on the whole process from its start; ``niceness``: added to the
    worker's CPU niceness (a write may wait, a query should not). None or 0: no limit."""

    memory_mb: int | None = None
    network_wall: bool = True
    address_space_mb: int | None = None
    niceness: int = 0

    def apply(self) -> None:
        """Before anything else in the worker: the network wall, few malloc arenas, the limits
        that hold from the start."""
        if self.network_wall:
            close_network()
        if self.memory_mb:
            with contextlib.suppress(OSError, AttributeError):  # not glibc: its own arena rules
                ctypes.CDLL(None).mallopt(_M_ARENA_MAX, ARENAS)
        if self.address_space_mb:
            limit = self.address_space_mb * MB
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        if self.niceness:
            with contextlib.suppress(OSError):  # not permitted here: the memory limit still holds
                os.nice(self.niceness)

    def limit_memory(self) -> None:
        """The address-space limit: what the worker holds now plus ``memory_mb``."""
        if not self.memory_mb:
            return
        limit = _address_space_in_use() + self.memory_mb * MB
        if self.address_space_mb:
            limit = min(limit, self.address_space_mb * MB)
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
