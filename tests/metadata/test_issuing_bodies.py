"""Who issues a regulation, a press release or a party's page where the text says so, and nobody where it
names a body only as what a sentence is about."""

from __future__ import annotations

from metadata_text import metadata_of as _metadata

from jeugdgraph.facts import GazetteerEntry

PROSE = (
    "De wachttijden in de jeugdhulp lopen op en de kosten stijgen, terwijl kinderen en ouders langer "
    "moeten wachten op de hulp die zij nodig hebben."
)
ZWOLLE = "https://w3id.org/jeugdgraph/id/gemeente/gm0193"


def test_a_regulation_of_several_colleges_has_no_publisher_whatever_logo_the_gazette_shows(
    names: list[GazetteerEntry],
) -> None:
    colleges = ("De colleges van burgemeester en wethouders van de gemeenten Dalfsen, Kampen, Staphorst "
                "en Zwolle,")
    text = (
        f"Gemeenteblad\n\nLogo Zwolle\n\nRegeling Jeugdhulp IJsselland 2016\n\n{colleges}\n\n"
        "gelet op de Wet gemeenschappelijke regelingen;\n\nbesluiten vast te stellen de volgende "
        "regeling:\n\nArtikel 1 Begrippen\n\nIn deze regeling wordt verstaan onder jeugdhulp: hulp als "
        "bedoeld in de Jeugdwet.\n"
    )
    assert _metadata(text, names).publisher is None
    one = text.replace(colleges, "Het college van burgemeester en wethouders van Zwolle,")
    assert _metadata(one, names).publisher == ZWOLLE


def test_a_council_named_as_a_sentences_object_issues_nothing(names: list[GazetteerEntry]) -> None:
    text = (
        "Antwoorden op vragen over de wachttijden in de jeugdhulp\n\nVraag 1\n\nKent u het bericht over "
        "de wachttijden?\n\nAntwoord: Ja. Het voorstel is ter besluitvorming voorgelegd aan de "
        f"gemeenteraad van Zwolle, waarbij ook de maatregelen zijn besproken. {PROSE}\n"
    )
    assert _metadata(text, names).publisher is None
    formula = (f"De raad van de gemeente Zwolle, in vergadering bijeen op 3 maart 2020;\n\n{PROSE}\n\n"
               "Verzoekt het college\n\nde wachttijden te verkorten.\n")
    assert _metadata(formula, names).publisher == ZWOLLE


def test_a_provinces_letterhead_names_it_as_the_issuer(names: list[GazetteerEntry]) -> None:
    text = f"Provincie Gelderland\n\nPersbericht\n\nProvincie steunt gemeenten bij jeugdzorg\n\n{PROSE}\n"
    assert _metadata(text, names).publisher == "https://identifier.overheid.nl/tooi/id/provincie/pv25"
    # a province named in a sentence is what the release is about
    about = f"Persbericht\n\nGemeenten vragen de provincie Gelderland om steun.\n\n{PROSE}\n"
    assert _metadata(about, names).publisher is None
    # the site's name after the page's title
    site = f"Nieuws | Provincie Gelderland\n\nProvincie steunt gemeenten bij jeugdzorg\n\n{PROSE}\n"
    assert _metadata(site, names).publisher == "https://identifier.overheid.nl/tooi/id/provincie/pv25"


def test_a_press_release_headed_with_a_registered_body_is_its(names: list[GazetteerEntry]) -> None:
    text = f"Persbericht GGD IJsselland\n\nMeer hulp voor jongeren\n\n{PROSE}\n"
    assert _metadata(text, names).publisher == "https://w3id.org/jeugdgraph/id/organisatie/so0670"
    # a release whose heading is its subject names no body, though a place stands in it
    subject = f"Persbericht Jeugdzorg Zwolle kritisch\n\n{PROSE}\n"
    assert _metadata(subject, names).publisher is None


def test_a_regulations_enacting_board_issues_it(names: list[GazetteerEntry]) -> None:
    text = (
        "Subsidieregeling jeugdhulp 2010\n\nDe regioraad van de Regio Westerhaven,\n\ngelezen het voorstel "
        "van het dagelijks bestuur;\n\nbesluit vast te stellen:\n\nArtikel 1 Begrippen\n\nIn deze regeling "
        "wordt verstaan onder aanbieder: een rechtspersoon die jeugdhulp biedt.\n"
    )
    metadata = _metadata(text, names)
    assert metadata.publisher_name == "Regio Westerhaven"
    # a board named in a sentence of the regulation does not enact it
    told = text.replace("De regioraad van de Regio Westerhaven,", "Het voorstel is van de Regio Westerhaven.")
    assert _metadata(told, names).publisher_name is None


def test_a_joint_lists_page_in_its_own_voice_is_the_lists(names: list[GazetteerEntry]) -> None:
    text = (
        "Jeugdzorg verdient aandacht\n\nWe roepen het college op om de wachtlijsten aan te pakken. "
        f"Daarom heeft PvdA/GroenLinks Zwolle een motie ingediend. {PROSE} PvdA/GroenLinks Zwolle blijft "
        "erop letten.\n"
    )
    assert _metadata(text, names).publisher_name == "PvdA/GroenLinks Zwolle"
    position = ("Jeugdhulp in de stad\n\nWilt u weten wat de standpunten van de PvdA zijn? Lees dan verder "
                f"over onze standpunten. {PROSE}\n")
    assert _metadata(position, names).publisher_name == "PvdA"


def test_a_first_person_inside_quotes_opened_or_closed_with_two_single_quotes_is_the_speakers(
    names: list[GazetteerEntry],
) -> None:
    text = (
        "Motie over jeugdzorg verworpen\n\nVandaag diende D66 een motie in over de jeugdzorg. Volgens D66 "
        "is het misgegaan: \u2018\u2019Sinds de decentralisatie zien we dat de problemen zich "
        f"opstapelen.\u201d {PROSE} D66 blijft het onderwerp volgen.\n"
    )
    assert _metadata(text, names).publisher_name is None
    closed = text.replace("\u2018\u2019Sinds", "\u201cSinds").replace(
        "opstapelen.\u201d", "opstapelen.\u2019\u2019")
    assert _metadata(closed, names).publisher_name is None
    own = text.replace("\u2018\u2019Sinds de decentralisatie zien we", "sinds de decentralisatie zien we")
    assert _metadata(own, names).publisher_name == "D66"


def test_more_forms_of_a_partys_own_voice(names: list[GazetteerEntry]) -> None:
    invitation = ("Themabijeenkomst jeugdzorg\n\nOp 12 maart organiseert de PvdA Deventer een avond over de "
                  f"jeugdzorg. {PROSE} Wij nodigen u van harte uit. De PvdA Deventer hoopt u te zien.\n")
    assert _metadata(invitation, names).publisher_name == "PvdA Deventer"
    looking_back = ("Debat over jeugdzorg\n\nDe raad sprak over de jeugdzorg. Voor GroenLinks was een extra "
                    f"debat niet nodig. Die tijd hadden wij liever gebruikt. {PROSE} GroenLinks blijft "
                    "kritisch, net als de VVD.\n")
    assert _metadata(looking_back, names).publisher_name == "GroenLinks"
    # the same words in the third person only name the party
    third = looking_back.replace("hadden wij liever", "had de partij liever")
    assert _metadata(third, names).publisher_name is None


def test_a_local_abbreviation_that_wants_something_on_its_own_page(names: list[GazetteerEntry]) -> None:
    text = ("Tekort jeugdzorg\n\nDaarom vinden wij het van belang om helder te zijn. GBV wil dat de "
            f"wachttijden omlaag gaan. {PROSE} De VVD en D66 zagen dat anders; de VVD en D66 stemden "
            "tegen.\n")
    assert _metadata(text, names).publisher_name == "GBV"
    assert _metadata(text.replace("GBV wil dat", "Zij vragen dat"), names).publisher_name is None
