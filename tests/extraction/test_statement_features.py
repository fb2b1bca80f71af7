"""The features of candidate decisions and assignments: general forms, list items, what introduces them."""

from __future__ import annotations

from jeugdgraph.extract.statementfeatures import candidates, features_of
from jeugdgraph.facts import Span

_MOTION = (
    "Motie wachttijden\n\nDe raad, in vergadering bijeen,\n\nverzoekt het college:\n\n"
    "1. de wachttijden voor jeugdhulp elk kwartaal te rapporteren;\n"
    "2. een plan van aanpak op te stellen.\n\nen gaat over tot de orde van de dag.\n"
)


def _features(text: str, kind: str | None, opening: str) -> frozenset[str]:
    return next(c.features for c in candidates(text, kind) if c.span.text.startswith(opening))


def test_a_list_item_knows_its_marker_the_sentence_that_introduces_it_and_the_trigger_above() -> None:
    features = _features(_MOTION, "motie", "1. de wachttijden")
    assert {"item", "item:num", "intro", "i:college", "i:verzoek", "k:motie"} <= features
    assert {"t:ask:0", "t:ask:list"} <= features
    assert {"inf_end", "te_inf", "end:;"} <= features
    second = _features(_MOTION, "motie", "2. een plan")
    assert {"t:ask:1", "t:ask:list", "intro"} <= second and "t:ask:0" not in second  # two sentences up


def test_prose_gives_its_subject_and_the_decided_verb_form() -> None:
    text = "Nieuws uit de raad.\n\nDe gemeenteraad heeft ingestemd met de nieuwe verordening jeugdhulp.\n"
    features = _features(text, "nieuwsbericht", "De gemeenteraad")
    assert {"subj:council", "decided", "decided:perfect", "decided:nieuwsbericht", "f:de"} <= features
    assert "item" not in features and "intro" not in features


def test_a_duty_still_to_do_is_marked_modal() -> None:
    text = "Daarna dienen alle gemeenteraden de visie vast te stellen.\n"
    features = _features(text, None, "Daarna")
    assert {"modal:dienen", "modal:te_inf", "k:none"} <= features


def test_too_short_or_too_long_sentences_are_no_candidates() -> None:
    assert candidates("Besluit.\n", None) == []
    assert candidates(" ".join(["woord"] * 130) + ".\n", None) == []


def test_a_rule_passage_reads_like_the_sentence_it_is() -> None:
    span = next(c.span for c in candidates(_MOTION, "motie") if c.span.text.startswith("2. een plan"))
    assert features_of(_MOTION, Span.of(_MOTION, span.begin, span.end), "motie") == _features(
        _MOTION, "motie", "2. een plan")
