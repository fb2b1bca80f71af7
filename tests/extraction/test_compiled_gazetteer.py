"""A helper compiled for a gazetteer is reused for an equal gazetteer read again (a second build in
one process), and from then on recognised by identity, not compared entry by entry."""

from __future__ import annotations

from dataclasses import dataclass

from jeugdgraph.extract.compiled import for_gazetteer
from jeugdgraph.facts import GazetteerEntry

compared = 0


@dataclass(frozen=True, eq=False)
class _Counted(GazetteerEntry):
    def __eq__(self, other: object) -> bool:
        global compared
        compared += 1
        return isinstance(other, GazetteerEntry) and (self.label, self.iri, self.kind) == (
            other.label, other.iri, other.kind)

    __hash__ = GazetteerEntry.__hash__


def _gazetteer() -> list[GazetteerEntry]:
    return [_Counted(f"Plaats {i}", f"https://example.org/{i}", "gemeente") for i in range(50)]


class _Helper:
    built = 0

    def __init__(self, entries: tuple[GazetteerEntry, ...]) -> None:
        _Helper.built += 1
        self.size = len(entries)


def test_an_equal_gazetteer_reuses_the_helper_and_is_then_known_by_identity() -> None:
    global compared
    first, second = _gazetteer(), _gazetteer()
    helper = for_gazetteer(_Helper, first)
    assert for_gazetteer(_Helper, first) is helper and _Helper.built == 1
    assert for_gazetteer(_Helper, second) is helper and _Helper.built == 1  # equal: not built again
    compared = 0
    for _ in range(3):  # every document of the second build passes its gazetteer anew
        assert for_gazetteer(_Helper, tuple(second)) is helper
    assert compared == 0
