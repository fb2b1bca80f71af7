"""Who issues a document: a party or news site speaking for itself, a council or college by its formula.

Every text here is invented; the municipalities are real so that the gazetteer knows them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from jeugdgraph.extract.metadata import extract_metadata
from jeugdgraph.facts import DocumentMetadata, GazetteerEntry, SourceText

JGI = "https://w3id.org/jeugdgraph/id/"



def metadata(text: str, names: list[GazetteerEntry]) -> DocumentMetadata:
    return extract_metadata(SourceText(Path("stuk.txt"), "stuk", text, "text/plain"), gazetteer=names)[0]


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a party speaking in the first person
        ("Verslag van de raad\n\nDe gemeenteraad vergaderde over de jeugdhulp. Als ChristenUnie vinden "
         "wij dat de kosten samen gedragen moeten worden. De wethouder stemde in.", "ChristenUnie"),
        # "onze motie" on a page that names one party most
        ("Bij de begroting zijn twee moties van GroenLinks aangenomen. Onze motie over wachtlijsten kreeg "
         "steun van de PvdA. GroenLinks is blij met het resultaat.", "GroenLinks"),
        # a local party no list holds, as the author of the motions it calls its own
        ("Twee moties van Sterk Zwolle vroegen om meer toezicht. Onze moties kregen geen meerderheid. "
         "Sterk Zwolle blijft zich inzetten voor de jeugd.", "Sterk Zwolle"),
        # the party as written with its municipality
        ("Drie moties D66 Deventer aangenomen\n\nOnze moties over jeugdzorg zijn aangenomen. D66 is blij "
         "dat de raad de voorstellen van D66 steunde.", "D66 Deventer"),
        # a council member's sign-off under the text
        ("De VVD heeft een amendement ingediend over sport en jeugd. Alle partijen steunden het.\n\n"
         "Anna de Boer\nVVD Gemeenteraadslid", "VVD"),
        # the party's questions in the first person, the party named once and no other
        ("GroenLinks vraagt het college om opheldering\n\nHet rapport over de jeugdbescherming baart zorgen. "
         "Onze vragen gaan over de wachtlijsten.", "GroenLinks"),
        # "Wij krijgen signalen" on the page of a party written with its municipality
        ("Vragen over wachtlijsten\n\nDe fractie van SP Zwolle stelt vragen. Wij krijgen signalen dat "
         "gezinnen lang wachten. SP Zwolle wil dat het college snel handelt.", "SP Zwolle"),
        # a local party whose name no list holds, the subject of the acts of a first-person page
        ("Raad in maart\n\nWe zijn blij met de uitkomst. Zwols!Nu dient samen met CDA en VVD een motie in "
         "over de wachtlijsten. Wat Zwols!Nu betreft moet het college snel handelen.", "Zwols!Nu"),
        # the last of several subjects acts with the others; the one that acts alone speaks
        ("Verslag\n\nDat vinden we belangrijk. ZwolleVooruit dient een amendement in over jeugdhulp. "
         "Ook VVD, SP en CDA dienen een motie in. De VVD vroeg om uitstel.", "ZwolleVooruit"),
        # a party's intentions in the first person
        ("Jeugd\n\nIeder kind moet veilig opgroeien. GroenLinks ziet dat hulp dichtbij werkt.\n\n"
         "Dit zijn we van plan:", "GroenLinks"),
        # the party's site named atop the page, over its menu
        ("GroenLinks Deventer\nHome\nNieuws\nContact\n\nJeugdhulp onder druk\n\n4 mei 2030\n\nDe raad sprak "
         "over de wachtlijsten. De wethouder komt met een plan.", "GroenLinks Deventer"),
        # a byline with the author's role in the party
        ("Jeugdhulp onder druk\n\nDoor Anna de Boer, fractievoorzitter D66 Deventer\n\nDe raad sprak over "
         "de wachtlijsten. De wethouder komt met een plan.", "D66 Deventer"),
        # a party's copyright line names the party, not the municipality in its name
        ("Jeugdhulp onder druk\n\n4 mei 2030\n\nDe raad sprak over de wachtlijsten. De wethouder komt met "
         "een plan.\n\n\u00a9 2030 CDA Deventer\nPrivacy", "CDA Deventer"),
        # a newsroom's byline, and a broadcaster's name atop its page over the menu
        ("Jeugdhulp onder druk\n\nDoor Redactie RTV Ommeland \u00b7 4 mei 2030\n\nDe raad sprak over de "
         "wachtlijsten, zei wethouder Smit.", "RTV Ommeland"),
        ("Omroep Ommeland\nNieuws\nSport\n\nJeugdhulp onder druk\n\n4 mei 2030\n\nDe raad sprak over de "
         "wachtlijsten, zei wethouder Smit.", "Omroep Ommeland"),
        # a local party's site named atop the page by the head word of its name
        ("Zwolle Onafhankelijk!\nJeugdhulp\n\nDe wachtlijsten in de jeugdhulp zijn te lang. Het college "
         "moet daar iets aan doen.", "Zwolle Onafhankelijk"),
        # a local party in the first person, its name written in two words
        ("Geacht College,\n\nAls Burger belangen maken wij ons zorgen over de wachtlijsten. Wij hebben "
         "daarom de volgende vragen.", "Burger belangen"),
        # a local party's headline, its name one word (written as one spelling, so that pages that write
        # it two ways give its one resource one label)
        ("Actueel\nDorpsBelangen wil snellere jeugdhulp\n\nIn de raad van maart stond de jeugdhulp op de "
         "agenda. De wethouder komt met een plan.", "Dorpsbelangen"),
        # the group's word is not the party's name, and its abbreviation is the name the page spells out
        ("Vragen\n\nOnze fractie krijgt signalen over wachtlijsten. De ZSP-fractie vindt dit onacceptabel. "
         "De ZSP-fractie vindt dat het college moet handelen.", "ZSP"),
        ("Raad in maart\n\nWij hebben de motie mede ingediend. Inwonersbelangen heeft de motie gesteund. "
         "Ook IB vindt dat het college moet handelen.", "Inwonersbelangen"),
        # a news site's own links in the page's head
        ("De Stadskrant op Twitter   De Stadskrant op Facebook\nHome\nNieuws\n\nKosten jeugdzorg stijgen\n\n"
         "De gemeenteraad sprak gisteravond over de kosten, zei wethouder Jansen.", "De Stadskrant"),
    ],
)
def test_a_page_that_speaks_for_its_issuer(text: str, issuer: str, names: list[GazetteerEntry]) -> None:
    found = metadata(text, names)
    assert (found.publisher_name, found.publisher) == (issuer, f"{JGI}organisatie/" + _slug(issuer))


def _slug(name: str) -> str:
    from jeugdgraph import iris

    return str(iris.organisatie(name)).rsplit("/", 1)[-1]


@pytest.mark.parametrize(
    "text",
    [
        # a news item that quotes a party's "onze motie" issues nothing for the party
        "De gemeenteraad nam de motie aan. \u201cOnze motie is een succes\u201d, zei CDA-raadslid Smit. "
        "Ook het CDA in de buurgemeente diende een motie in, aldus het CDA.",
        # a news site that asks for support is no party's page
        "Steun ons en word abonnee\n\nDe PvdA en de PvdA-fractie in Deventer stemden tegen de motie. "
        "De PvdA vindt dat de raad te laat is.",
        # a newspaper's quotation opened low is the speaker's voice, not the page's
        "Raad wil meer toezicht\n\nDe VVD diende een motie in. ,,Wij hebben veel zorgen over de "
        "kosten\u201d, "
        "aldus de VVD. Ook het CDA sprak. \u201eWij vinden dit belangrijk\u201d, zei de VVD.",
        # "Denk aan ..." is an imperative, not the party DENK
        "Begroting jeugd\n\nWe hebben de taken voor jeugd uitgebreid. Denk aan de uitvoering van de "
        "jeugdwet. Denk aan de preventie. We hebben afgesproken dat elk kind perspectief heeft.",
        # a party that is only the subject of acts, on a page without a first person
        "Raad in maart\n\nZwols!Nu dient samen met CDA en VVD een motie in over de wachtlijsten. "
        "Zwols!Nu vindt dat het college snel moet handelen.",
        # a party named in the body of a news page, not atop it
        "Jeugdhulp onder druk\n\n4 mei 2030\n\nDe raad sprak over de wachtlijsten.\nGroenLinks Deventer\n"
        "wil dat de wethouder met een plan komt, zei de fractievoorzitter.",
        # a press agency's credit or a menu line atop a page names no site
        "Jeugdhulp onder druk\nANP\n\nDe raad sprak over de wachtlijsten, zei wethouder Smit.",
        "Laatste Nieuws\n\nJeugdhulp onder druk\n\nDe raad sprak over de wachtlijsten, zei wethouder Smit.",
        # two parties named equally: no one speaks for the page
        "Onze motie over jeugdzorg werd gesteund. De VVD en de SP stemden voor. De VVD en de SP zijn blij.",
    ],
)
def test_a_page_that_only_mentions_a_party_has_no_issuer(text: str, names: list[GazetteerEntry]) -> None:
    assert metadata(text, names).publisher is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a council named without "de gemeente", the formula going on with "in vergadering bijeen"
        ("Motie Jeugdzorg dichtbij\n\nDe raad van Zwolle in vergadering bijeen op 4 juli 2018;\n\n"
         "verzoekt het college een plan te maken,\n\nen gaat over tot de orde van de dag.", "gm0193"),
        # minutes headed in capitals: "RAAD DER GEMEENTE X OP <date>"
        ("VERSLAG VAN DE VERGADERING VAN DE RAAD DER GEMEENTE DEVENTER OP DONDERDAG 24 JANUARI 2013 "
         "Onderwerp: jeugdhulp. De voorzitter opent de vergadering.", "gm0150"),
        # a regulation named after its municipality and year
        ("Verordening jeugdhulp Deventer 2015\n\nArtikel 1 Begripsbepalingen\nIn deze verordening wordt "
         "verstaan onder: jeugdige: een persoon.", "gm0150"),
        # a plan whose title line carries its municipality
        ("Meerjarenbeleidskader Jeugd 2026-2029\n\nVoorwoord\n\nMeerjarenbeleidskader Jeugd 2026-2029 "
         "(gemeente Zwolle)\n\nWij willen dat elk kind veilig opgroeit.", "gm0193"),
        # the alt text of a municipality's logo above a regulation (one college's: a regulation of several
        # colleges has no publisher, tests/metadata/test_issuing_bodies.py)
        ("VERORDENING JEUGDHULP\n\nLogo Zwolle\n\nHet college van burgemeester en wethouders van de "
         "gemeente Zwolle;\n\nArtikel 1\nIn deze regeling wordt verstaan onder: regio.",
         "gm0193"),
        # the college's own minutes and decision list
        ("Vergadering 9 mei\n\nOpenbare notulen van de vergadering van Burgemeester en Wethouders gemeente "
         "Deventer van 9 mei 2023\n\nAanwezig\n\nJ. Smit, burgemeester", "gm0150"),
        ("Besluitenlijst college\n\nVergadering burgemeester en wethouders Zwolle, 10 mei 2022\n\n"
         "Jeugdhulp\n\nHet college stemt in met het plan.", "gm0193"),
        # the council's formula with its noun capitalised
        ("Motie Jeugdhulp op tijd\n\nDe Gemeenteraad van Deventer in vergadering bijeen op 3 maart 2020,\n\n"
         "verzoekt het college de wachttijden te halveren,\n\nen gaat over tot de orde van de dag.",
         "gm0150"),
        # the college written as "B&W"
        ("Antwoord van het college van B&W van de gemeente Zwolle, op de vragen over de jeugdhulp\n\n"
         "Het college heeft de vragen over de wachttijden beantwoord.", "gm0193"),
    ],
)
def test_a_council_or_college_by_its_formula(text: str, code: str, names: list[GazetteerEntry]) -> None:
    assert metadata(text, names).publisher == f"{JGI}gemeente/{code}"


def test_a_news_item_about_a_council_is_not_issued_by_it(names: list[GazetteerEntry]) -> None:
    text = ("Raad stemt in met jeugdplan\n\nDe gemeenteraad van Zwolle, die gisteravond vergaderde, stemde "
            "in met het plan, zei wethouder Jansen. De fracties steunden het voorstel.")
    found = metadata(text, names)
    assert (found.kind, found.publisher) == ("nieuwsbericht", None)


def test_a_page_says_whose_it_is_in_its_copyright_line_or_press_release_heading(
    names: list[GazetteerEntry],
) -> None:
    text = ("Gemeente investeert extra in jeugdhulp\n\nGepubliceerd: 12 maart 2024\n\n"
            "Het college trekt geld uit voor de jeugdhulp. 'We willen dat kinderen sneller hulp "
            "krijgen', zegt wethouder De Vries.\n\n\u00a9 2024 Gemeente Zwolle")
    assert metadata(text, names).publisher == f"{JGI}gemeente/gm0193"
    text = ("Persbericht gemeente Deventer\n\nWachtlijsten jeugdzorg korter\n\n4 april 2023\n\n"
            "De wachtlijsten zijn korter geworden, meldt de gemeente.")
    found = metadata(text, names)
    assert (found.kind, found.publisher) == ("nieuwsbericht", f"{JGI}gemeente/gm0150")
    text = ("Jeugdzorg kost miljoenen extra\n\nDoor Redactie | 12 maart 2024, 14:05\n\n"
            "De kosten lopen op. Dat blijkt uit de voorjaarsnota die het college dinsdag "
            "presenteerde.\n\nCopyright \u00a9 2024 RTV Oost")
    found = metadata(text, names)
    assert (found.publisher_name, str(found.date)) == ("RTV Oost", "2024-03-12")
    # a bare credit under a picture's controls atop a newspaper's page names who made the picture
    credited = ("Volledig scherm\n\u00a9 fotobureau\n\nWachtlijst jeugdzorg groeit\n\nKAMPEN - De wachtlijst "
                "groeit, concludeert de rekenkamercommissie in een rapport.")
    credited += "\n\nDe wachttijden zijn lang." * 8  # (the page goes on below its picture)
    assert metadata(credited, names).publisher is None
    owned = credited.replace("\u00a9 fotobureau", "\u00a9 2024 Stadskrant")
    assert metadata(owned, names).publisher_name == "Stadskrant"


def test_a_party_quoted_in_straight_quotes_does_not_issue_a_news_page(names: list[GazetteerEntry]) -> None:
    text = ("De raad stemde gisteravond over de jeugdzorg. 'Onze motie is een succes voor de jeugd', zei "
            "CDA-raadslid Smit. Het CDA diende de motie in, zegt het CDA.")
    assert metadata(text, names).publisher is None


def test_a_newsroom_that_speaks_for_itself_issues_the_page_it_names_an_outlet_on(
    names: list[GazetteerEntry],
) -> None:
    text = ("Uit stukken in handen van Stad Nieuws blijkt dat de gemeenten apart gaan inkopen. Dat de "
            "jeugdzorg niet geregeld is, meldden we eerder al. (foto: Omroep West)")
    assert metadata(text, names).publisher_name == "Stad Nieuws"
    # an outlet credited or quoted on a page that does not speak as a newsroom issues nothing
    text = "De gemeenten gaan apart inkopen, meldt Stad Nieuws. (foto: Omroep West)"
    assert metadata(text, names).publisher is None


def test_the_sender_field_of_written_questions(names: list[GazetteerEntry]) -> None:
    text = ("Schriftelijke vragen over wachtlijsten jeugdzorg\n\nVan: fractie D66 Deventer\n"
            "Aan: het college\n\nGeacht college,\n\nDe fractie van D66 heeft vragen over de wachtlijsten.")
    assert metadata(text, names).publisher_name == "D66 Deventer"


def test_a_party_site_banner_is_no_title_and_a_sentence_about_a_council_no_sign_off(
    names: list[GazetteerEntry],
) -> None:
    text = ("GroenLinks Zwolle\n\nMotie over jeugdzorg aangenomen\n\n14 maart 2024\n\nDe gemeenteraad van "
            "Zwolle heeft dinsdag onze motie over de wachtlijsten aangenomen. GroenLinks Zwolle is blij "
            "dat de raad de motie steunde.")
    found = metadata(text, names)
    assert (found.title, found.publisher_name) == ("Motie over jeugdzorg aangenomen", "GroenLinks Zwolle")
    text = ("Jeugdzorg moet beter\n\nDe VVD Deventer wil betere jeugdzorg. Daarom dienden wij een motie in "
            "die het college om een plan vraagt. De VVD Deventer blijft zich inzetten.")
    assert metadata(text, names).publisher_name == "VVD Deventer"
    text = ("Raad wil grip op jeugdzorg\n\nDe gemeenteraad van Zwolle heeft gisteravond een motie aangenomen "
            "over de kosten van de jeugdzorg. Dat zei wethouder Smit.")
    assert metadata(text, names).publisher is None


@pytest.mark.parametrize(
    "headline",
    [
        "Gemeente Zwolle investeert extra in jeugdhulp",
        "Gemeenteraad Deventer kritisch over jeugdzorg",
        "Burgemeester en wethouders van Zwolle trekken extra geld uit",
    ],
)
def test_a_headline_about_a_council_is_no_letterhead_or_sign_off(
    headline: str, names: list[GazetteerEntry]
) -> None:
    text = (f"{headline}\n\nDe kosten van de jeugdzorg lopen op, zei wethouder Smit gisteravond in de "
            "gemeenteraad. De fracties waren kritisch.\n")
    found = metadata(text, names)
    assert (found.title, found.publisher) == (headline, None)
    # the municipality's own letterhead, with what follows a separator, names it
    found = metadata(f"Gemeente Zwolle | Postbus 10007\n\n{text}", names)
    assert found.publisher == f"{JGI}gemeente/gm0193"


def test_a_party_speaking_as_its_fractie(names: list[GazetteerEntry]) -> None:
    text = ("Verslag van de raad\n\nAls VVD-fractie willen we dat de jeugdzorg betaalbaar blijft. "
            "De raad stemde in.")
    found = metadata(text, names)
    assert (found.kind, found.publisher_name) == ("nieuwsbericht", "VVD")


def test_we_in_a_sentence_that_reports_words_is_not_the_pages_voice(names: list[GazetteerEntry]) -> None:
    text = ("Raad wil grip op de jeugdzorg\n\nDe gemeenteraad van Zwolle bespreekt de regeling. Prima, "
            "aldus de raadsleden dinsdagavond, maar we willen wel grip op de zaak houden.\n\nEen motie "
            "van VVD en CDA onderstreepte die wens. Het CDA diende ook vragen in.")
    assert metadata(text, names).publisher is None


def test_a_name_only_after_motie_van_names_the_motion_not_a_party(names: list[GazetteerEntry]) -> None:
    text = ("Geen motie van wanhoop\n\nOp 3 mei stond er een motie van Treurnis op de agenda. Wij vinden "
            "een motie van Treurnis niet constructief. Onze fractie stemt daarom tegen.")
    assert metadata(text, names).publisher is None


def test_a_party_is_named_with_its_municipality_in_any_case(names: list[GazetteerEntry]) -> None:
    text = ("Motie ouderbijdrage\n\nDe ChristenUnie stelde eerder vragen. De Christenunie Zwolle wil niet "
            "dat gezinnen de dupe worden. Daarom hebben wij een motie ingediend. Onze motie is later "
            "ingetrokken.")
    assert metadata(text, names).publisher_name == "ChristenUnie Zwolle"


def test_the_register_names_the_municipality_that_issues_a_plan_and_its_publication_number(
        names: list[GazetteerEntry]) -> None:
    page = ("Ziet u een fout in deze regeling?\n\nZwolle\n\nJeugdnota Zwolle 2024-2027\n\n"
            "Gegevens van de regeling\nOrganisatieZwolle\nOrganisatietypeGemeente\n"
            "Officiële naam regelingJeugdnota Zwolle 2024-2027\n\n"
            "Bron bekendmaking\n\nKenmerk voorstel\n\n01-02-2024nieuwe regeling\n\n09-01-2024\n\n"
            "gmb-2024-12345\n\nTekst van de regeling\n\nIntitulé\n\nHoofdstuk 1 Inleiding\n\n"
            "Wij zetten in op {subject}.")
    found = metadata(page.format(subject="preventie"), names)
    assert (found.publisher, found.identifier) == (f"{JGI}gemeente/gm0193", "gmb-2024-12345")
    # a regulation of several municipalities has no one issuer, whatever municipality files it
    joint = metadata(page.format(subject="de centrumregeling van de colleges van de gemeenten"), names)
    assert joint.publisher is None


def test_an_attachment_names_the_proposals_number(names: list[GazetteerEntry]) -> None:
    text = "Bijlage 2 bij Raadsvoorstel 2024123\n\nZienswijze Zwolle\n\nAls college vragen wij uw zienswijze."
    assert metadata(text, names).identifier == "2024123"


@pytest.mark.parametrize(
    ("text", "author"),
    [
        # the questions' heading names who asks them
        ("Schriftelijke vragen Samen Zwolle over de wachtlijsten\n\nAan het college\n\nGeacht college,\n\n"
         "Wij hebben vragen over de wachtlijsten.", "Samen Zwolle"),
        # the author as the subject of "heeft de volgende vragen"
        ("Wachtlijsten jeugdhulp\n\nGeacht college,\n\nDe wachtlijsten groeien. Stadsbelang Zwolle heeft de "
         "volgende vragen aan het college:\n\n1. Hoe lang is de wachtlijst?", "Stadsbelang Zwolle"),
        # a letter signed by a member with the party in brackets
        ("Brief over de jeugdzorg\n\nAan het college\n\nIn maart schreef ik u over de jeugdzorg.\n\n"
         "Hoogachtend,\n\nJ. de Vries (Lokaal Zwolle)", "Lokaal Zwolle"),
    ],
)
def test_the_author_of_written_questions_or_a_letter(text: str, author: str,
                                                     names: list[GazetteerEntry]) -> None:
    assert metadata(text, names).publisher_name == author


def test_a_news_page_reproducing_questions_is_not_their_author(names: list[GazetteerEntry]) -> None:
    text = ("Fractie stelt vragen over jeugdzorg\n\nmaandag 3 mei 2021\n\nDe wachtlijsten groeien, zegt de "
            "fractie. Stadsbelang Zwolle heeft de volgende vragen aan het college. De raad vergadert "
            "dinsdagavond over de jeugdzorg, aldus de wethouder.")
    found = metadata(text, names)
    assert found.kind == "nieuwsbericht" and found.publisher_name is None


@pytest.mark.parametrize(
    ("text", "party"),
    [
        # a local party by the words such names are made of, speaking in the first person
        ("Meer zicht op jeugdhulp\n\nIn de nota ziet leefbaar Zwolle een stijging van de kosten. Daarom "
         "hebben wij een motie ingediend. Leefbaar Zwolle wil dat de raad meer zicht krijgt.",
         "Leefbaar Zwolle"),
        ("Uit overleg gestapt\n\nBurgerbelangen Zwolle heeft met de raad besloten uit het overleg te "
         "stappen. Afgelopen week hebben we hier over gesproken. Dit is een belangrijk punt voor "
         "Burgerbelangen Zwolle.", "Burgerbelangen Zwolle"),
    ],
)
def test_a_local_party_speaking_for_its_page(text: str, party: str, names: list[GazetteerEntry]) -> None:
    assert metadata(text, names).publisher_name == party


def test_a_common_noun_phrase_is_no_local_party(names: list[GazetteerEntry]) -> None:
    text = ("Verslag\n\nSociaal Zwolle\n\nOnze fractie vindt het Sociaal Domein belangrijk. In het Sociaal "
            "Domein werken we samen.")
    assert metadata(text, names).publisher_name == "Sociaal Zwolle"


@pytest.mark.parametrize(
    ("text", "office"),
    [
        # the audit office on a line of its own in the report's head
        ("BESTUURLIJK RAPPORT\nWachttijden in de jeugdhulp\nonderzoek in Ommen\nmaart 2019\n"
         "Rekenkamer Ommen\nCOLOFON\nonderzoekers: J. Smit\n\nSamenvatting\n\nDe gemeente is sinds 2015 "
         "verantwoordelijk voor de jeugdhulp. Wij onderzochten hoe lang jeugdigen wachten.",
         "Rekenkamer Ommen"),
        # the author field of a flattened report
        ("Jeugd in beeld Onderzoek naar de jeugdhulp in Ommen 2 Colofon Titel: Jeugd in beeld Door: "
         "Rekenkamercommissie Ommen i.s.m.: een bureau Datum: maart 2019 De commissie wordt ondersteund door "
         "de griffie van de gemeenteraad. " * 2, "Rekenkamercommissie Ommen"),
        # one office of two municipalities, in a report database's field
        ("Wachten op jeugdhulp\n\nDatum van publicatie: 2022-03-01\n\nDe commissie onderzocht de "
         "wachttijden. Zij beveelt de raden aan vaker te sturen.\n\nRekenkamer(commissie)\n"
         "Gezamenlijke rekenkamercommissie Ommen en Hardenberg\nProvincie(s)\nOverijssel",
         "Gezamenlijke rekenkamercommissie Ommen en Hardenberg"),
    ],
)
def test_an_audit_office_issues_its_report(text: str, office: str, names: list[GazetteerEntry]) -> None:
    assert metadata(text, names).publisher_name == office


def test_a_report_that_cites_an_audit_office_is_not_its_report(names: list[GazetteerEntry]) -> None:
    text = ("Raadsvoorstel jeugdhulp\n\nDe Rekenkamer Ommen onderzocht de wachttijden in de jeugdhulp. "
            "Het college neemt de aanbevelingen over en stelt de raad voor in te stemmen met het plan.")
    assert metadata(text, names).publisher_name is None


def test_a_sites_welcome_banner_names_the_party_that_owns_it(names: list[GazetteerEntry]) -> None:
    text = ("Welkom op de website van Dorpslijst2030, de partij van het dorp.\n\nMoties over de jeugd\n\n"
            "De VVD en het CDA stemden tegen de motie over de jeugdhulp. De VVD vond haar te duur. "
            "Wij blijven ons inzetten voor de jeugd.")
    assert metadata(text, names).publisher_name == "Dorpslijst2030"
    # without the banner the page names no owner of its own
    assert metadata(text.split("\n\n", 1)[1], names).publisher_name != "Dorpslijst2030"


def test_a_party_that_reports_in_the_first_person_of_its_view_issues_the_page(
    names: list[GazetteerEntry],
) -> None:
    text = ("Verslag commissie Welzijn\n\nIn de commissie is gesproken over de jeugdgezondheidszorg. "
            "GroenLinks heeft aangegeven dat de wachttijden te lang zijn. "
            "Die zijn ons inziens niet aanvaardbaar.")
    assert metadata(text, names).publisher_name == "GroenLinks"
    # the same report without the first person is the party's news, told by someone else
    assert metadata(text.replace("ons inziens", "volgens haar"), names).publisher is None


def test_a_party_named_only_as_a_colleagues_affiliation_issues_no_page(names: list[GazetteerEntry]) -> None:
    text = ("Maak de jeugdhulp dichtbij\n\nOp 8 april besprak de raad de notitie van Anna Smit en collega "
            "Bart Bos van GroenLinks. Wij willen dat de jeugdhulp in de wijk begint.")
    assert metadata(text, names).publisher is None
    # the party that speaks of its own notitie is the page's
    spoken = text.replace("Anna Smit en collega Bart Bos van GroenLinks", "GroenLinks")
    assert metadata(spoken, names).publisher_name == "GroenLinks"


def test_a_member_writing_for_the_group_with_a_colleague_issues_the_groups_page(
    names: list[GazetteerEntry],
) -> None:
    text = ("Anna Smit en ik waren gisteravond bij de bijeenkomst over de jeugdzorg in de regio. "
            "De fractie GroenLinks Kampen is van mening dat de jeugdzorg betaalbaar moet blijven.")
    assert metadata(text, names).publisher_name == "GroenLinks Kampen"
    # a reporter who tells the same names no publisher
    told = text.replace("Anna Smit en ik waren", "Anna Smit en Bart Bos waren")
    assert metadata(told, names).publisher is None


def test_a_municipalitys_welcome_banner_names_no_party(names: list[GazetteerEntry]) -> None:
    text = ("Welkom op de website van Gemeente Zwolle\n\nJeugdhulp in de wijk\n\n"
            "De gemeente opent een nieuw loket voor jeugdhulp in de wijk Holtenbroek.")
    assert metadata(text, names).publisher_name != "Gemeente Zwolle"


def test_a_bare_copyright_at_the_foot_of_a_page_names_its_owner(names: list[GazetteerEntry]) -> None:
    text = ("Wachtlijst jeugdzorg groeit\n\nKAMPEN - De wachtlijst groeit, concludeert de "
            "rekenkamercommissie in een rapport.\n\n\u00a9 Stadskrant")
    assert metadata(text, names).publisher_name == "Stadskrant"


def test_a_party_asking_its_own_questions_issues_its_letter(names: list[GazetteerEntry]) -> None:
    text = ("Vragen over de wachtlijst jeugdhulp\n\nGeacht college,\n\nOuders wachten lang op jeugdhulp. "
            "Want Volt vindt dat ieder kind op tijd hulp moet krijgen. "
            "Dat brengt ons bij de volgende vragen:\n\n1. Hoe lang is de wachtlijst?\n")
    assert metadata(text, names).publisher_name == "Volt"
    # the same questions told of a party by others name no publisher
    told = text.replace("Dat brengt ons bij de volgende vragen", "De partij stelt de volgende vragen")
    assert metadata(told, names).publisher is None


def test_a_news_items_closing_credit_names_the_paper_that_wrote_it(names: list[GazetteerEntry]) -> None:
    item = ("Raad wil meer geld voor jeugdzorg\n\nDe gemeenteraad van Ede wil dat het college extra geld "
            "vrijmaakt voor de jeugdzorg. De raad nam donderdag een motie aan. {credit}\n")
    assert metadata(item.format(credit="(Trouw)"), names).publisher_name == "Trouw"
    # a press agency's item on another site, or a party closing a sentence, names no publisher
    assert metadata(item.format(credit="(ANP)"), names).publisher is None
    assert metadata(item.format(credit="Dat zei wethouder Smit (VVD)."), names).publisher is None


@pytest.mark.parametrize(
    ("head", "site"),
    [
        ("Raad wil kortere wachttijden - RTV Oost", "RTV Oost"),
        ("Raad wil kortere wachttijden\n\nDoor: Redactie Dagblad van het Noorden", "Dagblad van het Noorden"),
        ("Raad wil kortere wachttijden | Laatste Nieuws", None),
    ],
)
def test_a_news_sites_title_suffix_or_byline_names_it(
    head: str, site: str | None, names: list[GazetteerEntry],
) -> None:
    text = f"{head}\n\nDe raad sprak over de wachttijden in de jeugdhulp. De kosten stijgen al jaren.\n"
    assert metadata(text, names).publisher_name == site


def test_a_newsroom_telling_of_its_own_work_issues_the_page(names: list[GazetteerEntry]) -> None:
    text = "Tekorten in de jeugdzorg\n\n12 maart 2024 10:05\n\nVeel gemeenten hebben tekorten. {sentence}\n"
    assert metadata(text.format(sentence="RTV Utrecht vroeg alle gemeenten naar hun cijfers."),
                    names).publisher_name == "RTV Utrecht"
    # cited by another site, or beside another outlet, it issues nothing
    assert metadata(text.format(sentence="Dat meldt RTV Utrecht na een rondgang."), names).publisher is None
    assert metadata(text.format(sentence="RTV Utrecht vroeg het na, NOS ook."), names).publisher is None
