"""Bodies as news and council texts write them beside their register names: a registered compound
written apart, a care office's name either way round, the partners of a collaboration listed beside a
generic partner, an office's compound before the domain that names it, and a body's name that ends in
a region whose name opens with a compass word."""

from __future__ import annotations

from jeugdgraph.build import reference_data
from jeugdgraph.extract import extract_document
from jeugdgraph.names import derived_names, spelled_areas

from .conftest import source_of


def _read(text: str) -> tuple[set[str], set[tuple[str, str]]]:
    _, entries = reference_data()
    document = extract_document(source_of(text), gazetteer=entries)
    mentions = {(m.kind, m.iri.rsplit("/", 1)[-1]) for m in document.mentions}
    return {o.name for o in document.organisations}, mentions


def test_a_registered_compound_written_apart_is_the_registered_body() -> None:
    names, mentions = _read("Volgens het Nederlands Jeugd Instituut groeit het gebruik van jeugdhulp.")
    assert ("organisatie", "zb100004") in mentions and names == set()
    # a name of two words is not stretched to another two-word name
    names, mentions = _read("De Stichting Jeugd Hulp deelt pakketten uit.")
    assert ("organisatie", "zb100004") not in mentions


def test_a_care_office_is_named_either_way_round_and_without_its_legal_form() -> None:
    assert derived_names("VGZ Zorgkantoor B.V.", "organisatie") == ["VGZ Zorgkantoor", "Zorgkantoor VGZ"]
    assert derived_names("Stichting Zorgkantoor Menzis", "organisatie") == [
        "Zorgkantoor Menzis", "Menzis Zorgkantoor"]
    assert derived_names("Zorgkantoor DSW B.V.", "gemeente") == []
    _, mentions = _read("De financiers zijn de provincie en het Zorgkantoor VGZ.")
    assert ("organisatie", "zb100013") in mentions


def test_the_named_partners_of_a_collaboration_beside_a_generic_partner_are_bodies() -> None:
    listed = "Sinds vorig jaar werkten de huisartsen, de gemeente en Kindkracht samen in de wijk."
    assert _read(listed)[0] == {"Kindkracht"}
    assert _read("Aan de telefoon werken Welzijn Oost en de gemeente samen.")[0] == {"Welzijn Oost"}
    assert _read("Sinds 2020 werken de drie regio\u2019s samen met Kompaswerk aan de afbouw.")[0] == {
        "Kompaswerk"}
    # a list of names alone may list places or people; a list without "samen" lists no partners
    assert _read("Op dat gebied werken Jan Smit en Piet Bos samen.")[0] == set()
    assert _read("Daar spraken de gemeente en Kindkracht over de kosten.")[0] == set()


def test_an_office_s_compound_before_the_domain_that_names_it_opens_the_name() -> None:
    names, _ = _read("Wij hebben de zorg uitbesteed aan de inkooporganisatie Jeugd. Die koopt in.")
    assert names == {"inkooporganisatie Jeugd"}
    # a domain after another noun is no name
    assert _read("De organisatie Jeugd is een taak van de gemeente.")[0] == set()


def test_a_body_s_name_ending_in_a_region_that_opens_with_a_compass_word_is_one_name() -> None:
    names, _ = _read("De raad bespreekt de begroting van Serviceorganisatie Jeugd Zuid Holland Zuid. Wij.")
    assert names == {"Serviceorganisatie Jeugd Zuid Holland Zuid"}
    # the region named by its place noun stays the region
    names, mentions = _read("In de regio Zuid Holland Zuid werken tien gemeenten samen.")
    assert names == set() and ("jeugdregio", "zuid-holland-zuid") in mentions


def test_a_compound_s_head_gives_a_letter_of_the_body_s_abbreviation() -> None:
    names, _ = _read("Het Regionaal Ondersteuningsteam (ROT) verzorgt namens de gemeenten de inkoop.")
    assert names == {"Regionaal Ondersteuningsteam"}
    # a team as a word of its own names a project as often as a body; a GGD spelled out without its area
    # is the kind of body
    assert _read("De pilot met het Crisis Interventie Team (CIT) loopt af.")[0] == set()
    assert _read("De Gemeentelijke Gezondheidsdienst (GGD) voert de taken uit.")[0] == set()


def test_a_region_after_a_body_s_abbreviation_inside_its_name_is_the_body_s() -> None:
    text = "De taken van het Regionaal Serviceteam Jeugd (RSJ) IJsselland gaan naar de GGD."
    _, mentions = _read(text)
    assert not any(kind == "jeugdregio" for kind, _ in mentions)
    # beside the body's name in full, the name before the bracket is the registered body
    _, mentions = _read("Het Regionaal Serviceteam Jeugd IJsselland stopt. " + text)
    assert ("gemeenschappelijke_regeling", "so1066") in mentions
    assert not any(kind == "jeugdregio" for kind, _ in mentions)
    # a region after a bracket that holds no body's abbreviation stays the region
    _, mentions = _read("De kosten (circa) IJsselland stijgen; de regio IJsselland betaalt.")
    assert ("jeugdregio", "ijsselland") in mentions


def test_a_postcode_a_document_s_title_and_an_area_s_municipalities_name_no_body() -> None:
    assert _read("De avond is in het gemeentehuis (Markt 1, 5431 BV) in de raadzaal.")[0] == set()
    assert _read("Het onderzoek deed Incluzio Hollands Kroon BV in opdracht van de raad.")[0] == {
        "Incluzio Hollands Kroon BV"}
    assert _read("Zij schreven een visie op de transformatie (Overdrachtsdocument Statement Jeugd Drenthe).")[
        0] == set()
    assert _read("Dit zijn de regio's.\n\nRegiogemeenten Zaanstreek-Waterland (ZaWa):\n\nGemeente Edam")[
        0] == set()
    # a plural role noun in a title-cased heading is the title's word; in prose it lists bodies
    heading = "Regeling\n\nTijdelijke Subsidieverordening Zorgaanbieders Jeugdzorg Agglomeratie Amsterdam\n"
    assert _read(heading)[0] == set()
    listed = "Hierover spraken de zorgaanbieders Kindkracht en Kompaswerk."
    assert _read(listed)[0] == {"Kindkracht", "Kompaswerk"}


def test_a_kind_of_care_service_and_a_flattened_heading_name_no_body_in_a_list() -> None:
    listed = "Er spreken (zoals Algemeen Maatschappelijk Werk, Thuiszorg, Kindkracht en Stichting Mee)."
    assert _read(listed)[0] == {"Kindkracht", "Stichting Mee"}
    flattened = "van de gemeenteraden. Inleiding Het Rijk, VNG en Kindkracht hebben afgesproken dat het kan."
    assert _read(flattened)[0] == {"Kindkracht"}


def test_a_city_region_is_a_joint_body_and_a_compass_word_after_an_area_body_names_the_region() -> None:
    names, _ = _read("De regioraad van de Stadsregio Amsterdam stelt de verordening vast.")
    assert names == {"Stadsregio Amsterdam"}
    _, mentions = _read("De Stadsregio Parkstad Limburg stelt de verordening vast.")
    assert ("gemeenschappelijke_regeling", "so0035") in mentions  # the register's, where it holds one
    _, mentions = _read("In 2024 heeft de Regio West-Brabant West besloten het contract te verlengen.")
    assert ("jeugdregio", "west-brabant-west") in mentions
    assert ("gemeenschappelijke_regeling", "so0684") not in mentions
    _, mentions = _read("De Regio West-Brabant vergadert. West daarna.")
    assert ("gemeenschappelijke_regeling", "so0684") in mentions


def test_each_compass_word_of_an_elided_list_of_regions_names_its_region() -> None:
    _, mentions = _read("Zij is een aanbieder van jeugdhulp in Noord-, Midden- en Zuid-Limburg. Dat blijft.")
    regions = {code for kind, code in mentions if kind == "jeugdregio"}
    assert regions == {"noord-limburg", "midden-limburg-oost", "midden-limburg-west", "zuid-limburg"}
    # a list whose last item is no youth-care region names none
    _, mentions = _read("In Noord- en Zuid-Holland en de Veiligheidsregio Noord- en Oost-Gelderland.")
    assert not any(kind == "jeugdregio" for kind, _ in mentions)


def test_the_municipalities_in_a_joint_body_s_area_name_the_region() -> None:
    _, mentions = _read("In 2014 maakten tien gemeenten in Regio Rivierenland afspraken.")
    assert ("jeugdregio", "rivierenland") in mentions
    assert ("gemeenschappelijke_regeling", "so0026") not in mentions
    _, mentions = _read("Het bestuur van de Regio Rivierenland stelt de begroting vast.")
    assert ("gemeenschappelijke_regeling", "so0026") in mentions


def test_a_list_of_regions_in_brackets_after_regio_s_names_regions() -> None:
    _, mentions = _read("Velsen werkt met andere regio's (Alkmaar en omgeving, Kop van Noord-Holland).")
    assert ("jeugdregio", "alkmaar-noord-kennemerland") in mentions and ("gemeente", "gm0361") not in mentions
    _, mentions = _read("De afspraken (Alkmaar en omgeving) gelden ook voor Velsen.")
    assert ("gemeente", "gm0361") in mentions


def test_a_registered_abbreviation_with_its_area_s_initials_is_written_with_the_area() -> None:
    full = "Regionale dienst openbare gezondheidszorg Hollands Midden"
    assert spelled_areas([full, "RDOG HM"]) == ["RDOG Hollands Midden"]
    # lower-case words are no area's name; initials that fit no name's end give nothing
    assert spelled_areas(["Modulaire regeling sociaal domein centraal Gelderland", "MGR SDCG"]) == []
    assert spelled_areas(["Stichting Jeugd Hulp", "SJH XY"]) == []
    _, mentions = _read("Veilig Thuis is ondergebracht bij de RDOG Hollands Midden.")
    assert ("gemeenschappelijke_regeling", "so0522") in mentions


def test_a_regulation_s_legal_form_before_a_registered_body_s_name_is_that_body() -> None:
    text = "Gelet op Gemeenschappelijke regeling bedrijfsvoeringsorganisatie Regionaal Serviceteam Jeugd " + (
        "IJsselland.")
    names, mentions = _read(text)
    assert ("gemeenschappelijke_regeling", "so1066") in mentions and names == set()
    # another word before the area body's name makes another regulation
    names, _ = _read("Gelet op de Gemeenschappelijke regeling Jeugdhulp Regio Foodvalley 2022.")
    assert names == {"Gemeenschappelijke Regeling Jeugdhulp Regio Foodvalley 2022"}
