"""Plain text: the normalised text all offsets refer to, encodings, and files that are not text."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from jeugdgraph.errors import UnreadableDocument
from jeugdgraph.readers import normalise_text, read_document
from jeugdgraph.settings import SEEDS_DIR, Settings

SEEDS = sorted(SEEDS_DIR.glob("*.txt"))


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_seed_is_read_into_a_normalised_text(path: Path) -> None:
    source = read_document(path)
    text = source.text
    assert source.slug == path.stem
    assert source.media_type == "text/plain"
    assert source.encoding == "utf-8"
    assert source.notes == ()
    assert "\r" not in text and "\u00a0" not in text and "\ufeff" not in text
    assert unicodedata.is_normalized("NFC", text)
    assert not any(line != line.rstrip() for line in text.split("\n"))
    assert "\n\n\n\n" not in text
    assert text.endswith("\n") and not text.startswith("\n")
    assert normalise_text(text) == text  # normalising twice changes nothing


def test_seed_text_keeps_its_words_and_quotes_verbatim() -> None:
    velsen = read_document(SEEDS_DIR / "000_6433c76c45005ce2.txt").text
    assert velsen.startswith(" Versterken preventieve jeugdhulp\n")  # leading indentation stays
    assert "‘Toekomstbestendig met elkaar’" in velsen
    third = (
        "3. De uitkomsten van deze regionale gesprekken en de voorgestelde wijzigingen uiterlijk in het\n"
        "derde kwartaal van 2026 terug te koppelen aan de gemeenteraad."
    )
    assert third in velsen
    vlaardingen = read_document(SEEDS_DIR / "004_33a8688e64a59d40.txt").text
    assert vlaardingen.startswith("Gemeente Vlaardingen\n\nRAADSVOORSTEL\n\nRegistratienummer : 2051053\n")
    assert "1. Regiovisie Jeugdhulp Rijnmond 2026-2030\t2051059" in vlaardingen  # tabs stay
    alblasserdam = read_document(SEEDS_DIR / "002_7fffa4e144c7ebb7.txt").text
    assert "een bedrag van € 400.000,= beschikbaar gesteld" in alblasserdam


def test_normalisation_rules() -> None:
    raw = (
        "\ufeffTitel  \r\nregel\u00a0met\u202fvaste spatie\rjeugd\u00adhulp\u200b"
        "\n\n\n\n\n\nslot\x07 \f\u2028e\u0301\n\n"
    )
    assert normalise_text(raw) == "Titel\nregel met vaste spatie\njeugdhulp\n\n\nslot\n\n\né\n"
    assert normalise_text("   \n\t\n") == ""


def test_crlf_bom_and_nbsp_file_reads_like_the_clean_one(write) -> None:  # noqa: ANN001
    clean = write("a.txt", "Motie jeugdhulp\n\nBedrag: € 400.000\n")
    messy = write("b.txt", b"\xef\xbb\xbfMotie jeugdhulp \r\n\r\nBedrag:\xc2\xa0\xe2\x82\xac 400.000\r\n\r\n")
    assert read_document(messy).text == read_document(clean).text == "Motie jeugdhulp\n\nBedrag: € 400.000\n"
    assert read_document(messy).encoding == "utf-8"


def test_latin1_text_is_decoded_as_windows_1252_and_noted(write) -> None:  # noqa: ANN001
    text = "Geïndiceerde jeugdhulp kost € 19.000,= – zie ‘bijlage’ en de financiën.\n"
    path = write("latin.txt", text, encoding="cp1252")
    source = read_document(path)
    assert source.text == text
    assert source.encoding == "cp1252"
    assert len(source.notes) == 1
    assert "latin.txt" in source.notes[0] and "Windows-1252" in source.notes[0]


def test_iso_8859_1_bytes_without_euro_sign_are_read_too(write) -> None:  # noqa: ANN001
    path = write("oud.txt", "Coöperatie en geïndiceerde zorg, één keer per maand.\n", encoding="latin-1")
    assert read_document(path).text == "Coöperatie en geïndiceerde zorg, één keer per maand.\n"


def test_utf8_with_stray_windows_1252_bytes_keeps_both(write) -> None:  # noqa: ANN001
    path = write("mix.txt", "Geïndiceerde zorg ".encode() + "kost € 5.".encode("cp1252"))
    source = read_document(path)
    assert source.text == "Geïndiceerde zorg kost € 5.\n"
    assert source.encoding == "utf-8+cp1252"


def test_utf16_with_byte_order_mark(write) -> None:  # noqa: ANN001
    path = write("w.txt", "\ufeffRaadsvoorstel jeugdhulp\r\n".encode("utf-16-le"))
    source = read_document(path)
    assert source.text == "Raadsvoorstel jeugdhulp\n"
    assert source.encoding == "utf-16-le"


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("leeg.txt", b"", "leeg bestand"),
        ("wit.txt", b"  \n\t\r\n  \n", "leeg bestand (alleen witruimte)"),
        ("nul.txt", b"Motie\x00\x00\x01\x02jeugd", "binair bestand, geen tekst (bevat NUL-bytes)"),
        ("ruis.txt", bytes(range(1, 9)) * 50 + b"tekst", "binair bestand, geen tekst (veel stuurtekens)"),
        ("foto.txt", b"\x89PNG\r\n\x1a\n" + b"x" * 50, "geen tekst (het is een PNG-afbeelding)"),
        ("stiekem.txt", b"%PDF-1.4\n...", "binair bestand, geen tekst (het is een PDF-bestand)"),
        ("word.md", b"PK\x03\x04" + b"a" * 40, "binair bestand, geen tekst (het is een ZIP-archief"),
        ("hoog.txt", bytes(range(0x80, 0x100)) * 10, "binair bestand, geen tekst (onbekende tekenset)"),
        ("notulen.docx", b"PK\x03\x04", "bestandstype .docx wordt niet ondersteund"),
        ("README", b"tekst", "bestandstype (geen extensie) wordt niet ondersteund"),
    ],
)
def test_files_that_are_not_text_are_refused_with_a_reason(write, name, content, reason) -> None:  # noqa: ANN001
    path = write(name, content)
    with pytest.raises(UnreadableDocument) as caught:
        read_document(path)
    message = str(caught.value)
    assert reason in message
    assert name in message  # the reason names the file
    assert "\n" not in message  # one line in the build report


def test_file_above_the_size_limit_is_refused_before_reading(write) -> None:  # noqa: ANN001
    path = write("groot.txt", "jeugdhulp " * 200)
    expected = r"groot\.txt: bestand is te groot \(0,0 MB; maximaal 0,0 MB\)"
    with pytest.raises(UnreadableDocument, match=expected):
        read_document(path, Settings(max_upload_bytes=1000))
    assert read_document(path, Settings(max_upload_bytes=3000)).text.startswith("jeugdhulp jeugdhulp")


def test_file_name_without_letters_or_digits_is_refused(write) -> None:  # noqa: ANN001
    with pytest.raises(UnreadableDocument, match="uit de bestandsnaam valt geen documentnaam te maken"):
        read_document(write("€€.txt", "tekst"))


def test_missing_file_is_an_unreadable_document(tmp_path: Path) -> None:
    with pytest.raises(UnreadableDocument, match="weg.txt: kan het bestand niet openen"):
        read_document(tmp_path / "weg.txt")
