"""A page's or report's own date from the stamps web pages and covers carry: labelled stamps, bylines with a
dash, a reading time, a dateline with the day before the place, an adoption in a title block, a flattened
head's place and day, a council news page's opening on the meeting it reports."""

from __future__ import annotations

from datetime import date

from metadata_text import metadata_of

from jeugdgraph.extract.datestamps import (
    adoption_stamp,
    council_met,
    flat_place_day,
    page_stamp,
    reading_time_stamp,
)

PROSE = (
    "De gemeenteraad sprak lang over de wachttijden in de jeugdhulp en over de vraag hoe de gemeente "
    "de kosten kan beheersen zonder dat kinderen langer moeten wachten op de hulp die zij nodig hebben."
)


def _date(text: str) -> date | None:
    return metadata_of(text, []).date


def test_a_labelled_stamp_dates_the_page_not_its_edit() -> None:
    text = f"Wachttijden jeugdhulp\n\nGeschreven op: 04-03-2024 | Laatst bewerkt op: 19-06-2024\n\n{PROSE}\n"
    assert _date(text) == date(2024, 3, 4)
    assert page_stamp("Ingediend 14 februari 2022") == "14 februari 2022"
    assert page_stamp("Gepost op 3 maart 2024, 10:12") == "3 maart 2024"
    # an edit's date is no stamp of the page, nor is a sentence that names a day
    assert page_stamp("Laatst gewijzigd op 19-06-2024") is None
    assert page_stamp("Ingediend op 14 februari 2022 door de fractie, waarna de raad het besprak") is None


def test_a_byline_with_the_day_after_a_dash_dates_a_news_item() -> None:
    byline = "Door Karin de Wit - 21-11-2019, 08:15 (Update 21-11-2019, 09:02)"
    assert _date(f"Raad wil snellere jeugdhulp\n\n{byline}\n\n{PROSE}\n") == date(2019, 11, 21)
    assert page_stamp("Door Karin de Wit | 5 juni 2020") == "5 juni 2020"
    # a sentence with "door" and a day is no byline
    assert page_stamp("Door de tekorten - zo meldt de wethouder - is op 5 juni 2020 besloten") is None


def test_a_posts_stamp_with_its_reading_time_wins_over_the_sites_own_day() -> None:
    text = f"12 december 2024\n\n7 november 2024 3 minuten lezen\n\nMeer geld voor jeugdhulp\n\n{PROSE}\n"
    assert _date(text) == date(2024, 11, 7)
    assert _date(text.replace(" 3 minuten lezen", "")) == date(2024, 12, 12)
    assert reading_time_stamp("Anna de Vries 3 mei 2023 Leestijd 4 minuten") == "3 mei 2023"
    assert reading_time_stamp("Lees verder 3 mei 2023 leestijd 4 min") is None


def test_a_posts_stamp_with_its_update_after_it_is_dated_by_its_first_day() -> None:
    stamp = "12 maart 2024 om 14:05 - Bijgewerkt 13 maart 2024 om 09:00"
    assert _date(f"Raad kritisch over jeugdzorg\n\n{stamp}\n\n{PROSE}\n") == date(2024, 3, 12)
    assert page_stamp("3 mei 2023 (gewijzigd 4 mei 2023)") == "3 mei 2023"
    assert page_stamp("3 mei 2023 zijn de tarieven gewijzigd en bijgewerkt") is None


def test_a_dateline_with_the_day_before_the_place_dates_a_news_item() -> None:
    assert _date(f"Raad kritisch\n\n17-02-2021 HEERENVEEN \u2013 {PROSE}\n") == date(2021, 2, 17)
    assert page_stamp("Zwolle, 03-10-2022 - De raad besloot gisteren ...") == "03-10-2022"
    # a day before a word in capitals that opens no dateline ("JEUGDZORG" with no dash after it)
    assert page_stamp("17-02-2021 JEUGDZORG in de regio blijft duur") is None


def test_an_adoption_in_a_title_block_dates_a_plan_by_whichever_body_adopted_it() -> None:
    text = ("Regionale visie jeugdhulp 2022-2026\n\n"
            f"Vastgesteld in het Portefeuillehoudersoverleg op 12 mei 2022.\n\n{PROSE}\n")
    assert _date(text) == date(2022, 5, 12)
    block = "Beleidsregels jeugd Vastgesteld door het college van B&W op 3-4-2023"
    assert adoption_stamp(block) == "3-4-2023"
    # a sentence that tells of another plan's adoption is no label
    assert adoption_stamp("Het plan werd vastgesteld door de raad op 3 april 2020 en geldt tot 2024.") is None


def test_a_flattened_heads_place_and_day_dates_a_proposal() -> None:
    head = ("Raadsvoorstel nr. 14 Vlaardingen, 11 maart 2015 Afdeling Samenleving Onderwerp Inkoop "
            "jeugdhulp Portefeuillehouder J. de Vries Datum b&w-besluit Telefoon 010-1234567 Agendapunt 6 "
            "Voorstel aan de raad inzake de inkoop")
    assert len(head) >= 200
    assert flat_place_day(head) == "11 maart 2015"
    assert _date(f"{head}\n\n{PROSE}\n") == date(2015, 3, 11)
    # a short line is no flattened head, and a day after "van" is another document's
    assert flat_place_day("Vlaardingen, 11 maart 2015") is None
    assert flat_place_day("Gelet op het besluit van Vlaardingen, 11 maart 2015 " + "x" * 200) is None


def test_a_council_news_page_opening_on_its_meeting_is_dated_by_it() -> None:
    opening = ("Op deze pagina leest u waarover de gemeenteraad op 14 november 2023 heeft vergaderd en welke "
               "besluiten er zijn genomen.")
    assert _date(f"Raadsnieuws\n\n{opening}\n\n{PROSE}\n") == date(2023, 11, 14)
    assert council_met("Op dinsdag 14 november 2023 vergaderde de gemeenteraad over de begroting.") \
        == "14 november 2023"
    # a meeting planned in a sentence that does not say the council met
    assert council_met("De gemeenteraad besluit op 14 november 2023 over de begroting.") is None


def test_a_motions_outcome_stamp_or_its_meetings_short_heading_dates_it() -> None:
    motion = ("Motie Jeugdhulp dichtbij\n\n{stamp}\n\nDe raad van de gemeente Zwolle,\n\nconstaterende "
              "dat de wachttijden oplopen;\n\nverzoekt het college\n\nde wachttijden te halveren,\n\nen gaat "
              "over tot de orde van de dag.\n")
    for stamp in ("Status: Aangenomen op 9 april 2024", "Besluit: verworpen (09-04-2024)",
                  "Gemeenteraad d.d. 9 april 2024", "Agendapunt 7, raad 9 april 2024"):
        assert _date(motion.format(stamp=stamp)) == date(2024, 4, 9), stamp
    # an outcome in a sentence is no stamp
    assert page_stamp("Aangenomen op 9 april 2024 werd ook de motie over de wachttijden") is None
    assert page_stamp("De raad heeft op 9 april 2024 de motie aangenomen") is None
