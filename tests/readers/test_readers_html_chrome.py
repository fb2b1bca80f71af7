"""Page chrome in plain <div> elements (no <nav>, no <main>) is dropped with justext's judgement."""

from __future__ import annotations

from jeugdgraph.readers import html_main_text

PAGE = """<html><body>
<div class="x1"><a href="/">Home</a> <a href="/nieuws">Nieuws</a> <a href="/raad">Gemeenteraad</a>
<a href="/contact">Contact</a> <a href="/zoeken">Zoeken</a></div>
<div><h1>Extra geld voor jeugdhulp in Gouda</h1>
<p>Het college van Gouda trekt 1,2 miljoen euro extra uit voor preventieve jeugdhulp. Dat heeft de
wethouder vandaag bekendgemaakt in de commissie, waar de raad er uitgebreid over sprak.</p>
<ul><li>Meer jongerenwerkers</li></ul></div>
<div><a href="/a">Lees ook</a> <a href="/b">Wachtlijsten jeugdzorg</a> <a href="/c">Begroting</a></div>
</body></html>"""


def test_menus_and_link_lists_in_divs_are_dropped_and_content_stays() -> None:
    text = html_main_text(PAGE)
    assert "Extra geld voor jeugdhulp in Gouda" in text
    assert "trekt 1,2 miljoen euro extra uit" in text
    assert "Meer jongerenwerkers" in text  # a short item of the content stays
    assert "Contact" not in text and "Lees ook" not in text
