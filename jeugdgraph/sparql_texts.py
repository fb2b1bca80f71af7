"""The project's internal SPARQL, one ``.rq`` (query) or ``.ru`` (update) file each in ``jeugdgraph/sparql/``,
loaded by name.

A text may hold slots written ``{{name}}`` (never valid SPARQL, so never mistaken for a group); the
caller fills every slot with query text it has checked: an IRI from ``viz_queries.iri_ref``, a
``VALUES`` block, a number, a graph name from the namespaces. Slots are filled in comments too, so a
file's comments name a slot as ``{name}``, never in double braces. The public named queries are in the
repository's ``queries/`` folder instead (``query.named``).
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

_SLOT = re.compile(r"\{\{(\w+)\}\}")


@cache
def sparql(name: str) -> str:
    """The text of ``sparql/<name>.rq`` (a query), or of ``<name>`` ending in ``.ru`` (an update)."""
    file = name if name.endswith(".ru") else f"{name}.rq"
    return (resources.files("jeugdgraph") / "sparql" / file).read_text(encoding="utf-8")


def filled(name: str, **slots: str) -> str:
    """The text of ``name`` with each ``{{slot}}`` replaced; every slot must be given, and only those."""
    text = sparql(name)
    wanted = set(_SLOT.findall(text))
    if wanted != set(slots):
        raise ValueError(f"{name}.rq has the slots {sorted(wanted)}, given {sorted(slots)}")
    return _SLOT.sub(lambda match: slots[match[1]], text)
