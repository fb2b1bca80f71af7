"""The document's own date from the content, in any layout: date lines, bylines, meetings, flattened text."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from jeugdgraph.extract.metadata import extract_metadata
from jeugdgraph.facts import SourceText


def _metadata(text: str):  # noqa: ANN202 - DocumentMetadata
    return extract_metadata(SourceText(Path("x.txt"), "x", text, "text/plain"))[0]


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


def test_minutes_are_titled_by_their_heading_and_dated_by_their_meeting() -> None:
    text = ("VERSLAG VAN DE VERGADERING VAN DE RAAD DER GEMEENTE OMMELAND OP DINSDAG 5 MAART 2019 "
            "Onderwerp:\nAanpak jeugdhulp\nVoorzitter: J. Jansen De leden: A. de Vries, B. Smit "
            "Griffier: C. Bos\n"
            "De VOORZITTER: Ik open de vergadering.\n")
    metadata = _metadata(text)
    assert (metadata.kind, metadata.title, metadata.date) == (
        "verslag", "VERSLAG VAN DE VERGADERING VAN DE RAAD DER GEMEENTE OMMELAND OP DINSDAG 5 MAART 2019",
        date(2019, 3, 5))


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


def test_a_college_decision_list_is_titled_by_its_heading_and_dated_by_its_meeting() -> None:
    text = ("Besluitenlijst week 12\n\nVaststelling besluitenlijst\n\n24-101 Subsidie jongerenwerk\n\n"
            "1. De subsidie te verlengen.\n\nBesluitdatum: 19 maart 2024\n")
    assert _metadata(text).title == "Besluitenlijst week 12"
    minutes = ("Vergadering 9 mei\n\nOpenbare notulen van de vergadering van burgemeester en wethouders van "
               "9 mei 2023\n\nAanwezig\n\nJ. Smit, burgemeester\n\n1. Jeugdhulp\n\nBesluit: in te stemmen.")
    assert _metadata(minutes).date == date(2023, 5, 9)


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


def test_any_meeting_named_with_its_date_heads_a_report() -> None:
    text = ("Steun ons\n\nPublicaties\n\nFractievergadering 12 maart 2019\n\nDe gemeenten in de provincie "
            "werken samen aan de jeugdzorg en de fractie bespreekt wat dat voor de gemeente betekent.\n")
    assert _metadata(text).title == "Fractievergadering 12 maart 2019"


def test_a_numeric_date_line_with_its_time_dates_a_page() -> None:
    text = ("Raad wil snellere jeugdhulp\n\n12-03-2019 10:15\n\nDe gemeenteraad wil dat gezinnen sneller "
            "jeugdhulp krijgen. Dat besloot de raad dinsdag na een debat over de wachttijden.")
    assert _metadata(text).date == date(2019, 3, 12)


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


def test_a_byline_with_the_day_and_time_of_posting_dates_the_page() -> None:
    text = (
        "Wijkteams krijgen er een jeugdconsulent bij\n\nDoor Redactie Lokaal op 3 maart 2021 om 14:30\n\n"
        "De fractie wil dat elk wijkteam een vaste jeugdconsulent krijgt, zodat ouders sneller "
        "weten bij wie zij terechtkunnen met hun vragen over opvoeden.\n"
    )
    metadata = _metadata(text)
    assert metadata.title == "Wijkteams krijgen er een jeugdconsulent bij"
    assert metadata.date == date(2021, 3, 3)


def test_a_bylines_date_with_time_and_update_note_dates_a_news_page() -> None:
    text = ("Wachtlijst jeugdzorg groeit verder\n\n"
            "Door Anna Smit - 12-05-2031, 8:15 (Update 12-05-2031, 9:02)\n\n"
            "De wachtlijst voor de jeugdzorg in de regio groeit verder, zo blijkt uit cijfers die de "
            "gemeenten maandag publiceerden.\n")
    assert _metadata(text).date == date(2031, 5, 12)


def test_a_motions_meeting_formula_broken_over_two_lines_dates_it_before_the_posts_date() -> None:
    text = ("Motie over de speeltuinen unaniem aangenomen!\n\n14 maart 2031\n\nMOTIE\n\n"
            "Speeltuinen voor iedereen\n\nDE RAAD VAN DE GEMEENTE OMMEN in vergadering bijeen\n\n"
            "op 11 maart 2031\n\nConstaterende dat er te weinig speeltuinen zijn;\n\n"
            "verzoekt het college meer speeltuinen aan te leggen,\n\n"
            "en gaat over tot de orde van de dag.\n")
    metadata = _metadata(text)
    assert (metadata.kind, metadata.date) == ("motie", date(2031, 3, 11))


def test_a_date_field_that_is_a_version_tables_column_dates_nothing() -> None:
    text = ("Projectplan jeugdteams\n\nVersiebeheer: Versie 1 2 3\nDatum 06-03-2031 11-03-2031 18-03-2031\n\n"
            "Dit plan beschrijft hoe de gemeenten de jeugdteams in de regio vanaf volgend jaar inrichten.\n")
    assert _metadata(text).date is None
    # one date in the field dates the plan
    assert _metadata(text.replace(" 11-03-2031 18-03-2031", "")).date == date(2031, 3, 6)
