"""Checks on an upload before anything reads it: names, real content type, size, PDF bombs."""

from __future__ import annotations

import zlib

import pytest
from writefixtures import zero_bomb

from jeugdgraph.errors import InputError, PayloadTooLarge, UnreadableDocument, UnsupportedMediaType
from jeugdgraph.uploads import check_pdf_inflation, check_size, safe_filename, sniff


def test_the_bomb_helper_makes_a_valid_stream() -> None:
    assert zlib.decompress(zero_bomb(3)) == b"\x00" * (3 << 20)


def pdf_with_stream(stream: bytes, filters: str = "/FlateDecode") -> bytes:
    return (
        b"%PDF-1.4\n1 0 obj\n<< /Length " + str(len(stream)).encode() + b" /Filter " + filters.encode()
        + b" >>\nstream\n" + stream + b"\nendstream\nendobj\ntrailer\n<< >>\n%%EOF\n"
    )


@pytest.mark.parametrize("name", [
    "../../etc/passwd", "..\\..\\windows\\win.ini", "/etc/passwd.txt", "C:\\temp\\motie.txt",
    "map/motie.txt", "motie\x00.txt", "..", ".verborgen.txt", "motie<script>.txt", "motie\n.txt",
    "", "   ",
])
def test_names_that_could_leave_the_upload_folder_or_hide_are_refused(name: str) -> None:
    with pytest.raises(InputError):
        safe_filename(name)


@pytest.mark.parametrize("name", ["motie.txt", "Raadsvoorstel jeugdhulp (2026).PDF", "brief-GM0622.html",
                                  "regiovisie_2026-2030.md", "Überblick.htm"])
def test_plain_names_with_an_accepted_extension_pass(name: str) -> None:
    assert safe_filename(name) == name


@pytest.mark.parametrize("name", ["motie.exe", "motie.docx", "motie", "motie.txt.zip"])
def test_other_extensions_are_unsupported_media(name: str) -> None:
    with pytest.raises(UnsupportedMediaType) as caught:
        safe_filename(name)
    assert caught.value.http_status == 415


def test_size_limit_is_413_and_empty_is_unreadable() -> None:
    with pytest.raises(PayloadTooLarge) as caught:
        check_size(b"x" * 101, 100)
    assert caught.value.http_status == 413
    assert "100" in str(caught.value)
    with pytest.raises(UnreadableDocument):
        check_size(b"", 100)
    check_size(b"x" * 100, 100)


@pytest.mark.parametrize(("content", "name"), [
    (b"PK\x03\x04\x14\x00\x00\x00", "motie.txt"),  # a zip (or docx) named .txt
    (b"\x89PNG\r\n\x1a\n....", "motie.txt"),
    (b"\x7fELF\x02\x01\x01", "motie.html"),
    (b"%PDF-1.7\n%...", "motie.txt"),  # a PDF named .txt
    (b"gewone tekst, geen PDF", "motie.pdf"),
    (b"abc\x00def", "motie.txt"),
])
def test_content_that_is_not_what_the_name_says_is_415(content: bytes, name: str) -> None:
    with pytest.raises(UnsupportedMediaType):
        sniff(content, name)


def test_declared_content_type_must_fit() -> None:
    assert sniff(b"Motie over jeugdhulp", "motie.txt", "text/plain; charset=utf-8") == "text/plain"
    assert sniff(b"Motie", "motie.txt", "application/octet-stream") == "text/plain"
    assert sniff(b"<html><body><p>Motie</p></body></html>", "motie.html", "text/html") == "text/html"
    with pytest.raises(UnsupportedMediaType):
        sniff(b"Motie", "motie.txt", "image/png")


def test_text_that_is_not_utf8_is_refused_with_the_position() -> None:
    with pytest.raises(UnreadableDocument) as caught:
        sniff("Motie over één regio: ".encode() + b"\xff\xfe rest", "motie.txt")
    assert "UTF-8" in str(caught.value)
    assert "positie 24" in str(caught.value)  # 22 characters, two of them two bytes long


def test_a_pdf_bomb_is_refused_once_the_budget_is_spent() -> None:
    bomb = zero_bomb(1000)  # 1 GB in about 1 MB
    with pytest.raises(PayloadTooLarge) as caught:
        check_pdf_inflation(pdf_with_stream(bomb), budget=50_000_000)
    assert "zip-bom" in str(caught.value)


def test_a_nested_flate_bomb_is_caught_too() -> None:
    outer = zlib.compress(zero_bomb(1000), 9)  # a few kB that inflate to 1 MB that inflates to 1 GB
    assert len(outer) < 20_000
    with pytest.raises(PayloadTooLarge):
        check_pdf_inflation(pdf_with_stream(outer, "[/FlateDecode /FlateDecode]"), budget=50_000_000)


def test_an_ordinary_pdf_stream_passes_and_is_counted() -> None:
    content = b"BT /F1 12 Tf 72 712 Td (Motie jeugdhulp) Tj ET\n" * 100
    assert check_pdf_inflation(pdf_with_stream(zlib.compress(content)), budget=1_000_000) == len(content)


def test_a_corrupt_stream_is_left_to_the_reader() -> None:
    assert check_pdf_inflation(pdf_with_stream(b"\x78\x9c not deflate at all"), budget=1000) == 0
