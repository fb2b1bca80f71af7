"""Kind, title and date from the content, in any layout: page chrome, date lines, flattened text."""

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


def test_a_news_date_line_with_weekday_and_time_dates_the_page() -> None:
    text = (
        "Jeugdbeleid en Jeugdzorg\n\nwoensdag 24 april 2024 10:37\n\nHoewel jeugdbeleid en jeugdzorg veel op "
        "elkaar lijken, zijn het toch twee verschillende zaken die de gemeenteraad apart "
        "bespreekt in de raad.\n"
    )
    metadata = _metadata(text)
    assert (metadata.title, metadata.date) == ("Jeugdbeleid en Jeugdzorg", date(2024, 4, 24))


def test_no_date_where_the_text_gives_only_a_day_and_month() -> None:
    assert (
        _metadata("Breng jeugdzorg terug\n\nDe motie is 8 november unaniem aangenomen door de raad.\n").date
        is None
    )


def test_a_flattened_head_gives_its_subject_date_and_decisions() -> None:
    from jeugdgraph.extract.resolutions import find_decisions

    text = (
        "Raadsvoorstel Onderwerp: Regiovisie Jeugdhulp IJsselland Datum: 12 oktober 2023 Voorgesteld "
        "besluit: 1. De Regiovisie Jeugdhulp IJsselland 2024-2028 vast te stellen. 2. Het college "
        "opdracht te geven de raad jaarlijks te informeren. Inleiding De gemeente Zwolle werkt samen "
        "met tien gemeenten in de regio IJsselland aan de jeugdhulp voor alle kinderen."
    )
    metadata = _metadata(text)
    assert (metadata.kind, metadata.title, metadata.date) == (
        "raadsvoorstel",
        "Regiovisie Jeugdhulp IJsselland",
        date(2023, 10, 12),
    )
    decisions = find_decisions(SourceText(Path("x.txt"), "x", text, "text/plain"), (), "raadsvoorstel")
    assert [d.span.text for d in decisions] == [
        "De Regiovisie Jeugdhulp IJsselland 2024-2028 vast te stellen.",
        "Het college opdracht te geven de raad jaarlijks te informeren.",
    ]


def test_an_english_template_byline_gives_a_news_pages_date() -> None:
    from jeugdgraph.extract.docdates import dateline_date

    assert dateline_date("October 12, 2022at 8:05PM") == date(2022, 10, 12)
    assert dateline_date("October 12, 2022 at 8:05 pm") == date(2022, 10, 12)
    assert dateline_date("Jeugdhulp 12, 2022") is None


def test_a_news_dateline_gives_kind_and_date() -> None:
    from jeugdgraph.build import reference_data
    from jeugdgraph.extract import extract_document

    _, entries = reference_data()
    text = ("Motie over jeugdzorg aangenomen\n\nNunspeet, 4 juni 2021 \u2013 De gemeenteraad heeft een motie "
            "aangenomen. De motie verzoekt het college om voor de zomer een plan te maken.\n")
    source = SourceText(Path("nieuws.txt"), "nieuws", text, "text/plain")
    metadata = extract_document(source, gazetteer=entries).metadata
    assert (metadata.kind, metadata.date) == ("nieuwsbericht", date(2021, 6, 4))


def test_a_plan_adopted_by_the_council_has_the_adoption_date() -> None:
    from jeugdgraph.build import reference_data
    from jeugdgraph.extract import extract_document

    _, entries = reference_data()
    text = ("Beleidsplan Jeugd 2024-2027\n\nVastgesteld door de gemeenteraad op 12 december 2023\n\n"
            "1. Inleiding\nDit beleidsplan beschrijft hoe wij de jeugdhulp organiseren.\n\n"
            "2. Maatregelen\nWe zetten een praktijkondersteuner in.\n")
    source = SourceText(Path("plan.txt"), "plan", text, "text/plain")
    metadata = extract_document(source, gazetteer=entries).metadata
    assert (metadata.kind, metadata.date) == ("beleidsplan", date(2023, 12, 12))


def test_a_motion_is_dated_by_its_meeting_also_written_bij_een_or_over_two_days() -> None:
    text = ("MOTIE Jeugd eerst\n\nDe gemeenteraad van Zwolle\n\nIn vergadering bij een op 9 maart 2021,\n\n"
            "verzoekt het college een plan te maken,\n\nen gaat over tot de orde van de dag.\n\n"
            "Gepubliceerd op 12-03-2021\n")
    assert _metadata(text).date == date(2021, 3, 9)
    text = text.replace("bij een op 9 maart 2021", "bijeen op 9 en 10 maart 2021")
    assert _metadata(text).date == date(2021, 3, 9)


def test_minutes_and_reports_are_dated_by_the_meeting_they_name() -> None:
    text = ("VERSLAG VAN DE OPENBARE VERGADERING VAN DE RAAD OP DINSDAG 5 MAART 2019 Onderwerp: jeugd\n"
            "Voorzitter: J. Jansen De leden: A. de Vries, B. Smit\n")
    assert _metadata(text).date == date(2019, 3, 5)
    text = ("In de raadsvergadering van 12 mei 2022 sprak de raad over de kosten van de jeugdzorg. Onze "
            "fractie diende een motie in.\n")
    assert _metadata(text).date == date(2022, 5, 12)
    # a meeting named later in a report does not date it
    text = ("De kosten van de jeugdzorg stijgen verder, zo blijkt uit cijfers van de gemeente. In de "
            "raadsvergadering van 12 mei 2022 komt het onderwerp terug.\n")
    assert _metadata(text).date is None


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


def test_minutes_are_titled_by_their_heading_and_dated_by_their_meeting() -> None:
    text = ("VERSLAG VAN DE VERGADERING VAN DE RAAD DER GEMEENTE OMMELAND OP DINSDAG 5 MAART 2019 "
            "Onderwerp:\nAanpak jeugdhulp\nVoorzitter: J. Jansen De leden: A. de Vries, B. Smit "
            "Griffier: C. Bos\n"
            "De VOORZITTER: Ik open de vergadering.\n")
    metadata = _metadata(text)
    assert (metadata.kind, metadata.title, metadata.date) == (
        "verslag", "VERSLAG VAN DE VERGADERING VAN DE RAAD DER GEMEENTE OMMELAND OP DINSDAG 5 MAART 2019",
        date(2019, 3, 5))


def test_a_title_that_a_sentence_repeats_after_door_is_no_byline() -> None:
    text = ("Wachttijden jeugdzorg\n\nDe wachttijden lopen op. Dat komt door wachttijden jeugdzorg bij de "
            "aanbieders en door de krapte op de arbeidsmarkt, zegt wethouder Smit.\n")
    assert _metadata(text).title == "Wachttijden jeugdzorg"


def test_a_news_page_is_dated_by_its_byline_in_any_common_form() -> None:
    body = ("\n\nDe gemeenteraad heeft gisteravond gesproken over de jeugdzorg, zei wethouder Smit. "
            "De fracties waren kritisch over de kosten.\n")
    for head in ("Raad kritisch over jeugdzorg\n\nPosted on 12 maart 2024 by redactie",
                 "Raad kritisch over jeugdzorg\n\nNieuws | 12-03-2024"):
        metadata = _metadata(head + body)
        assert (metadata.title, metadata.date) == ("Raad kritisch over jeugdzorg", date(2024, 3, 12)), head
    # a date printed in the heading dates the page and stays in its title, the heading as printed
    heading = "12 maart 2024 - Raad kritisch over jeugdzorg"
    metadata = _metadata(heading + body)
    assert (metadata.title, metadata.date) == (heading, date(2024, 3, 12))


def test_a_heading_that_names_a_meeting_or_decision_list_dates_the_text() -> None:
    meeting = ("Commissie Welzijn 3 februari 2021\n\nJeugdhulp in de wijk\n\nDe fractie vroeg "
               "de wethouder naar de wachttijden bij de jeugdhulp in de wijken.")
    assert _metadata(meeting).date == date(2021, 2, 3)
    assert _metadata("Besluitenlijst 8 maart 2022\n\nAanwezig\n\n- wethouder Jansen\n\nHet college besluit "
                     "de subsidie voor het jongerenwerk te verlengen.").date == date(2022, 3, 8)
    college = ("Menu\n\nZoeken\n\nBesluitenlijst college\n\nVergadering burgemeester en wethouders "
               "Gouda, 14 juni 2022\n\nHet college stemt in met het jeugdplan.")
    assert _metadata(college).date == date(2022, 6, 14)
    assert _metadata("Onze inbreng: Raadsvergadering 02-10-2018\n\nOver de jeugdhulp gaven wij aan dat de "
                     "kosten stijgen.").date == date(2018, 10, 2)


def test_a_byline_with_the_day_posted_dates_a_party_page() -> None:
    text = ("Door Karin Smit op 3 april 2016\n\nMOTIE OVER JEUGDZORG AANGENOMEN\n\nDe gemeenteraad heeft "
            "dinsdag de motie van onze fractie over de wachtlijsten in de jeugdzorg aangenomen.")
    assert _metadata(text).date == date(2016, 4, 3)


def test_a_register_pages_table_gives_the_signing_date_not_the_date_of_effect() -> None:
    text = ("Ziet u een fout in deze regeling?\n\nVerordening jeugdhulp Ede 2020\n\n"
            "Gegevens van de regeling\n\nDatum inwerkingtreding\n\nTerugwerkende kracht tot en met\n\n"
            "Datum uitwerkingtreding\n\nBetreft\n\n"
            "Datum ondertekening\n\nBron bekendmaking\n\nKenmerk voorstel\n\n01-01-2020nieuwe regeling\n\n"
            "12-12-2019\n\nGemeenteblad 2019, 1234\n\nArtikel 1 Begripsbepalingen\n")
    assert _metadata(text).date == date(2019, 12, 12)
    unsigned = text.replace("12-12-2019\n\n", "")
    assert _metadata(unsigned).date != date(2019, 12, 12)


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


def test_a_college_decision_list_is_titled_by_its_heading_and_dated_by_its_meeting() -> None:
    text = ("Besluitenlijst week 12\n\nVaststelling besluitenlijst\n\n24-101 Subsidie jongerenwerk\n\n"
            "1. De subsidie te verlengen.\n\nBesluitdatum: 19 maart 2024\n")
    assert _metadata(text).title == "Besluitenlijst week 12"
    minutes = ("Vergadering 9 mei\n\nOpenbare notulen van de vergadering van burgemeester en wethouders van "
               "9 mei 2023\n\nAanwezig\n\nJ. Smit, burgemeester\n\n1. Jeugdhulp\n\nBesluit: in te stemmen.")
    assert _metadata(minutes).date == date(2023, 5, 9)


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


def test_an_image_caption_and_a_day_set_apart_from_its_month_are_read_as_page_chrome_and_date() -> None:
    text = (
        "Nieuws uit Ommerdam...\nAfbeelding bij nieuwsitem 'Raad wil snellere jeugdhulp voor gezinnen'\n"
        "12mrt 2019\n\nRaad wil snellere jeugdhulp voor gezinnen\n\nOMMERDAM \u2013 De gemeenteraad wil dat "
        "gezinnen sneller jeugdhulp krijgen. Dat besloot de raad dinsdagavond na een lang debat over de "
        "wachttijden voor jeugdhulp.\n"
    )
    metadata = _metadata(text)
    assert metadata.title == "Raad wil snellere jeugdhulp voor gezinnen"
    assert metadata.date == date(2019, 3, 12)


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


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a letter's place and date with a full stop
        ("Schriftelijke vragen over de jeugdhulp\n\nAan het college\nPostbus 10\n1234 AB Ommerdam\n\n"
         "Ommerdam, 4 maart 2021.\n\nGeacht college,\n\nWij hebben vragen over de jeugdhulp.",
         date(2021, 3, 4)),
        # an author's byline as a name and a dotted date
        ("Berichten van deze week\n\nRaad stapt uit overleg\n\nAnna de Vries 14.02.2022\n\nDe raad heeft "
         "besloten uit het overleg over de jeugdzorg te stappen.", date(2022, 2, 14)),
        # a column headed by its date and a colon
        ("Columns\n\n03-11-2015: Jeugdzorg\n\nDe jeugdzorg gaat over naar de gemeente en dat vraagt veel van "
         "iedereen die ermee werkt.", date(2015, 11, 3)),
        # the minutes of a meeting headed by its name and date
        ("BEELDVORMENDE RAAD 9 MAART 2016\n\nNotulen van de vergadering\n\nDe voorzitter opent de "
         "vergadering.", date(2016, 3, 9)),
        # a meeting named after its date
        ("Kies een vergadering\n\n14-05-2024, Raadsvergadering\n\nJeugdhulp in de regio\n\nDe gemeenten "
         "willen samen jeugdhulp inkopen en vragen de raad om een zienswijze.", date(2024, 5, 14)),
        # a decision list's date field
        ("Besluitenlijst week 12\n\nBesluitdatum: 3 april 2019\n\n1. De subsidie te verlengen.",
         date(2019, 4, 3)),
        # a report that opens with the day of the event its headline announces
        ("Raad stemt in met jeugdfonds\n\nOp dinsdag 8 maart 2016 heeft de gemeenteraad het voorstel van de "
         "fracties voor een jeugdfonds met een ruime meerderheid aangenomen.", date(2016, 3, 8)),
        # an image's name glued to the weekday of the post's date line
        ("Wachtlijsten jeugdzorg\n\nIMG_1203woensdag 09 april 2025 10:12\n\nDe fractie heeft vragen gesteld "
         "over de wachtlijsten in de jeugdzorg.", date(2025, 4, 9)),
        # a byline whose template lost the author's name
        ("Door op 3 februari 2019\n\nJeugdzorg onder druk\n\nDe kosten van de jeugdzorg blijven stijgen en "
         "de fractie wil weten wat het college daaraan doet.", date(2019, 2, 3)),
        # a council's news page naming the decisions of one meeting
        ("Uit de raad\n\nHieronder staan de raadsbesluiten van dinsdag 14 mei 2024.\n\nJeugdhulp\n\nDe raad "
         "heeft ingestemd met de regiovisie.", date(2024, 5, 14)),
        # a post's stamp with its time, below a category that names the meeting it reports on
        ("Raadsvergadering gemeenteraad Ommen, 4 maart 2021\n\nvrijdag 5 maart 2021 09:12\n\nJeugdhulp\n\n"
         "De fractie heeft in de raadsvergadering een motie over de wachttijden in de jeugdhulp ingediend, "
         "samen met twee andere partijen.", date(2021, 3, 5)),
        # a college's decision list headed by its date, whose first item names the previous meeting
        ("Besluitenlijst 7 mei 2024\n\nVoorzitter J. Smit\n\n1 Vaststellen van de besluitenlijst van de "
         "vergadering d.d. 23 april 2024\nBesluit: Vastgesteld.\n\n2 Jeugdhulp\nHet college besluit in te "
         "stemmen met de nieuwe verordening jeugdhulp.", date(2024, 5, 7)),
        # a convocation dated by the meeting it convenes
        ("1 Aan de leden van het algemeen bestuur van de regeling Jeugd Hierbij nodig ik u uit voor de "
         "vergadering van het algemeen bestuur op donderdag 12 oktober 2023 van uur in het gemeentehuis, "
         "raadszaal De agenda luidt als volgt: AGENDA 1. Opening 2. Vaststellen notulen 3. Jeugdhulp\n",
         date(2023, 10, 12)),
        # a flattened PDF's date field that lost its colon with the table cell
        ("Griffie Telefoon 14 012 Postbus 1 1200 AB Ommerdam Notitie voor de raad over de jeugdhulp in de "
         "regio en de inkoop van specialistische zorg Datum 12 maart 2019 Kenmerk Auteur Werkgroep Jeugd "
         "Versie 2 Pagina 1/10 Inhoudsopgave 1 Inleiding 2 Aanpak 3 Planning", date(2019, 3, 12)),
    ],
)
def test_the_documents_date_in_more_layouts(text: str, day: date) -> None:
    assert _metadata(text).date == day


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


def test_any_meeting_named_with_its_date_heads_a_report() -> None:
    text = ("Steun ons\n\nPublicaties\n\nFractievergadering 12 maart 2019\n\nDe gemeenten in de provincie "
            "werken samen aan de jeugdzorg en de fractie bespreekt wat dat voor de gemeente betekent.\n")
    assert _metadata(text).title == "Fractievergadering 12 maart 2019"


def test_a_numeric_date_line_with_its_time_dates_a_page() -> None:
    text = ("Raad wil snellere jeugdhulp\n\n12-03-2019 10:15\n\nDe gemeenteraad wil dat gezinnen sneller "
            "jeugdhulp krijgen. Dat besloot de raad dinsdag na een debat over de wachttijden.")
    assert _metadata(text).date == date(2019, 3, 12)


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


def test_a_flattened_letter_and_a_reports_title_block_give_their_date() -> None:
    letter = ("1 Rekenkamer Ommeland Aan de leden van de gemeenteraad van Zwolle 14 maart 2029 Onderzoek "
              "jeugdhulp Geachte raadsleden, Bijgaand bieden wij u ons rapport aan. Wij vragen u uiterlijk "
              "1 juni 2029 te reageren.")
    assert _metadata(letter).date == date(2029, 3, 14)
    # a date after a preposition names another day, not the letter's
    other = letter.replace("Zwolle 14 maart 2029", "Zwolle over het besluit van 14 maart 2029")
    assert _metadata(other).date != date(2029, 3, 14)
    report = ("Zorg dichtbij, Ommeland vitaal Onderzoek naar de wijkteams in Ommeland. 9 mei 2029, "
              "Eindrapport\n\nColofon\n\nDit onderzoek gaat over de wijkteams en de jeugdhulp.")
    assert _metadata(report).date == date(2029, 5, 9)
