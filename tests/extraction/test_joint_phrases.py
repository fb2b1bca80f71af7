"""Shared phrase matchers search a text in one pass and find what each finds alone: the entity linker's
and the themes' matchers on the seeds and the dev corpus, and matchers joined, collected or refused."""

from __future__ import annotations

import gc
from pathlib import Path

from jeugdgraph.build import reference_data
from jeugdgraph.extract import jointphrases
from jeugdgraph.extract.compiled import for_gazetteer
from jeugdgraph.extract.entities import EntityLinker
from jeugdgraph.extract.matching import NormalisedText, PhraseMatch, PhraseMatcher
from jeugdgraph.extract.statements import _THEMES_FILE, _theme_matcher

ROOT = Path(__file__).resolve().parents[2]


def _found(matches: list[PhraseMatch[object]]) -> list[tuple[int, int, str, tuple[object, ...]]]:
    return [(m.begin, m.end, m.key, m.payloads) for m in matches]


def test_the_documents_matchers_find_what_they_find_alone() -> None:
    """The entity linker's names and the themes' labels, shared, against the same tables unshared (the
    linker's test of each place included), on every text of the seeds and the dev half."""
    _graph, entries = reference_data()
    linker = for_gazetteer(EntityLinker, tuple(entries))
    themes = _theme_matcher(_THEMES_FILE)
    for matcher in (linker._matcher, themes):
        if matcher._slot is None or jointphrases.hits(matcher._slot, "") is None:
            # other tests' matchers took the places: join it again, as a build has it
            matcher._slot = jointphrases.register(matcher, dict(matcher._automaton.items()))
    alone_names: PhraseMatcher[object] = PhraseMatcher([])
    alone_names._automaton, alone_names._empty = linker._matcher._automaton, False
    alone_themes: PhraseMatcher[object] = PhraseMatcher([])
    alone_themes._automaton, alone_themes._empty = themes._automaton, False
    paths = [*sorted((ROOT / "seeds").glob("*.txt")),
             *sorted((ROOT / "tests" / "evaluation" / "corpus" / "dev").glob("*.txt"))]
    assert len(paths) > 500
    found = 0
    for path in paths:
        text = path.read_text(encoding="utf-8")
        normalised = NormalisedText.of(text)

        def accept(begin: int, end: int, key: str, label: object, text: str = text) -> bool:
            return linker._accepts(text, begin, text[begin:end], key, label)  # type: ignore[arg-type]

        assert linker._matcher._slot is not None and themes._slot is not None
        names = _found(linker._matcher.find(normalised, accept))  # type: ignore[arg-type]
        assert names == _found(alone_names.find(normalised, accept)), path.name
        labels = _found(themes.find(normalised))  # type: ignore[arg-type]
        assert labels == _found(alone_themes.find(normalised)), path.name
        found += len(names) + len(labels)
    assert found > 5_000


def test_a_matcher_joined_later_left_or_collected() -> None:
    text = NormalisedText.of("De Jeugdwet en de Wet maatschappelijke ondersteuning; jeugdhulp in Ede.")
    first = PhraseMatcher([("Jeugdwet", "law"), ("jeugdhulp", "care")], shared=True)
    plain_first = PhraseMatcher([("Jeugdwet", "law"), ("jeugdhulp", "care")])
    assert _found(first.find(text)) == _found(plain_first.find(text)) != []  # type: ignore[arg-type]
    # joined after the text was read: the text is read again with its keys
    second = PhraseMatcher([("Wet maatschappelijke ondersteuning", "wmo"), ("Ede", "place")], shared=True)
    plain_second = PhraseMatcher([("Wet maatschappelijke ondersteuning", "wmo"), ("Ede", "place")])
    assert second._slot is not None and first._slot in jointphrases._tables
    assert len(second.find(text)) == 2
    assert _found(second.find(text)) == _found(plain_second.find(text))  # type: ignore[arg-type]
    assert _found(first.find(text)) == _found(plain_first.find(text))  # type: ignore[arg-type]
    # more matchers than are joined: the oldest leave and search alone, and find the same
    crowd = [PhraseMatcher([("jeugdhulp", n)], shared=True) for n in range(jointphrases._MOST_JOINED)]
    assert first._slot not in jointphrases._tables and second._slot not in jointphrases._tables
    for n, matcher in enumerate(crowd):
        assert _found(matcher.find(text)) == _found(PhraseMatcher([("jeugdhulp", n)]).find(text))  # type: ignore[arg-type]
        assert len(matcher.find(text)) == 1
    assert _found(first.find(text)) == _found(plain_first.find(text))  # type: ignore[arg-type]
    # a collected matcher leaves the joint automaton; the others still find theirs
    slot = crowd[0]._slot
    assert slot in jointphrases._tables
    del crowd[0]
    gc.collect()
    assert all(_found(m.find(text)) == _found(PhraseMatcher([("jeugdhulp", n + 1)]).find(text))  # type: ignore[arg-type]
               for n, m in enumerate(crowd))
    assert slot not in jointphrases._tables
