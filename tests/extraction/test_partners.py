"""Organisations a sentence names by what it does with them: a subsidy's receiver, an agreement's
other party, the members of a list after a plural role noun, a school named after a person."""

from __future__ import annotations

from jeugdgraph.build import reference_data
from jeugdgraph.extract import extract_document

from .conftest import source_of


def _names(text: str) -> set[str]:
    _, entries = reference_data()
    return {o.name for o in extract_document(source_of(text), gazetteer=entries).organisations}


def test_the_receiver_of_a_subsidy_and_the_other_party_of_an_agreement_are_organisations() -> None:
    assert _names("Het college besluit een subsidie toe te kennen aan Kindkracht en Het Anker.") == {
        "Kindkracht", "Het Anker"}
    agreed = "Wij maken nieuwe prestatieafspraken met Woonborg 2026 en een contract met Kompaswerk."
    assert _names(agreed) == {"Woonborg 2026", "Kompaswerk"}
    # a municipality stays a municipality, a lower-case receiver is no name
    assert _names("De subsidie aan Zutphen wordt verlaagd; de bijdrage aan de jeugdhulp blijft.") == set()


def test_a_list_after_a_plural_role_noun_names_each_member() -> None:
    listed = "In de wijk werken de zorgpartijen Kindkracht, JOZ, Opvoedpunt Oost en de huisartsen samen."
    assert _names(listed) == {"Kindkracht", "JOZ", "Opvoedpunt Oost"}
    assert _names("De jeugdhulpaanbieders Kompaswerk en De Boei krijgen een compensatie.") == {
        "Kompaswerk", "De Boei"}
    # a list after a singular or a plain plural noun is not one of bodies
    assert _names("De gemeenten Zutphen en Deventer en de inwoners Piet en Klaas.") == set()


def test_a_school_named_after_a_person_is_an_organisation() -> None:
    assert _names("Er is geen plaats op de Maria Montessorischool en de Willem van Oranjeschool.") == {
        "Maria Montessorischool", "Willem van Oranjeschool"}
    assert _names("Op de Basisschool en de Muziekschool is het rustig.") == set()


def test_a_medium_is_named_by_what_it_publishes() -> None:
    text = ("Naar aanleiding van een artikel in de Tubantia en de luisteraars van Radio Oost. Een bericht "
            "van de Minister en artikel 3 van de Jeugdwet noemen geen medium.")
    assert _names(text) == {"Tubantia", "Radio Oost"}


def test_an_advisory_council_is_named_by_its_head_noun() -> None:
    text = "De Adviesraad van het Sociaal Domein adviseert. Adviesraad Jeugd Zwolle: advies volgt."
    assert _names(text) == {"Adviesraad van het Sociaal Domein", "Adviesraad Jeugd Zwolle"}


def test_a_name_the_sentence_says_is_a_body_is_an_organisation() -> None:
    names = _names("Er is een nieuwe aanbieder gekozen: Kompaswerk. Kompaswerk is de enige zorgaanbieder die "
                   "meedeed. Dit is een instelling met een lange wachtlijst.")
    assert names == {"Kompaswerk"}


def test_the_other_party_of_a_municipality_and_the_author_of_a_study_are_organisations() -> None:
    names = _names("Het geschil tussen de gemeente Zwolle en Woonwijzer over de huren loopt nog. Uit een "
                   "onderzoek van ZorgMeter blijkt dat de wachttijden stijgen; een analyse van Karin de "
                   "Vries en het rapport van de commissie zeggen hetzelfde.")
    assert names == {"Woonwijzer", "ZorgMeter"}


def test_a_generic_body_is_its_branch_where_the_text_names_the_branch_and_a_venue_is_no_part_of_it() -> None:
    assert _names("Het Centrum voor Jeugd en Gezin Zwolle helpt. Volgens het Centrum voor Jeugd en Gezin "
                  "gaat het goed.") == {"Centrum voor Jeugd en Gezin Zwolle"}
    assert _names("De opening van het Centrum voor Jeugd en Gezin in Zwolle.") == set()
    assert _names("Bij de GGZ van 909 aanvragen naar 732.") == set()


def test_a_medium_publishing_or_spoken_to_and_a_partner_of_a_collaboration_are_organisations() -> None:
    names = _names("Vorige week publiceerde de Dorpskrant dat de wachtlijst groeit. \"Het moet anders\", "
                   "zegt de wethouder tegen Radio Oost. De gemeente werkt daarbij samen met Kindkracht; "
                   "Behandelaars als De Brug zien het ook. Wij werken samen met GroenLinks en D66. Ook werkt "
                   "de gemeente samen met Welzijn Zwolle.")
    assert names == {"Dorpskrant", "Radio Oost", "Kindkracht", "De Brug", "Welzijn Zwolle"}


def test_an_abbreviation_with_its_name_spelled_out_is_a_body() -> None:
    _, entries = reference_data()
    found = extract_document(source_of(
        "Volgens BOZA (Boeren Ondersteunen Zorg Anders) en de RSD (Regionale Sociale Dienst) gaat het goed; "
        "de GR (Gemeenschappelijke Regeling) en het PGB (Persoonsgebonden budget) niet. Ook de "
        "Jeugdautoriteit en de ISD (Intergemeentelijke Sociale Dienst) kijken mee."), gazetteer=entries)
    assert {(o.name, o.kind) for o in found.organisations} == {
        ("BOZA", "organisatie"), ("RSD", "organisatie"), ("Jeugdautoriteit", "organisatie"),
        ("ISD", "gemeenschappelijke_regeling")}


def test_the_agent_of_care_given_in_a_passive_clause_is_an_organisation() -> None:
    names = _names("Er worden door o.a. Kindkracht en ZORG4 ruim 300 kinderen behandeld. De motie werd door "
                   "GroenLinks ingediend en door Piet Jansen gesteund.")
    assert names == {"Kindkracht", "ZORG4"}


def test_a_study_by_a_name_that_opens_with_het_is_a_body_s_not_a_person_s() -> None:
    assert "Het Noorderblad" in _names("Dat blijkt uit onderzoek van Het Noorderblad. Die vroeg cijfers op.")
    # a person's study names no body
    assert _names("Dat blijkt uit een onderzoek van Marja Jansen.") == set()


def test_a_list_of_bodies_in_brackets_and_an_item_cut_off_before_en_are_names() -> None:
    listed = ("De drie grote instellingen in de provincie (de Stichting Kinderkans, Jeugd- en "
              "Gezinshulp Noord en het Leger des Heils) tekenden niet.")
    assert _names(listed) == {"Stichting Kinderkans", "Jeugd- en Gezinshulp Noord", "Leger des Heils"}


def test_a_list_of_bodies_that_opens_a_sentence_as_its_subject_names_each_body() -> None:
    text = "Het plan is klaar. De GGD Twente, Kindkracht en Avedan werken samen aan de aanpak."
    assert _names(text) == {"GGD Twente", "Kindkracht", "Avedan"}
    # a line of an agenda is no sentence
    assert _names("Agenda\nDe GGD Twente, Kindkracht en Avedan\nSluiting") == {"GGD Twente"}


def test_a_medium_that_writes_is_named_and_a_council_s_organ_or_a_person_that_writes_is_not() -> None:
    text = ("De wethouder trad af, schrijft 1Twente. Dat schreef de Gelderlander ook. Het tekort groeit, "
            "schrijft de Rekenkamer. Dat schrijft het College. Dat schrijft Jansen.")
    assert _names(text) == {"1Twente", "Gelderlander"}


def test_a_journalist_named_by_the_medium_names_the_medium() -> None:
    text = "RTL-correspondent Els Dijk en Tubantia-verslaggever Bas Mol waren er; de oud-journalist niet."
    assert _names(text) == {"RTL", "Tubantia"}


def test_a_body_whose_officers_a_sentence_names_is_an_organisation() -> None:
    text = ("Zegt een woordvoerder van Kompaswerk. De bestuurders van Jeugdkracht zwegen. De directeur van "
            "de gemeente Zwolle, de woordvoerder van Marja Jansen en medewerkers van JIP tekenden niet.")
    assert _names(text) == {"Kompaswerk", "Jeugdkracht"}
