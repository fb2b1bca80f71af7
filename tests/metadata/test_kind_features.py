"""The kind model's features and how its guess and the rules' verdict make one kind."""

from __future__ import annotations

from jeugdgraph.extract.kindfeatures import RuleVerdict, bucket, kind_features, opening
from jeugdgraph.extract.kindmodel import NO_KIND, combined_kind
from jeugdgraph.extract.kinds import classify, rule_verdict
from jeugdgraph.facts import DocumentKind

MOTION = (
    "Motie Jeugdhulp dichtbij\n\n"
    "De gemeenteraad van Zwolle, in vergadering bijeen op 11 maart 2021,\n\n"
    "constaterende dat de wachttijden oplopen;\n"
    "overwegende dat kinderen snel hulp nodig hebben;\n\n"
    "verzoekt het college\n"
    "1. de wachttijden te onderzoeken;\n"
    "2. de raad voor 1 juli te informeren,\n\n"
    "en gaat over tot de orde van de dag.\n"
)


def _verdict(kind: DocumentKind, points: int, headed: tuple[DocumentKind, ...] = ()) -> RuleVerdict:
    return RuleVerdict(kind, {kind: points} if kind != NO_KIND else {}, (), headed, [])


def test_bucket_groups_counts() -> None:
    assert [bucket(n) for n in (0, 1, 2, 3, 4, 5, 9, 10, 50)] == [
        "0", "1", "2", "3-4", "3-4", "5-9", "5-9", "10+", "10+"]


def test_opening_is_cut_at_its_characters() -> None:
    assert opening(["x" * 700, "tweede regel"]) == ["x" * 600]
    assert opening(["Motie", "Jeugdhulp"]) == ["Motie", "Jeugdhulp"]


def test_features_read_opening_formulas_counts_and_rules() -> None:
    verdict = rule_verdict(MOTION)
    features = kind_features(MOTION, verdict)
    assert {"t:motie", "hw:motie", "o:jeugdhulp", "ob:motie_jeugdhulp", "w:constaterende"} <= features
    assert {"list:2", "date:top", "art:0", "quote:0"} <= features
    assert f"r:{verdict.kind}" in features and verdict.kind == "motie"
    assert any(f.startswith("sig:motie") for f in features)
    assert any(f.startswith("rs:motie:") for f in features)


def test_reported_speech_and_first_person_are_counted() -> None:
    text = ("Nieuws\n\n\u201cWe doen het samen\u201d, zegt de wethouder. "
            "\u201cOnze jeugd telt\u201d, aldus hij.\n")
    features = kind_features(text, rule_verdict(text))
    assert {"quote:2", "we:2", "ik:0"} <= features


def test_agreement_stands_and_an_unsure_disagreement_states_no_kind() -> None:
    assert combined_kind(_verdict("motie", 2), "motie", 0.4) == "motie"
    assert combined_kind(_verdict("brief", 2), "nieuwsbericht", 0.5) == NO_KIND
    assert combined_kind(_verdict("brief", 2), NO_KIND, 0.5) == NO_KIND


def test_rules_are_sure_by_points_by_heading_or_by_structure() -> None:
    assert combined_kind(_verdict("brief", 3), "nieuwsbericht", 0.5) == "brief"
    assert combined_kind(_verdict("beleidsplan", 1, ("beleidsplan",)), "nieuwsbericht", 0.5) == "beleidsplan"
    structural = RuleVerdict("verslag", {}, (), (), [], structural=True)
    assert combined_kind(structural, "nieuwsbericht", 0.6) == "verslag"
    # the model's "no kind" does not remove a kind the rules are sure of, however sure the model is
    assert combined_kind(_verdict("regeling", 7), NO_KIND, 0.99) == "regeling"


def test_a_sure_model_fills_or_overrides_and_strong_rules_stand() -> None:
    assert combined_kind(_verdict(NO_KIND, 0), "nieuwsbericht", 0.95) == "nieuwsbericht"
    assert combined_kind(_verdict(NO_KIND, 0), "nieuwsbericht", 0.3) == NO_KIND
    assert combined_kind(_verdict("beleidsplan", 2), "nieuwsbericht", 0.99) == "nieuwsbericht"


def test_a_motion_keeps_its_kind() -> None:
    assert classify(MOTION) == "motie"
