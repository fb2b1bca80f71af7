"""The document's own date by where it stands: a heading's meeting, a dateline, a stamp above the text."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from jeugdgraph.extract.docdates import dateline_date
from jeugdgraph.extract.metadata import extract_metadata
from jeugdgraph.facts import SourceText

PROSE = (
    "De raad sprak lang over de wachttijden in de jeugdhulp en over de vraag hoe de gemeente de kosten "
    "kan beheersen zonder dat kinderen langer moeten wachten op de hulp die zij nodig hebben."
)


def _date(text: str) -> date | None:
    return extract_metadata(SourceText(Path("x.txt"), "x", text, "text/plain"))[0].date


def test_a_picture_name_glued_to_the_weekday_of_a_stamp_leaves_the_stamp() -> None:
    assert dateline_date("Foto van Piet Klaassen.pngdinsdag 4 maart 2025 09:12") == date(2025, 3, 4)
    assert dateline_date("Agenda van dinsdag 4 maart 2025 over de jeugdhulp in de regio") is None


def test_a_dateline_closed_by_a_full_stop_dates_a_news_item() -> None:
    assert _date(f"Borne, 3 februari 2022. {PROSE}\n") == date(2022, 2, 3)


def test_a_headings_first_meeting_dates_it_not_the_one_it_prepares() -> None:
    heading = "Themabijeenkomst 5 maart 2019 ter voorbereiding op de raadsvergadering van 12 maart 2019"
    text = f"{heading}\n\n{PROSE}\n"
    assert _date(text) == date(2019, 3, 5)


def test_a_heading_that_names_the_council_meeting_dates_the_page() -> None:
    text = f"Notitie van de fractie in de gemeenteraad van 14-6-2021 over de jeugdhulp\n\n{PROSE}\n"
    assert _date(text) == date(2021, 6, 14)


def test_a_headings_meeting_without_year_takes_the_year_the_text_gives_that_day() -> None:
    text = (
        f"Verslag van de raadsvergadering van dinsdag 9 juni\n\nDe gemeenteraad heeft op 9 juni 2020 de "
        f"jaarrekening vastgesteld.\n\n{PROSE}\n"
    )
    assert _date(text) == date(2020, 6, 9)
    other_day = text.replace("op 9 juni 2020", "op 10 juni 2020")
    assert _date(other_day) is None


def test_a_date_below_the_text_in_a_feed_is_not_the_pages_date() -> None:
    text = (
        f"Raad vraagt aandacht voor jeugdzorg\n\nGeplaatst op:\n\n{PROSE}\n\n@Fractie\n"
        "Nieuwe bijdrage over het zwembad\n3-9-2021\n"
    )
    assert _date(text) is None
    above = "Raad vraagt aandacht voor jeugdzorg\n\n3-9-2021\n\n" + PROSE + "\n"
    assert _date(above) == date(2021, 9, 3)


def test_a_section_label_and_a_date_set_apart_by_a_dash_date_the_page() -> None:
    assert _date(f"Raad wil kortere wachttijden\n\nNieuws - 12 maart 2024\n\n{PROSE}\n") == date(2024, 3, 12)
    assert _date(f"Wachttijden\n\nJeugd \u2013 12 maart 2024\n\n{PROSE}\n") == date(2024, 3, 12)
    # a date that opens a heading before its dash is the heading's, the meeting's field dates the list
    text = f"3 maart 2024 - Openbare besluitenlijst\n\nDatum: 27 februari 2024\n\n{PROSE}\n"
    assert _date(text) == date(2024, 2, 27)


VIEWER = (
    "• No results found\n\nNota over de jeugdhulp\n\nN/A\nN/A\nProtected\n\nAcademic year: 2023\n\n"
    'Share "Nota over de jeugdhulp"\n\nCopied!\n12\n0\n0\n\n'
    "Bezig met laden.... (Bekijk nu de volledige tekst)\n\n"
    "Hele tekst\n\n(1)\n\n"
)


def test_a_letter_shown_in_a_document_viewer_is_dated_by_its_own_date_field() -> None:
    head = "Dorpsstraat 1 - 1234 AB Ergens\n\nGemeenteraad\n\np/a de griffie\n\nUw brief van:\n\n"
    letter = "Ons kenmerk: 4711 Contact: P. Jansen\n\nE-mailadres: p@voorbeeld.nl Datum: 9 maart 2021\n\n"
    letter += f"{PROSE}\n"
    assert _date(VIEWER + head + letter) == date(2021, 3, 9)


def test_a_version_label_before_a_date_is_no_authors_byline() -> None:
    text = f"Begroting 2021\n\nVersie Concept 4 april 2020\n\nDatum 07-12-2019\n\n{PROSE}\n"
    assert _date(text) == date(2019, 12, 7)
    assert _date(f"Begroting 2021\n\nAnna de Vries 4 april 2020\n\n{PROSE}\n") == date(2020, 4, 4)


def test_a_publication_day_under_other_labels_dates_the_page() -> None:
    headline = "Wachtlijsten voor jeugdhulp worden korter"
    assert _date(f"{headline}\n\nPlaatsingsdatum: 4 juni 2024\n\n{PROSE}\n") == date(2024, 6, 4)
    assert _date(f"{headline}\n\nVerschenen op 4 juni 2024\n\n{PROSE}\n") == date(2024, 6, 4)
    assert _date(f"{headline}\n\nLaatst bekeken door 40 lezers\n\n{PROSE}\n") is None


def test_a_news_label_before_the_day_dates_the_page() -> None:
    headline = "Wachtlijsten voor jeugdhulp worden korter"
    assert _date(f"{headline}\n\nNieuwsbericht 4 juni 2024\n\n{PROSE}\n") == date(2024, 6, 4)
    assert _date(f"{headline}\n\nNieuws - 4 juni 2024 - Zorg en welzijn\n\n{PROSE}\n") == date(2024, 6, 4)
    # a label of more words is a headline, whose date is no publication day
    assert _date(f"{headline}\n\nNieuwsbrief nummer 4 van de regio\n\n{PROSE}\n") is None


def test_a_dateline_with_its_weekday_dates_a_news_item() -> None:
    assert _date(f"Kop\n\nBorne, dinsdag 3 februari 2032 \u2013 {PROSE}\n") == date(2032, 2, 3)
    assert _date(f"Kop\n\nBORNE - Dinsdag 3 februari 2032 - {PROSE}\n") == date(2032, 2, 3)
    # a day named in the prose after the place is no dateline
    assert _date(f"Kop\n\nBorne - De raad sprak op 3 februari 2032 over de jeugdhulp. {PROSE}\n") is None


def test_a_byline_written_by_its_author_on_a_day_dates_the_post() -> None:
    assert _date(f"Kop\n\nGeschreven door Anna Smit op 3 februari 2032\n\n{PROSE}\n") == date(2032, 2, 3)
    assert _date(f"Kop\n\nGeschreven door Anna Smit\n\n{PROSE}\n") is None


def test_a_meeting_line_over_each_item_of_a_list_dates_no_list() -> None:
    item = "Motie {n}\n\nRaadsvergadering 4 november 2031 (begroting)\n\nVerzoekt het college om iets.\n\n"
    text = "Afhandeling moties\n\n" + "".join(item.format(n=n) for n in range(3)) + f"{PROSE}\n"
    assert _date(text) is None
    # one such line heads the text itself
    assert _date("Afhandeling moties\n\n" + item.format(n=1) + f"{PROSE}\n") == date(2031, 11, 4)


def test_a_label_and_its_day_set_apart_by_a_wide_gap_date_the_page() -> None:
    assert _date(f"NIEUWS   3-9-2031\n\nWachtlijsten jeugdhulp\n\n{PROSE}\n") == date(2031, 9, 3)


def test_the_councils_decisions_of_a_day_date_the_page_that_lists_them() -> None:
    assert _date(f"Besluiten van de gemeenteraad op 3 juli 2031\n\n{PROSE}\n") == date(2031, 7, 3)


def test_an_annex_is_dated_by_the_council_decision_it_belongs_to() -> None:
    text = f"Behoort bij raadsbesluit d.d. 27 februari 2031 tot vaststelling\n\nJeugd Oost\n\n{PROSE}\n"
    assert _date(text) == date(2031, 2, 27)
    # a decision named in the prose is no such mark
    assert _date(f"Jeugd Oost\n\nIn het raadsbesluit van 27 februari 2031 staat veel. {PROSE}\n") is None
