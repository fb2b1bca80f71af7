"""PDF: text page by page, paragraphs from vertical gaps, line-end hyphenation, and bad PDFs."""

from __future__ import annotations

import io
import re
import zlib

import pytest
from conftest import DOCUMENTS
from pdfwriter import paginate, pdf_bytes
from pypdf import PdfReader, PdfWriter

from jeugdgraph.errors import UnreadableDocument
from jeugdgraph.readers import dehyphenate, read_document
from jeugdgraph.settings import SEEDS_DIR, Settings

VELSEN = SEEDS_DIR / "000_6433c76c45005ce2.txt"
VELSEN_PDF = DOCUMENTS / "velsen-motie.pdf"


def paragraphs(text: str) -> list[str]:
    return [re.sub(r"\s+", " ", p).strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def encrypted(user_password: str, algorithm: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(VELSEN_PDF))
    writer.encrypt(user_password=user_password, owner_password="eigenaar", algorithm=algorithm)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_pdf_version_of_a_seed_gives_the_same_paragraphs_as_its_text() -> None:
    source = read_document(VELSEN_PDF)
    assert source.media_type == "application/pdf"
    assert source.encoding is None
    assert len(PdfReader(VELSEN_PDF).pages) > 1  # pages are joined too
    assert paragraphs(source.text) == paragraphs(read_document(VELSEN).text)


def test_pdf_line_end_hyphenation_is_undone_when_the_text_shows_the_word() -> None:
    text = read_document(VELSEN_PDF).text
    assert "specialis-" not in text
    assert "van het budget voor specialistische\njeugdzorg te koppelen" in text


def test_dehyphenation_is_only_done_when_safe() -> None:
    assert dehyphenate("de wacht-\ntijden zijn lang.\nOok wachttijden elders.") == (
        "de wachttijden\nzijn lang.\nOok wachttijden elders."
    )
    assert dehyphenate("psycho-\neducatie helpt; psycho-educatie werkt.") == (
        "psycho-educatie\nhelpt; psycho-educatie werkt."
    )
    # a Dutch elliptic compound is not a broken word
    elliptic = "Toekomstscenario Kind-\nen Gezinsbescherming"
    assert dehyphenate(elliptic) == elliptic
    # a word the text nowhere shows whole is left as it is
    assert dehyphenate("regie-\nvoering") == "regie-\nvoering"
    # a soft hyphen marks a break inside a word
    assert dehyphenate("jeugd\u00ad\nhulp, direct.") == "jeugdhulp,\ndirect."
    assert dehyphenate("jeugd\u00ad\nhulp.\nVolgende") == "jeugdhulp.\nVolgende"


def test_pdf_paragraph_gaps_and_pages(write) -> None:  # noqa: ANN001
    pages = [["Raadsinformatiebrief", "", "Eerste alinea loopt", "over twee regels.", "", "Tweede alinea."],
             ["Pagina twee: € 19.000,= – ‘citaat’ • punt"]]
    text = read_document(write("rib.pdf", pdf_bytes(pages))).text
    assert text == (
        "Raadsinformatiebrief\n\nEerste alinea loopt\nover twee regels.\n\nTweede alinea.\n\n"
        "Pagina twee: € 19.000,= – ‘citaat’ • punt\n"
    )


def test_pdf_with_an_owner_password_only_is_read(write) -> None:  # noqa: ANN001
    source = read_document(write("beperkt.pdf", encrypted("", "AES-128")))
    assert paragraphs(source.text) == paragraphs(read_document(VELSEN).text)


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("wachtwoord.pdf", lambda: encrypted("geheim", "AES-256"), "PDF is met een wachtwoord beveiligd"),
        ("rc4.pdf", lambda: encrypted("geheim", "RC4-128"), "PDF is met een wachtwoord beveiligd"),
        ("kapot.pdf", lambda: b"%PDF-1.4\n" + bytes(range(256)) * 20, "PDF is beschadigd: "),
        ("half.pdf", lambda: VELSEN_PDF.read_bytes()[:1200], "PDF is beschadigd: "),
        ("scan.pdf", lambda: pdf_bytes([[], []]), "PDF bevat geen tekst (gescand?)"),
        ("archief.pdf", lambda: b"PK\x03\x04" + bytes(200), "geen PDF (het is een ZIP-archief"),
        ("nep.pdf", lambda: b"Gewone tekst.", "geen PDF (het bestand begint niet met %PDF)"),
        ("leeg.pdf", lambda: b"", "leeg bestand"),
        ("boom.pdf", lambda: pdf_bytes([["a"]], declared_count=1_000_000),
         "PDF heeft 1000000 pagina's; maximaal 2000 worden gelezen"),
    ],
)
def test_bad_pdfs_are_refused_with_a_reason(write, name, content, reason) -> None:  # noqa: ANN001
    with pytest.raises(UnreadableDocument) as caught:
        read_document(write(name, content()))
    assert str(caught.value).startswith(name) or f"/{name}:" in str(caught.value)
    assert reason in str(caught.value)
    assert "\n" not in str(caught.value)


def test_zip_bomb_pdf_is_refused_before_anything_is_extracted(write) -> None:  # noqa: ANN001
    bomb = pdf_bytes([], raw_streams=[zlib.compress(b" " * 30_000_000, 9)])
    assert len(bomb) < 100_000
    path = write("bom.pdf", bomb)
    expected = r"bom\.pdf: PDF pakt uit tot meer dan 10 MB \(mogelijk een zip-bom\)"
    with pytest.raises(UnreadableDocument, match=expected):
        read_document(path, Settings(max_pdf_inflated_bytes=10_000_000))
    # within the inflation budget, the page itself is still too heavy to interpret
    with pytest.raises(UnreadableDocument, match="alleen pagina's met onredelijk veel opmaakgegevens"):
        read_document(path)


def test_heavy_page_is_skipped_with_a_note_and_the_rest_is_read(write) -> None:  # noqa: ANN001
    normal = zlib.compress(b"BT /F1 11 Tf 56 800 Td (Motie over jeugdhulp in de regio Rijnmond.) Tj ET")
    heavy = zlib.compress(b"q Q " * 6_000_000)
    source = read_document(write("zwaar.pdf", pdf_bytes([], raw_streams=[normal, heavy])))
    assert source.text == "Motie over jeugdhulp in de regio Rijnmond.\n"
    assert len(source.notes) == 1
    assert source.notes[0].endswith("zwaar.pdf: pagina 2 overgeslagen (meer dan 20 MB aan opmaakgegevens)")


def test_pdf_above_the_page_limit_is_refused(write) -> None:  # noqa: ANN001
    lines = [f"Regel {n}" if n % 2 else "" for n in range(12)]
    path = write("lang.pdf", pdf_bytes(paginate(lines, per_page=1)))
    with pytest.raises(UnreadableDocument, match="maximaal 3 worden gelezen"):
        read_document(path, Settings(max_pdf_pages=3))
