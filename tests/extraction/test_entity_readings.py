"""Entities read from the sentence: a kind of body is no body, a title is no actor, a party no place."""

from __future__ import annotations

from jeugdgraph.build import reference_data
from jeugdgraph.extract import extract_document
from jeugdgraph.facts import ExtractedDocument

from .conftest import source_of


def _extract(text: str) -> ExtractedDocument:
    _, entries = reference_data()
    return extract_document(source_of(text), gazetteer=entries)


def _codes(text: str, kind: str) -> set[str]:
    return {m.iri.rsplit("/", 1)[-1] for m in _extract(text).mentions if m.kind == kind}


def _names(text: str) -> set[str]:
    return {o.name for o in _extract(text).organisations}


def test_an_indefinite_article_or_a_plural_makes_a_body_a_kind_of_body() -> None:
    text = ("Elke kern krijgt een Centrum voor Jeugd en Gezin. De fractie wil een Kinderombudsman aanstellen "
            "en vraagt hoe het met de CJG\u2019s gaat.")
    assert "organisatie" not in {m.kind for m in _extract(text).mentions}
    assert _names(text) == set()
    # the body's own name stays one
    own = "Ouders kunnen terecht bij het Centrum voor Jeugd en Gezin."
    assert "centrum-voor-jeugd-en-gezin" in _codes(own, "organisatie")


def test_a_plan_or_agenda_before_an_area_gives_a_title_not_a_body() -> None:
    text = ("Het college stelt het conceptbeleidsplan Jeugd Zuid-Limburg vast. Ook de Uitvoeringsagenda "
            "Jeugdhulp Twente en het visiedocument \u2018Jeugdhulp Haaglanden\u2019 liggen ter inzage.")
    assert not any(name.startswith(("Jeugd ", "Jeugdhulp ")) for name in _names(text))
    # the body that does something keeps its name
    assert "Jeugdhulp Friesland" in _names("De raad sprak met Jeugdhulp Friesland over de wachtlijsten.")


def test_a_place_before_the_word_a_local_party_adds_is_the_party() -> None:
    assert _codes("Daar gaat Oss Lokaal de wethouder aan houden, zegt de fractie.", "gemeente") == set()
    assert _codes("In Oss lopen de wachtlijsten op.", "gemeente") == {"gm0828"}


def test_money_received_from_the_hague_is_the_national_government() -> None:
    text = "De gemeenten Venlo en Weert geven meer uit aan jeugdhulp dan ze uit Den Haag krijgen."
    assert "gm0518" not in _codes(text, "gemeente")
    assert "gm0518" in _codes("Jongeren uit Den Haag en Delft krijgen voorrang.", "gemeente")


def test_a_province_as_the_whole_area_is_no_region() -> None:
    assert "jeugdregio" not in {m.kind for m in _extract("De kosten stijgen in heel Zeeland.").mentions}
    assert _codes("De Zeeuwse gemeenten betalen samen.", "jeugdregio") == {"zeeland"}


def test_an_article_alone_is_no_name_where_a_study_is_cited() -> None:
    text = "Dat blijkt uit onderzoek van De Provinciekrant. Die vroeg alle gemeenten om cijfers."
    assert not {"De", "Het"} & _names(text)


def test_the_other_items_of_a_list_of_bodies_are_bodies() -> None:
    text = ("De gemeente werkt met partners, in het bijzonder de GGD Gelderland-Zuid, Veilig Thuis Twente en "
            "Kindkompas, aan de aanpak. Bij het onderzoek zijn het Jongerenplatform Noord, Stichting "
            "Leergeld Ede en het Rivierland College betrokken.")
    assert {"Kindkompas", "Jongerenplatform Noord", "Rivierland College"} <= _names(text)
    # an abbreviation after an article is a body's name, a single common noun is not
    assert "PCOB" in _names("Zij spraken met Jeugdbescherming Noord en de PCOB over de wachtlijst.")


def test_a_list_item_that_is_a_common_noun_place_or_part_is_no_body() -> None:
    text = ("De Minister, de Inspecties en de Jeugdautoriteit denken er anders over. Het plan ging naar "
            "aanbieders, gecertificeerde Instellingen, Veilig Thuis en ouders. De Stichting Jeugdzorg Oost, "
            "Jeugd- en Gezinscoaches en Veilig Thuis overleggen met Zwolle en Kampen.")
    names = _names(text)
    assert not {"De Minister", "Minister", "Inspecties", "Instellingen", "Jeugd", "Gezinscoaches"} & names
    assert _codes(text, "gemeente") == {"gm0193", "gm0166"}


def test_a_body_named_before_its_abbreviation_is_a_body() -> None:
    text = ("De Intergemeentelijke Sociale Dienst (ISD) en het Regionaal Inkoopbureau Zeeuwse Gemeenten "
            "(RIZG) voeren taken uit. De Algemene Verordening Gegevensbescherming (AVG) geldt, het Crisis "
            "Interventie Team (CIT) draait en de Vereniging van Nederlandse Gemeenten (VNG) adviseert.")
    names = _names(text)
    assert {"Intergemeentelijke Sociale Dienst", "Regionaal Inkoopbureau Zeeuwse Gemeenten"} <= names
    assert not {"Algemene Verordening Gegevensbescherming", "Crisis Interventie Team",
                "Vereniging van Nederlandse Gemeenten"} & names


def test_the_paper_one_reads_or_an_article_stands_in_is_a_body() -> None:
    text = ("Vorige week heeft u in het Eindhovens Dagblad kunnen lezen dat het tekort groeit. Naar "
            "aanleiding van een krantenartikel in de Gooi- en Eemlander Nieuws van 4 mei stellen wij vragen.")
    assert {"Eindhovens Dagblad"} <= _names(text)
    assert _names("Zoals we kunnen lezen in het Coalitieakkoord gaat het goed.") == set()
    assert not any(name.endswith("4") for name in _names(text))


def test_a_region_called_a_collaboration_of_municipalities_is_its_joint_body() -> None:
    text = ("Hart van Brabant is een samenwerkingsverband tussen negen gemeenten. In de regio Hart van "
            "Brabant groeit het.")
    found = {(m.kind, m.iri.rsplit("/", 1)[-1]) for m in _extract(text).mentions}
    assert ("gemeenschappelijke_regeling", "so0835") in found
    assert ("jeugdregio", "midden-brabant-hart-van-brabant") in found


def test_a_municipality_s_adjective_names_it_only_before_its_council_s_noun() -> None:
    assert _codes("De motie 'de Zwolse jeugd verdient beter' is aangenomen.", "gemeente") == set()
    found = _codes("De Roermondse gemeenteraad en de Schiedamse CDA fractie stemden voor.", "gemeente")
    assert found == {"gm0957", "gm0606"}


def test_a_role_noun_introduces_a_name_also_after_an_article_or_als() -> None:
    text = ("Jeugdinstelling Het Anker in Oss sluit. Volgens de directeur van basisschool de Regenboog gaat "
            "het goed, en er is een instelling als de Hoeve Jeugdzorg in de gemeente. Bij partners als KNVB, "
            "fietsersbond en adviseurs is opgehaald wat nodig is.")
    assert {"Het Anker", "Regenboog", "Hoeve Jeugdzorg", "KNVB"} <= _names(text)
    assert not any(name.startswith("goed") for name in _names(text))


def test_a_bare_wmo_beside_a_compound_law_name_cites_the_act() -> None:
    assert "BWBR0035362" in _codes("De gemeente voert de participatiewet en de Wmo uit.", "wet")
    assert "BWBR0035362" not in _codes("Het abonnementstarief voor de Wmo stijgt.", "wet")


def test_the_wob_is_the_act_by_its_abbreviation() -> None:
    assert _codes("Op grond van welk artikel in de Gemeentewet/WOB weigert u?", "wet") == {
        "BWBR0005416", "BWBR0005252"}


def test_where_a_building_or_a_named_place_lies_is_no_actor() -> None:
    text = ("Het loket is De Vonk aan de Burgemeester Smitlaan in Gouda. Een project als in Vathorst te "
            "Amersfoort kan ook hier, zegt de raad van Zwolle.")
    assert _codes(text, "gemeente") == {"gm0193"}


def test_a_regulation_s_heading_is_the_joint_body_s_whole_name() -> None:
    text = ("Gemeenschappelijke regeling samenwerking Jeugdhulp Achterhoek 2024\nGeldend van 01-01-2024.\n"
            "De gemeenschappelijke regeling wordt gewijzigd door de colleges.")
    found = _extract(text).organisations
    assert [(o.name, o.kind) for o in found] == [
        ("Gemeenschappelijke Regeling samenwerking Jeugdhulp Achterhoek 2024", "gemeenschappelijke_regeling")]


def test_a_list_that_opens_a_line_or_follows_a_colon_or_a_title_gives_no_bodies() -> None:
    text = ("Agenda: Opening, Mededelingen, GGD Hollands Noorden en Rondvraag.\n"
            "Aanwezig waren Wethouder Jansen, de GGD Twente en Veilig Thuis Twente.")
    names = _names(text)
    assert not {"Opening", "Rondvraag", "Wethouder Jansen"} & names


def test_an_organisation_s_head_in_lower_case_before_its_capitalised_name_is_its_name() -> None:
    text = ("Het rapport van de inspectie Justitie en Veiligheid baart zorgen. In de regio Holland Rijnland "
            "groeit het.")
    found = {(m.kind, m.iri.rsplit("/", 1)[-1]) for m in _extract(text).mentions}
    assert ("organisatie", "oorg12351") in found
    assert ("jeugdregio", "holland-rijnland") in found
    assert not any(kind == "gemeenschappelijke_regeling" for kind, _ in found)


def test_a_singular_apposition_after_two_coordinated_names_describes_one_body() -> None:
    text = "Volgens de directeur van Stroom en de Haven, de grootste aanbieder in de regio, helpt geld niet."
    assert "Stroom en de Haven" in _names(text)
    assert "Lentis" in _names("Wij spraken met Lentis, de grootste aanbieder.")


def test_one_body_however_its_name_is_spaced_or_its_small_words_are_written() -> None:
    text = ("Een noodkreet van de Vereniging voor Nederlandse Gemeenten volgde. Partners als de GGD Twente, "
            "VeiligThuis Twente en Avedan voeren taken uit; Veilig Thuis Twente meldt meer zorgen.")
    found = _extract(text)
    assert "vng" in {m.iri.rsplit("/", 1)[-1] for m in found.mentions if m.kind == "organisatie"}
    assert {o.name for o in found.organisations} == {"GGD Twente", "Veilig Thuis Twente", "Avedan"}


def test_a_municipality_that_began_after_the_text_s_latest_year_is_the_area() -> None:
    assert _codes("Een onderzoek naar jeugdhulp in de Hoeksche Waard, mei 2016.", "gemeente") == set()
    assert _codes("In 2023 groeit de jeugdhulp in de Hoeksche Waard.", "gemeente") == {"gm1963"}
    assert _codes("In 2016 sprak de gemeente Hoeksche Waard al over de fusie.", "gemeente") == {"gm1963"}


def test_a_policy_domain_in_a_list_beside_a_body_is_no_body() -> None:
    assert _names("Het gaat om de thema's Jeugdzorg, Onderwijs en Veilig Thuis in de regio.") == set()


def test_a_head_in_lower_case_heads_a_name_and_a_short_name_is_the_registered_body() -> None:
    text = ("Hij vroeg waarom de adviesraad Jeugd Oostdorp geen advies gaf. De stichting Leergeld Zwolle "
            "helpt. De rekenkamer onderzocht het.")
    assert _names(text) == {"adviesraad Jeugd Oostdorp", "stichting Leergeld Zwolle"}
    text = ("Het advies van de Adviesraad Sociaal Domein Vlaardingen volgt. Ook heeft de adviesraad Sociaal "
            "Domein een brief gestuurd.")
    found = _extract(text)
    assert found.organisations == []
    assert {m.iri.rsplit("/", 1)[-1] for m in found.mentions if m.kind == "organisatie"} == {
        "adviesraad-sociaal-domein-vlaardingen"}


def test_a_body_s_new_name_before_its_former_one_is_a_body() -> None:
    text = "Uit een rapport van Centrum Kind en Veiligheid (voorheen Bureau Jeugdzorg) blijkt het."
    assert "Centrum Kind en Veiligheid" in _names(text)
    assert _names("Het Jeugdteam (voorheen CJG) helpt ouders.") == set()


def test_a_page_s_credit_names_no_body() -> None:
    text = "Burgemeesters werken samen. Lees verder bij Twente Nieuws. Foto: Stichting Beeldbank."
    assert _names(text) == set()


def test_a_compound_that_says_it_is_a_body_heads_the_capitalised_words_after_it() -> None:
    text = ("De toets volgt de eisen van het Landelijk Kwaliteitsinstituut Rekenhulp. Agenda: 4. Ingekomen "
            "stukken Inkooporganisatie Zorg 5. Inkooporganisatie Zorg Informerend Wethouder")
    names = _names(text)
    assert {"Landelijk Kwaliteitsinstituut Rekenhulp", "Inkooporganisatie Zorg"} <= names
    # a number or a participle after the name opens the next agenda item's words
    assert not any(name.endswith(("5", "Informerend", "Wethouder")) for name in names)
    # a compound alone, or before a lower-case word, names none
    assert _names("De organisatie van de zorg en het kwaliteitsinstituut werken samen.") == set()


def test_bureau_jeugdzorg_in_lower_case_without_an_article_is_the_body() -> None:
    assert "Bureau Jeugdzorg" in _names("Op de wachtlijst van bureau jeugdzorg staan 300 kinderen.")
    # with an article it is a kind of body
    assert _names("Het bureau jeugdzorg moet zijn cliënten op hun achttiende loslaten.") == set()


def test_a_footnote_mark_glued_to_a_municipality_in_a_list_still_names_it() -> None:
    text = "Deelnemers: Zeewolde, Nunspeet1, Elburg en Harderwijk2."
    assert {"gm0302", "gm0243"} <= _codes(text, "gemeente")
    # a year glued to a place is a party's or a programme's name
    assert "gm0307" not in _codes("De fractie Amersfoort2014 stelt vragen.", "gemeente")


def test_a_body_named_in_lower_case_before_its_abbreviation_has_the_abbreviation_s_capitals() -> None:
    text = ("De taken van het regionaal inkoopbureau Drentse gemeenten (RIDG) gaan over. Het "
            "persoonsgebonden budget (PGB) en de algemene voorziening Zorg thuis (AVZT) blijven.")
    names = _names(text)
    assert "Regionaal Inkoopbureau Drentse Gemeenten" in names
    # no word that says it is a body, or no capital at all: no name
    assert not any(name.lower().startswith(("persoonsgebonden", "algemene")) for name in names)


def test_a_name_that_goes_on_after_its_exclamation_mark_gives_no_cut_off_name() -> None:
    assert _names("De gemeente verlengt het contract met DOE! voor ouders met een jaar.") == set()
    assert "Jeugdbescherming Noord" in _names("Wij danken Jeugdbescherming Noord! Zij doen veel.")


def test_a_hospital_is_named_by_its_academic_abbreviation_or_its_word_ziekenhuis() -> None:
    text = ("De kinderpsychiatrie van het UMCU sluit; ook het Radboudumc en het Rijnstaete Ziekenhuis nemen "
            "geen kinderen meer op.")
    assert {"UMCU", "Radboudumc", "Rijnstaete Ziekenhuis"} <= _names(text)
    # a kind of hospital, or a hospital the article only describes, is no name
    assert _names("Een ziekenhuis in de regio en het Nieuwe Ziekenhuis-plan kosten geld.") == set()


def test_a_town_s_adjective_before_its_own_audit_office_names_the_town_and_the_office() -> None:
    text = "De raad bespreekt het rapport van de Roermondse Rekenkamer en de Weertse rekenkamer."
    assert "Roermondse Rekenkamer" in _names(text)
    assert {"gm0957", "gm0988"} <= _codes(text, "gemeente")
    # a place inside another body's name names no town
    assert "gm0957" not in _codes("Zij sprak met Stichting Leergeld Roermond over de kosten.", "gemeente")


def test_a_registered_body_s_abbreviation_before_an_area_names_its_regional_branch() -> None:
    text = "Dat blijkt uit het jaarverslag van ILT Zuid-Limburg over 2024."
    assert "ILT Zuid-Limburg" in _names(text)
    assert "oorg10006" not in _codes(text, "organisatie")
    # the abbreviation alone is the registered body
    assert "oorg10006" in _codes("De ILT houdt toezicht op het vervoer in Zuid-Limburg.", "organisatie")


def test_a_registered_name_with_one_inner_word_left_out_is_the_registered_body() -> None:
    text = "De Stichting Visitatie Nederland beoordeelt de corporatie in 2026."
    assert "zb000121" in _codes(text, "organisatie")
    assert "Stichting Visitatie Nederland" not in _names(text)
    # two words left out is another name
    assert "zb000121" not in _codes("De Stichting Visitatie beoordeelt de corporatie.", "organisatie")


def test_a_national_body_s_one_word_name_in_lower_case_after_de_still_names_it() -> None:
    assert "Kinderombudsman" in _names("Ouders kunnen een klacht indienen bij de kinderombudsman.")
    # without the article it is a kind of office; a provider's name in lower case names none
    assert _names("Elke gemeente wil een eigen kinderombudsman en werkt met de accare-methode.") == set()
