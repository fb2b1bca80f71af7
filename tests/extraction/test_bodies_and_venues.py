"""Organisations no register holds and places that name no actor: councils, unions, venues, written forms."""

from __future__ import annotations

from .test_names_and_places import _extract, _municipalities


def test_councils_of_clients_and_participation_and_a_wmo_platform_are_bodies() -> None:
    found = _extract(
        "Gehoord het advies van de Participatieraad Sociaal Domein Kampen en de Cliëntenraad Jeugd Zwolle. "
        "Het Wmo Platform Dalfsen adviseert ook; het Wmo Platform zelf is geen nieuwe naam."
    )
    assert {o.name for o in found.organisations} == {
        "Participatieraad Sociaal Domein Kampen", "Cliëntenraad Jeugd Zwolle", "Wmo Platform Dalfsen"}
    found = _extract("De gemeente en Waterschap Rivierenland werken samen; een waterschap is geen gemeente.")
    assert {o.name for o in found.organisations} == {"Waterschap Rivierenland"}
    assert _municipalities("Gehoord het advies van de Participatieraad Sociaal Domein Kampen.") == set()


def test_a_union_and_a_consultancy_are_named_after_their_role_noun() -> None:
    found = _extract("Een adviseur van Bureau Taalgrens rekende het na; vakbond AVB voerde actie.")
    assert {o.name for o in found.organisations} == {"Taalgrens", "AVB"}


def test_a_german_particle_opens_a_surname_and_a_meeting_location_is_a_venue() -> None:
    assert _municipalities("Vragen aan de contactpersoon, Greta von dem Borne, via de mail.") == set()
    assert _municipalities("Vragen aan de projectleider Jan von Tilburg.") == set()
    assert _municipalities("Vergadering algemeen bestuur\nLocatie: Gemeente Vlaardingen, Raadszaal") == set()
    assert _municipalities("De gemeente Vlaardingen betaalt de vergadering.") == {"gm0622"}


def test_a_registered_body_spelled_out_beside_its_short_name_is_one_body() -> None:
    found = _extract(
        "Ouders vinden hulp bij GGD Zeeland (Gemeenschappelijke Gezondheidsdienst Zeeland). "
        "Dit jaar breidde GGD Zeeland de spreekuren uit."
    )
    assert [o.name for o in found.organisations] == []
    assert {m.iri.rsplit("/", 1)[-1] for m in found.mentions if m.kind == "gemeenschappelijke_regeling"} == {
        "so0346"}


def test_a_joint_body_s_name_after_a_region_s_noun_or_in_apposition_names_the_region() -> None:
    def joint(text: str) -> set[str]:
        mentions = _extract(text).mentions
        return {m.iri.rsplit("/", 1)[-1] for m in mentions if m.kind == "gemeenschappelijke_regeling"}

    assert joint("Onze gemeente hoort bij de Jeugdzorgregio H10 sinds vorig jaar.") == set()
    assert joint("We spraken de raadsleden uit de regio Haaglanden, de H10, over de inkoop.") == set()
    assert joint("De gemeenschappelijke regeling H10 koopt de jeugdhulp in.") == {"so1063"}


def test_a_name_ending_or_opening_with_an_area_is_no_title_heading_or_person() -> None:
    found = _extract(
        "Het college stuurt het 'Actieprogramma Twente 2040' en het ‘Perspectief Drenthe 2030’ rond.\n"
        "Namens de gemeenten in Twente K. Jansen, beleidsadviseur.\n"
        "Inhoud Wijkteams in Twente Bereikbaarheid van de hulp Toegang Integraal werken Opmerkingen "
        "provincie Drenthe Aangepaste titel\n"
        "Het gesprek met Jeugdhulp Friesland en de Achterhoek Board ging goed."
    )
    assert {o.name for o in found.organisations} == {"Jeugdhulp Friesland", "Achterhoek Board"}
    regions = {m.iri.rsplit("/", 1)[-1] for m in found.mentions if m.kind == "jeugdregio"}
    assert "twente" in regions


def test_a_known_name_spelled_without_its_hyphen_and_its_own_abbreviation_are_one_body() -> None:
    found = _extract(
        "De raad is bezorgd over de jeugdbescherming van Samen Veilig Midden Nederland (SAVE). Volgens de "
        "wethouder werken Veilig Thuis en SAVE aan een plan."
    )
    assert {o.name for o in found.organisations} == {"Samen Veilig Midden-Nederland"}  # the table's spelling
    assert len({o.iri for o in found.organisations}) == 1


def test_a_one_word_known_name_that_heads_a_noun_phrase_is_the_noun() -> None:
    assert _extract("Inhoud\nKarakter van deze nota .......... 4\nDoelen .......... 6").organisations == []
    found = _extract("De wachtlijst bij Karakter loopt op.")
    assert [o.name for o in found.organisations] == ["Karakter"]


def test_an_audit_committee_two_municipalities_share_is_one_name() -> None:
    found = _extract(
        "Het rapport van de Rekenkamercommissie Heerenveen en Opsterland komt uit; de Rekenkamer Breda "
        "en de GGD lazen mee."
    )
    assert {o.name for o in found.organisations} == {
        "Rekenkamercommissie Heerenveen en Opsterland", "Rekenkamer Breda"}


def test_a_title_cased_law_with_its_abbreviation_is_named_also_without_a_lower_case_wet() -> None:
    found = _extract("Dit valt onder de Algemene Wet Bijzondere Ziektekosten (AWBZ) en de Wet sociale "
                     "werkvoorziening (Wsw). De Wet Nieuwe Regels (WBC) is geen titel met deze letters.")
    assert [law.name for law in found.named_laws] == [
        "Algemene Wet Bijzondere Ziektekosten", "Wet sociale werkvoorziening"]


def test_a_document_s_title_with_a_year_or_a_domain_after_its_act_is_no_body_s_name() -> None:
    found = _extract(
        "Het Rapport Jeugdhulp Drenthe 2023 is uit. Het college stelt het Uitvoeringsprogramma Jeugd Twente "
        "vast. De Subsidievaststelling SHV Zeeland volgt, en het gesprek met Jeugdhulp Friesland in 2024 ook."
    )
    assert {o.name for o in found.organisations} == {"SHV Zeeland", "Jeugdhulp Friesland"}


def test_a_text_that_means_the_seat_of_government_once_means_it_wherever_it_names_den_haag() -> None:
    text = ("De wethouders protesteren vandaag in Den Haag tegen de kortingen. Misschien worden ze dan "
            "eindelijk wakker in Den Haag.")
    assert _municipalities(text) == set()
    # a text that names The Hague as a municipality keeps it where no sentence is about national politics
    both = "De gemeente Den Haag helpt. De wethouders protesteren in Den Haag. Jongeren in Den Haag wachten."
    assert _municipalities(both) == {"gm0518"}


def test_a_year_before_a_comma_dates_a_text_and_a_heading_in_capitals_names_a_wmo_platform() -> None:
    # Heel ended as a municipality in 2006: in a text of 2011 it is the village
    assert _municipalities("Heel, 11 mei 2011, 19.30 uur\nAanwezig: Jeugdwerk Heel en ouders.") == set()
    found = _extract("VERSLAG WMO PLATFORM DALFSEN / JEUGDWERK\nHet overleg was goed.")
    assert [o.name for o in found.organisations] == ["WMO Platform Dalfsen"]
    assert _municipalities("VERSLAG WMO PLATFORM DALFSEN / JEUGDWERK\nHet overleg was goed.") == set()


def test_a_renamed_plan_a_domain_said_to_be_a_body_and_a_fund_s_full_name() -> None:
    found = _extract(
        "Het Jeugdplan Noord (voorheen Jeugdnota) is vastgesteld. Zorg is een organisatie die klein begint. "
        "Het Jeugdfonds Sport & Cultuur betaalt de contributie; Kompas is een jeugdhulporganisatie."
    )
    assert {o.name for o in found.organisations} == {"Jeugdfonds Sport & Cultuur", "Kompas"}


def test_where_a_meeting_takes_place_is_a_venue() -> None:
    assert _municipalities("Het congres vond plaats in Utrecht; de avond werd gehouden in Zwolle.") == set()
    assert _municipalities("Jongeren in Utrecht wachten lang op hulp.") == {"gm0344"}


def test_a_name_a_text_shouts_in_capitals_is_written_as_prose_writes_it() -> None:
    found = _extract("KOMPASWERK, de grootste jeugdhulpaanbieder in de regio, en de GGD Twente werken samen.")
    assert {o.name for o in found.organisations} == {"Kompaswerk", "GGD Twente"}


def test_a_sentence_that_opens_in_the_seat_of_government_sets_the_scene_for_the_next() -> None:
    assert _municipalities("In Den Haag is beweging. Vandaag stuurden de ministers een brief.") == set()
    # a sentence about the city's children, with no national politics after it, names the municipality
    assert _municipalities("In Den Haag wachten veel kinderen. De wachtlijsten groeien.") == {"gm0518"}


def test_the_tweede_kamer_in_lower_case_with_its_article_and_not_a_second_room() -> None:
    def bodies(text: str) -> set[str]:
        return {m.iri.rsplit("/", 1)[-1] for m in _extract(text).mentions if m.kind == "organisatie"}

    assert bodies("De ministers stuurden een brief naar de tweede kamer.") == {"tweede-kamer"}
    assert bodies("Het pleegkind krijgt een tweede kamer in huis.") == set()


def test_the_place_a_named_body_sits_in_is_a_venue() -> None:
    assert _municipalities("Het Leger des Heils in Utrecht biedt opvang.") == set()
    # the same place as the children's home stays the municipality
    assert _municipalities("Het Leger des Heils helpt de jeugd in Utrecht.") == {"gm0344"}
