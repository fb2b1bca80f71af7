"""Which candidate sentences may reach a learned statement model's threshold: an exact bound on the score.

The build keeps a candidate of the decisions or assignments model (``learnedstatements``) only if its
probability reaches that model's threshold (0.8, 0.95), and most sentences are far below both. A
candidate's score under a model is the model's intercept plus the weights of its features
(``statementfeatures``); it reaches the threshold only if the score reaches the threshold's logit.

The bound may take both models at once (the build asks for one at a time: where the rules find the other
kind of statement, only one is needed; with one model the joint weights below are its own). Write
``level`` for a model's logit less its intercept and ``top`` for the lower of the two levels; every
candidate has exactly one feature of each of the families ``k``, ``len``, ``pos`` and ``end``, so with a
quarter of ``top - level`` added to the weight of each of those features a model's score reaches ``top``
exactly where it reached its own level. Then per feature the larger of the two models' (shifted) weights
is its *joint weight*, and a candidate whose joint weights sum to less than ``top`` reaches neither
threshold.

The bound sums those joint weights family by family from the sentence reading (its words, its opening and
end, the sentences around it) without making the feature strings, each family exactly or more: a word's
stem feature per distinct word (where two words may share a stem, only where positive), the word pairs by
the best pair each opening word may start, ``te_inf`` where ``te `` occurs, ``participle`` where ``ge``
does, ``inf_end`` where positive. A first look leaves out the searches (the subject, modal verbs, the
decided verb forms, the triggers above) and adds their families' most instead; only a candidate that
first look cannot rule out gets the searches. A margin far above the rounding of the sums (whatever
their order) and far below any weight keeps the comparison exact. So a candidate the bound leaves out
could never have been added, and leaving it unscored changes nothing the models find (the test
``tests/extraction/test_statement_bound.py`` checks the bound against every candidate of the seeds and
the dev corpus, family by family).
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from itertools import repeat

from .statementfeatures import (
    DECIDED,
    DECIDED_CUES,
    LENGTHS,
    MAX_WORDS,
    MIN_WORDS,
    MODALS,
    PERFECT,
    POSITIONS,
    STEM,
    SUBJECT_NAMES,
    TRIGGER_REACH,
    WORDS_KEPT,
    Sentence,
    context_of,
    opening_of,
    subject_of,
    triggers_before,
)

#: Far above the rounding of a sum of some hundreds of weights (about 1e-13), far below any weight.
_MARGIN = 1e-6
#: The families of which every candidate has exactly one feature.
_ONCE = ("k", "len", "pos", "end")
_ENDS = ".;:,?!"
_ZERO = repeat(0.0)
_WORDS_HELD = 50_000  # words whose weights a family keeps at most
#: The families of ``prefix:rest`` features the bound looks up by their rest.
_FAMILIES = (
    "k", "end", "w", "b", "f", "f2", "l", "l1", "s", "subj", "i", "h", "p", "modal", "item", "t", "decided",
)


def _family(weights: Mapping[str, float], prefix: str) -> dict[str, float]:
    return {f[len(prefix) + 1 :]: w for f, w in weights.items() if f.startswith(prefix + ":")}


def _positive(weights: Iterable[float]) -> float:
    return max([0.0, *weights])


class _Stems(dict[str, float]):
    """Per word (words recur from sentence to sentence): the joint weight of the feature of its stem in a
    family (``w``, ``i``, ``h``, ``p``); for a word as long as a stem or longer only where positive, as two
    such words may share their stem and the feature counts once. Summed over a sentence's distinct words,
    these are at least the family's joint weights."""

    def __init__(self, family: dict[str, float]) -> None:
        super().__init__()
        self._family = family

    def __missing__(self, word: str) -> float:
        if len(self) >= _WORDS_HELD:  # a build of many documents meets ever rarer words
            self.clear()
        weight = self._family.get(word[:STEM], 0.0)
        weight = self[word] = max(0.0, weight) if len(word) >= STEM else weight
        return weight


def _openers(pairs: dict[str, float]) -> dict[str, float]:
    """Per word: the largest joint weight of a ``b:`` feature (a pair of words) it opens, where positive."""
    best: dict[str, float] = {}
    for pair, weight in pairs.items():
        opener = pair.partition("_")[0]
        best[opener] = max(best.get(opener, 0.0), weight)
    return best


class StatementBound:
    """Two binary models' joint weights, to tell the candidates that may reach either's threshold."""

    def __init__(self, models: Sequence[tuple[Mapping[str, float], float, float]]) -> None:
        """``models``: per model its weight per feature, its intercept and its threshold (a probability)."""
        levels = [math.log(limit / (1.0 - limit)) - intercept for _, intercept, limit in models]
        self.top = min(levels)
        shifts = [(self.top - level) / len(_ONCE) for level in levels]  # each <= 0
        joint: dict[str, float] = {}
        for feature in {f for weights, _, _ in models for f in weights}:
            once = feature.partition(":")[0] in _ONCE
            joint[feature] = max(weights.get(feature, 0.0) + (shift if once else 0.0)
                                 for (weights, _, _), shift in zip(models, shifts, strict=True))
        # a feature neither model knows weighs 0 in each, so its joint weight is max(shifts) = 0
        self.joint = joint
        family = {prefix: _family(joint, prefix) for prefix in _FAMILIES}
        self.family = family
        self.lengths = [joint.get(f"len:{i}", 0.0) for i in range(len(LENGTHS) + 1)]
        self.positions = [joint.get(f"pos:{i}", 0.0) for i in range(len(POSITIONS) + 1)]
        self.stems, self.intro_stems, self.heading_stems, self.previous_stems = (
            _Stems(family[prefix]) for prefix in ("w", "i", "h", "p"))
        self.openers = _openers(family["b"])
        self.t = {tuple(key.split(":")): weight for key, weight in family["t"].items()}
        # where a pattern is not tested, its feature's weight where positive
        self.te_inf = _positive([joint.get("te_inf", 0.0)]) + _positive([family["modal"].get("te_inf", 0.0)])
        self.inf_end = _positive([joint.get("inf_end", 0.0)])
        self.participle = _positive([joint.get("participle", 0.0)])
        # the most the families left to the second look can add: the subject and the decided group
        # (``decided``, ``decided:KIND``, ``decided:SUBJECT``, ``decided:perfect``; its kind's is added
        # per document)
        self.subject_most = _positive(family["subj"].values())
        decided = family["decided"]
        self.decided_most = _positive([joint.get("decided", 0.0)]) + _positive([decided.get("perfect", 0.0)])
        self.decided_most += _positive(decided.get(subject, 0.0) for subject in (*SUBJECT_NAMES, "None"))

    def kept(self, read: Sequence[Sentence], kind: str | None, length: int) -> set[int]:
        """The indexes of ``read`` (a text's ``reading``) whose candidate may reach a threshold."""
        return {index for index, margin in self.margins(read, kind, length).items() if margin >= 0.0}

    def margins(self, read: Sequence[Sentence], kind: str | None, length: int) -> dict[int, float]:
        """Per candidate (by its index in ``read``, a text's ``reading``): a bound on how far its score
        exceeds the threshold's logit, under either model (plus the margin). Where the features found
        without a search leave it below 0 whatever the others add, the bound with those others' most."""
        family, lengths, positions = self.family, self.lengths, self.positions
        stems, openers = self.stems.__getitem__, self.openers.get
        first, first2, last2, last, end = (family[p].get for p in ("f", "f2", "l", "l1", "end"))
        triggers, subj, modal = family["s"].get, family["subj"].get, family["modal"].get
        t, joint = self.t.get, self.joint.get
        item, items, intro_weight = joint("item", 0.0), family["item"].get, joint("intro", 0.0)
        base = family["k"].get(kind or "none", 0.0) + self.inf_end - self.top + _MARGIN
        # per sentence: the joint weights of its words as the sentence before a candidate (``p:``)
        previous_stems = self.previous_stems.__getitem__
        before = [sum(map(previous_stems, set(r.words[-3:]))) for r in read]
        intro_stems, heading_stems = self.intro_stems.__getitem__, self.heading_stems.__getitem__
        # how many sentences up to an index hold a trigger: a window without one gives no ``t:`` feature
        triggered = [0]
        for r in read:
            triggered.append(triggered[-1] + (r.triggers != ()))
        later = self.subject_most + self.decided_most + max(0.0, family["decided"].get(kind or "none", 0.0))
        margins: dict[int, float] = {}
        for index, sentence in enumerate(read):
            words = sentence.words
            if not MIN_WORDS <= len(words) <= MAX_WORDS:
                continue
            lowered, span = sentence.lowered, sentence.span
            body = span.text.strip()
            # first the features the reading holds
            score = base + lengths[bisect_left(LENGTHS, len(words))]
            score += positions[bisect_left(POSITIONS, 10 * span.begin // length)]
            score += sum(map(stems, set(words[:WORDS_KEPT])))
            score += sum(map(openers, words[: min(7, len(words) - 1)], _ZERO))
            score += last2("_".join(words[-2:]), 0.0) + last(words[-1], 0.0)
            opening = opening_of(words)
            if opening:
                score += first(opening[0], 0.0) + first2("_".join(opening[:2]), 0.0)
            if "te " in lowered:
                score += self.te_inf
            if "ge" in lowered:
                score += self.participle
            score += end(body[-1] if body[-1] in _ENDS else "none", 0.0)
            if sentence.marker:
                score += item + items(sentence.marker, 0.0)
            intro, heading, previous = context_of(read, index)
            if intro is not None:
                score += intro_weight + sum(map(intro_stems, set(read[intro].words[-8:])))
            if heading is not None:
                score += sum(map(heading_stems, set(read[heading].words[:4])))
            if previous is not None:
                score += before[previous]
            if sentence.triggers:
                score += sum(map(triggers, sentence.triggers, _ZERO))
            if triggered[index] != triggered[max(0, index - TRIGGER_REACH)]:
                for name, reach, items_only in triggers_before(read, index):
                    score += t((name, str(reach)), 0.0)
                    if items_only:
                        score += t((name, "list"), 0.0)
            if not MODALS.isdisjoint(words):
                score += sum(map(modal, set([word for word in words if word in MODALS][:2]), _ZERO))
            if score + later < 0.0:
                margins[index] = score + later
                continue
            # then the two that take a search
            subject = subject_of(lowered, body, opening)
            if subject:
                score += subj(subject, 0.0)
            if any(map(lowered.__contains__, DECIDED_CUES)) and DECIDED.search(lowered):
                decided = {"decided", f"decided:{kind or 'none'}", f"decided:{subject}"}
                if PERFECT.search(lowered):
                    decided.add("decided:perfect")
                score += sum(map(joint, decided, _ZERO))
            margins[index] = score
        return margins
