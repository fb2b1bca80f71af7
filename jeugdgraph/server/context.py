"""What every route of one app shares: settings, the query backend and what is derived from them."""

from __future__ import annotations

from dataclasses import dataclass

from ..query.named import NamedQueries, ParameterBinder
from ..query.types import QueryBackend
from ..settings import Settings
from .readiness import Readiness
from .service_description import StatisticsCache


@dataclass
class ServerContext:
    settings: Settings
    backend: QueryBackend
    named_queries: NamedQueries
    binder: ParameterBinder
    statistics: StatisticsCache
    readiness: Readiness

    @property
    def lookup_timeout(self) -> float:
        """Time limit for the server's own small queries (parameter lookups, counts)."""
        return min(self.settings.query_timeout, 10.0)
