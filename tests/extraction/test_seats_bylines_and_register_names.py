"""Names as unseen documents write them: a body's seat after its name, a person's surname that is a
place in a byline or before a verb of speech, an inspectorate with "van", a one-word joint body
introduced by another noun, and a role noun compounded with what the body does."""

from __future__ import annotations

from jeugdgraph.build import reference_data
from jeugdgraph.extract import extract_document
from jeugdgraph.names import derived_names

from .conftest import source_of


def _read(text: str) -> tuple[set[str], set[tuple[str, str]]]:
    _, entries = reference_data()
    document = extract_document(source_of(text), gazetteer=entries)
    mentions = {(m.kind, m.iri.rsplit("/", 1)[-1]) for m in document.mentions}
    return {o.name for o in document.organisations}, mentions


def _municipalities(text: str) -> set[str]:
    return {code for kind, code in _read(text)[1] if kind == "gemeente"}


def test_a_municipality_after_in_ends_no_body_s_name_it_is_where_the_body_sits() -> None:
    names, _ = _read("Ze werkt bij Jeugdbescherming Gelderland in Arnhem als gezinsvoogd.")
    assert names == {"Jeugdbescherming Gelderland"}
    assert _municipalities("Ze werkt bij Jeugdbescherming Gelderland in Arnhem als gezinsvoogd.") == set()
    # a name whose own words follow "in" keeps them; a service in a place is no body
    assert _read("De Stichting Hulp in Nood deelt pakketten uit.")[0] == {"Stichting Hulp in Nood"}
    assert _read("Hij werkt in de GGZ in Zwolle, als verpleegkundige.")[0] == set()


def test_a_place_after_a_first_name_in_a_byline_or_before_a_verb_of_speech_is_a_surname() -> None:
    assert _municipalities("Door: Sanne Leiden\nDe raad praat dinsdag over de jeugdzorg.") == set()
    assert _municipalities("Tekst en foto: Ruud Ede\n\nDe wachtlijsten groeien.") == set()
    assert _municipalities("Anouk Ede zegt dat de wachtlijst te lang is.") == set()
    assert _municipalities("Dat is niet goed, stelde Marco Zwolle in de commissie.") == set()
    # the municipality itself speaks, after a conjunction, its council word or an article
    assert _municipalities("Maar Ede zegt dat het budget op is.") == {"gm0228"}
    assert _municipalities("Gemeente Ede stelt voor de regeling te verlengen.") == {"gm0228"}
    assert _municipalities("Door Ede en Wageningen is samen ingekocht.") == {"gm0228", "gm0289"}
    assert _municipalities("Fleur Ede heeft een nieuwe baan.") == {"gm0228"}  # no verb of speech: unsure


def test_an_inspectorate_the_register_names_without_van_is_found_with_it() -> None:
    assert "Inspectie van Justitie en Veiligheid" in derived_names(
        "Inspectie Justitie en Veiligheid", "organisatie"
    )
    assert derived_names("Inspectie van het Onderwijs", "organisatie") == []
    assert derived_names("Inspectie Justitie en Veiligheid", "gemeente") == []
    _, mentions = _read("Het rapport van de Inspectie van Justitie en Veiligheid is kritisch.")
    assert ("organisatie", "oorg12351") in mentions


def test_a_registered_joint_body_s_one_word_name_after_another_noun_is_that_body() -> None:
    names, mentions = _read(
        "De GR Peelgemeenten is opgericht. De organisatie Peelgemeenten werkt voor zes gemeenten."
    )
    assert "Peelgemeenten" not in names
    assert ("gemeenschappelijke_regeling", "so0877") in mentions


def test_a_role_noun_compounded_with_what_a_body_does_introduces_its_name() -> None:
    assert _read("Zij verblijft in het behandelcentrum Zonnehoek bij Assen.")[0] == {"Zonnehoek"}
    assert _read("De behandelinstelling Kompasroos krijgt een nieuwe locatie.")[0] == {"Kompasroos"}
    # a plural role noun or a city's centre introduces no single name
    assert _read("Het winkelcentrum en het centrum Amsterdam zijn druk.")[0] == set()


def test_a_generic_noun_or_a_policy_domain_with_a_capital_alone_names_no_body() -> None:
    assert _read("Het college sprak met Stichting Zonnedauw, Veilig Thuis en Politie.")[0] == {
        "Stichting Zonnedauw"
    }
    assert _read("We sluiten een contract met Zorgverzekeraars en huisartsen.")[0] == set()
    assert _read("De aanbieder Jeugdhulp is failliet verklaard.")[0] == set()
    # a one-word name that is no generic noun stays
    assert _read("De aanbieder Zonnehoek is failliet verklaard.")[0] == {"Zonnehoek"}


def test_two_kinds_of_regulation_joined_by_en_are_no_joint_body_s_name() -> None:
    assert _read("Het gaat om de Gemeenschappelijke Regeling en de Centrumregeling.")[0] == set()
    names = _read("Zij vormen de Gemeenschappelijke Regeling Jeugdhulp Zuidwaard en Noordwaard.")[0]
    assert names == {"Gemeenschappelijke Regeling Jeugdhulp Zuidwaard en Noordwaard"}


def test_a_programme_or_an_event_before_an_area_opens_no_body_s_name() -> None:
    assert _read("De Transformatie Jeugdzorg Twente loopt nog twee jaar.")[0] == set()
    assert _read("Het Regionaal Transitiearrangement Jeugd Zuid-Limburg is vastgesteld.")[0] == set()
    assert _read("Het college sprak met Jeugdhulp Friesland over de tarieven.")[0] == {"Jeugdhulp Friesland"}


def test_a_joint_body_s_head_with_a_policy_domain_alone_or_a_heading_s_article_is_no_name() -> None:
    assert _read("De Gemeenschappelijke Regeling Jeugdhulp wordt gewijzigd.")[0] == set()
    assert _read("Het algemeen bestuur van de gemeenschappelijke regeling Jeugd vergadert.")[0] == set()
    assert _read("De Centrumregeling Jeugdhulp Zuidwaard 2025 treedt in werking.")[0] == {
        "Centrumregeling Jeugdhulp Zuidwaard 2025"
    }
    flattened = "Gemeenschappelijke regeling Jeugdzorg Zuidwaard 2015 Artikel 1 Begrippen"
    assert _read(flattened)[0] == {"Gemeenschappelijke Regeling Jeugdzorg Zuidwaard 2015"}
    # "en" with an article after a name opens the next one
    assert _read("Zij overlegt met de Gemeenschappelijke Regeling Zuidwaard en de GGD.")[0] == {
        "Gemeenschappelijke Regeling Zuidwaard"
    }


def test_a_university_is_a_body_and_a_place_opening_an_english_name_or_a_station_is_no_municipality() -> None:
    names, mentions = _read("Het onderzoek is gedaan door de Universiteit Utrecht.")
    assert names == {"Universiteit Utrecht"} and ("gemeente", "gm0344") not in mentions
    assert _read("Zij studeert aan de Hogeschool van Amsterdam.")[0] == {"Hogeschool van Amsterdam"}
    assert _municipalities("Onderzoekers van Tilburg University publiceerden een rapport.") == set()
    assert _municipalities("De wethouder reisde per trein naar station Amersfoort.") == set()
    # the municipality itself
    assert _municipalities("Tilburg investeert in jeugdhulp.") == {"gm0855"}


def test_a_broadcaster_s_area_is_no_body_s_whole_name() -> None:
    assert "Zuidwaard" not in _read("Omroep Zuidwaard meldt dat de wachtlijst groeit.")[0]
    assert "Zuidwaard" not in _read("Volgens omroep Zuidwaard groeit de wachtlijst.")[0]


def test_a_head_with_a_year_or_an_item_number_alone_is_no_name() -> None:
    assert _read("4.2 Programmabegroting GGD 2019 Bijgevoegd")[0] == set()
    assert _read("Het advies van de Wmo-raad 12. Vaststelling nota.")[0] == set()
    assert _read("De Stichting Jeugd 2000 biedt huiswerkbegeleiding.")[0] == {"Stichting Jeugd 2000"}


def test_an_ampersand_joins_a_name_s_words_but_not_a_head_s() -> None:
    assert _read("De Stichting Zon & Maan krijgt subsidie.")[0] == {"Stichting Zon & Maan"}
    assert _read("De tarieven voor Jeugdbescherming & Jeugdreclassering stijgen.")[0] == set()


def test_a_surname_the_text_gives_with_an_office_is_no_body_elsewhere() -> None:
    text = "De plannen van wethouder Menno Zuidhorst deugen. Ze zei tegen Zuidhorst dat het werkt."
    assert "Zuidhorst" not in _read(text)[0]
    assert _read("Het college verleent subsidie aan Zuidhorst en Kompasroos.")[0] == {
        "Zuidhorst",
        "Kompasroos",
    }


def test_a_local_party_named_jong_and_its_place_names_no_municipality() -> None:
    assert _municipalities("Voor stemden Jong Zwolle, de VVD en het CDA.") == set()
