"""Youth-care regions named after their central municipality or by their adjective."""

from __future__ import annotations

from jeugdgraph.build import reference_data
from jeugdgraph.extract import extract_document
from jeugdgraph.extract.regions import adjective

from .conftest import source_of


def _kinds(text: str) -> dict[str, set[str]]:
    _, entries = reference_data()
    found: dict[str, set[str]] = {}
    for m in extract_document(source_of(text), gazetteer=entries).mentions:
        found.setdefault(m.kind, set()).add(m.iri.rsplit("/", 1)[-1])
    return found


def test_regio_with_a_municipality_is_the_region_it_belongs_to() -> None:
    found = _kinds("De wachtlijsten in de jeugdregio Zwolle groeien; Deventer doet mee.")
    assert found.get("jeugdregio") == {"ijsselland"}
    assert found.get("gemeente") == {"gm0150"}  # Deventer, not Zwolle


def test_a_municipality_without_regio_before_it_stays_a_municipality() -> None:
    assert _kinds("Zwolle en Kampen trekken samen op.").get("gemeente") == {"gm0193", "gm0166"}


def test_the_adjective_of_a_region_before_gemeenten_names_the_region() -> None:
    assert _kinds("De Achterhoekse gemeenten en de Noord-Veluwse gemeenten kopen samen in.").get(
        "jeugdregio") == {"achterhoek", "noord-veluwe"}
    assert _kinds("De West-Friese gemeenten overleggen.").get("jeugdregio") == {"west-friesland"}


def test_an_adjective_without_a_group_noun_names_no_region() -> None:
    assert "jeugdregio" not in _kinds("Het Twentse landschap en de Achterhoekse boeren.")


def test_adjectives_follow_the_dutch_rules() -> None:
    assert adjective("Twente") == "Twentse"
    assert adjective("Haaglanden") == "Haaglandse"
    assert adjective("Zuid-Limburg") == "Zuid-Limburgse"
    assert adjective("Zeeland") == "Zeeuwse"
    assert adjective("Utrecht Stad") is None


def test_a_name_two_regions_share_names_both_after_regio_and_never_the_province_in_it() -> None:
    found = _kinds("De verevening binnen Midden-Limburg stopt; West-Brabant West gaat door.")
    assert found.get("jeugdregio") == {"west-brabant-west"}
    assert "provincie" not in found
    found = _kinds("In de regio Midden-Limburg stopt de verevening.")
    assert found.get("jeugdregio") == {"midden-limburg-oost", "midden-limburg-west"}
    assert "provincie" not in found


def test_a_region_name_inside_a_body_name_is_the_bodys() -> None:
    found = _kinds("De GGD West-Brabant en Stichting Midden-Limburg werken samen met de Zeeuwse Stichting "
                   "Jeugd. De regio Midden-Limburg doet mee.")
    assert found.get("jeugdregio") == {"midden-limburg-oost", "midden-limburg-west"}
    assert found.get("gemeenschappelijke_regeling") == {"so0485"}


def test_a_list_after_regio_s_names_regions_and_a_compass_word_joins_the_area() -> None:
    found = _kinds("Het geldt in de regio's Noordkop, Westfriesland en Alkmaar, maar Enkhuizen betaalt.")
    regions = {"kop-van-noord-holland", "west-friesland", "alkmaar-noord-kennemerland"}
    assert found.get("jeugdregio") == regions
    assert found.get("gemeente") == {"gm0388"}


def test_an_area_that_ends_a_name_is_the_name_s_and_a_plan_s_title_names_its_region() -> None:
    found = _kinds(
        "Het bestuur van Jeugdhulp Drenthe en de fractie van PvdA Flevoland spraken over de zorg van "
        "Zeeland en over de Regiovisie Jeugdhulp Haaglanden. Ook de Regiovisie Jeugd Zwolle is klaar.\n"
        "CENTRUMREGELING JEUGD REGIO TWENTE"
    )
    assert found.get("jeugdregio") == {"zeeland", "haaglanden", "ijsselland", "twente"}


def test_an_area_followed_by_a_capitalised_word_inside_a_sentence_opens_a_name() -> None:
    found = _kinds("Zij schrijft bij de redactie van Twente Vandaag over de zorg van Drenthe. Zeeland Helpt.")
    assert found.get("jeugdregio") == {"drenthe", "zeeland"}  # a sentence's first word may be capitalised


def test_a_one_word_joint_body_is_named_where_an_apposition_says_what_it_is() -> None:
    found = _kinds("De taak gaat naar Meerinzicht, het samenwerkingsverband van Harderwijk en Ermelo.")
    assert found.get("gemeenschappelijke_regeling") == {"so0822"}


def test_an_area_followed_by_capitalised_words_or_an_abbreviation_is_an_organisation_s_name() -> None:
    _, entries = reference_data()
    text = ("Het onderzoek doen de Twente Board en Twente VO samen. Jongeren in Drenthe Zijn Blij, "
            "schreven de Noord-Holland Noordse gemeenten, en de regio Twente groeit.")
    found = extract_document(source_of(text), gazetteer=entries)
    assert {o.name for o in found.organisations} == {"Twente Board", "Twente VO"}
    assert {m.iri.rsplit("/", 1)[-1] for m in found.mentions if m.kind == "jeugdregio"} == {"twente"}


def test_a_region_named_as_a_province_is_no_region_where_the_text_places_something_in_it() -> None:
    found = _kinds("Er zijn vijf plekken in Friesland; jongeren uit Zeeland gaan naar Drenthe.")
    assert "jeugdregio" not in found
    found = _kinds("De jeugdbescherming van Zeeland en de samenwerking jeugdzorg Flevoland. In Twente ook.")
    assert found.get("jeugdregio") == {"zeeland", "flevoland", "twente"}


def test_the_undeclined_adjective_of_a_name_on_ingen_names_the_region() -> None:
    assert _kinds("Met de andere Groninger gemeenten is afgesproken samen in te kopen.").get(
        "jeugdregio") == {"groningen"}
    assert _kinds("De Groningse gemeenten kopen samen in.").get("jeugdregio") == {"groningen"}
    assert "jeugdregio" not in _kinds("De Groninger gemeenteraad vergadert.")


def test_the_adjective_of_a_name_two_regions_share_before_gemeenten_names_both() -> None:
    found = _kinds("Het geld gaat naar de Midden-Limburgse gemeenten; de 7 Midden Limburgse gemeenten "
                   "delen het.")
    assert found.get("jeugdregio") == {"midden-limburg-oost", "midden-limburg-west"}
    assert "jeugdregio" not in _kinds("Het Midden-Limburgse landschap is mooi.")


def test_a_region_that_ends_a_body_s_name_before_its_abbreviation_is_the_body_s() -> None:
    found = _kinds("De raad stemt in met de gemeenschappelijke regeling jeugdhulp Rijnmond (GRJR).")
    assert found.get("jeugdregio", set()) == set()
    # "de regio Rijnmond (GRJR)" still names the region
    assert _kinds("De gemeenten in de regio Rijnmond (GRJR) werken samen.").get("jeugdregio") == {"rijnmond"}


def test_a_joint_body_named_after_its_area_with_the_head_s_abbreviation_between() -> None:
    found = _kinds("De taken van de Gemeenschappelijke Regeling (GR) Holland Rijnland lopen af.")
    # the register's "Regio Holland Rijnland" is the body the head names; the area is no region here
    assert found.get("gemeenschappelijke_regeling") == {"regio-holland-rijnland"}
    assert "jeugdregio" not in found
    # without a joint body's head the area's name is the region
    found = _kinds("In de regio Holland Rijnland werken gemeenten samen.")
    assert found.get("jeugdregio") == {"holland-rijnland"}


def test_a_purchasing_region_of_a_municipality_names_its_youth_care_region() -> None:
    found = _kinds("We werken samen met de inkoopregio van Helmond en de buurgemeenten.")
    assert found.get("jeugdregio") == {"zuidoost-brabant"} and "gemeente" not in found
