"""What a headline looks like, and its page furniture: a stored page's stamp before it, the site's name
after it, the caption of its picture it runs on into, a document viewer's chrome above it."""

from __future__ import annotations

import re

from .docdates import _is_date_line, _place_date
from .issuers import LOCAL_PARTY
from .layout import _FIELD, _ITEM, Line, below_viewer
from .parties import PARTY

# a picture's caption ends in its credit: "Drie wethouders kregen een tegeltje. (Foto: Jan Smit)"
CAPTION = re.compile(r"\((?i:foto|beeld|afbeelding)\s*:[^()]{1,80}\)$")


# a stored page's month stamp before its first line (" date 2018-09 Gemeenten willen ..."); a date
# printed in the heading ("27 februari 2024 - Besluitenlijst") stays: the title is the heading as printed
_STAMP = re.compile(r"^\s*date \d{4}-\d{2}\s+(?=\S)", re.IGNORECASE)


# the site's name after a page's headline: "Raad wil snellere jeugdhulp | Gemeente Zwolle", "... - RTV Oost"
_SITE_SUFFIX = re.compile(
    # (a motion's heading may name its submitter after a dash: "Motie Jeugdhulp - CDA" stays as printed)
    r"^(?!(?i:motie|amendement)\b)(?P<t>[^|>\u00bb\n]{12,150}?)[ \t]+"
    r"(?:\|[ \t]+[A-Z][\w.'&-]*(?:[ \t]+[A-Z0-9][\w.'&-]*){0,4}"
    r"|[-\u2013][ \t]+(?:(?:RTV|Omroep|Gemeente|Radio|TV)[ \t]+[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)?|NOS|NU\.nl"
    r"|[A-Z][\w-]*\.nl|[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)?[ \t]+(?:Nieuws|Dagblad|Courant|Krant)"
    # a party's site: "Motie jeugdzorg aangenomen - CDA Zwolle", "... - Leefbaar Almere"
    rf"|(?:{PARTY}|{LOCAL_PARTY})(?:[ \t]+[A-Z][\w-]*){{0,2}}))[ \t]*$"
)


def without_furniture(line: Line) -> Line:
    """The line without a stored page's month stamp, the site's name after its headline or the caption
    its headline runs on into."""
    m = _STAMP.match(line.text)
    line = Line(line.begin + m.end(), line.end, line.text[m.end():], line.index) if m else line
    if (" | " in line.text or " - " in line.text or " \u2013 " in line.text) and (
            site := _SITE_SUFFIX.match(line.text)):
        return Line(line.begin, line.begin + site.end("t"), site.group("t"), line.index)
    if line.text.endswith(")") and (headline := _headline_before_caption(line.text)):
        return Line(line.begin, line.begin + len(headline), headline, line.index)
    return line


# a word that opens a sentence after one that ends in lower case: where a caption may start
_CAPITAL_AFTER = re.compile(r"(?<=[a-z\u00e0-\u00ff,]) (?=[A-Z][a-z\u00e0-\u00ff]+ )")


def _headline_before_caption(text: str) -> str | None:
    """A headline that runs on into its picture's caption and credit ("X heeft tekort Emmen heeft te weinig
    budget (foto: RTV Y)"): the caption opens with a word of the headline, capitalised."""
    if not CAPTION.search(text):
        return None
    for m in _CAPITAL_AFTER.finditer(text):
        headline, caption = text[:m.start()], text[m.end():]
        first = caption.split()[0].lower()
        if len(headline.split()) >= 4 and len(caption.split()) >= 6 and first in headline.lower().split():
            return headline.rstrip(",")
    return None


def without_site_name(head: list[Line]) -> list[Line]:
    """The page's first line without the site's name after its title, where the document's own heading below
    repeats that title ("Beleidsplan Jeugd - Sociaal Domein X" over "Beleidsplan Jeugd")."""
    if not head or not (m := _TITLE_AND_SITE.match(head[0].text)):
        return head
    if not any(line.stripped == m.group("t").strip() for line in head[1:6]):
        return head
    first = head[0]
    return [Line(first.begin, first.begin + m.end("t"), m.group("t"), first.index), *head[1:]]


_TITLE_AND_SITE = re.compile(r"^(?P<t>[^|\n]{4,150}?)[ \t]+[-\u2013|][ \t]+\S[^\n]{2,60}$")


def long_headline(text: str) -> bool:
    """A text's first line that is a long headline, not a sentence of prose: up to 25 words, no sentence
    end ("Gemeenten beraden zich op ingrepen bij jeugdzorg, maar wethouder X weet al: 'Dit helpt niet'")."""
    return 15 < len(text.split()) <= 25 and text[-1] not in ".;:,!?" and not _ITEM.match(text + " ")


# prose that opens by setting the scene, its verb a finite auxiliary: "Tijdens de raadsvergadering van 3 maart
# zijn twee moties ingediend." (a headline opens with its subject)
_SCENE_SETTING = re.compile(
    r"^(?:Tijdens|Op|In|Na|Bij|Sinds|Vanaf|Gisteren|Vandaag|Vorige|Afgelopen)\b[^.]*?"
    r"\s(?:is|zijn|was|waren|heeft|hebben|had|hadden|werd|werden|wordt|worden)\s"
)


def headline_sentence(text: str) -> bool:
    """A one-sentence headline that ends in a full stop, a question or an exclamation mark (``X stelt
    schriftelijke vragen over Y.``, ``Klaar voor de start?``, ``Jeugdzorg: onze zorg!``)."""
    if text.endswith("."):
        return text.count(".") == 1 and 3 <= len(text.split()) <= 15 and not _SCENE_SETTING.match(text)
    # (a doubled mark ends it as one: "Motie aangenomen!!", "Raad in stelling!?")
    core = text.rstrip("?!")
    if text.endswith(("?", "!")) and core.count(". ") == 1 and not any(mark in core for mark in "?!"):
        # a short headline of a name and a question: "Intervence. Wat nu?"
        return 2 <= len(text.split()) <= 8 and not core.endswith(".") and core.count(".") == 1
    return (text.endswith(("?", "!")) and not any(mark in core for mark in ".?!")
            and 2 <= len(text.split()) <= 15)


# a headline of a kicker and a phrase trailing off: "Zomerbericht jeugd: Volle kracht vooruit..." (a
# description the site cut off mid-sentence has no kicker)
_TRAILING_OFF = re.compile(r"^[^:.!?]{3,60}: [^:.!?]{3,80}[^\W\d_](?:\.\.\.|\u2026)$")


def title_like(text: str) -> bool:
    """A line that can be a title: short, no sentence end, not a list item, field or date."""
    return (
        0 < len(text.split()) <= 15
        and len(text) <= 150
        and (text[-1] not in ".,;:?!" or _TRAILING_OFF.search(text) is not None)
        and not _ITEM.match(text + " ")
        and not _FIELD.match(text)
        and any(c.isalpha() for c in text)
        and not _is_date_line(text)
        and _place_date(text) is None
    )


__all__ = [
    "CAPTION", "below_viewer", "headline_sentence", "long_headline", "title_like", "without_furniture",
    "without_site_name",
]
