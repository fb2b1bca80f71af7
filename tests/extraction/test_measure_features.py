"""The candidate sentences and features the learned measures model reads, and how the build applies it."""

from __future__ import annotations

import pytest

from jeugdgraph.extract import measuremodel
from jeugdgraph.extract.linear import LinearModel
from jeugdgraph.extract.measurefeatures import candidates, sentence_features
from jeugdgraph.facts import Span


def test_features_hold_stems_actors_numbers_and_the_documents_kind() -> None:
    features = sentence_features(
        "Het college investeert € 250.000 in 2025 in extra jeugdconsulenten.",
        kind="nieuwsbericht", item=False, after_opener=False, place=0.5)
    assert {"w:invest", "w:jeugdc", "w:€", "w:<num>", "w:<year>", "a:college", "k:nieuwsbericht",
            "f:het", "f2:het_college", "pos:2", "len:<=8"} <= features
    assert "item" not in features and "after_opener" not in features


def test_we_and_a_party_are_actors_of_their_own() -> None:
    assert "a:we" in sentence_features("We starten een pilot.", kind=None, item=False, after_opener=False,
                                       place=0.0)
    party = sentence_features("De fractie dient een motie in.", kind=None, item=False, after_opener=False,
                              place=0.0)
    assert "a:partij" in party and "a:we" not in party and "k:none" in party


def test_candidates_leave_out_questions_list_openers_and_headlines_and_strip_list_markers() -> None:
    text = (
        "Aanpak wachtlijsten\n\n"
        "Wat gaat de gemeente doen aan de wachtlijsten?\n\n"
        "De gemeente neemt de volgende maatregelen:\n"
        "- een extra consulent voor de toegang tot de jeugdhulp;\n"
        "- een wachtlijstcoördinator die gezinnen op de lijst belt.\n\n"
        "Daarna kijkt de raad of de aanpak werkt voor de gezinnen.\n"
    )
    found = candidates(text, "nieuwsbericht")
    assert [c.span.text for c in found] == [
        "een extra consulent voor de toegang tot de jeugdhulp;",
        "een wachtlijstcoördinator die gezinnen op de lijst belt.",
        "Daarna kijkt de raad of de aanpak werkt voor de gezinnen.",
    ]
    assert all({"item", "after_opener"} <= c.features for c in found[:2])
    assert "item" not in found[2].features


def test_a_party_speaking_as_we_gives_no_candidate() -> None:
    text = "Onze fractie vindt dit belangrijk. Wij gaan een motie indienen over de jeugdzorg in de gemeente."
    assert all("Wij gaan" not in c.span.text for c in candidates(text, "nieuwsbericht"))


@pytest.fixture
def toy_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """A model that reads a sentence with the stem "pilot" as a measure, and nothing else."""
    model = LinearModel("measures", (measuremodel.NO, measuremodel.YES), (-5.0,), {"w:pilot": (10.0,)})
    monkeypatch.setattr(measuremodel, "load_model", lambda name: model)


@pytest.mark.usefixtures("toy_model")
def test_learned_measures_take_sentences_at_the_threshold_outside_what_the_rules_took() -> None:
    text = "De gemeente start in mei een pilot met buurtteams. Ook komt er een pilot voor scholen in de wijk."
    first = Span.trimmed_of(text, 0, text.index(" Ook"))
    assert [s.text for s in measuremodel.learned_measures(text, None, [])] == [
        "De gemeente start in mei een pilot met buurtteams.",
        "Ook komt er een pilot voor scholen in de wijk.",
    ]
    assert [s.text for s in measuremodel.learned_measures(text, None, [first])] == [
        "Ook komt er een pilot voor scholen in de wijk."]
    assert measuremodel.learned_measures("Het weer was goed in de gemeente vandaag.", None, []) == []
