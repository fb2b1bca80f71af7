"""A title is the page's own heading: not a jump link, an image's file name, a document viewer's label or
buttons; a heading in capitals wrapped over lines is one title; a short headline may be a name and a
question."""

from __future__ import annotations

from metadata_text import metadata_of

from jeugdgraph.extract.kinds import classify

_PROSE = (
    "De gemeente Zwolle en haar partners werken samen aan betere jeugdhulp dichtbij huis, zodat "
    "kinderen sneller de hulp krijgen die zij nodig hebben en ouders minder lang hoeven te wachten.\n"
)
_VIEWER = (
    "\u2022 No results found\n\nSamenwerking jeugd Zwolle\n\nN/A\n\nProtected\n\n"
    'Share "Samenwerking jeugd Zwolle"\n\nCopied!\n\n12\n\n0\n\n'
    "Bezig met laden.... (Bekijk nu de volledige tekst)\n\nHele tekst\n\n(1)\n\n"
)



def test_a_jump_link_and_an_image_file_name_are_no_titles(names) -> None:  # noqa: ANN001
    assert metadata_of("top of page\n\nSamen sterk voor de jeugd\n\n" + _PROSE, names).title == (
        "Samen sterk voor de jeugd"
    )
    text = "Jeugdraad\n\nPiet Klaassen.jpgdinsdag 3 mei 2030 10:12\n\n" + _PROSE + "De jeugdraad vergadert.\n"
    assert metadata_of(text, names).title == "Jeugdraad"


def test_a_document_viewers_label_is_no_title_its_document_heading_is(names) -> None:  # noqa: ANN001
    heading = "Toelichting Gemeenschappelijke regeling Jeugd West 2030"
    text = _VIEWER + heading + "\n\nAlgemene toelichting\n\n" + _PROSE
    assert metadata_of(text, names).title == heading


def test_an_annex_label_above_the_heading_is_passed_over(names) -> None:  # noqa: ANN001
    text = _VIEWER + "Bijlage 3 bij raadsvoorstel 2030-17\n\nZienswijze Zwolle\n\n" + _PROSE
    assert metadata_of(text, names).title == "Zienswijze Zwolle"


def test_a_heading_in_capitals_wrapped_over_two_lines_is_one_title(names) -> None:  # noqa: ANN001
    text = "1\n\nSAMENWERKINGSAFSPRAKEN\n\nJEUGDHULP REGIO IJSSELLAND\n\n" + _PROSE
    assert metadata_of(text, names).title == "SAMENWERKINGSAFSPRAKEN JEUGDHULP REGIO IJSSELLAND"


def test_a_short_headline_of_a_name_and_a_question(names) -> None:  # noqa: ANN001
    text = "Jeugdteam Noord. En nu?\n\nHet jeugdteam Noord stopt. " + _PROSE
    assert metadata_of(text, names).title == "Jeugdteam Noord. En nu?"
    # a sentence of prose with a question after it heads nothing
    prose = "Het college heeft het plan vorige week gepresenteerd aan de raad. Wat vindt u ervan?"
    assert metadata_of(prose + "\n\n" + _PROSE, names).title != prose


def test_a_viewers_label_naming_a_regulation_does_not_make_a_letter_one() -> None:
    text = (
        _VIEWER.replace("Samenwerking jeugd Zwolle", "Gemeenschappelijke Regeling Jeugd West")
        + "Betreft: kadernota 2031\n\nGeachte raadsleden,\n\nMet deze brief informeren wij u over de "
        "kadernota van de gemeenschappelijke regeling Jeugd West.\n"
    )
    assert classify(text) != "regeling"


def test_a_headline_with_a_kicker_trailing_off_is_a_title(names) -> None:  # noqa: ANN001
    headline = "Voorjaarsbericht jeugdhulp: samen verder..."
    text = headline + "\n\n12-04-2031\n\nHet voorjaarsbericht jeugdhulp. " + _PROSE
    assert metadata_of(text, names).title == headline
    # a description the site cut off mid-sentence is none
    cut = "Onderzoek naar jeugdhulp in de regio \u00b7 Om de afstand van de raad te..."
    assert metadata_of(cut + "\n\nOnderzoek naar jeugdhulp. " + _PROSE, names).title != cut


def test_a_file_name_shown_as_a_label_is_no_title(names) -> None:  # noqa: ANN001
    text = (
        "7_Verordening jeugdhulp Oost 12032031\n\nDe raad van de gemeente Oost;\n\nbesluit vast te "
        "stellen de:\n\nVerordening jeugdhulp Oost 2031\n\nArtikel 1 Begripsbepalingen\n\nIn deze "
        "verordening wordt verstaan onder jeugdige: een persoon jonger dan achttien jaar.\n"
    )
    assert metadata_of(text, names).title == "Verordening jeugdhulp Oost 2031"


def test_a_title_with_a_bar_repeated_as_the_pages_heading_is_no_breadcrumb(names) -> None:  # noqa: ANN001
    text = (
        "Programma 3 | Zorg en Welzijn\n\nProgramma 3 | Zorg en welzijn\n\n"
        "Terug naar navigatie - Programma 3\n\nHet programma zorg en welzijn gaat over de ondersteuning "
        "van inwoners. " + _PROSE
    )
    assert metadata_of(text, names).title == "Programma 3 | Zorg en Welzijn"
    # a bar in a line that stands alone is the site's navigation
    assert metadata_of(text.replace("Programma 3 | Zorg en welzijn\n\n", ""), names).title is None


def test_an_opening_sentence_that_sets_the_scene_is_no_headline(names) -> None:  # noqa: ANN001
    text = (
        "Tijdens de raadsvergadering van 3 maart 2031 zijn drie moties ingediend.\n"
        "De VVD heeft een motie ingediend over de wachtlijsten in de jeugdhulp. Die is aangenomen.\n"
    )
    assert metadata_of(text, names).title is None
    headline = "Raadslid Smit stelt vragen over de wachtlijsten."
    found = metadata_of(headline + "\n\nDe wachtlijsten in de jeugdhulp. " + _PROSE, names)
    assert found.title == headline[:-1]


def test_a_headline_about_a_person_named_with_a_form_of_address_stays_a_title(names) -> None:  # noqa: ANN001
    text = (
        "Mevrouw Jansen stopt als wethouder jeugd\n\nWethouder Jansen van Oostdorp stopt na acht jaar "
        "als wethouder jeugd, zo heeft zij de gemeenteraad laten weten in een brief."
    )
    assert metadata_of(text, names).title == "Mevrouw Jansen stopt als wethouder jeugd"


def test_a_posts_dated_heading_wins_over_its_subheading(names) -> None:  # noqa: ANN001
    text = (
        "Columns\n\n12-03-2031: Jeugdhulp\n\nJeugdhulp in Oostdorp\n\nDeze week wil ik stilstaan bij de "
        "jeugdhulp in Oostdorp, want de wachtlijsten worden langer en ouders maken zich zorgen.\n"
    )
    assert metadata_of(text, names).title == "12-03-2031: Jeugdhulp"


def test_an_authors_name_twice_over_the_post_is_no_title(names) -> None:  # noqa: ANN001
    text = "Anna van der Berg\n\nAnna van der Berg\n\nWachtlijsten voor jeugdhulp\n\n" + _PROSE
    assert metadata_of(text, names).title == "Wachtlijsten voor jeugdhulp"
    # a heading of two capitalised words repeated as the page's heading stays its title
    text = (
        "Beleidsplan Jeugd\n\nBeleidsplan Jeugd\n\nCirkels om het gezin\n\n"
        + _PROSE
        + "Dit beleidsplan gaat over jeugd.\n"
    )
    assert metadata_of(text, names).title == "Beleidsplan Jeugd"


def test_a_provinces_letterhead_kind_word_and_number_stand_above_a_long_headline(names) -> None:  # noqa: ANN001
    headline = ("Provincie en acht Gelderse gemeenten sluiten convenant voor betere samenwerking tussen "
                "jeugdzorg en het lokale jeugdbeleid")
    text = (f"Provincie Gelderland\n\nPersbericht\n\n20071234\n\n{headline}\n\nOp 4 juni tekenen de "
            "provincie en acht gemeenten een convenant over de samenwerking in de jeugdzorg. " + _PROSE)
    assert metadata_of(text, names).title == headline
    # below a line of prose a long line is no headline
    prose = text.replace("20071234", "De provincie werkt al jaren samen met de gemeenten aan de jeugdzorg "
                         "en het jeugdbeleid in de regio, en zet die samenwerking nu voort.")
    assert metadata_of(prose, names).title != headline


def test_a_pictures_caption_with_its_credit_after_the_sentence_is_no_title(names) -> None:  # noqa: ANN001
    caption = "Wethouder Anna Smit opent het nieuwe jongerencentrum in Zwolle. Foto: Piet de Boer"
    text = f"{caption}\n{caption}\n\nJongerencentrum Zwolle open voor jeugdhulp\n\n" + _PROSE
    assert metadata_of(text, names).title == "Jongerencentrum Zwolle open voor jeugdhulp"
    # a headline with a credit but no sentence before it stays a title
    credited = "Jongerencentrum Zwolle open Foto: Piet de Boer\n\n" + _PROSE
    assert metadata_of(credited, names).title == "Jongerencentrum Zwolle open"
