"""Sidecar metadata beside a document, document discovery in folders, and fixture freshness."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import make_documents
import pytest
from conftest import DOCUMENTS

from jeugdgraph.errors import InputError
from jeugdgraph.readers import discover_documents, read_sidecar, sidecar_path

# --- sidecar ----------------------------------------------------------------------------------


def test_document_without_sidecar_has_no_metadata(write) -> None:  # noqa: ANN001
    assert read_sidecar(write("motie.txt", "tekst")) == {}


def test_yaml_sidecar_is_read_and_checked(write) -> None:  # noqa: ANN001
    document = write("motie-velsen.pdf", b"%PDF-1.4")
    write("motie-velsen.meta.yaml", "\n".join([
        "title: Versterken preventieve jeugdhulp",
        "date: 2025-11-20",
        "type: Motie",
        "identifier: M-2025-041",
        "municipality: GM0453",
        "url: https://velsen.raadsinformatie.nl/document/123",
        "period: 2026-2030",
        "publisher:",
    ]))
    assert read_sidecar(document) == {
        "title": "Versterken preventieve jeugdhulp",
        "date": date(2025, 11, 20),
        "kind": "motie",
        "identifier": "M-2025-041",
        "municipality": "GM0453",
        "source_url": "https://velsen.raadsinformatie.nl/document/123",
        "period": (2026, 2030),
    }


def test_json_sidecar_named_after_the_full_file_name(write) -> None:  # noqa: ANN001
    document = write("rib.html", "<p>x</p>")
    write("rib.html.meta.json", '{"date": "2026-03-03", "municipality": "Alblasserdam", "source_url": "https://a.nl/x"}')
    assert sidecar_path(document) == document.with_name("rib.html.meta.json")
    assert read_sidecar(document) == {
        "date": date(2026, 3, 3), "municipality": "Alblasserdam", "source_url": "https://a.nl/x",
    }


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("date: 7 april 2026", "de datum '7 april 2026' moet als JJJJ-MM-DD geschreven zijn"),
        ("date: '2026-02-31'", "de datum '2026-02-31' bestaat niet"),
        ("type: notulen", "onbekend documenttype 'notulen'; kies uit motie, raadsvoorstel"),
        ("titel: Motie", "onbekend veld 'titel'; toegestaan zijn title, date, type"),
        ("source_url: ftp://x/y", "de bron-URL 'ftp://x/y' is geen geldige http(s)-URL"),
        ("municipality: GM622", "de CBS-code 'GM622' moet GM met vier cijfers zijn"),
        ("period: 2030-2026", "de periode 2030-2026 is geen geldige reeks jaren"),
        ("title: [a, b]", "het veld 'title' moet een enkele waarde zijn"),
        ("- title\n- date", "moet sleutels met waarden bevatten"),
        ("title: 'open", "is geen geldige YAML"),
        ("url: https://a.nl\nsource_url: https://b.nl", "geef 'source_url' of 'url', niet allebei"),
    ],
)
def test_bad_sidecar_values_are_input_errors_with_one_sentence(write, content, message) -> None:  # noqa: ANN001
    document = write("stuk.txt", "tekst")
    write("stuk.meta.yaml", content)
    with pytest.raises(InputError) as caught:
        read_sidecar(document)
    assert message in str(caught.value)
    assert "stuk.meta.yaml" in str(caught.value)


def test_two_sidecars_for_one_document_are_refused(write) -> None:  # noqa: ANN001
    document = write("stuk.txt", "tekst")
    write("stuk.meta.yaml", "title: a")
    write("stuk.meta.json", '{"title": "b"}')
    with pytest.raises(InputError, match="meerdere metadatabestanden"):
        read_sidecar(document)


# --- discovery --------------------------------------------------------------------------------


def test_discovery_walks_folders_and_skips_what_is_not_a_document(tmp_path: Path, write) -> None:  # noqa: ANN001
    names = ["b/motie.TXT", "a.md", "b/c/visie.pdf", "b/c/visie.meta.yaml", "pagina.htm", ".verborgen.txt",
             ".git/x.txt", "reference/gemeenten.txt", "notulen.docx", "lijst.csv", "b/README"]
    for name in names:
        write(name, "x")
    assert discover_documents([tmp_path]) == [
        tmp_path / "a.md", tmp_path / "b" / "c" / "visie.pdf", tmp_path / "b" / "motie.TXT",
        tmp_path / "pagina.htm",
    ]
    # a file named explicitly is kept, so the build can report why it is not read; no duplicates
    assert discover_documents([tmp_path / "notulen.docx", tmp_path / "a.md", tmp_path]) == [
        tmp_path / "a.md", tmp_path / "b" / "c" / "visie.pdf", tmp_path / "b" / "motie.TXT",
        tmp_path / "notulen.docx", tmp_path / "pagina.htm",
    ]


def test_discovery_of_a_missing_path_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="bestaat niet"):
        discover_documents([tmp_path / "nergens"])


def test_discovery_of_the_seeds_skips_the_reference_folder() -> None:
    from jeugdgraph.settings import SEEDS_DIR

    found = discover_documents([SEEDS_DIR])
    assert [p.name for p in found] == sorted(p.name for p in SEEDS_DIR.glob("*.txt"))


# --- committed fixtures -----------------------------------------------------------------------


def test_committed_fixture_documents_are_what_the_script_writes() -> None:
    assert (DOCUMENTS / "velsen-motie.html").read_text(encoding="utf-8") == make_documents.velsen_html()
    assert (DOCUMENTS / "velsen-motie.md").read_text(encoding="utf-8") == make_documents.velsen_markdown()
    assert (DOCUMENTS / "velsen-motie.pdf").read_bytes() == make_documents.velsen_pdf()
