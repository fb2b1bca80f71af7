"""Markdown and HTML: the text without its markup, the page's main text without its chrome."""

from __future__ import annotations

import re

from conftest import DOCUMENTS

from jeugdgraph.readers import html_main_text, markdown_text, read_document
from jeugdgraph.settings import SEEDS_DIR

VELSEN = SEEDS_DIR / "000_6433c76c45005ce2.txt"


def paragraphs(text: str) -> list[str]:
    return [re.sub(r"\s+", " ", p).strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


# --- Markdown ---------------------------------------------------------------------------------


def test_markdown_version_of_a_seed_gives_the_same_paragraphs() -> None:
    source = read_document(DOCUMENTS / "velsen-motie.md")
    assert source.media_type == "text/markdown"
    assert paragraphs(source.text) == paragraphs(read_document(VELSEN).text)


def test_markdown_markup_is_taken_out_deterministically() -> None:
    markdown = "\n".join([
        "# Raadsvoorstel jeugdhulp #",
        "Onderwerp",
        "=========",
        "Het **college** stelt _de raad_ voor om `€ 400.000` te *reserveren*.",
        "Zie [de regiovisie](https://example.org/visie.pdf) en ![logo](logo.png).",
        "> Een citaat van de wethouder.",
        "",
        "---",
        "",
        "1. Regiovisie vaststellen;",
        "- Brief aan het AB",
        "* Bijlage",
        "",
        "| Begrip | Omschrijving |",
        "|--------|:------------:|",
        "| Casusregie | Coördinatie van hulp |",
        "",
        "```",
        "**letterlijk**",
        "```",
        "[visie]: https://example.org",
        "<!-- verborgen -->tekst_met_underscores en 5 * 3 en \\*sterretjes\\*",
    ])
    assert markdown_text(markdown).split("\n") == [
        "Raadsvoorstel jeugdhulp",
        "Onderwerp",
        "Het college stelt de raad voor om € 400.000 te reserveren.",
        "Zie de regiovisie en logo.",
        "Een citaat van de wethouder.",
        "",
        "",
        "",
        "1. Regiovisie vaststellen;",
        "- Brief aan het AB",
        "* Bijlage",
        "",
        "Begrip\tOmschrijving",
        "Casusregie\tCoördinatie van hulp",
        "",
        "**letterlijk**",
        "tekst_met_underscores en 5 * 3 en *sterretjes*",
    ]


# --- HTML -------------------------------------------------------------------------------------


def test_html_page_of_a_seed_gives_the_same_paragraphs_as_its_text() -> None:
    source = read_document(DOCUMENTS / "velsen-motie.html")
    assert source.media_type == "text/html"
    assert paragraphs(source.text) == paragraphs(read_document(VELSEN).text)


def test_html_chrome_is_left_out() -> None:
    text = read_document(DOCUMENTS / "velsen-motie.html").text
    for chrome in ("Ga naar de inhoud", "cookies", "Vergaderingen", "Zoeken", "Home", "Gerelateerd",
                   "Privacy", "dataLayer", "font-family", "Gemeenteraad Velsen"):
        assert chrome not in text
    assert text.startswith(
        "Versterken preventieve jeugdhulp\n\nDeze motie hoort bij Rekenkameronderzoek Jeugd."
    )
    first = "1. Inregionaal verband de versterking van de sociale basis voor jeugd te agenderen;"
    assert f"\n\n{first}\n\n2. " in text


def test_html_blocks_lists_tables_and_line_breaks() -> None:
    page = """<html><body>
      <header><p>Gemeente Voorbeeld</p><nav><a href="/">Home</a></nav></header>
      <h1>Raadsinformatiebrief   jeugdhulp</h1>
      <p>Datum: 3&nbsp;maart 2026<br>Kenmerk: RIB-2026-12</p>
      <p>Het college <strong>informeert</strong> de raad over de <a href="/x">regiovisie</a>.</p>
      <ol start="3"><li>derde punt</li><li><p>vierde punt</p><ul><li>sub a</li></ul></li></ol>
      <table><tr><th>Begrip</th><th>Omschrijving</th></tr>
             <tr><td>Casusregie</td> <td>Coördinatie</td></tr></table>
      <div hidden>verborgen</div><p style="display: none">ook verborgen</p>
      <pre>regel 1
  regel 2</pre>
      <footer>Colofon</footer>
    </body></html>"""
    assert html_main_text(page).split("\n\n") == [
        "Raadsinformatiebrief jeugdhulp",
        "Datum: 3\u00a0maart 2026\nKenmerk: RIB-2026-12",
        "Het college informeert de raad over de regiovisie.",
        "3. derde punt",
        "4. vierde punt",
        "- sub a",
        "Begrip\tOmschrijving",
        "Casusregie\tCoördinatie",
        "regel 1\n  regel 2",
    ]


def test_html_article_header_with_title_and_date_is_kept() -> None:
    page = """<body><div class="breadcrumbs">Home &gt; Nieuws</div>
      <article><header><h1>Maatregelenpakket voor kwalitatieve jeugdhulp</h1><p>20 januari</p></header>
      <p>De jeugdhulp in Hillegom staat ernstig onder druk.</p></article>
      <footer>Gemeente Hillegom</footer></body>"""
    assert html_main_text(page) == (
        "Maatregelenpakket voor kwalitatieve jeugdhulp\n\n20 januari\n\n"
        "De jeugdhulp in Hillegom staat ernstig onder druk."
    )


def test_html_declared_latin1_charset_is_honoured(write) -> None:  # noqa: ANN001
    page = '<html><head><meta charset="iso-8859-1"></head><body><p>Geïndiceerde zorg – € 5</p></body></html>'
    source = read_document(write("oud.html", page, encoding="cp1252"))
    assert source.text == "Geïndiceerde zorg – € 5\n"
    assert source.encoding == "cp1252"
    assert source.notes and "Windows-1252" in source.notes[0]


def test_html_without_main_text_is_unreadable(write) -> None:  # noqa: ANN001
    import pytest

    from jeugdgraph.errors import UnreadableDocument

    page = "<html><head><title>x</title><script>var a;</script></head><body><nav>Home</nav></body>"
    path = write("leeg.html", page)
    with pytest.raises(UnreadableDocument, match="leeg.html: de webpagina bevat geen leesbare hoofdtekst"):
        read_document(path)
