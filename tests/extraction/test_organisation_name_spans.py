"""Organisation names by their last word, their span across "en", generic names and job titles;
province names beside each other (issue 12: names no register holds, places that are no actor)."""

from __future__ import annotations

from jeugdgraph.build import reference_data
from jeugdgraph.extract import extract_document
from jeugdgraph.extract.namespans import widened
from jeugdgraph.extract.provincepairs import named_as_province
from jeugdgraph.extract.tailnames import names_with_a_tail

from .conftest import source_of


def _extract(text: str):  # noqa: ANN202 - ExtractedDocument
    _, entries = reference_data()
    return extract_document(source_of(text), gazetteer=entries)


def _names(text: str) -> set[str]:
    return {o.name for o in _extract(text).organisations}


def test_a_name_ending_in_the_country_an_institute_or_a_legal_form_is_a_body() -> None:
    text = ("Volgens Pleegzorg Nederland en het Trimbos Instituut is het contract met Heracles Almelo "
            "Stadion N.V. geen zorg. In Nederland en in Noord Nederland is dat anders.")
    assert [name for _, _, name in names_with_a_tail(text, [])] == [
        "Pleegzorg Nederland", "Trimbos Instituut", "Heracles Almelo Stadion N.V."]


def test_a_title_cased_heading_or_a_document_before_the_tail_names_no_body() -> None:
    assert names_with_a_tail("Regionale Aanpak Jeugdhulp Nederland\n", []) == []
    assert names_with_a_tail("Het advies over de Regiovisie Jeugdhulp Nederland is klaar.", []) == []


def test_a_field_after_en_and_a_suspended_compound_belong_to_the_name() -> None:
    text = "het advies van de Adviesraad Zorg en Samenleving en het Advies- en Meldpunt OGGZ"
    head = text.index("Adviesraad")
    widest = widened(text, head, head + len("Adviesraad Zorg"))
    assert text[slice(*widest)] == "Adviesraad Zorg en Samenleving"
    point = text.index("Meldpunt")
    assert text[slice(*widened(text, point, point + len("Meldpunt OGGZ")))] == "Advies- en Meldpunt OGGZ"
    other = "de GGD Twente en Avedan"
    assert widened(other, 3, 13) == (3, 13)  # "en" joins another body's name


def test_headed_names_are_widened_and_heads_found_in_a_document() -> None:
    names = _names("De Adviesraad Zorg en Samenleving sprak met de Taskforce Jeugd en Brandweer Fryslân. "
                   "Het Advies- en Meldpunt OGGZ krijgt mandaat.")
    assert {"Adviesraad Zorg en Samenleving", "Taskforce Jeugd", "Brandweer Fryslân",
            "Advies- en Meldpunt OGGZ"} <= names


def test_a_generic_name_refers_back_to_the_branch_the_text_names() -> None:
    found = _extract("Veilig Thuis West-Brabant doet het goed. Burgers vragen bij Veilig Thuis advies.")
    assert {o.name for o in found.organisations} == {"Veilig Thuis West-Brabant"}
    assert not [m for m in found.mentions if m.kind == "organisatie"]


def test_a_job_title_is_no_body() -> None:
    assert "Jeugdhulp Zeeland" not in _names(
        "Dat zegt Olga Idema, de nieuwe programmamanager Jeugdhulp Zeeland. Ze gaat aan het werk.")
    assert "Jeugdhulp Friesland" in _names("Het gesprek met Jeugdhulp Friesland ging goed.")


def test_a_province_beside_another_province_names_the_province() -> None:
    text = "kinderen in de provincies Groningen en Drenthe, partijen uit Groningen en Drenthe"
    for at in (text.index("Drenthe"), text.rindex("Groningen")):
        assert named_as_province(text, at, text.index(" ", at) if " " in text[at:] else len(text))
    assert not named_as_province("In Groningen en Assen is het druk.", 3, 12)
    kinds = {(m.span.text, m.kind) for m in _extract(text).mentions}
    assert not {k for k in kinds if k[1] in {"gemeente", "jeugdregio"}}


def test_a_region_that_acts_or_owns_a_programme_is_its_joint_body() -> None:
    for text in ("het meerjarenprogramma van Holland Rijnland, het verband van dertien gemeenten.",
                 "Holland Rijnland streeft naar goede hulp."):
        kinds = {m.kind for m in _extract(text).mentions if m.span.text == "Holland Rijnland"}
        assert kinds == {"gemeenschappelijke_regeling"}
    kinds = {m.kind for m in _extract("Jongeren in de regio Holland Rijnland wachten.").mentions}
    assert "gemeenschappelijke_regeling" not in kinds
