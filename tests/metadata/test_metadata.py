"""Document metadata and the documents inside one file, on the seeds and on documents of the genre."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jeugdgraph.errors import InputError
from jeugdgraph.extract.metadata import classify, extract_metadata
from jeugdgraph.facts import SourceText
from jeugdgraph.readers import normalise_text, read_document
from jeugdgraph.settings import PROJECT_ROOT, SEEDS_DIR

JGI = "https://w3id.org/jeugdgraph/id/"
VLAARDINGEN = f"{JGI}gemeente/gm0622"
DOCUMENTS = PROJECT_ROOT / "tests" / "fixtures" / "documents"



def seed(stem: str) -> SourceText:
    return read_document(SEEDS_DIR / f"{stem}.txt")


def source(text: str, name: str = "stuk.txt") -> SourceText:
    return SourceText(Path(name), Path(name).stem, normalise_text(text), "text/plain")


# --- the seeds --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stem", "kind", "title", "when", "date_text"),
    [
        ("000_6433c76c45005ce2", "motie", "Versterken preventieve jeugdhulp", None, None),
        ("001_1786b06549a818d4", "nieuwsbericht", "Maatregelenpakket voor kwalitatieve jeugdhulp", None,
         "20 januari"),
        ("002_7fffa4e144c7ebb7", "raadsinformatiebrief", None, None, None),
        ("003_94e3ee821c6ac048", "presentatie", "Beschikbare en betaalbare jeugdhulp", None, None),
        ("004_33a8688e64a59d40", "raadsvoorstel",
         "Raadsvoorstel tot Vaststellen regiovisie Jeugdhulp Rijnmond 2026-2030", date(2026, 4, 7), None),
    ],
)
def test_seed_metadata(names, stem, kind, title, when, date_text) -> None:  # noqa: ANN001
    metadata, _ = extract_metadata(seed(stem), None, gazetteer=names)
    found = (metadata.kind, metadata.title, metadata.date, metadata.date_text)
    assert found == (kind, title, when, date_text)


def test_single_document_seeds_have_no_parts_and_state_no_publisher(names) -> None:  # noqa: ANN001
    stems = ("000_6433c76c45005ce2", "001_1786b06549a818d4", "002_7fffa4e144c7ebb7", "003_94e3ee821c6ac048")
    for stem in stems:
        metadata, parts = extract_metadata(seed(stem), None, gazetteer=names)
        assert parts == []
        # Hillegom is named in the news item, but the item itself says not who published it
        assert metadata.publisher is None
        assert metadata.identifier is None


def test_vlaardingen_file_metadata_is_its_raadsvoorstel(names) -> None:  # noqa: ANN001
    metadata, parts = extract_metadata(seed("004_33a8688e64a59d40"), None, gazetteer=names)
    assert (metadata.identifier, metadata.publisher) == ("2051053", VLAARDINGEN)
    assert metadata == parts[0].metadata
    assert metadata is not parts[0].metadata  # changing one (a sidecar) does not change the other


def test_vlaardingen_file_holds_five_documents(names) -> None:  # noqa: ANN001
    text = seed("004_33a8688e64a59d40").text
    _, parts = extract_metadata(seed("004_33a8688e64a59d40"), None, gazetteer=names)
    described = [
        (p.metadata.kind, p.number, p.metadata.title, p.metadata.date, p.metadata.identifier,
         p.metadata.publisher)
        for p in parts
    ]
    assert described == [
        ("raadsvoorstel", 1, "Raadsvoorstel tot Vaststellen regiovisie Jeugdhulp Rijnmond 2026-2030",
         date(2026, 4, 7), "2051053", VLAARDINGEN),
        ("raadsbesluit", 1, "Besluit van de gemeenteraad van Vlaardingen", None, "1750738", VLAARDINGEN),
        # the raadsvoorstel's list of attachments gives the regiovisie's and the advice's numbers
        ("regiovisie", 1, "Regiovisie Jeugdhulp Rijnmond", None, "2051059", None),
        ("advies", 1, "Advies Regiovisie Jeugdhulp Rijnmond 2026-2030", date(2025, 11, 17), "2051138",
         f"{JGI}organisatie/adviesraad-sociaal-domein-vlaardingen"),
        ("brief", 1, "Regiovisie Jeugdhulp Rijnmond 2026-2030", date(2026, 6, 12), "2051077", VLAARDINGEN),
    ]
    regiovisie = parts[2].metadata
    assert regiovisie.region == f"{JGI}jeugdregio/rijnmond"
    assert regiovisie.period == (2026, 2030)
    assert all(p.metadata.region is None and p.metadata.period is None for p in parts if p is not parts[2])

    starts = [p.span.text.split("\n", 1)[0] for p in parts]
    assert starts == ["Gemeente Vlaardingen", "Gemeente Vlaardingen", "REGIOVISIE",
                      "Aan het College van Burgemeester en Wethouders", "GRJR"]
    assert parts[0].span.begin == 0 and parts[-1].span.end == len(text.rstrip())
    assert parts[1].span.text.endswith("E.F.A. Zevenbergen")
    assert parts[2].span.text.endswith("Krol Creatie")
    assert parts[3].span.text.endswith("(Contactambtenaar gemeente Vlaardingen)")
    assert [p.heading.text for p in parts if p.heading] == [
        "RAADSVOORSTEL", "RAADSBESLUIT", "REGIOVISIE", "Advies Regiovisie Jeugdhulp Rijnmond 2026-2030",
        "Regiovisie Jeugdhulp Rijnmond 2026-2030",
    ]
    for previous, part in zip(parts, parts[1:], strict=False):
        assert previous.span.end <= part.span.begin
    for part in parts:
        assert text[part.span.begin:part.span.end] == part.span.text
        assert part.heading is not None and part.span.contains(part.heading)
        assert text[part.heading.begin:part.heading.end] == part.heading.text


def test_without_gazetteer_nothing_is_resolved_but_the_region_parameter_is_used() -> None:
    rijnmond = f"{JGI}jeugdregio/rijnmond"
    metadata, parts = extract_metadata(seed("004_33a8688e64a59d40"), region=rijnmond)
    assert metadata.publisher is None
    assert [p.metadata.region for p in parts] == [None, None, rijnmond, None, None]
    assert [p.metadata.identifier for p in parts] == ["2051053", "1750738", "2051059", "2051138", "2051077"]


@pytest.mark.parametrize("name", ["velsen-motie.html", "velsen-motie.pdf", "velsen-motie.md"])
def test_html_pdf_and_markdown_versions_give_the_same_metadata(name: str) -> None:
    assert extract_metadata(read_document(DOCUMENTS / name)) == extract_metadata(seed("000_6433c76c45005ce2"))


# --- documents of the genre the seeds do not show ---------------------------------------------

LEIDEN_MOTIE = """MOTIE

Onderwerp: Wachtlijsten jeugdzorg terugdringen
Motie nr. M2025-14

De gemeenteraad van Leiden, in vergadering bijeen op 12 maart 2025,

constaterende dat:
- de wachttijden voor specialistische jeugdhulp in Holland Rijnland langer zijn dan de treeknorm;

verzoekt het college:
1. uiterlijk in het tweede kwartaal van 2025 een plan van aanpak voor te leggen;

en gaat over tot de orde van de dag.
"""

ALPHEN_RIB = """Gemeente Alphen aan den Rijn

Raadsinformatiebrief

Aan: de gemeenteraad
Datum: 3 februari 2026
Onderwerp: Voortgang Hervormingsagenda Jeugd
Kenmerk: Z-2026-00123

Geachte leden van de raad,

Met deze brief informeren wij u over de voortgang van de Hervormingsagenda Jeugd in onze regio Holland
Rijnland. In 2025 zijn de eerste stappen gezet.

Met vriendelijke groet,

Burgemeester en wethouders van Alphen aan den Rijn,
"""

GOUDA_NIEUWS = """Home > Nieuws
Extra geld voor jeugdhulp in Gouda
Gepubliceerd op 14 februari 2026

Het college van Gouda trekt € 1,2 miljoen extra uit voor preventieve jeugdhulp. Dat meldt de gemeente.
"""

VELSEN_BRIEF = """Gemeente Velsen
Postbus 465
1970 AL IJmuiden

Aan de leden van de gemeenteraad

Datum: 14 november 2025
Ons kenmerk: 2025/154321
Betreft: Beantwoording schriftelijke vragen over wachtlijsten jeugdhulp

Geachte leden van de raad,

Op 2 oktober 2025 heeft de fractie vragen gesteld over de wachtlijsten voor jeugdhulp in de IJmond.
Hieronder beantwoorden wij deze vragen.

Hoogachtend,

Burgemeester en wethouders van Velsen,
"""

HILLEGOM_VOORSTEL_EN_BESLUIT = """Raadsvoorstel

Onderwerp: Verordening Jeugdhulp Hillegom 2026
Registratienummer: RV-2025-088
Datum collegebesluit: 4 november 2025

Aan de gemeenteraad,

Voorgesteld besluit
1. De Verordening Jeugdhulp Hillegom 2026 vast te stellen.

Burgemeester en wethouders van Hillegom,

RAADSBESLUIT

De raad van de gemeente Hillegom;
gelezen het voorstel van burgemeester en wethouders van 4 november 2025;

besluit:
1. De Verordening Jeugdhulp Hillegom 2026 vast te stellen.

Aldus besloten in de openbare vergadering van 11 december 2025.
"""


@pytest.mark.parametrize(
    ("text", "kind", "title", "when", "identifier", "publisher"),
    [
        (LEIDEN_MOTIE, "motie", "Wachtlijsten jeugdzorg terugdringen", date(2025, 3, 12), "M2025-14",
         f"{JGI}gemeente/gm0546"),
        (ALPHEN_RIB, "raadsinformatiebrief", "Voortgang Hervormingsagenda Jeugd", date(2026, 2, 3),
         "Z-2026-00123", f"{JGI}gemeente/gm0484"),
        (GOUDA_NIEUWS, "nieuwsbericht", "Extra geld voor jeugdhulp in Gouda", date(2026, 2, 14), None, None),
        (VELSEN_BRIEF, "brief", "Beantwoording schriftelijke vragen over wachtlijsten jeugdhulp",
         date(2025, 11, 14), "2025/154321", f"{JGI}gemeente/gm0453"),
    ],
)
def test_documents_of_other_municipalities(names, text, kind, title, when, identifier, publisher) -> None:  # noqa: ANN001
    metadata, parts = extract_metadata(source(text), None, gazetteer=names)
    assert parts == []  # a letter head under a kind heading is one document
    assert (metadata.kind, metadata.title, metadata.date, metadata.identifier, metadata.publisher) == (
        kind, title, when, identifier, publisher,
    )


def test_raadsvoorstel_with_its_raadsbesluit(names) -> None:  # noqa: ANN001
    metadata, parts = extract_metadata(source(HILLEGOM_VOORSTEL_EN_BESLUIT), None, gazetteer=names)
    hillegom = f"{JGI}gemeente/gm0534"
    assert [(p.metadata.kind, p.number, p.metadata.date, p.metadata.identifier, p.metadata.publisher)
            for p in parts] == [
        ("raadsvoorstel", 1, date(2025, 11, 4), "RV-2025-088", hillegom),
        ("raadsbesluit", 1, date(2025, 12, 11), None, hillegom),
    ]
    assert metadata.title == "Verordening Jeugdhulp Hillegom 2026"


def test_prose_without_signals_is_a_plain_document() -> None:
    assert classify("Dit is een tekst over jeugdhulp zonder kenmerken van een soort document.") == "document"
    metadata, parts = extract_metadata(source("Over jeugdhulp\n\nEen korte tekst zonder datum.\n"))
    assert (metadata.kind, metadata.title, metadata.date, parts) == ("document", "Over jeugdhulp", None, [])


# --- sidecar ----------------------------------------------------------------------------------


def test_sidecar_values_win_over_inferred_ones(names) -> None:  # noqa: ANN001
    sidecar = {
        "title": "Motie preventieve jeugdhulp", "date": date(2025, 11, 20), "kind": "motie",
        "identifier": "M-041", "municipality": "Velsen", "source_url": "https://velsen.nl/motie",
    }
    metadata, _ = extract_metadata(seed("000_6433c76c45005ce2"), sidecar, gazetteer=names)
    assert (metadata.title, metadata.date, metadata.kind, metadata.identifier, metadata.publisher,
            metadata.source_url) == ("Motie preventieve jeugdhulp", date(2025, 11, 20), "motie", "M-041",
                                     f"{JGI}gemeente/gm0453", "https://velsen.nl/motie")


def test_sidecar_date_replaces_a_partial_date_and_codes_resolve_without_gazetteer() -> None:
    metadata, _ = extract_metadata(
        seed("001_1786b06549a818d4"), {"date": date(2025, 1, 20), "municipality": "GM0534"}
    )
    assert (metadata.date, metadata.date_text, metadata.publisher) == (
        date(2025, 1, 20), None, f"{JGI}gemeente/gm0534",
    )


def test_sidecar_on_a_multi_document_file_sets_the_file_not_its_parts(names) -> None:  # noqa: ANN001
    metadata, parts = extract_metadata(
        seed("004_33a8688e64a59d40"), {"region": "Rijnmond", "period": (2026, 2030)}, gazetteer=names
    )
    assert (metadata.region, metadata.period) == (f"{JGI}jeugdregio/rijnmond", (2026, 2030))
    assert parts[0].metadata.region is None


@pytest.mark.parametrize(
    ("sidecar", "message"),
    [
        ({"municipality": "Atlantis"}, "de gemeente 'Atlantis' is niet bekend"),
        ({"publisher": "Nergensraad"}, "de uitgever 'Nergensraad' is niet bekend"),
        ({"region": "Velsen"}, "de jeugdregio 'Velsen' is niet bekend"),
    ],
)
def test_sidecar_names_that_cannot_be_resolved_are_input_errors(names, sidecar, message) -> None:  # noqa: ANN001
    with pytest.raises(InputError, match=message):
        extract_metadata(seed("000_6433c76c45005ce2"), sidecar, gazetteer=names)


# --- properties -------------------------------------------------------------------------------

_BITS = st.sampled_from([
    "RAADSBESLUIT", "REGIOVISIE", "Raadsinformatiebrief", "Gemeente Vlaardingen", "Geacht College,",
    "Postbus 1002", "3130 EB Vlaardingen", "Datum 12 juni 2026", "Betreft:", "Registratienummer : 2051053",
    "Vlaardingen, 7 april 2026", "1. Regiovisie\t2051059", "Hoogachtend,", "\n", "\n\n", "\t", " ", "motie",
    "Burgemeester en wethouders van Vlaardingen,",
    "een lange regel met gewone tekst over jeugdhulp in de regio",
])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(_BITS, st.text(max_size=10)), max_size=30).map("".join))
def test_extract_metadata_never_raises_and_parts_are_verbatim(text: str) -> None:
    document = source(text)
    _, parts = extract_metadata(document)
    previous_end = 0
    for part in parts:
        assert document.text[part.span.begin:part.span.end] == part.span.text
        assert part.span.begin >= previous_end
        previous_end = part.span.end
        if part.heading is not None:
            assert document.text[part.heading.begin:part.heading.end] == part.heading.text
