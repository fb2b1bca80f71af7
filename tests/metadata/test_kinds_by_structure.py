"""The kind of a document from its structure: a dateline that opens the first paragraph, a teaser's link, a
meeting announced; minutes by their chair, their attendance list and a meeting page's date field.

Every text here is invented; none is copied from the evaluation corpus.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from jeugdgraph.extract.kinds import classify
from jeugdgraph.extract.metadata import extract_metadata
from jeugdgraph.facts import SourceText
from jeugdgraph.readers import normalise_text

_PLAN = (
    "Vanaf volgend jaar werken de gemeenten samen in een gemeenschappelijke regeling voor de jeugdhulp, "
    "de inkoop van zorg en de ondersteuning van gezinnen in de hele regio."
)


def test_a_dateline_opening_the_first_paragraph_makes_news() -> None:
    text = f"Nieuwe samenwerking jeugdhulp van start\n\nAlgemeen\n\nBoxmeer - {_PLAN}\n\nMeer nieuws volgt."
    assert classify(text) == "nieuwsbericht"
    # the same paragraph without its dateline tells nothing of news
    assert classify(text.replace("Boxmeer - ", "")) != "nieuwsbericht"


def test_a_teasers_link_after_its_last_sentence_makes_news() -> None:
    text = (
        "Wachtlijsten jeugdhulp blijven zorg\n\nHet tekort op de jeugdhulp loopt dit jaar verder op en "
        "het college zoekt naar een structurele oplossing. Lees meer"
    )
    assert classify(text) == "nieuwsbericht"
    assert classify(text.removesuffix(" Lees meer")) != "nieuwsbericht"


def test_a_council_meeting_announced_makes_news() -> None:
    text = (
        "De gemeenteraad van Deventer vergadert op dinsdag 4 maart in de bibliotheek. De raad spreekt "
        "met organisaties over de zorg voor jongeren."
    )
    assert classify(text) == "nieuwsbericht"


def test_minutes_by_the_chairs_acts_and_the_attendance_list() -> None:
    text = (
        "Informatieavond 3 maart 2030 samenvattend verslag\n\nAanwezigen\n\nVoorzitter:\n"
        "Mevrouw A. de Boer\n\nRaadsleden:\nDe heer P. Smit\n\nAfwezige raadsleden:\nDe heer K. Bos\n\n"
        "1.\nOpening\nDe voorzitter opent de vergadering en heet iedereen welkom. Over het beleidskader "
        "jeugd wordt uitgebreid gesproken."
    )
    assert classify(text) == "verslag"


def test_a_meeting_page_with_its_date_as_a_field_is_minutes() -> None:
    text = (
        "Delen\n\nConcept beleidsplan jeugd 2031\n\nBehandeld in Forum van 2 juni 2031\n\n"
        "Datum 02-06-2031 Tijd 19:30 - 21:00\n\nZaal\n\nVoorzitter\n\nA. de Boer\n\nGriffier\n\n"
        "P. Smit\n\nNotulist\n\nK. Bos\n\nHet beleidsplan jeugd wordt besproken."
    )
    assert classify(text) == "verslag"


def test_the_run_on_head_of_minutes_gives_its_title_not_a_persons_name() -> None:
    text = (
        "Informatieavond 3 maart 2030 over de jeugdhulp samenvattend verslag Aanwezigen Voorzitter:\n"
        "Mevrouw A. de Boer\nRaadsleden:\nDe heer P. Smit\n\n1.\nOpening\nDe voorzitter opent de "
        "vergadering en heet iedereen welkom.\n"
    )
    source = SourceText(Path("stuk.txt"), "stuk", normalise_text(text), "text/plain")
    metadata = extract_metadata(source, None)[0]
    assert metadata.kind == "verslag"
    assert metadata.title == "Informatieavond 3 maart 2030 over de jeugdhulp"


def test_a_regulation_named_in_the_running_text_does_not_make_the_text_one() -> None:
    text = (
        "Programma 4 | Zorg\n\nDe gemeenten werken samen in de gemeenschappelijke regeling Jeugd Oost en "
        "de centrumregeling voor de inkoop. De verordening maatschappelijke ondersteuning wordt dit jaar "
        "herzien, zodat inwoners sneller hulp krijgen."
    )
    assert classify(text) != "regeling"
    # with its own articles it is one
    regulation = (
        "Verordening jeugdhulp Oost 2031\n\nArtikel 1 Begripsbepalingen\n\nIn deze verordening "
        "wordt verstaan onder jeugdige: een persoon jonger dan achttien jaar.\n\n"
        "Artikel 2 Toegang\n\n"
        "Het college draagt zorg voor de toegang tot de gemeenschappelijke regeling."
    )
    assert classify(regulation) == "regeling"


def test_a_report_with_a_foreword_is_no_policy_plan() -> None:
    text = (
        "Kansen voor de jeugd van Oostdorp\n\nVoorwoord\n\nHet voorliggende rapport beschrijft hoe "
        "kinderen in Oostdorp hulp krijgen en waar de kansen liggen voor het jeugdbeleid."
    )
    assert classify(text) != "beleidsplan"
    plan = text.replace("Het voorliggende rapport beschrijft", "In deze nota beschrijven wij")
    assert classify(plan) == "beleidsplan"


def test_a_heading_naming_the_colleges_decisions_after_its_qualifiers() -> None:
    text = (
        "Eerder openbaar gemaakte collegebesluiten 4 maart\n\nRaadsvoorstel Jeugdhulp Oost 31.0042\n\n"
        "De gemeenten in de regio willen meer sturen op de jeugdhulp en stellen daarom een nieuwe "
        "gemeenschappelijke regeling voor, waarover de raad een besluit neemt."
    )
    assert classify(text) == "collegebesluit"
    source = SourceText(Path("stuk.txt"), "stuk", normalise_text(text), "text/plain")
    assert extract_metadata(source, None)[0].title == "Eerder openbaar gemaakte collegebesluiten 4 maart"


def test_a_link_to_a_press_release_makes_no_news() -> None:
    text = (
        "Jeugdhulp\n\nIn onze gemeente lopen de tekorten in de jeugdhulp op. De begroting ligt nu bij de "
        "raad. Lees hier het persbericht.\n\nPlanning\n\nDe raad bespreekt de begroting in november."
    )
    assert classify(text) != "nieuwsbericht"
    reported = text.replace("Lees hier het persbericht.", "Dat meldt de gemeente in een persbericht.")
    assert classify(reported) == "nieuwsbericht"


def test_a_plans_kind_word_as_a_heading_of_its_own() -> None:
    text = (
        "Projectplan\n\nToegang tot de jeugdhulp in de regio Oost\n\nDe gemeenten in de regio willen de "
        "toegang tot de jeugdhulp dichter bij huis organiseren, met teams in elke wijk."
    )
    assert classify(text) == "beleidsplan"
    # a headline that starts with the word is no plan's heading
    assert classify(text.replace("Projectplan\n", "Projectplan jeugdteams gestart\n")) != "beleidsplan"


def test_a_meetings_agenda_item_by_item_is_no_news() -> None:
    text = (
        "Commissie Zorg 3 maart 2031\n\n1. (19:30 uur) Opening\n2. (19:35 uur) Vaststellen agenda\n"
        "3. Mededelingen\n4. Jeugdhulp: in december heeft de raad twee moties aangenomen over de "
        "wachtlijsten. Wethouder Smit zegt dat het college de moties uitvoert.\n5. Rondvraag\n"
    )
    assert classify(text) != "nieuwsbericht"
    # the same words in a report's prose are no agenda
    report = (
        "Wethouder Smit zegt dat het college de moties uitvoert. Na de opening van het "
        "jongerencentrum volgden mededelingen over de sluiting van de oude locatie; de raad heeft twee "
        "moties aangenomen."
    )
    assert classify(report) == "nieuwsbericht"


_BODY = (
    "De wachttijden in de jeugdhulp lopen op en veel gezinnen wachten maanden op passende hulp voor hun "
    "kind. Het college wil de toegang tot de hulp anders inrichten."
)


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        # the college's letter to inform the council, under the names councils give it
        ("Informatienota", "raadsinformatiebrief"),
        ("Raadsinformatiebrief 2024-12", "raadsinformatiebrief"),
        ("Raadsmededeling 2024-17", "raadsinformatiebrief"),
        ("Informatiebrief aan de raad", "raadsinformatiebrief"),
        # a proposal headed as one
        ("Voorstel aan de gemeenteraad", "raadsvoorstel"),
        # a councillor's written questions to the college, headed as such
        ("Schriftelijke vragen over de toegang tot jeugdhulp", "brief"),
        ("Vragen ex artikel 38 RvO", "brief"),
        ("Beantwoording schriftelijke vragen", "brief"),
        ("Antwoord op raadsvragen over de toegang", "brief"),
        ("Voorstel voor de raad", "raadsvoorstel"),
        # a plan and a regional vision under their other names
        ("Startnotitie jeugdteams", "beleidsplan"),
        ("Uitvoeringsprogramma jeugd 2032", "beleidsplan"),
        ("Beleidsvisie jeugd 2035", "beleidsplan"),
        ("Regionale visie jeugdhulp 2032-2036", "regiovisie"),
    ],
)
def test_a_heading_that_names_the_genre_gives_the_kind(heading: str, kind: str) -> None:
    assert classify(f"{heading}\n\nOnderwerp: toegang jeugdhulp\n\n{_BODY}\n") == kind


def test_an_information_letters_heading_outweighs_its_salutation() -> None:
    text = f"Raadsinformatiebrief\n\nOnderwerp: toegang\n\nGeachte leden van de raad,\n\n{_BODY}\n"
    assert classify(text) == "raadsinformatiebrief"


@pytest.mark.parametrize(
    "heading",
    [
        "Informatiebrief voor ouders van jonge kinderen",  # a leaflet, not a letter to the council
        "Vragen en antwoorden over de jeugdhulp",  # a page of questions and answers
        "Het voorstel aan de raad is uitgesteld",  # a sentence about a proposal
        "De startnotitie jeugdteams is klaar",  # a sentence about a plan
    ],
)
def test_a_heading_that_only_mentions_the_genre_gives_no_kind(heading: str) -> None:
    assert classify(f"{heading}\n\n{_BODY}\n") == "document"


@pytest.mark.parametrize(
    "block",
    [
        "Gerelateerd nieuws\n\nRaad praat over zwembad",
        "Leestijd: 3 minuten",
        "Deel dit artikel",
        "Dit artikel is meer dan een jaar oud",
        "Bekijk ook\n\nNieuwe huisartsenpost geopend",
    ],
)
def test_a_news_pages_blocks_around_its_article_make_news(block: str) -> None:
    text = f"Wachttijden jeugdhulp lopen verder op\n\n{block}\n\n{_BODY} De raad praat er dinsdag over.\n"
    assert classify(text) == "nieuwsbericht"


def test_an_article_of_a_regulation_or_news_as_a_topic_makes_no_news() -> None:
    text = f"Toegang jeugdhulp\n\nDit artikel gaat over toegang. Artikel 3 zegt wie hulp krijgt.\n\n{_BODY}\n"
    assert classify(text) != "nieuwsbericht"
    text = f"Toegang jeugdhulp\n\nHet nieuws over de tekorten bereikte ook de raad.\n\n{_BODY}\n"
    assert classify(text) != "nieuwsbericht"


@pytest.mark.parametrize(
    ("heading", "number"),
    [
        ("Raadsinformatiebrief 2031-17", "2031-17"),
        ("Raadsvoorstel nr. RV.31.042", "RV.31.042"),
        ("Informatienota 31/0815", "31/0815"),
        # a year, a date or a word after the genre word is no number
        ("Raadsvoorstel 2031", None),
        ("Raadsinformatiebrief 4 maart 2031", None),
        ("Raadsvoorstel jeugdhulp 2031", None),
    ],
)
def test_a_genre_heading_that_carries_the_documents_number(heading: str, number: str | None) -> None:
    text = f"{heading}\n\nOnderwerp: Toegang\n\nHet college informeert de raad over de toegang tot hulp.\n"
    metadata = extract_metadata(SourceText(Path("x.txt"), "x", text, "text/plain"))[0]
    assert metadata.identifier == number


_ITEMS = (
    "1. Opening\n\n2. Vaststellen agenda\n\n3. Mededelingen\n\n"
    "4. Gemeenschappelijke regeling Jeugd Oost: begroting 2032\n\n"
    "5. Vaststellen besluitenlijst vorige vergadering\n\n"
    "6. Rondvraag\n\n7. Sluiting\n"
)


def test_a_meetings_agenda_is_no_regulation_by_its_items() -> None:
    assert classify(f"Commissie Zorg 3 maart 2032\n\n{_ITEMS}") != "regeling"
    # nor (called an agenda) a decision list, also with the body's name above that heading
    text = f"Gemeenschappelijke Regeling\n\nAgenda voor de vergadering van het algemeen bestuur\n\n{_ITEMS}"
    assert classify(text) not in {"regeling", "collegebesluit"}


def test_a_regulation_with_its_articles_is_one_without_an_agenda() -> None:
    text = (
        "Gemeenschappelijke regeling Jeugd Oost 2032\n\nArtikel 1 Begripsbepalingen\n\nIn deze regeling "
        "wordt verstaan onder jeugdige: een persoon jonger dan achttien jaar.\n\nArtikel 2 Openbaar lichaam\n"
    )
    assert classify(text) == "regeling"


def test_a_council_meetings_page_with_its_standing_items_is_its_record() -> None:
    assert classify(f"Raadsvergadering 4 november 2031\n\n{_ITEMS}") == "verslag"
    assert classify(f"Raadsvergadering - 4 november 2031\n\n{_ITEMS}") == "verslag"
    # a committee's agenda, and a council meeting named without its items, are not
    assert classify(f"Commissie Zorg 4 november 2031\n\n{_ITEMS}") != "verslag"
    assert classify(f"Raadsvergadering 4 november 2031\n\n{_BODY}\n") != "verslag"


def test_the_colleges_proposal_form_is_its_decision_dated_by_it() -> None:
    text = (
        "1 Collegevoorstel Openbaar Onderwerp Toegang jeugdhulp Portefeuillehouder P. Smit Samenvatting "
        "Het college wil de toegang anders inrichten. Ter besluitvorming door het college "
        "1. De toegang te wijzigen. "
        "Datum ambtelijk voorstel 2 mei 2031 Besluit B&W d.d. 13 mei 2031 Conform advies\n"
    )
    assert classify(text) == "collegebesluit"
    metadata = extract_metadata(SourceText(Path("x.txt"), "x", text, "text/plain"))[0]
    assert metadata.date == date(2031, 5, 13)
    # a news item on a proposal the college made is no decision of it
    news = "Het collegevoorstel om extra geld voor jeugdhulp uit te trekken, haalde dinsdag een meerderheid."
    assert classify(news) != "collegebesluit"


@pytest.mark.parametrize("opening", [",,", "\u201e"])
def test_reported_speech_opened_low_makes_news(opening: str) -> None:
    text = (
        "Gemeenten werken samen aan jeugdhulp\n\nDe gemeenten in de regio gaan met vier aanbieders "
        f"samenwerken. {opening}We willen dat jongeren thuis blijven wonen\u201d, zegt de projectleider.\n"
    )
    assert classify(text) == "nieuwsbericht"
    # the same words without the quotation tell no news
    plain = text.replace(opening, "").replace("\u201d, zegt", ". Dat is het plan van")
    assert classify(plain) != "nieuwsbericht"
