"""Organisations a list, a bracket or a study names: people listed with their body in brackets, the
items of a list beside a known body, a study's author after its article, and names with "&", "des",
a version number or a division's field."""

from __future__ import annotations

from jeugdgraph.build import reference_data
from jeugdgraph.extract import extract_document

from .conftest import source_of


def _named(text: str) -> set[tuple[str, str]]:
    _, entries = reference_data()
    return {(o.name, o.kind) for o in extract_document(source_of(text), gazetteer=entries).organisations}


def _names(text: str) -> set[str]:
    return {name for name, _ in _named(text)}


def test_people_listed_with_their_body_in_brackets_name_bodies() -> None:
    listed = ("Aanwezig: Karin Mulder (Gemeente Zutphen), Peter van der Berg (Kindkracht) en "
              "Sanne de Wit (Opvoedhuis Oost).")
    assert _names(listed) == {"Kindkracht", "Opvoedhuis Oost"}
    # a bracket beside a body's generic name says which kind of body, not which one
    assert _names("Gesproken met: A. Bakker (GGD), Tom Hendriks (Zorgpunt) en Lies Smit (Gemeente Ede).") == {
        "Zorgpunt"}


def test_brackets_of_councillors_and_parties_name_no_body() -> None:
    # a party among the brackets: the list is one of councillors
    assert _names("Jan Smit (VVD), Piet Bos (Samen Sterk) en Anna Kok (Gemeente Ede) spraken.") == set()
    # an alderman's bracket holds a (local) party
    assert _names("Zegt wethouder Mia Vos (Ons Dorp). Ook Ruud Mol (Gemeente Ede) sprak.") == set()
    # one person with a bracket is no list
    assert _names("Het woord is aan Karin Mulder (Zorgpunt).") == set()


def test_a_list_beside_a_known_body_reads_des_and_skips_a_surname() -> None:
    names = _names("In de wijk starten Kompasroos, het Leger des Heils en Youké een proef.")
    assert names == {"Kompasroos", "Leger des Heils", "Youké"}
    # "te Riet" is a person's surname, not a list item
    assert "Riet" not in _names("Sprekers: Bart te Riet, Leger des Heils en Kindkracht.")


def test_a_known_body_keeps_its_divisions_named_by_field() -> None:
    assert _names("Contact: Leger des Heils, Jeugdbescherming en Reclassering.") == {
        "Leger des Heils, Jeugdbescherming en Reclassering"}


def test_the_author_of_a_study_after_an_article_or_in_quotes() -> None:
    assert _names("Uit een onderzoek van de NOS blijkt dat wachtlijsten groeien.") == {"NOS"}
    assert _names("Het onderzoek van \u201cSamen Sterker Nu\u201d laat zien dat.") == {"Samen Sterker Nu"}
    # an article before one common noun makes a kind of body, not a name
    assert _names("Uit de rapportage van de Jeugdbescherming bleek een daling.") == set()


def test_names_with_an_ampersand_or_a_version_number_stay_whole() -> None:
    assert _names("Het plan is besproken met het Ministerie van Justitie & Veiligheid.") == {
        "Ministerie van Justitie & Veiligheid"}
    assert _named("De Gemeenschappelijke regeling Noordpeel 2.0 treedt in werking.") == {
        ("Gemeenschappelijke Regeling Noordpeel 2.0", "gemeenschappelijke_regeling")}


def _laws(text: str) -> set[str]:
    _, entries = reference_data()
    found = extract_document(source_of(text), gazetteer=entries)
    return {m.iri.rsplit("/", 1)[-1] for m in found.mentions if m.kind == "wet"}


def test_a_law_named_without_its_year_is_not_guessed_to_be_one_act() -> None:
    # "Wet inburgering" is the title of the act of 2007 and the everyday name of that of 2021
    assert _laws("Nieuwkomers krijgen taallessen conform de Wet Inburgering.") == {"wet-inburgering"}
    assert _laws("Sinds de Wet inburgering 2021 voert de gemeente de regie.") == {"BWBR0044770"}
    assert _laws("De inburgering van statushouders vraagt aandacht.") == set()


def test_a_registered_short_name_inside_a_longer_titled_law_gives_way() -> None:
    _, entries = reference_data()
    found = extract_document(source_of("Gelet op de Wet inburgering nieuwkomers (Win) besluit de raad."),
                             gazetteer=entries)
    assert [law.name for law in found.named_laws] == ["Wet inburgering nieuwkomers"]
    assert not [m for m in found.mentions if m.kind == "wet"]


def test_a_team_named_after_its_head_noun_is_an_organisation() -> None:
    names = _names("Het Sociaal Wijkteam Deventer en de scholen werken samen. Gebiedsteam Noord is druk.")
    assert names == {"Sociaal Wijkteam Deventer", "Gebiedsteam Noord"}
    # a team without a name, or "sociaal team" in lower case, is a kind of team
    assert _names("Het Wijkteam is druk. Het sociaal team NOP helpt.") == set()


def test_people_listed_on_their_own_lines_with_their_body_in_brackets() -> None:
    listed = "Trekkers:\n  Ria Bos (Gemeente Ede)\n  Tom Smit (Kindkracht)\n  Els Kok (Zorgpunt)\n"
    assert _names(listed) == {"Kindkracht", "Zorgpunt"}


def test_an_office_before_its_holders_name_is_her_title_and_a_profile_no_body() -> None:
    assert _names("Kinderombudsvrouw Anna Bakker opent de avond.") == set()
    assert _names("De Kinderombudsman schreef de gemeente een brief.") == {"Kinderombudsman"}
    # "Sportprofiel Twente" names a document about the area, not a body there
    assert _names("Het college stelt het Sportprofiel Twente vast.") == set()


def test_an_ampersand_joins_the_words_of_one_name_in_a_list() -> None:
    names = _names("Er zijn contracten met Kompaan & De Bocht en met Youké.")
    assert names == {"Kompaan & De Bocht", "Youké"}


def test_a_text_s_own_abbreviation_is_not_a_register_s_body_of_the_same_letters() -> None:
    _, entries = reference_data()

    def bodies(text: str) -> set[str]:
        found = extract_document(source_of(text), gazetteer=entries)
        return {m.span.text for m in found.mentions if m.kind == "organisatie"}

    # RVP spelled out as a programme shares no word with the register's Raad voor plantenrassen (RvP)
    assert bodies("De gemeente voert het Rijks Vaccinatie Programma (RVP) uit. Het RVP loopt.") == set()
    # a register's body spelled out with its own words keeps its abbreviation
    assert bodies("De Sociale Verzekeringsbank (SVB) betaalt.") == {"Sociale Verzekeringsbank", "SVB"}


def test_a_field_beside_a_body_in_a_list_is_no_body() -> None:
    assert _names("Voor Veilig Thuis Noord en Jeugdbescherming zijn tarieven vastgesteld.") == {
        "Veilig Thuis Noord"}


def test_an_adjective_between_the_article_and_the_head_noun_is_the_name_s() -> None:
    assert _names("Het advies van de Brede Adviesraad Jeugd Epe volgt.") == {"Brede Adviesraad Jeugd Epe"}
    # a determiner is none of the name
    assert _names("Zo helpt deze Stichting Leergeld Epe.") == {"Stichting Leergeld Epe"}


def test_an_audit_office_named_by_its_council_and_a_firm_after_bureau() -> None:
    assert _names("De Rekenkamercommissie van de gemeente Dalfsen helpt de raad. De Rekenkamer schreef.") == {
        "Rekenkamercommissie van de gemeente Dalfsen"}
    assert _names("Het onderzoek is door het bureau Telwerk uitgevoerd; het bureau is klein.") == {"Telwerk"}


def test_a_body_name_hyphen_broken_by_a_line_is_joined() -> None:
    names = _names("Het Verwey- Jonker Instituut deed onderzoek.")
    assert names == {"Verwey-Jonker Instituut"}
