"""A title as the heading prints it, without the page's kind word, the register's number or the site's name;
the number a heading carries is the document's identifier."""

from __future__ import annotations

from metadata_text import metadata_of


def test_a_letter_heading_with_its_number_gives_title_and_identifier(names) -> None:  # noqa: ANN001
    text = ("SCHRIFTELIJKE VRAGEN OVER WACHTLIJSTEN JEUGDHULP, KENMERK RV/JH/2201\n\nZwolle, 3 mei 2022\n\n"
            "Aan het college van burgemeester en wethouders\n\nBetreft: Schriftelijke vragen over "
            "wachtlijsten jeugdhulp, kenmerk RV/JH/2201\n\nGeacht college,\n\n"
            "Wij hebben de volgende vragen.\n")
    found = metadata_of(text, names)
    assert found.title == "Schriftelijke vragen over wachtlijsten jeugdhulp"
    assert found.identifier == "RV/JH/2201"


def test_a_register_number_before_a_regulation_is_its_identifier_not_its_title(names) -> None:  # noqa: ANN001
    text = ("CVDR. Nr. CVDR123456_2. Verordening jeugdhulp Zwolle 2020\n\nArtikel 1 Begripsbepalingen\n\n"
            "In deze verordening wordt verstaan onder jeugdige: een persoon jonger dan achttien jaar.\n")
    found = metadata_of(text, names)
    assert (found.title, found.identifier) == ("Verordening jeugdhulp Zwolle 2020", "CVDR123456_2")


def test_the_page_kind_word_before_a_headline_is_no_part_of_the_title(names) -> None:  # noqa: ANN001
    text = ("Terug\n\nPersbericht Extra handen voor de jeugdhulp in Zwolle\n\nGepubliceerd op: 4 mei 2030\n\n"
            "Het college van Zwolle zet extra jeugdconsulenten in om de wachtlijsten voor de jeugdhulp te "
            "verkorten, meldt de gemeente in een bericht aan alle inwoners van de stad.\n")
    assert metadata_of(text, names).title == "Extra handen voor de jeugdhulp in Zwolle"


def test_a_local_partys_banner_and_a_motions_closing_formula_are_no_titles(names) -> None:  # noqa: ANN001
    text = ("Zwolle Lokaal!\nJeugdhulp\n\nDe wachtlijsten in de jeugdhulp zijn veel te lang. Het college "
            "moet daar volgens ons snel iets aan doen, want kinderen wachten soms een jaar op de hulp die ze "
            "nodig hebben.\n")
    assert metadata_of(text, names).title == "Jeugdhulp"
    motion = ("De raad van de gemeente Zwolle, in vergadering bijeen op 4 mei 2030,\n\nconstaterende dat de "
              "wachtlijsten oplopen;\n\nverzoekt het college een plan te maken,\n\n"
              "En gaat over tot de orde van de dag.\n")
    assert metadata_of(motion, names).title is None


def test_the_first_line_below_the_pages_date_heads_it_though_its_words_do_not_recur(names) -> None:  # noqa: ANN001
    text = ("dinsdag 4 mei 2030\n\nWachten in de Vechtstreek\n\nLaat ik vooropstellen dat de samenwerking in "
            "de regio goed werkt. Toch zie ik dat gezinnen lang op hulp wachten, en dat baart mij zorgen.\n\n"
            "Ik kom er later op terug.\n")
    assert metadata_of(text, names).title == "Wachten in de Vechtstreek"
    # a line below the first prose heads nothing
    text = ("ZWOLLE | Op 4 mei 2030 sprak het college met de jeugdhulpaanbieders over de wachtlijsten in de "
            "regio.\nBanner ZL\n\nDe vragen volgen hieronder.\n")
    assert metadata_of(text, names).title is None


def test_a_letters_own_heading_above_its_addressee_is_its_title(names) -> None:  # noqa: ANN001
    text = ("Brief over de wachtlijsten\n\nAan het college van B&W van Zwolle.\n\nZwolle, 4 mei 2030\n\n"
            "In maart schreef ik u over de wachtlijsten. Ik heb nog geen antwoord.\n\n"
            "Hoogachtend,\n\nA. Smit")
    assert metadata_of(text, names).title == "Brief over de wachtlijsten"
    # a letter that opens with its salutation has no heading
    text = "Geacht college,\n\nIn maart schreef ik u over de wachtlijsten.\n\nHoogachtend,\n\nA. Smit"
    assert metadata_of(text, names).title is None


def test_a_flattened_motions_subject_field_ends_where_its_formula_begins(names) -> None:  # noqa: ANN001
    text = ("Motie vreemd aan de orde van de dag Onderwerp: Jeugdzorg dichtbij De raad van de gemeente "
            "Hoorn, in vergadering bijeen op 3 oktober 2030, constaterende dat jongeren te lang wachten; "
            "verzoekt het college om een plan te maken, en gaat over tot de orde van de dag. Fractie VVD, "
            "R. Bakker")
    found = metadata_of(text, names)
    assert (found.kind, found.title) == ("motie", "Jeugdzorg dichtbij")


def test_a_heading_that_opens_with_its_date_is_a_title_not_a_date_line(names) -> None:  # noqa: ANN001
    text = ("Columns\n\n12-03-2030: Wachtlijsten\n\nDeze week sprak de raad over de wachtlijsten in de "
            "jeugdhulp. De wachtlijsten zijn lang en de raad wil dat het college snel met een plan komt.\n")
    assert metadata_of(text, names).title == "12-03-2030: Wachtlijsten"


def test_a_party_sites_name_after_a_headline_is_no_part_of_the_title(names) -> None:  # noqa: ANN001
    text = ("Wachtlijsten jeugdhulp te lang - Leefbaar Zwolle\n\nDe wachtlijsten in de jeugdhulp zijn te "
            "lang. Het college moet volgens de raad snel met een plan komen voor de wachtlijsten.\n")
    assert metadata_of(text, names).title == "Wachtlijsten jeugdhulp te lang"


def test_a_motions_heading_with_a_colon_is_its_title_as_printed_before_its_subject_field(names) -> None:  # noqa: ANN001
    text = ("Motie: Gezonde start\n\nRaadsvergadering 4 maart 2031\n"
            "Onderwerp: Programma voor jonge gezinnen\nIndiener: fractie Dorpsbelang\n\n"
            "De raad van de gemeente Ommen, in vergadering bijeen op 4 maart 2031,\n\n"
            "verzoekt het college een plan te maken,\n\nen gaat over tot de orde van de dag.\n")
    assert metadata_of(text, names).title == "Motie: Gezonde start"


def test_a_heading_joined_by_one_slash_is_a_title_and_a_crumb_trail_is_not(names) -> None:  # noqa: ANN001
    text = ("OVERLEG ADVIESRAAD SOCIAAL DOMEIN / JONGERENWERK DORPEN\n\n"
            "Ommen, 3 juni 2030, Dorpshuis, 19.30 uur\n\n"
            "Aanwezig: leden van de adviesraad en het jongerenwerk\n\n"
            "De adviesraad sprak met het jongerenwerk in de dorpen over de jeugdhulp die de gemeente "
            "vanaf volgend jaar regelt voor alle jongeren.\n")
    found = metadata_of(text, names)
    assert found.title == "OVERLEG ADVIESRAAD SOCIAAL DOMEIN / JONGERENWERK DORPEN"
    assert str(found.date) == "2030-06-03"  # the meeting's place, date, venue and hours
    crumbs = text.replace("OVERLEG ADVIESRAAD SOCIAAL DOMEIN / JONGERENWERK DORPEN", "Home / Adviesraad")
    assert metadata_of(crumbs, names).title != "Home / Adviesraad"


def test_a_sites_section_label_above_a_letters_heading_is_no_title(names) -> None:  # noqa: ANN001
    text = ("Publicaties\n\nVragen over de wachttijden in de jeugdhulp\n\nGeacht college,\n\n"
            "Ouders wachten lang op hulp voor hun kind. Wij hebben daarom de volgende vragen.\n\n"
            "1. Hoe lang is de wachttijd?\n")
    assert metadata_of(text, names).title == "Vragen over de wachttijden in de jeugdhulp"


def test_the_title_stands_above_a_decimal_section_and_the_table_of_contents(names) -> None:  # noqa: ANN001
    chapter = ("Programma 3 Zorg en welzijn\n\nDoelen\n\n"
               "3.1 Kinderen groeien gezond en veilig op in de gemeente\n\n3.1.1\n"
               "Kinderen en ouders krijgen op tijd passende jeugdhulp in de gemeente\n\n"
               "We zorgen dat kinderen gezond en veilig opgroeien en dat ouders op tijd jeugdhulp krijgen.\n")
    assert metadata_of(chapter, names).title == "Programma 3 Zorg en welzijn"
    budget = ("Begroting Jeugdregio 2031\n\nINHOUD\n\nALGEMENE BESCHOUWINGEN 4\n\nJEUGDHULP IN DE REGIO 8\n\n"
              "De jeugdregio begroot de kosten van de jeugdhulp in de regio voor het jaar 2031 en verder.\n")
    assert metadata_of(budget, names).title == "Begroting Jeugdregio 2031"


def test_a_headline_with_a_doubled_mark_is_a_title_and_a_programmes_question_is_none(names) -> None:  # noqa: ANN001
    post = ("Motie over de speeltuinen aangenomen!!\n\nDoor Anna Smit op 3 maart 2031\n\n"
            "De raad heeft de motie over de speeltuinen unaniem aangenomen. Wij zijn blij met de steun.\n")
    assert metadata_of(post, names).title == "Motie over de speeltuinen aangenomen!!"
    chapter = ("Wat willen we bereiken?\n\nWij willen dat kinderen gezond opgroeien en dat ouders op tijd "
               "hulp krijgen bij het opvoeden van hun kinderen in de gemeente.\n\nWat hebben we gedaan?\n\n"
               "We hebben het consultatiebureau uitgebreid.\n")
    assert metadata_of(chapter, names).title is None


def test_a_pictures_keywords_atop_a_news_item_are_no_title(names) -> None:  # noqa: ANN001
    text = ("Wijkteam, jeugdhulp\n\nKAMPEN - De gemeente Kampen zet vanaf volgend jaar een jeugdconsulent "
            "in elk wijkteam, zodat ouders sneller hulp krijgen bij het opvoeden van hun kinderen.\n")
    assert metadata_of(text, names).title is None
    # a heading of words joined by "en" is a title
    headed = text.replace("Wijkteam, jeugdhulp", "Wijkteam en jeugdhulp dichterbij")
    assert metadata_of(headed, names).title == "Wijkteam en jeugdhulp dichterbij"


def test_a_headline_run_on_into_its_pictures_caption_is_the_title(names) -> None:  # noqa: ANN001
    body = ("KAMPEN - De gemeente Kampen komt dit jaar geld tekort voor de jeugdhulp, zegt wethouder Bos. "
            "Het tekort kan oplopen tot twee miljoen euro.\n")
    text = ("Kampen zoekt extra geld voor de jeugdhulp Kampen heeft te weinig budget voor de jeugdhulp "
            "(foto: Stadsomroep / Anna Smit)\n\n" + body)
    assert metadata_of(text, names).title == "Kampen zoekt extra geld voor de jeugdhulp"
    # a caption alone, naming a person, is no title cut short
    caption = "Wethouder Anna Smit opent het nieuwe wijkcentrum in de stad (foto: Stadsomroep)\n\n" + body
    assert metadata_of(caption, names).title != "Wethouder Anna"


def test_a_download_link_is_no_title_and_a_running_header_loses_its_page_number(names) -> None:  # noqa: ANN001
    text = ("Monitor jeugdhulp Ommen 2030 definitief PDF, 1.2 MB\n\n"
            "Monitor jeugdhulp Gemeente Ommen (2030) 1\n\nMonitor jeugdhulp\n\n"
            "Monitor jeugdhulp Gemeente Ommen (2030) 2\n\nInleiding\n\n"
            "Voor u ligt de monitor van de jeugdhulp in de gemeente Ommen over het jaar 2030, met de kosten "
            "en het gebruik van jeugdhulp.\n")
    assert metadata_of(text, names).title == "Monitor jeugdhulp Gemeente Ommen (2030)"
    # a heading that ends in a number found once keeps it
    single = ("Programma 2030 2\n\n"
              "Voor u ligt het programma van de gemeente voor de jeugdhulp in het jaar 2030.\n")
    assert metadata_of(single, names).title == "Programma 2030 2"


def test_a_pages_title_with_its_sites_name_gives_way_to_the_heading_that_repeats_it(names) -> None:  # noqa: ANN001
    text = ("Nota jeugdhulp - Sociaal Domein Ommen\n\nNota jeugdhulp\nSamen voor de jeugd\nGemeente Ommen\n"
            "Maart 2030\nInleiding\nDe gemeente Ommen is verantwoordelijk voor de jeugdhulp en wil die "
            "dichtbij de gezinnen organiseren.\n")
    assert metadata_of(text, names).title == "Nota jeugdhulp"
    # a title with a dash that no heading repeats stays as printed
    alone = text.replace("\n\nNota jeugdhulp\n", "\n\n")
    assert metadata_of(alone, names).title == "Nota jeugdhulp - Sociaal Domein Ommen"
