"""Organisations no register holds, and place names that do not name an acting municipality."""

from __future__ import annotations

from jeugdgraph.build import reference_data
from jeugdgraph.extract import extract_document

from .conftest import source_of


def _extract(text: str):  # noqa: ANN202 - ExtractedDocument
    _, entries = reference_data()
    return extract_document(source_of(text), gazetteer=entries)


def _municipalities(text: str) -> set[str]:
    return {m.iri.rsplit("/", 1)[-1] for m in _extract(text).mentions if m.kind == "gemeente"}


def test_organisations_are_recognised_by_what_their_name_says() -> None:
    found = _extract(
        "Bij de Stichting MeeleefGezin, de William Schrikker Groep en het Leger des Heils is overleg. "
        "Ook Jeugdbescherming Noord en de Vereniging Limburgse Gemeenten doen mee."
    )
    names = {o.name for o in found.organisations}
    assert {"Stichting MeeleefGezin", "William Schrikker Groep", "Leger des Heils",
            "Jeugdbescherming Noord", "Vereniging Limburgse Gemeenten"} <= names


def test_a_flattened_list_of_names_with_one_head_gives_each_name() -> None:
    found = _extract(
        "Onderzoek in opdracht van: Rekenkamer Zwolle Rekenkamercommissie Deventer Rekenkamer Kampen\n"
        "Rekenkamercommissie Aan de leden van de gemeenteraden, over het Meldpunt Jeugdzorg Oost."
    )
    names = {o.name for o in found.organisations}
    assert names == {"Rekenkamer Zwolle", "Rekenkamercommissie Deventer", "Rekenkamer Kampen",
                     "Meldpunt Jeugdzorg Oost"}


def test_a_joint_body_named_with_a_generic_body_and_years_and_a_cut_off_name() -> None:
    found = _extract(
        "Vragen over de Centrumregeling Veilig Thuis Oost-Brabant en de Centrumregeling Jeugd Peelland "
        "2015-2018.\n \u2022 13 Gemeenschappelijke Regeling Afvalverwerking Oo..\n"
    )
    joint = {o.name for o in found.organisations if o.kind == "gemeenschappelijke_regeling"}
    assert joint == {"Centrumregeling Veilig Thuis Oost-Brabant", "Centrumregeling Jeugd Peelland 2015-2018"}


def test_a_role_noun_introduces_an_organisation_s_name() -> None:
    found = _extract(
        "De zorgaanbieder Kompaswerk kreeg de opdracht; onderzoeksbureau Peilwijzer Onderzoek deed het "
        "onderzoek. De instelling in Utrecht en de aanbieder Zwolle zijn geen namen, de aanbieders evenmin."
    )
    assert {o.name for o in found.organisations} == {"Kompaswerk", "Peilwijzer Onderzoek"}


def test_the_common_spelling_of_the_association_of_municipalities_is_the_vng() -> None:
    found = _extract("De motie gaat naar de Vereniging Nederlandse Gemeenten.")
    assert [m.iri.rsplit("/", 1)[-1] for m in found.mentions if m.kind == "organisatie"] == ["vng"]


def test_people_parties_and_venues_are_not_municipalities() -> None:
    assert _municipalities("Anna de Vries (CDA) Piet Jansen (VVD) Karin Bloemendaal") == set()
    assert _municipalities("Het wethoudersoverleg van R. Bloemendaal ging over jeugdzorg.") == set()
    assert _municipalities("Namens GroenLinks Rijswijk en de Stadspartij 100% voor Groningen.") == set()
    assert _municipalities("Steun kwam van Senioren Zwolle en van leefbaar Deventer.") == set()
    assert _municipalities("De wethouders trokken naar Den Haag; de lobby in Den Haag gaat door.") == set()


def test_a_municipality_named_as_itself_stays() -> None:
    assert _municipalities("Situatie Leeuwarden\n\nDe wethouders uit Asten en Waalre gaan.") == {
        "gm0080", "gm0743", "gm0866"}


def test_den_haag_is_the_municipality_unless_the_sentence_is_about_national_politics() -> None:
    assert _municipalities("Jeugdigen in Den Haag wachten lang op hulp.") == {"gm0518"}
    assert _municipalities("De miljoenenregen uit Den Haag is een schijntje.") == set()
    assert _municipalities("Maar de budgetten vanuit Den Haag blijven achter.") == set()
    assert _municipalities("De A12 tussen Woerden en Utrecht wordt breder; Woerden is blij.") == {"gm0632"}
    assert _municipalities("De jongeren vanuit Den Haag gaan naar school.") == {"gm0518"}


def test_a_name_alone_on_a_closing_line_is_a_signature() -> None:
    text = "De raad verzoekt het college om de wachttijden te verkorten.\n\nKarin Bloemendaal\n"
    assert _municipalities(text) == set()


def test_a_place_inside_a_local_party_name_is_no_municipality() -> None:
    assert _municipalities("In Hulst dienden de fracties Algemeen Belang Groot Hulst en Groot "
                           "Hontenisse een motie in.") == {"gm0677"}
    assert _municipalities("De fractie Sterk Maasgouw stemde tegen.") == set()
    assert _municipalities("De fracties van Hulst en Terneuzen spraken.") == {"gm0677", "gm0715"}


def test_het_rijk_is_the_state_not_a_named_organisation() -> None:
    found = _extract("Het Rijk moet bijspringen; de overheveling van het Rijk naar gemeenten kost geld.")
    assert not [m for m in found.mentions if m.kind == "organisatie"]
    named = _extract("Het rapport van de Noordelijke Rekenkamer verscheen.")
    assert [m.iri.rsplit("/", 1)[-1] for m in named.mentions] == ["so0598"]


def _joint_bodies(text: str) -> tuple[set[str], set[str]]:
    found = _extract(text)
    linked = {m.iri.rsplit("/", 1)[-1] for m in found.mentions if m.kind == "gemeenschappelijke_regeling"}
    return linked, {o.name for o in found.organisations}


def test_a_joint_body_written_in_full_is_the_registers_when_the_register_holds_it() -> None:
    linked, named = _joint_bodies(
        "Het bestuur van de Gemeenschappelijke regeling Servicebureau Jeugdhulp Haaglanden 2020 vergaderde.")
    assert linked == {"so1063"} and named == set()
    linked, named = _joint_bodies(
        "De colleges treffen de Gemeenschappelijke Regeling Uitvoering Omgevingstaken West, hierna te "
        "noemen: 'Omgevingsdienst Haaglanden'. De Gemeenschappelijke Regeling Uitvoering Omgevingstaken "
        "West treedt in werking.")
    assert linked == {"so0700"} and named == set()


def test_a_joint_body_no_register_holds_keeps_its_written_name() -> None:
    linked, named = _joint_bodies("De Gemeenschappelijke Regeling Jeugdzorg Verweggistan is opgericht.")
    assert linked == set() and named == {"Gemeenschappelijke Regeling Jeugdzorg Verweggistan"}


def _laws(text: str) -> list[str]:
    return [m.iri.rsplit("/", 1)[-1] for m in _extract(text).mentions if m.kind == "wet"]


def test_the_wmo_in_a_list_of_policy_domains_is_the_domain_not_the_law() -> None:
    assert _laws("De wethouder is belast met WMO, Armoedebeleid en Sport.") == []
    assert _laws("De tekorten in het sociaal domein (Jeugdzorg en Wmo) lopen op.") == []
    assert _laws("Gelet op de Jeugdwet en de Wmo 2015 besluit de raad.") == ["BWBR0034925", "BWBR0035362"]
    assert _laws("Op grond van de Wmo en de Jeugdwet verstrekt het college hulp.") == [
        "BWBR0035362", "BWBR0034925"]


def test_the_bare_wmo_is_the_care_unless_the_sentence_cites_the_law() -> None:
    assert _laws("De ouders zijn goed geholpen, net als bij de WMO vorig jaar.") == []
    assert _laws("Zij werken samen aan het WMO beleid.") == []
    assert _laws("Volgens artikel 2.3.5 Wmo onderzoekt het college de vraag.") == ["BWBR0035362"]
    assert _laws("De Wmo bepaalt dat de gemeente ondersteuning biedt.") == ["BWBR0035362"]


def test_the_besluit_jeugdwet_is_its_own_law() -> None:
    assert _laws("Zoals bedoeld in artikel 5.1.1 van het Besluit Jeugdwet.") == ["BWBR0035779"]


def test_a_named_audit_office_is_a_body_and_a_kamercommissie_the_tweede_kamer() -> None:
    found = _extract("De Rekenkamer Zwolle deed onderzoek naar de jeugdhulp.")
    assert {o.name for o in found.organisations} == {"Rekenkamer Zwolle"}
    assert not [m for m in found.mentions if m.kind == "gemeente"]
    kamer = _extract("De wethouders gaan naar de vaste Kamercommissie voor Volksgezondheid.")
    assert [m.iri.rsplit("/", 1)[-1] for m in kamer.mentions] == ["tweede-kamer"]


def test_s_hertogenbosch_with_any_apostrophe_and_a_list_of_places_at_a_sentence_start() -> None:
    assert _municipalities("De gemeente \u2018s-Hertogenbosch is centrumgemeente.") == {"gm0796"}
    assert _municipalities("Samen met \u2019s-Hertogenbosch en Oss.") == {"gm0796", "gm0828"}
    assert _municipalities("Hulst, Borsele en Reimerswaal verwachten een tekort.") == {
        "gm0677", "gm0654", "gm0703"}
    assert _municipalities("Best, dat is afgesproken. Leiden tot niets.") == set()


def test_a_headed_name_runs_over_its_capitalised_words_but_not_over_en() -> None:
    found = _extract("Het overleg met Stichting Leergeld Zwolle en de Voedselbank gaat door.")
    assert {o.name for o in found.organisations} == {"Stichting Leergeld Zwolle", "Voedselbank"}
    assert not [m for m in found.mentions if m.kind == "gemeente"]
    found = _extract("De Stichting Vrienden van het Kind en Yulius werken samen met Jeugdzorg Nederland.")
    assert {o.name for o in found.organisations} == {
        "Stichting Vrienden van het Kind", "Yulius", "Jeugdzorg Nederland"}


def test_a_law_no_register_holds_is_named_by_its_compound_on_wet() -> None:
    found = _extract("Dit is in strijd met de jeugdbeschermingswet en de Woningwet; de Jeugdwet geldt. "
                     "Een kaderwet of wijzigingswet is geen wet met een naam.")
    assert [(law.name, law.iri.rsplit("/", 1)[-1]) for law in found.named_laws] == [
        ("Jeugdbeschermingswet", "jeugdbeschermingswet"), ("Woningwet", "woningwet")]
    assert _laws("de Jeugdwet geldt") == ["BWBR0034925"]
    assert _laws("Sinds de Omgevingswet geldt") == ["BWBR0037885"]  # the register's since it holds it


def test_a_bill_is_no_law() -> None:
    found = _extract("Het wetsvoorstel Wet betere zorg voor jeugdigen (Wbzj) ligt er; de Woningwet geldt al. "
                     "Het voorstel van wet Zorgtoegangswet volgt.")
    assert [law.name for law in found.named_laws] == ["Woningwet"]
    assert _laws("Het wetsvoorstel Jeugdwet ligt bij de Kamer.") == []


def test_a_treaty_is_named_by_its_title() -> None:
    found = _extract("Gelet op het Europees verdrag inzake de uitoefening van de rechten van kinderen;\n"
                     "het VN-Kinderrechtenverdrag geldt ook. Een samenwerkingsverdrag is geen wet.")
    assert [law.name for law in found.named_laws] == [
        "Europees verdrag inzake de uitoefening van de rechten van kinderen", "VN-Kinderrechtenverdrag"]


def test_a_named_law_is_a_jg_wet_the_document_refers_to() -> None:
    from jeugdgraph.mapping import map_document
    from jeugdgraph.namespaces import JG, RDF, SKOS
    from jeugdgraph.rdf_terms import rdflib_graph

    graph = rdflib_graph(map_document(_extract("Volgens de Woningwet mag dat niet.")))
    law = next(graph.subjects(RDF.type, JG.Wet))
    assert str(law).endswith("/wet/woningwet")
    # the document states the name as it wrote it; the official name is the derived graph's
    assert [str(label) for label in graph.objects(law, JG.geschrevenNaam)] == ["Woningwet"]
    assert not list(graph.objects(law, SKOS.prefLabel))
    assert any(graph.subjects(JG.verwijstNaar, law))


def _places(text: str) -> set[str]:
    kinds = {"gemeente", "jeugdregio", "provincie"}
    return {m.iri.rsplit("/", 1)[-1] for m in _extract(text).mentions if m.kind in kinds}


def test_a_surname_after_a_role_a_compound_area_and_a_branch_are_no_places() -> None:
    assert _places("Wethouder Hoogeveen en mevrouw Meppel spraken met de raad van Zwolle.") == {"gm0193"}
    assert _places("In de regio Zuidwest-Drenthe werken gemeenten samen.") == set()
    assert _places("Veilig Thuis Drenthe meldt meer zaken dan vorig jaar.") == set()
    assert _places("Samen met Westerveld en De Wolden.") == {"gm1701", "gm1690"}


def test_a_branch_of_a_generic_body_is_named_in_full_and_en_ends_a_name() -> None:
    found = _extract("Veilig Thuis Drenthe meldt meer zaken. Tussen Veilig Thuis en JGT is overleg.")
    assert {o.name for o in found.organisations} == {"Veilig Thuis Drenthe"}
    # the bare name refers back to the branch the text names (no dev gold lists both)
    assert [m.span.text for m in found.mentions if m.kind == "organisatie"] == []
    found = _extract("Tussen Veilig Thuis en JGT is overleg.")
    assert [m.span.text for m in found.mentions if m.kind == "organisatie"] == ["Veilig Thuis"]


def test_a_registered_body_at_the_end_of_a_joint_bodys_name_is_not_that_body() -> None:
    linked, named = _joint_bodies("De Gemeenschappelijke regeling Jeugdhulp Regio Foodvalley 2022 geldt.")
    assert linked == set() and named == {"Gemeenschappelijke Regeling Jeugdhulp Regio Foodvalley 2022"}
    linked, named = _joint_bodies("De Regio Foodvalley werkt samen.")
    assert linked == {"so0688"} and named == set()


def test_a_dateline_names_a_municipality_but_not_a_town_that_was_one() -> None:
    found = _municipalities("GELDERLAND - ZUTPHEN Na lang overleg kiezen de gemeenten een aanbieder.")
    assert found == {"gm0301"}
    assert _municipalities("SNEEK - Na lang overleg kiezen de gemeenten een aanbieder.") == set()
    assert _municipalities("ZUTPHEN De raad wil meer grip. Zutphen betaalt het meeste.") == {"gm0301"}
    assert _municipalities("De raad van Zutphen vergaderde.") == {"gm0301"}


def test_a_local_party_a_member_with_her_party_and_pressure_on_den_haag_are_no_places() -> None:
    assert _municipalities("Twee moties van Mooi Zutphen en Beter Deventer haalden het.") == set()
    assert _municipalities("Ook Marloes Horst (Lokale Partij) wil meer zicht.") == set()
    assert _municipalities("De gemeenten voeren al jaren druk uit op Den Haag; voorstellen gaan richting "
                           "Den Haag.") == set()


def test_a_body_spelled_out_in_parentheses_is_that_body_and_a_cjg_with_a_place_a_branch() -> None:
    found = _extract("De gemeenten en de VNG (Vereniging Nederlandse Gemeenten) praten met het Rijk.")
    assert not found.organisations
    assert any(m.iri.endswith("/vng") for m in found.mentions)
    found = _extract("Het CJG+ de Peel en Jeugdbeschermers Zutphen werken samen.")
    assert {o.name for o in found.organisations} == {"CJG+ de Peel", "Jeugdbeschermers Zutphen"}
    assert not [m for m in found.mentions if m.kind == "gemeente"]


def test_a_regular_adjective_before_a_council_names_the_municipality_and_its_audit_office() -> None:
    assert _municipalities("Vorige week stemde de Roermondse gemeenteraad in.") == {"gm0957"}
    assert _municipalities("De Roermondse vlaai is bekend.") == set()
    found = _extract("Volgens de Zutphense rekenkamer is de kwaliteit op orde.")
    assert {o.name for o in found.organisations} == {"Zutphense rekenkamer"}


def test_bureau_jeugdzorg_alone_is_the_generic_body_and_with_a_region_its_branch() -> None:
    found = _extract("De wachtlijst van Bureau Jeugdzorg groeit.")
    bodies = [m.iri.rsplit("/", 1)[-1] for m in found.mentions if m.kind == "organisatie"]
    assert bodies == ["bureau-jeugdzorg"]
    # beside its branch the bare name is that branch's short name (no dev gold lists both)
    found = _extract("De wachtlijst van Bureau Jeugdzorg groeit; Bureau Jeugdzorg Drenthe meldt hetzelfde.")
    assert [m for m in found.mentions if m.kind == "organisatie"] == []
    assert {o.name for o in found.organisations} == {"Bureau Jeugdzorg Drenthe"}


def test_a_code_of_a_letter_and_digits_is_a_name_as_distinctive_as_three_letters() -> None:
    found = _extract("De deelname aan de H10 wordt beperkt tot de specialistische jeugdzorg.")
    assert [m.iri.rsplit("/", 1)[-1] for m in found.mentions] == ["so1063"]


def test_a_mental_health_provider_is_named_by_ggz_and_its_region() -> None:
    found = _extract("De jeugd-GGZ van GGZ Noord-Holland-Noord en GGz Breburg kampt met wachtlijsten.")
    assert {o.name for o in found.organisations} == {"GGZ Noord-Holland-Noord", "GGz Breburg"}


def test_a_compound_role_noun_or_an_apposition_says_a_name_is_an_organisation_s() -> None:
    found = _extract(
        "Corporatie Woonhaven heeft het college verzocht om een zienswijze. De jeugdzorgorganisatie "
        "Bolderkamp kampt met tekorten, net als de welzijnskoepel Tilia.\n"
        "KINDERSTER, de grootste jeugdhulpaanbieder in de regio, vraagt steun. Ook de regionale "
        "inkooporganisatie Drentse gemeenten doet mee."
    )
    # a name in capitals is written as prose writes it
    assert {o.name for o in found.organisations} == {"Woonhaven", "Bolderkamp", "Tilia", "Kinderster"}


def test_a_ministry_and_a_compound_on_a_body_noun_are_organisations() -> None:
    found = _extract(
        "Het ministerie van Volksgezondheid, Welzijn en Sport en het Ministerie van BZK overleggen. De "
        "Ouderenbond, de Rozenstichting, het Jeugdzwemfonds en het Werkleerbedrijf doen mee; het "
        "Gemeentefonds groeit niet en het verbond tussen partijen houdt."
    )
    assert {o.name for o in found.organisations} == {
        "ministerie van Volksgezondheid, Welzijn en Sport", "Ministerie van BZK", "Ouderenbond",
        "Rozenstichting", "Jeugdzwemfonds", "Werkleerbedrijf"}


def test_a_place_after_a_surname_particle_is_a_surname() -> None:
    found = _municipalities(
        "Volgens Van Beek was het goed. Journaliste Hélène van Beek schreef het boek. Wethouder Jan van "
        "Ede legde het uit, maar wethouder Piet Smit van Kampen en de Raad van Epe zagen het anders."
    )
    assert found == {"gm0166", "gm0232"}


def test_den_haag_is_the_seat_of_government_unless_the_text_names_the_municipality() -> None:
    national = "Den Haag moet ons compenseren. Mocht Den Haag ons verplichten, dan klagen we."
    assert _municipalities(national) == set()
    assert _municipalities("Rotterdam, Den Haag en Utrecht vragen geld aan het Rijk.") == {
        "gm0599", "gm0518", "gm0344"}
    assert "gm0518" in _municipalities("De gemeente Den Haag investeert; Den Haag doet mee.")


def test_a_law_s_title_with_its_abbreviation_after_it_is_a_law() -> None:
    found = _extract("Gelet op de Wet inburgering nieuwkomers (Win) en de Wet gemeenschappelijke regelingen; "
                     "de wet die hen verplicht (zie boven) geldt niet.")
    assert [law.name for law in found.named_laws] == ["Wet inburgering nieuwkomers"]
    assert set(_laws("de Wet gemeenschappelijke regelingen (Wgr) geldt")) == {"BWBR0003740"}
    assert not _extract("de Wet gemeenschappelijke regelingen (Wgr) geldt").named_laws


def test_capitalised_words_before_an_area_inside_a_sentence_name_a_body() -> None:
    found = _extract(
        "Wij spraken met Jeugdhulp Drenthe en met Sociaal Domein Zeeland over de zorg in Flevoland. "
        "Akkoord: Subsidievaststelling WZV Zeeland 2022. De fractie van PvdA Flevoland stemde tegen; het "
        "Jeugdbeleidsplan Twente komt later en Omroep Drenthe meldde het.\nTwente Zorg helpt."
    )
    names = {o.name for o in found.organisations}
    assert names == {"Jeugdhulp Drenthe", "Sociaal Domein Zeeland", "WZV Zeeland"}


def test_a_document_kind_ends_a_headed_name_and_a_number_does_not_go_on_with_it() -> None:
    found = _extract(
        "Agenda: Adviesraad Sociaal Domein Regiovisie Jeugdhulp Twente (12345). Volgens de Stichting Kompas "
        "op 24 mei is het goed."
    )
    assert {o.name for o in found.organisations} == {"Adviesraad Sociaal Domein", "Stichting Kompas"}


def test_raad_voor_and_a_legal_form_make_a_name_and_the_place_in_it_is_no_actor() -> None:
    found = _extract(
        "Het college reageert op het advies van de Raad voor Jeugdparticipatie Zutphen en sloot een "
        "contract met Zorgwerk Oost Deventer BV. Ook het Centrum Jeugd en Gezin doet mee."
    )
    names = {o.name for o in found.organisations}
    assert names == {"Raad voor Jeugdparticipatie Zutphen", "Zorgwerk Oost Deventer BV"}
    assert not [m for m in found.mentions if m.kind == "gemeente"]
    assert [m.iri.rsplit("/", 1)[-1] for m in found.mentions if m.kind == "organisatie"] == [
        "centrum-voor-jeugd-en-gezin"]


def test_a_municipality_after_a_capitalised_word_inside_a_sentence_ends_a_name() -> None:
    found = _municipalities(
        "Waarom heeft de adviesraad WMO Zutphen nog geen advies gegeven over het Tracébesluit A1 Deventer? "
        "De Buurgemeenten Zwolle, Kampen en Hattem doen mee, net als de Gemeenteraad Olst-Wijhe."
    )
    assert found == {"gm0193", "gm0166", "gm0244", "gm1773"}


def test_a_hyphen_joins_a_head_to_its_name_and_a_generic_service_in_a_place_is_no_name() -> None:
    found = _extract("Zij werkt als psycholoog bij GGZ-Oostland, en de GGZ in Zwolle heeft wachtlijsten.")
    assert {o.name for o in found.organisations} == {"GGZ-Oostland"}


def test_a_generic_service_in_a_place_makes_the_place_no_actor() -> None:
    text = "De wachtlijsten bij de GGZ in Zwolle en het CJG op Urk groeien; Deventer wacht."
    assert _municipalities(text) == {"gm0150"}


def test_a_library_is_named_by_its_head_noun() -> None:
    found = _extract("Akkoord met de jaarstukken 2022 van Bibliotheek Rivierenland; de bibliotheek groeit.")
    assert {o.name for o in found.organisations} == {"Bibliotheek Rivierenland"}


def test_a_place_after_a_street_and_house_number_is_an_address_not_a_municipality() -> None:
    text = ("De commissie vergadert in het gemeentehuis, Markt 1, Zutphen? Nee: Stationsweg 12a, Deventer, "
            "of Postbus 15, Tiel. Het college van Zwolle besluit.")
    assert _municipalities(text) == {"gm0193"}


def test_a_known_name_goes_on_with_a_division_joined_by_an_ampersand() -> None:
    found = _extract(
        "De tarieven voor het Leger des Heils Jeugdzorg & Reclassering stijgen. Pluryn Opent Een Locatie."
    )
    assert {o.name for o in found.organisations} == {"Leger des Heils Jeugdzorg & Reclassering", "Pluryn"}


def test_a_name_stops_before_a_date_and_before_a_label() -> None:
    found = _extract("Onderzoek naar de Stichting Kinderhulp Oost 12 maart 2024 Door: Rekenkamer Zeist. "
                     "De Stichting Jeugd 2000 helpt.")
    assert {o.name for o in found.organisations} == {
        "Stichting Kinderhulp Oost", "Rekenkamer Zeist", "Stichting Jeugd 2000"}


def test_a_role_then_a_capital_particle_or_a_sentence_opening_particle_before_a_verb_is_a_surname() -> None:
    found = _municipalities(
        "Wethouder Van Woerden vond extra geld. Van Veenendaal neemt de helft van de kosten voor zijn "
        "rekening.\nVan Lochem zei het ook. Van Nijkerk naar Putten is het een half uur. De wethouder van "
        "Barneveld was er ook."
    )
    assert found == {"gm0267", "gm0203"}  # Nijkerk as a place on the way, Barneveld's alderman


def test_an_audit_office_named_by_any_place_adjective_is_an_organisation() -> None:
    found = _extract("Uit het rapport van de Zoetermeerse Rekenkamer blijkt het. Diverse rekenkamer "
                     "onderzoeken ook.")
    assert {o.name for o in found.organisations} == {"Zoetermeerse Rekenkamer"}
    found = _extract("Volgens de Bredase rekenkamer en de Diverse Rekenkamer is het goed.")
    assert {o.name for o in found.organisations} == {"Bredase rekenkamer"}


def test_a_municipality_that_had_ended_is_a_village_unless_the_text_calls_it_a_municipality() -> None:
    assert _municipalities("In 2014 blijven de bureaus in Doorn en Maarn open.") == set()
    assert _municipalities("In 2014 viert de voormalige gemeente Doorn feest.") == {"gm0315"}
    assert _municipalities("In 2004 besloot Doorn tot een fusie.") == {"gm0315"}
