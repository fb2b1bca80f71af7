"""Kind and title from the content, in any layout: page chrome, banners, flattened text."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from jeugdgraph.extract.metadata import classify, extract_metadata
from jeugdgraph.facts import SourceText


def _metadata(text: str):  # noqa: ANN202 - DocumentMetadata
    return extract_metadata(SourceText(Path("x.txt"), "x", text, "text/plain"))[0]


def test_kind_by_content() -> None:
    amendment = "Amendement II Stelpost\n\nDe fractie stelt voor de zin te vervangen door: X."
    assert classify(amendment) == "amendement"
    regulation = "Artikel 1 Begripsbepalingen\nIn deze verordening wordt verstaan onder: ..."
    assert classify(regulation) == "regeling"
    assert classify("Kadernota jeugd\n\nVoorwoord\n\nMet dit beleid zetten we in op ...") == "beleidsplan"
    news = (
        "Joure - De motie over de jeugdzorg werd door een meerderheid verworpen, zei raadslid Visser.\n\n"
        "De fractie van de NCPN diende de motie in."
    )
    assert classify(news) == "nieuwsbericht"


def test_title_passes_over_page_chrome_to_the_line_the_text_is_about() -> None:
    text = (
        "Lion Stadhuis\n\nVragen PvdA over wachttijden Raad voor de Kinderbescherming\n\n"
        "Publicatiedatum: \n26 nov 2018\n\nDe fractie van de PvdA maakt zich zorgen over de "
        "wachttijden bij de Raad voor de Kinderbescherming en stelt schriftelijke vragen aan het "
        "college van burgemeester en wethouders.\n"
    )
    metadata = _metadata(text)
    assert metadata.title == "Vragen PvdA over wachttijden Raad voor de Kinderbescherming"
    assert metadata.date == date(2018, 11, 26)


def test_a_title_passes_over_banners_bylines_stamps_and_section_headings() -> None:
    # a donation banner above the headline, a byline that repeats the author's name
    text = ("Steun ons en word lid\n\nJan Pietersen\n\nWachtlijsten jeugdzorg groeien\n\nDEVENTER De "
            "wachtlijsten in de jeugdzorg groeien, zo blijkt uit cijfers die de gemeente heeft gedeeld met "
            "de raad.\n\ndoor Jan Pietersen\n\nDe wachtlijsten zijn een zorg voor de raad.\n")
    assert _metadata(text).title == "Wachtlijsten jeugdzorg groeien"
    # a stored page's month stamp before the headline
    text = (" date 2020-04 Gemeenten willen gesprek over wachtlijsten jeugdzorg\n\n9:30 Gemeenten in de "
            "regio willen een gesprek over de wachtlijsten in de jeugdzorg na een brief van ouders.\n")
    assert _metadata(text).title == "Gemeenten willen gesprek over wachtlijsten jeugdzorg"


def test_a_regulation_is_named_by_its_long_or_run_on_heading() -> None:
    name = ("Verordening van de gemeenteraad van de gemeente Ommeland houdende regels omtrent jeugdhulp "
            "(Verordening jeugdhulp Ommeland 2020)")
    text = (f"Gemeenteblad van Ommeland\nU bent hier:\n{name}\nDe raad van de gemeente Ommeland;\n"
            "gelet op de Jeugdwet;\nbesluit:\nHoofdstuk 1: Algemene bepalingen\nIn deze verordening wordt "
            "verstaan onder: jeugdige: een persoon.\n")
    assert _metadata(text).title == "Verordening jeugdhulp Ommeland 2020"  # the short name it gives
    text = ("Maat: px\nTranscriptie\n1 Toelichting Verordening jeugdhulp Ommeland 2015 Algemeen Aanleiding "
            "De verordening geeft uitvoering aan de Jeugdwet. " + "Deze wet regelt de jeugdhulp voor alle "
            "jeugdigen in de gemeente en legt de verantwoordelijkheid bij de gemeente. " * 3 + "\n")
    metadata = _metadata(text)
    assert (metadata.kind, metadata.title) == ("regeling", "Toelichting Verordening jeugdhulp Ommeland 2015")


def test_a_regulations_number_in_the_registers_as_its_page_prints_it() -> None:
    text = ("Permanente link\nNaar de actuele versie van de regeling\nhttp://lokaleregelgeving.overheid.nl/"
            "CVDR123456\nBeleidsregels jeugdhulp Ommeland 2025\n\nArtikel 1\nIn deze beleidsregels wordt "
            "verstaan onder: jeugdige: een persoon.\n")
    assert _metadata(text).identifier == "CVDR123456"
    text = ("Ommeland | Gemeenteblad 2019, 315100 | Verordeningen |\nVerordening jeugdhulp Ommeland 2020\n\n"
            "Artikel 1\nIn deze verordening wordt verstaan onder: jeugdige: een persoon.\n")
    assert _metadata(text).identifier == "Gemeenteblad 2019, 315100"


def test_a_title_that_a_sentence_repeats_after_door_is_no_byline() -> None:
    text = ("Wachttijden jeugdzorg\n\nDe wachttijden lopen op. Dat komt door wachttijden jeugdzorg bij de "
            "aanbieders en door de krapte op de arbeidsmarkt, zegt wethouder Smit.\n")
    assert _metadata(text).title == "Wachttijden jeugdzorg"


def test_a_heading_that_names_a_meeting_titles_minutes_and_reports() -> None:
    text = ("Stadspartij Vooruit\n\nVERSLAG RAADSVERGADERING 4 MAART 2021\n\nJeugdhulp in de wijk\n\n"
            "De fractie heeft in de vergadering gevraagd hoe lang gezinnen wachten op jeugdhulp in de "
            "wijk en wat het college daaraan doet.")
    assert _metadata(text).title == "VERSLAG RAADSVERGADERING 4 MAART 2021"
    below_prose = ("Besluitenlijst college\n\nOp deze pagina vindt u de besluiten die het college van "
                   "burgemeester en wethouders elke week neemt over de gemeente en haar inwoners.\n\n"
                   "Vergadering burgemeester en wethouders Gouda, 14 juni 2022\n\nJeugdplan\n")
    assert _metadata(below_prose).title != "Vergadering burgemeester en wethouders Gouda, 14 juni 2022"


def test_a_headline_repeated_as_heading_stays_and_a_byline_is_no_title() -> None:
    text = ("Abonneren\n\nGemeenten eisen meer geld voor jeugdzorg\n\n"
            "Gemeenten eisen meer geld voor jeugdzorg\n\nDe gemeenten in de regio willen samen meer geld "
            "voor de jeugdzorg krijgen van het Rijk, zo bleek gisteren in de gemeenteraad.")
    assert _metadata(text).title == "Gemeenten eisen meer geld voor jeugdzorg"
    byline = ("Door Karin Smit op 3 april 2016\n\nMOTIES OVER JEUGDZORG AANGENOMEN\n\nDe gemeenteraad heeft "
              "dinsdag twee moties over de jeugdzorg aangenomen, tot tevredenheid van onze fractie.")
    assert _metadata(byline).title == "MOTIES OVER JEUGDZORG AANGENOMEN"


def test_a_register_page_is_titled_by_its_official_name_field() -> None:
    text = ("Ziet u een fout in deze regeling?\n\nBreda\n\nGegevens van de regeling\n\nOrganisatieBreda\n\n"
            "Officiële naam regelingVerordening jeugdhulp Breda 2021\n\n"
            "CiteertitelVerordening jeugdhulp 2021\n\nArtikel 1 Begripsbepalingen\n")
    assert _metadata(text).title == "Verordening jeugdhulp Breda 2021"


def test_a_motion_is_titled_by_the_line_above_its_opening_formula_also_when_long() -> None:
    title = ("Onderzoek naar het nakomen van de afspraken over de inkoop van de jeugdhulp met verblijf in de "
             "regio Twente")
    text = (f"{title}\n\n12 maart 2021\n\nDe gemeenteraad van Zwolle, bijeen op 12 maart 2021;\n\n"
            "Constaterende dat:\n- de wachtlijsten groeien;\n\n"
            "verzoekt het college een onderzoek te doen,\n\nen gaat over tot de orde van de dag.")
    assert _metadata(text).title == title
    fields = ("MOTIE:\n\nOnderwerp: Wachtlijsten jeugdhulp\n\nTegen: VVD, CDA (20)\n\n"
              "De raad, bijeen op 3 maart 2022,\n\nverzoekt het college een plan te maken,\n\n"
              "en gaat over tot de orde van de dag.")
    assert _metadata(fields).title == "Wachtlijsten jeugdhulp"


def test_a_headline_may_ask_or_exclaim_and_loses_the_editors_note_after_it() -> None:
    asks = ("Jeugdhulp: wie betaalt?\n\nDe gemeenteraad sprak dinsdag over de kosten van de jeugdhulp. "
            "De wethouder zegt dat de kosten van de jeugdhulp blijven stijgen in de hele regio.\n")
    assert _metadata(asks).title == "Jeugdhulp: wie betaalt?"
    noted = ("\u201cWachtlijsten jeugdhulp moeten korter\u201d (bekijk de video onderaan dit artikel)\n\n"
             "De wachtlijsten in de jeugdhulp worden langer, zegt de wethouder. Ouders wachten maanden op "
             "jeugdhulp voor hun kinderen en de raad wil dat de wachtlijsten korter worden.\n")
    assert _metadata(noted).title == "\u201cWachtlijsten jeugdhulp moeten korter\u201d"


def test_a_previous_page_link_is_no_title() -> None:
    text = ("Vorige pagina\n\nBesluiten college van B&W\n\nwoensdag 3 maart 2021\n\nLocatie\n\nRaadzaal\n\n"
            "Voorzitter\nJ. Smit\n\nAgendapunten\n\n  1. Jeugdhulp\n\n    Het college besluit de raad te "
            "informeren over de jeugdhulp in de regio en de wachtlijsten.\n")
    metadata = _metadata(text)
    assert (metadata.kind, metadata.title, metadata.date) == (
        "collegebesluit", "Besluiten college van B&W", date(2021, 3, 3))


def test_an_opening_event_is_background_when_the_text_goes_on_to_later_days() -> None:
    text = ("Op 8 juli 2020 nam de gemeenteraad unaniem de motie over de jeugdnota aan, na een lang debat "
            "over de jeugdzorg.\n\nOp 15 januari ontvingen wij een brief van het college over de nota.")
    assert _metadata(text).date is None


def test_a_long_first_line_without_a_sentence_end_is_the_headline() -> None:
    headline = ("Gemeenten in de regio zoeken samen naar ingrepen in de jeugdzorg, maar wethouder De Boer "
                "weet al wat werkt")
    text = (f"{headline}\n\nHieronder leest u het verslag van het overleg over de jeugdzorg.\n\n"
            "De gemeenten in de regio willen de kosten van de jeugdzorg beperken en zoeken samen naar "
            "ingrepen die werken.")
    assert _metadata(text).title == headline


def test_a_meeting_page_named_only_by_its_body_and_a_letters_opening_are_no_title() -> None:
    page = ("Vorige pagina\n\nRaad\n\nwoensdag 3 maart 2021\n\n20:00\nLocatie\n\nRaadzaal\n\nVoorzitter\n"
            "J. Smit\n\nAgendapunten\n\n  1. Opening\n\n  Besluit\n\n  De raad stemt in met de agenda.\n")
    assert _metadata(page).title is None
    letter = ("Hierbij nodig ik u uit voor de vergadering van het algemeen bestuur op\n\n12 mei 2022\n\n"
              "De agenda en de stukken vindt u in de bijlagen bij deze uitnodiging voor het bestuur.\n")
    assert _metadata(letter).title is None


def test_a_numbered_motion_title_is_the_title_and_gives_the_number() -> None:
    title = "Motie nr. 12 Jeugdhulp dichtbij"
    text = (f"{title}\n\nDe raad van de gemeente Ommerdam, in vergadering bijeen op 4 april 2023,\n\n"
            "constaterende dat kinderen te lang wachten;\n\nverzoekt het college een plan te maken,\n\n"
            "en gaat over tot de orde van de dag.")
    metadata = _metadata(text)
    assert (metadata.kind, metadata.title, metadata.identifier) == ("motie", title, "12")


def test_the_sites_name_after_a_headline_is_not_part_of_the_title() -> None:
    lead = ("\n\nDe gemeenteraad wil dat gezinnen sneller jeugdhulp krijgen. Dat besloot de raad dinsdag na "
            "een lang debat over de wachttijden in de jeugdhulp.")
    headline = "Raad wil snellere jeugdhulp"
    for site in (" | Gemeente Ommerdam", " - RTV Oost"):
        assert _metadata(headline + site + lead).title == headline
    own = "Jeugdhulp - een analyse van de raad"
    assert _metadata(own + lead).title == own


def test_a_page_that_introduces_the_motion_it_reproduces_is_that_motion() -> None:
    text = ("De nota\nElk jaar blikt de raad in de nota vooruit naar de toekomst. Deze informatie heeft de "
            "raad nodig om de juiste keuzes te maken en is daarom heel belangrijk voor iedereen.\n\n"
            "Daarom hebben wij een motie ingediend, die u hieronder leest.\n\nMotie\n\n"
            "Meer zicht op de jeugdhulp\n\nDe raad,\n\ngehoord de beraadslaging,\n\n"
            "constaterende dat de kosten stijgen;\n\nverzoekt het college de raad elk kwartaal te "
            "informeren,\n\nen gaat over tot de orde van de dag.\n")
    metadata = _metadata(text)
    assert (metadata.kind, metadata.title) == ("motie", "Meer zicht op de jeugdhulp")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a photo credit glued to the headline
        ("Regio trekt aan de bel over jeugdzorg Archieffoto (ANP/Jan Smit)\n\nDe gemeenten in de regio "
         "trekken aan de bel bij het Rijk over de stijgende kosten van de jeugdzorg in de regio.",
         "Regio trekt aan de bel over jeugdzorg"),
        ("Wachtlijst jeugdzorg loopt op Foto: Omroep Oost\n\nDe wachtlijst voor de jeugdzorg in de regio is "
         "opnieuw langer geworden, zo blijkt uit nieuwe cijfers van de gemeenten.",
         "Wachtlijst jeugdzorg loopt op"),
        # the official gazette's masthead before a regulation's name
        ("GEMEENTEBLAD. Nr 4512 Verordening jeugdhulp Ommen 2016\n\nArtikel 1 Begripsbepalingen\nIn deze "
         "verordening wordt verstaan onder: jeugdige: een persoon.", "Verordening jeugdhulp Ommen 2016"),
    ],
)
def test_a_title_loses_a_photo_credit_and_the_gazettes_masthead(text: str, title: str) -> None:
    assert _metadata(text).title == title


def test_a_stray_token_whose_case_flips_is_no_title() -> None:
    text = ("QxvbTrWp\n\nTijdens de begrotingsbehandeling heeft iedere fractie de mogelijkheid om via moties "
            "knelpunten in de jeugdzorg op te lossen, en wij hebben dat ook gedaan.")
    assert _metadata(text).title is None


def test_a_caption_that_ends_in_its_credit_is_no_prose_above_the_headline() -> None:
    caption = "Drie wethouders kregen bij hun afscheid een tegeltje met een spreuk over de jeugdzorg."
    text = (f"Logo ommernieuws.nl\n{caption}\n{caption} (Foto: Jan Smit)\n\n"
            "Wethouders nemen afscheid met een tegeltje\n\n"
            "Ommen - De wethouders gingen na de laatste raadsvergadering niet met lege handen naar huis. De "
            "fractie gaf hun een tegeltje met haar speerpunten voor de jeugdzorg, zo meldt de fractie.")
    assert _metadata(text).title == "Wethouders nemen afscheid met een tegeltje"


def test_a_one_word_section_label_does_not_join_the_headline_below_it_into_a_paragraph() -> None:
    text = ("Opinie\nZo krijgen we de jeugdhulp in Ommen weer op orde\n\n"
            "Elk kind verdient hulp als het die nodig heeft, en toch wachten in Ommen te veel kinderen "
            "te lang op jeugdhulp. Dat moet anders, vindt de schrijver van deze bijdrage over de jeugdhulp.")
    assert _metadata(text).title == "Zo krijgen we de jeugdhulp in Ommen weer op orde"


def test_a_regulation_is_titled_by_the_short_name_its_heading_gives_in_brackets() -> None:
    text = ("Verordening van de gemeenteraad van Ommeland houdende regels over de ondersteuning van "
            "jeugdigen (Verordening jeugdhulp Ommeland 2024)\n\nArtikel 1 Begripsbepalingen\n"
            "In deze verordening wordt verstaan onder: jeugdige: een persoon.\n")
    assert _metadata(text).title == "Verordening jeugdhulp Ommeland 2024"
    # a bracket that is no regulation's name leaves the heading whole
    other = text.replace("(Verordening jeugdhulp Ommeland 2024)", "(tweede wijziging)")
    assert _metadata(other).title.endswith("(tweede wijziging)")


def test_an_information_note_without_a_salutation_is_titled_by_its_heading() -> None:
    text = ("Inkoop jeugdhulp 2031\n\nOns college heeft op 2 mei 2030 de opdracht voor de inkoop van "
            "jeugdhulp gegund aan twee aanbieders.\n\nAanleiding\n\nDe gemeenten kopen samen in.")
    assert (_metadata(text).kind, _metadata(text).title) == ("raadsinformatiebrief", "Inkoop jeugdhulp 2031")
